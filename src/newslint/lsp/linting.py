"""Every call into the newslint core, made on one worker thread.

One thread (``worker``) because the core's caches (configs, rule sets, dictionaries) are built
for one caller at a time, and because the event loop must stay free to read the editor's next
keystrokes while a story is linted. A failure never escapes: a config or pack error becomes one
diagnostic naming the file and key (as the CLI's one line), anything else an NL001 diagnostic.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types

import newslint
from newslint.cli import USER_ERRORS

from . import worker
from .diagnostics import Entry, SourceLines, problem_entry, to_entry
from .documents import Snapshot
from .textedits import text_edits
from .watch import ConfigWatch, config_candidates

INTERNAL_ERROR = "NL001"


@dataclass
class LintResult:
    snapshot: Snapshot
    encoding: str
    entries: list[Entry] = field(default_factory=list)
    config_changed: bool = False  # a config or word list changed: lint the other documents too
    new_files: list[Path] = field(default_factory=list)  # files that decide a config, not watched before

    @property
    def wire(self) -> list[dict]:
        """The diagnostics as published (JSON)."""
        return [e.wire for e in self.entries]


def _internal_error(exc: BaseException) -> Entry:
    return problem_entry(f"internal error: {type(exc).__name__}: {exc} (please report this)", INTERNAL_ERROR)


class Linter:
    def __init__(self) -> None:
        self.watch = ConfigWatch()
        self.root: Path | None = None  # the workspace folder: config for unsaved buffers
        self._candidates_of: dict[Path | None, list[Path]] = {}
        self._settled: set = set()  # configs whose rules were loaded before the heap was last frozen

    async def run(self, function, *args):
        """Run ``function(*args)`` on the linter thread."""
        return await asyncio.get_running_loop().run_in_executor(worker.executor(), function, *args)

    def close(self) -> None:
        worker.executor().shutdown(wait=False, cancel_futures=True)

    # -- on the linter thread ------------------------------------------------------------------
    def config(self, snap: Snapshot):
        """The nearest config, as the CLI finds it (raises the core's one-line errors)."""
        if snap.path is not None:
            return newslint.config_for(snap.path)
        return newslint.config_for(self.root or Path.cwd())

    def _config_checked(self, snap: Snapshot, result: LintResult):
        result.config_changed = self.watch.changed()
        if result.config_changed:
            self._settled.clear()
        result.new_files += self.watch.track(self._candidates(snap.path))
        config = self.config(snap)
        result.new_files += self.watch.track_config(config)
        return config

    def _candidates(self, path: Path | None) -> list[Path]:
        """Where a config file could be for ``path``, worked out once per folder."""
        folder = path.parent if path is not None else None
        known = self._candidates_of.get(folder)
        if known is None:
            known = self._candidates_of[folder] = config_candidates(path or (self.root or Path.cwd()) / "-")
        return known

    def lint(self, snap: Snapshot, encoding: str) -> LintResult:
        result = LintResult(snap, encoding)
        try:
            config = self._config_checked(snap, result)
            if self.watch.is_word_list(snap.path):
                return result
            size = snap.size
            if size > config.max_file_size:
                message = f"not linted: {size} bytes, over max-file-size ({config.max_file_size})"
                result.entries = [problem_entry(message, severity=types.DiagnosticSeverity.Information)]
                return result
            with worker.quiet_heap(size):
                linted = newslint.lint_source(snap.text, snap.lint_path, config, input_format=snap.input_format)
                source_lines = SourceLines(snap.text)
                result.entries = [to_entry(d, linted.document, source_lines, snap.lines, encoding)
                                  for d in linted.diagnostics]
            if config not in self._settled:  # its rules and word lists are loaded now
                self._settled.add(config)
                worker.executor().submit(worker.settle_heap)  # after this lint is published
        except USER_ERRORS as exc:
            result.entries = [problem_entry(f"newslint: {exc}")]
        except Exception as exc:  # a bug in the core must not take the editor's server down
            result.entries = [_internal_error(exc)]
        return result

    def fix_all_edits(self, snap: Snapshot, encoding: str) -> list[types.TextEdit]:
        """The edits that turn the document into what ``newslint check --fix`` would write for
        it ([] when nothing is fixable, or it cannot be fixed)."""
        try:
            config = self._config_checked(snap, LintResult(snap, ""))
            with worker.quiet_heap(snap.size):
                outcome = newslint.fix_text(snap.text, snap.lint_path, config, input_format=snap.input_format)
        except Exception:  # reported by the lint of the same text; a fix-all then does nothing
            return []
        return text_edits(snap.lines, outcome.text, encoding) if outcome.text != snap.text else []

    def explain(self, code: str, snap: Snapshot) -> str | None:
        try:
            return newslint.explain(code, self.config(snap))
        except Exception:
            return None

    def add_word(self, word: str, kind: str, snap: Snapshot):
        """Append ``word`` to the config's ``kind`` list; the caches are then cleared."""
        config = self.config(snap)
        folder = self.root or (snap.path.parent if snap.path is not None else None)  # not the editor's cwd
        added = newslint.add_words([word], kind, config, folder)
        self.forget_config()
        self.watch.track([Path(added.path)])
        return added

    def forget_config(self) -> None:
        self.watch.forget()
        self._settled.clear()

