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
from newslint import Applicability, Fix, source_edits

from .positions import LineIndex

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
    """One published diagnostic and what the code actions may offer for it.

    ``wire`` is the diagnostic as it goes over the wire, written directly: a story's findings
    are published on every pause in typing, and building lsprotocol objects for them (attrs
    validators, then cattrs to turn them back into JSON) was most of the server's own time.
    The typed ``diagnostic`` is made only when a code action or hover needs it. The quick fixes
    are worked out when first asked for (most findings are never clicked); ask on the linter
    thread, since that calls the core."""

    wire: dict
    code: str
    word: str  # the flagged text as linted (no markup)
    safe_fix: bool = False  # the rule's own fix is safe and applies: fix-all has work to do
    make_fixes: Callable[[], tuple[QuickFix, ...]] | None = None

    @cached_property
    def range(self) -> types.Range:
        return _range_of(self.wire["range"])

    @cached_property
    def diagnostic(self) -> types.Diagnostic:
        w = self.wire
        return types.Diagnostic(range=self.range, message=w["message"], severity=types.DiagnosticSeverity(w["severity"]),
                                code=w.get("code"), source=w["source"], data=w.get("data"))

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


def _range_of(r: dict) -> types.Range:
    start, end = r["start"], r["end"]
    return types.Range(types.Position(start["line"], start["character"]), types.Position(end["line"], end["character"]))


def _json_range(lines: LineIndex, start: int, end: int, encoding: str) -> dict:
    """An LSP Range as JSON, straight from code-point offsets."""
    line, character = lines.position(start, encoding)
    end_line, end_character = lines.position(end, encoding) if end != start else (line, character)
    return {"start": {"line": line, "character": character}, "end": {"line": end_line, "character": end_character}}


def _json_edits(document, d: newslint.Diagnostic, lines: LineIndex, encoding: str) -> list[dict]:
    """The diagnostic's fix as LSP TextEdits in JSON, exactly as ``--fix`` would splice it."""
    return [{"range": _json_range(lines, span.start, span.end, encoding), "newText": replacement}
            for span, replacement in source_edits(document, d, unsafe=True)]


def _text_edits(edits: list[dict]) -> tuple[types.TextEdit, ...]:
    return tuple(types.TextEdit(_range_of(e["range"]), e["newText"]) for e in edits)


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quick_fixes(document, d: newslint.Diagnostic, own: list[dict], lines: LineIndex, encoding: str
                 ) -> tuple[QuickFix, ...]:
    """The rule's own fix (``own``, its edits as published), then each other suggestion as a
    replacement of the flagged text, never safe since no rule vouched for it. A display-only
    fix needs judgement: nothing is offered for it."""
    out: list[QuickFix] = []
    if d.fix is not None:
        if d.fix.applicability is Applicability.DISPLAY_ONLY:
            return ()
        if own:
            safe = d.fix.applicability is Applicability.SAFE
            title = _title(d.fix.title or "apply the fix") + ("" if safe else " (unsafe)")
            out.append(QuickFix(title, _text_edits(own), safe))
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
        edits = _text_edits(_json_edits(document, alternative, lines, encoding))
        if edits:
            out.append(QuickFix(f"Replace with '{suggestion}' (unsafe)", edits, False))
    return tuple(out)


def to_entry(
    d: newslint.Diagnostic, document, source_lines: SourceLines, lines: LineIndex, encoding: str
) -> Entry:
    """One core finding as the entry published for it (its JSON built here, once per version)."""
    start = source_lines.offset(d.start.line, d.start.column)
    end = max(start, source_lines.offset(d.end.line, d.end.column))
    fix, own, fix_data = d.fix, [], None
    if fix is not None:
        own = _json_edits(document, d, lines, encoding)
        fix_data = {"title": fix.title, "applicability": fix.applicability.value, "edits": own}
    wire = {
        "range": _json_range(lines, start, end, encoding),
        "message": d.message,
        "severity": int(SEVERITY.get(d.severity.value, types.DiagnosticSeverity.Warning)),
        "source": SOURCE,
        "data": {"name": d.name, "suggestions": list(d.suggestions), "fix": fix_data},
    }
    if d.code is not None:
        wire["code"] = d.code
    word = document.text[d.span.start : d.span.end]
    safe = bool(own) and fix is not None and fix.applicability is Applicability.SAFE
    return Entry(wire, d.code, word, safe, partial(_quick_fixes, document, d, own, lines, encoding))


def problem_entry(message: str, code: str | None = None, severity=types.DiagnosticSeverity.Error) -> Entry:
    """A finding about the run itself (bad config, a crash), at the top of the document."""
    top = {"line": 0, "character": 0}
    wire = {"range": {"start": top, "end": dict(top)}, "message": message, "severity": int(severity),
            "source": SOURCE}
    if code is not None:
        wire["code"] = code
    return Entry(wire, code or "", "")
