"""Code actions: quick fixes per finding, word-list and ignore commands, and fix-all.

Quick fixes come from the lint's entries (``diagnostics``). The
commands run on the server (``commands``), not in the client: a client that cannot run a
server's command still gets the word written or the comment inserted. Fix-all is costly (it
lints until nothing more is fixable), so it is computed only when asked for by kind, and
otherwise offered unresolved (``codeAction/resolve``) or as a command.
"""

from __future__ import annotations

from lsprotocol import types

from .diagnostics import WORD_LIST_FOR_CODE, Entry
from .documents import Snapshot

QUICKFIX = types.CodeActionKind.QuickFix.value
FIX_ALL = "source.fixAll.newslint"
KINDS = [types.CodeActionKind.QuickFix, types.CodeActionKind("source.fixAll"), FIX_ALL]
ADD_WORD, IGNORE_IN_FILE, FIX_ALL_COMMAND = "newslint.addWord", "newslint.ignoreInFile", "newslint.fixAll"
COMMANDS = [ADD_WORD, IGNORE_IN_FILE, FIX_ALL_COMMAND]
LIST_LABELS = {"accepted_words": "accepted words", "names": "names", "acronyms": "acronyms"}
FIX_ALL_TITLE = "Fix all safe newslint problems"


def wanted(kind: str, only: list[str] | None) -> bool:
    """Kinds are hierarchical: asking for ``source.fixAll`` includes ``source.fixAll.newslint``."""
    return only is None or any(kind == o or kind.startswith(o + ".") for o in only)


def _key(position: types.Position) -> tuple[int, int]:
    return position.line, position.character


def touches(a: types.Range, b: types.Range) -> bool:
    return _key(a.start) <= _key(b.end) and _key(b.start) <= _key(a.end)


def workspace_edit(snap: Snapshot, edits: list[types.TextEdit], versioned: bool) -> types.WorkspaceEdit:
    """Edits of one document; versioned where the client allows, so it refuses them on a newer text."""
    if versioned:
        doc = types.OptionalVersionedTextDocumentIdentifier(uri=snap.uri, version=snap.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=doc, edits=list(edits))])
    return types.WorkspaceEdit(changes={snap.uri: list(edits)})


def _entry_actions(entry: Entry, snap: Snapshot, versioned: bool) -> list[types.CodeAction]:
    diags = [entry.diagnostic]
    out = [
        types.CodeAction(title=fix.title, kind=QUICKFIX, diagnostics=diags, is_preferred=fix.safe or None,
                         edit=workspace_edit(snap, list(fix.edits), versioned))
        for fix in entry.fixes
    ]
    kind = WORD_LIST_FOR_CODE.get(entry.code)
    word = entry.word.strip()
    if kind and word and "\n" not in word:
        title = f"Add '{word}' to {LIST_LABELS[kind]}"
        arguments = [{"uri": snap.uri, "word": word, "kind": kind}]
        out.append(types.CodeAction(title=title, kind=QUICKFIX, diagnostics=diags,
                                    command=types.Command(title=title, command=ADD_WORD, arguments=arguments)))
    if entry.code and entry.code[:2].isalpha() and entry.code != "NL001":
        title = f"Ignore {entry.code} in this file"
        arguments = [{"uri": snap.uri, "code": entry.code}]
        out.append(types.CodeAction(title=title, kind=QUICKFIX, diagnostics=diags,
                                    command=types.Command(title=title, command=IGNORE_IN_FILE, arguments=arguments)))
    return out


def quick_fixes(entries: list[Entry], snap: Snapshot, rng: types.Range, versioned: bool) -> list[types.CodeAction]:
    """The actions for the findings under ``rng`` (a cursor touching a finding counts)."""
    return [a for e in entries if touches(e.range, rng) for a in _entry_actions(e, snap, versioned)]


def has_safe_fix(entries: list[Entry]) -> bool:
    """Whether fix-all would change anything (it applies the safe fixes of the first lint, then
    those the fixed text shows; with none at first there is nothing to do)."""
    return any(e.safe_fix for e in entries)


def fix_all_action(snap: Snapshot, edits: list[types.TextEdit] | None, versioned: bool, resolvable: bool):
    """The fix-all action with its edit; without one, an action to resolve or a command."""
    if edits is not None:
        return types.CodeAction(title=FIX_ALL_TITLE, kind=FIX_ALL, edit=workspace_edit(snap, edits, versioned))
    if resolvable:
        return types.CodeAction(title=FIX_ALL_TITLE, kind=FIX_ALL, data={"uri": snap.uri, "version": snap.version})
    command = types.Command(title=FIX_ALL_TITLE, command=FIX_ALL_COMMAND, arguments=[{"uri": snap.uri}])
    return types.CodeAction(title=FIX_ALL_TITLE, kind=FIX_ALL, command=command)
