"""The LSP methods newslint answers, each a few lines over the server's parts.

Kept apart from ``server`` (which holds state and plumbing) so each handler reads as what the
protocol asks and what newslint answers. Handlers never raise into pygls: a failure in a
request is a JSON-RPC error, in a notification a line in the client's log.
"""

from __future__ import annotations

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from . import actions
from .commands import suppression_edit, valid_code
from .diagnostics import SOURCE
from .positions import to_range
from .server import NewslintServer, code_action_options, read_client, workspace_root

server = NewslintServer()
state = server.state


@server.feature(types.INITIALIZE)
def initialize(ls: NewslintServer, params: types.InitializeParams) -> None:
    state.client = read_client(params)
    state.linter.root = workspace_root(params)
    ls.apply_settings(params.initialization_options)


@server.feature(types.INITIALIZED)
def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
    ls.watch_config_names()


@server.feature(types.SHUTDOWN)
def shutdown(ls: NewslintServer, params) -> None:
    state.shut_down = True
    state.linter.close()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.lint_soon(state.store.open(params.text_document))


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
    snap = state.store.change(params, state.client.encoding)
    if snap is not None:
        ls.lint_soon(snap, changed=True)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
    snap = state.store.get(params.text_document.uri)
    if snap is not None:
        ls.lint_soon(snap, saved=True)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    state.store.close(uri)
    ls.scheduler.close(uri)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: NewslintServer, params: types.DidChangeConfigurationParams) -> None:
    ls.apply_settings(params.settings)


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def did_change_watched_files(ls: NewslintServer, params: types.DidChangeWatchedFilesParams) -> None:
    await state.linter.run(state.linter.forget_config)
    ls.relint_all()


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION, code_action_options())
async def code_action(ls: NewslintServer, params: types.CodeActionParams):
    uri = params.text_document.uri
    result = await ls.scheduler.current(uri)
    if result is None:
        return []
    snap, client = result.snapshot, state.client
    only = [str(getattr(k, "value", k)) for k in params.context.only] if params.context.only else None
    out: list = []
    if actions.wanted(actions.QUICKFIX, only):
        out += await state.linter.run(actions.quick_fixes, result.entries, snap, params.range, client.versioned_edits)
    if actions.wanted(actions.FIX_ALL, only) and actions.has_safe_fix(result.entries):
        if only is None:  # a menu of everything: offered now, worked out when chosen
            out.append(actions.fix_all_action(snap, None, client.versioned_edits, client.resolve_edit))
        else:  # asked for by kind (on save): worth the cost now
            edits = await state.linter.run(state.linter.fix_all_edits, snap, client.encoding)
            if edits:
                out.append(actions.fix_all_action(snap, edits, client.versioned_edits, client.resolve_edit))
    return out


async def _fix_all_edits(uri: str):
    snap = state.store.get(uri)
    if snap is None:
        return None, []
    edits = await state.linter.run(state.linter.fix_all_edits, snap, state.client.encoding)
    return snap, edits if state.store.get(uri) is snap else []


@server.feature(types.CODE_ACTION_RESOLVE)
async def code_action_resolve(ls: NewslintServer, action: types.CodeAction) -> types.CodeAction:
    data = action.data if isinstance(action.data, dict) else {}
    if action.kind == actions.FIX_ALL and isinstance(data.get("uri"), str):
        snap, edits = await _fix_all_edits(data["uri"])
        if snap is not None:
            action.edit = actions.workspace_edit(snap, edits, state.client.versioned_edits)
    return action


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def hover(ls: NewslintServer, params: types.HoverParams) -> types.Hover | None:
    result = await ls.scheduler.current(params.text_document.uri)
    if result is None:
        return None
    point = types.Range(params.position, params.position)
    hits = [e for e in result.entries if e.code and actions.touches(e.range, point)]
    if not hits:
        return None
    parts = []
    for code in dict.fromkeys(e.code for e in hits):
        text = await state.linter.run(state.linter.explain, code, result.snapshot)
        message = next(e.wire["message"] for e in hits if e.code == code)
        parts.append(f"{SOURCE} {code}: {message}" + (f"\n\n{text}" if text else ""))
    first = hits[0].range
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.PlainText, value="\n\n---\n\n".join(parts)), range=first
    )


def _argument(args: tuple) -> dict:
    if len(args) != 1 or not isinstance(args[0], dict) or not isinstance(args[0].get("uri"), str):
        raise JsonRpcInvalidParams("expected one argument: an object with the document's uri")
    return args[0]


async def _apply(ls: NewslintServer, snap, edits, label: str) -> bool:
    if not state.client.apply_edit:
        ls.tell(f"newslint: this editor does not let a server edit a document ({label})", types.MessageType.Warning)
        return False
    edit = actions.workspace_edit(snap, edits, state.client.versioned_edits)
    response = await ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label=label))
    if not response.applied:
        ls.tell(f"newslint: the editor did not apply '{label}': {response.failure_reason or 'no reason given'}",
                types.MessageType.Warning)
    return bool(response.applied)


@server.command(actions.ADD_WORD)
async def add_word(ls: NewslintServer, *args):
    arg = _argument(args)
    snap = state.store.get(arg["uri"])
    word, kind = arg.get("word"), arg.get("kind", "accepted_words")
    if snap is None or not isinstance(word, str) or not word.strip() or kind not in actions.LIST_LABELS:
        raise JsonRpcInvalidParams("expected uri of an open document, a word and kind accepted_words, names or acronyms")
    try:
        added = await state.linter.run(state.linter.add_word, word.strip(), kind, snap)
    except Exception as exc:
        ls.tell(f"newslint: cannot add '{word}': {exc}", types.MessageType.Error)
        return {"added": [], "file": None}
    if added.notice:
        ls.tell(f"newslint: '{word}' was written to {added.path}; {added.notice}", types.MessageType.Warning)
    ls.relint_all()
    return {"added": list(added.added), "already": list(added.already), "file": str(added.path)}


@server.command(actions.IGNORE_IN_FILE)
async def ignore_in_file(ls: NewslintServer, *args):
    arg = _argument(args)
    snap, code = state.store.get(arg["uri"]), arg.get("code")
    if snap is None or not valid_code(code):
        raise JsonRpcInvalidParams("expected uri of an open document and a newslint code")
    change = suppression_edit(snap, code)
    if change is None:
        return {"applied": False}
    start, end, text = change
    edit = types.TextEdit(to_range(snap.lines, start, end, state.client.encoding), text)
    return {"applied": await _apply(ls, snap, [edit], f"Ignore {code} in this file")}


@server.command(actions.FIX_ALL_COMMAND)
async def fix_all(ls: NewslintServer, *args):
    snap, edits = await _fix_all_edits(_argument(args)["uri"])
    if snap is None or not edits:
        return {"applied": False}
    return {"applied": await _apply(ls, snap, edits, actions.FIX_ALL_TITLE)}
