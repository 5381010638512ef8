"""The language server: LSP messages in, newslint's findings and fixes out.

This module only wires the parts together: the document store (``documents``), when to lint
(``scheduler``), the core on its own thread (``linting``), what the findings look like in the
editor (``diagnostics``, ``actions``), the server-side commands (``commands``) and the files
that decide a config (``watch``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types

import newslint

from .actions import KINDS
from .documents import DocumentStore, Snapshot, uri_to_path
from .linting import Linter, LintResult
from .positions import UTF16
from .protocol import NewslintProtocol, RobustLanguageServer
from .scheduler import LintScheduler
from .settings import Settings, update_settings
from .watch import CONFIG_NAMES

logger = logging.getLogger(__name__)


@dataclass
class ClientTraits:
    """What the client said it can do, read once at initialize."""

    encoding: str = UTF16
    versioned_edits: bool = False
    resolve_edit: bool = False
    apply_edit: bool = False
    watch_files: bool = False
    relative_patterns: bool = False


@dataclass
class State:
    store: DocumentStore = field(default_factory=DocumentStore)
    linter: Linter = field(default_factory=Linter)
    settings: Settings = field(default_factory=Settings)
    client: ClientTraits = field(default_factory=ClientTraits)
    scheduler: LintScheduler | None = None
    watched: int = 0  # registrations made for files that decide a config
    shut_down: bool = False  # shutdown came before exit: the exit code is 0 (the protocol's rule)


class NewslintServer(RobustLanguageServer):
    def __init__(self) -> None:
        super().__init__("newslint", newslint.__version__, protocol_cls=NewslintProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.state = State()
        self.state.scheduler = LintScheduler(self.state.store, self.lint, self.publish)

    @property
    def scheduler(self) -> LintScheduler:
        assert self.state.scheduler is not None
        return self.state.scheduler

    # -- linting and publishing ----------------------------------------------------------------
    async def lint(self, snap: Snapshot) -> LintResult:
        state = self.state
        result = await state.linter.run(state.linter.lint, snap, state.client.encoding)
        if result.config_changed:
            self.scheduler.invalidate(keep=snap.uri)
            for other in state.store.all():
                if other.uri != snap.uri:
                    self.scheduler.schedule(other.uri)
        self.watch_files(result.new_files)
        return result

    def publish(self, result: LintResult) -> None:
        snap = result.snapshot
        params = {"uri": snap.uri, "diagnostics": result.wire}
        if snap.version is not None:
            params["version"] = snap.version
        self.protocol.notify_json(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, params)

    def lint_soon(self, snap: Snapshot, *, saved: bool = False, changed: bool = False) -> None:
        """Lint after a change (debounced) or at once (open, save); big files on save only."""
        settings = self.state.settings
        if not saved and snap.size > settings.max_file_size:
            return
        if changed and not settings.lint_on_change:
            return
        self.scheduler.schedule(snap.uri, settings.debounce_seconds if changed else 0.0)

    def relint_all(self) -> None:
        self.scheduler.invalidate()
        self.scheduler.schedule_all()

    # -- files that decide a config ------------------------------------------------------------
    def watch_files(self, paths: list[Path]) -> None:
        """Ask the client to report changes to word lists and pack files found so far (config
        files are watched by name from the start); the stat check before each lint does the
        same for clients that cannot watch."""
        client = self.state.client
        extra = [p for p in paths if p.name not in CONFIG_NAMES and p.exists()]
        if not client.watch_files or not extra:
            return
        watchers = []
        for path in extra:
            if client.relative_patterns:
                base = types.WorkspaceFolder(uri=path.parent.resolve().as_uri(), name=path.parent.name)
                pattern = types.RelativePattern(base_uri=base, pattern=path.name)
            else:
                pattern = path.resolve().as_posix()
            watchers.append(types.FileSystemWatcher(glob_pattern=pattern))
        self._register_watchers(watchers)

    def _register_watchers(self, watchers: list[types.FileSystemWatcher]) -> None:
        self.state.watched += 1
        registration = types.Registration(
            id=f"newslint-watch-{self.state.watched}",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        self.client_register_capability(types.RegistrationParams(registrations=[registration]))

    def watch_config_names(self) -> None:
        if self.state.client.watch_files:
            self._register_watchers([types.FileSystemWatcher(glob_pattern=f"**/{n}") for n in CONFIG_NAMES])

    # -- settings ------------------------------------------------------------------------------
    def apply_settings(self, raw) -> None:
        self.state.settings, problems = update_settings(self.state.settings, raw)
        for line in problems:
            self.window_log_message(types.LogMessageParams(type=types.MessageType.Warning, message=line))

    def tell(self, message: str, kind=types.MessageType.Info) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))


def read_client(params: types.InitializeParams) -> ClientTraits:
    caps = params.capabilities
    general = caps.general
    encodings = [str(getattr(e, "value", e)) for e in (general.position_encodings or [])] if general else []
    workspace = caps.workspace
    edit_caps = workspace.workspace_edit if workspace else None
    watch_caps = workspace.did_change_watched_files if workspace else None
    action_caps = caps.text_document.code_action if caps.text_document else None
    resolve = action_caps.resolve_support if action_caps else None
    return ClientTraits(
        encoding=encodings[0] if encodings else UTF16,
        versioned_edits=bool(edit_caps and edit_caps.document_changes),
        resolve_edit=bool(resolve and "edit" in resolve.properties),
        apply_edit=bool(workspace and workspace.apply_edit),
        watch_files=bool(watch_caps and watch_caps.dynamic_registration),
        relative_patterns=bool(watch_caps and watch_caps.relative_pattern_support),
    )


def workspace_root(params: types.InitializeParams) -> Path | None:
    for folder in params.workspace_folders or []:
        path = uri_to_path(folder.uri)
        if path is not None:
            return path
    if params.root_uri:
        return uri_to_path(params.root_uri)
    return Path(params.root_path) if params.root_path else None


def code_action_options() -> types.CodeActionOptions:
    return types.CodeActionOptions(code_action_kinds=KINDS, resolve_provider=True)
