"""newslint's diagnostics as LSP diagnostics, and the quick fixes each one offers.

Positions go through absolute offsets: the core's 1-based line and column (lines split at LF
only, columns in code points, both in the file's own text, Markdown and HTML included) become
an offset into the document, and ``positions`` turns that into the client's line and units.
Fix edits come from ``newslint.source_edits``, so a quick fix edits exactly what ``--fix``
would (HTML escaped, never across markup the reader removed).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, partial

from lsprotocol import types

import newslint
from newslint import Applicability, Fix

from .positions import LineIndex, to_range

SOURCE = "newslint"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
# Which word list silences which finding when its word is added (``newslint words add``).
WORD_LIST_FOR_CODE = {"SP001": "accepted_words", "SP002": "names", "AC001": "acronyms", "AC003": "acronyms"}


@dataclass(frozen=True)
class QuickFix:
    title: str
    edits: tuple[types.TextEdit, ...]
    safe: bool


@dataclass
class Entry:
    """One published diagnostic and what the code actions may offer for it. The quick fixes
    are worked out when first asked for (most findings are never clicked); ask on the linter
    thread, since that calls the core."""

    diagnostic: types.Diagnostic
    code: str
    word: str  # the flagged text as linted (no markup)
    safe_fix: bool = False  # the rule's own fix is safe and applies: fix-all has work to do
    make_fixes: Callable[[], tuple[QuickFix, ...]] | None = None

    @cached_property
    def fixes(self) -> tuple[QuickFix, ...]:
        return self.make_fixes() if self.make_fixes is not None else ()


class SourceLines:
    """The core's coordinates: 1-based lines split as ``Document`` splits them (CRLF, a lone CR
    or LF), 1-based code-point columns."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = [0] + [m.end() for m in re.finditer("\r\n|\r|\n" if "\r" in text else "\n", text)]

    def offset(self, line: int, column: int) -> int:
        index = min(max(line - 1, 0), len(self.starts) - 1)
        return min(self.starts[index] + max(column - 1, 0), self.length)


def _json_range(r: types.Range) -> dict:
    return {"start": {"line": r.start.line, "character": r.start.character},
            "end": {"line": r.end.line, "character": r.end.character}}


def _json_edit(edit: types.TextEdit) -> dict:
    return {"range": _json_range(edit.range), "newText": edit.new_text}


def to_json(d: types.Diagnostic) -> dict:
    """The diagnostic as it goes over the wire, written directly: publishing a story's findings
    on every pause in typing is the server's hot path, and this is a third of cattrs's time."""
    out = {"range": _json_range(d.range), "message": d.message, "severity": int(d.severity), "source": d.source}
    if d.code is not None:
        out["code"] = d.code
    if d.data is not None:
        out["data"] = d.data
    return out


def _text_edits(document, d: newslint.Diagnostic, lines: LineIndex, encoding: str) -> tuple[types.TextEdit, ...]:
    return tuple(
        types.TextEdit(to_range(lines, span.start, span.end, encoding), replacement)
        for span, replacement in newslint.source_edits(document, d, unsafe=True)
    )


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quick_fixes(
    document, d: newslint.Diagnostic, own: tuple[types.TextEdit, ...], lines: LineIndex, encoding: str
) -> tuple[QuickFix, ...]:
    """The rule's own fix (``own``), then each other suggestion as a replacement of the flagged
    text, never safe since no rule vouched for it. A display-only fix needs judgement: nothing
    is offered for it."""
    out: list[QuickFix] = []
    if d.fix is not None:
        if d.fix.applicability is Applicability.DISPLAY_ONLY:
            return ()
        if own:
            safe = d.fix.applicability is Applicability.SAFE
            out.append(QuickFix(_title(d.fix.title or "apply the fix") + ("" if safe else " (unsafe)"), own, safe))
        single = [(e.span, e.replacement) for e in d.fix.edits]
        if len(single) != 1 or single[0][0] != d.span:
            return tuple(out)  # the suggestions say something else than "write this here"
        offered = {single[0][1]}
    else:
        offered = set()
    for suggestion in d.suggestions:
        if suggestion in offered:
            continue
        offered.add(suggestion)
        alternative = dataclasses.replace(d, fix=Fix.replace(d.span, suggestion, Applicability.UNSAFE))
        edits = _text_edits(document, alternative, lines, encoding)
        if edits:
            out.append(QuickFix(f"Replace with '{suggestion}' (unsafe)", edits, False))
    return tuple(out)


def to_entry(
    d: newslint.Diagnostic, document, source_lines: SourceLines, lines: LineIndex, encoding: str
) -> Entry:
    start = source_lines.offset(d.start.line, d.start.column)
    end = max(start, source_lines.offset(d.end.line, d.end.column))
    own = _text_edits(document, d, lines, encoding) if d.fix is not None else ()
    fix_data = None
    if d.fix is not None:
        fix_data = {"title": d.fix.title, "applicability": d.fix.applicability.value,
                    "edits": [_json_edit(e) for e in own]}
    diagnostic = types.Diagnostic(
        range=to_range(lines, start, end, encoding),
        message=d.message,
        severity=SEVERITY.get(d.severity.value, types.DiagnosticSeverity.Warning),
        code=d.code,
        source=SOURCE,
        data={"name": d.name, "suggestions": list(d.suggestions), "fix": fix_data},
    )
    word = document.text[d.span.start : d.span.end]
    safe = bool(own) and d.fix is not None and d.fix.applicability is Applicability.SAFE
    return Entry(diagnostic, d.code, word, safe, partial(_quick_fixes, document, d, own, lines, encoding))


def problem_entry(message: str, code: str | None = None, severity=types.DiagnosticSeverity.Error) -> Entry:
    """A finding about the run itself (bad config, a crash), at the top of the document."""
    top = types.Range(types.Position(0, 0), types.Position(0, 0))
    diagnostic = types.Diagnostic(range=top, message=message, severity=severity, code=code, source=SOURCE)
    return Entry(diagnostic, code or "", "")
