"""Suppressions: ``[sic]`` after a word, and inline ``<!-- newslint: ... -->`` directives.

Directives are read from ``doc.source`` (the file as written), not from the linted text, since
Markdown and HTML readers drop comments; they are matched to diagnostics by source line:

- ``<!-- newslint: ignore[SP001,AC] -->`` the next non-blank line (or this line, when text
  stands before the comment on it);
- ``disable[...]`` ... ``enable[...]`` the lines between (to the end when never enabled);
- ``file-ignore[...]`` the whole file.

Codes are required (a code or a family prefix). A directive newslint cannot read is reported
as NL002 and a code that suppressed nothing as NL003, when those rules are selected. The
baseline (``newslint.baseline``) is the third way to accept findings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .diagnostics import make_diagnostic
from .engine_codes import MalformedSuppression, UnusedSuppression
from .sources import format_of
from .types import Diagnostic, Finding, Position, Severity, Span

if TYPE_CHECKING:
    from .document import Document
    from .rule import Rule

SIC_RE = re.compile(r"\[sic\]", re.IGNORECASE)
DIRECTIVE_RE = re.compile(r"<!--\s*newslint\s*:(?P<body>.*?)-->", re.DOTALL | re.IGNORECASE)
_BODY_RE = re.compile(r"\s*(?P<action>[\w-]+)\s*(?:\[(?P<codes>[^\]]*)\])?\s*$")
_CODE_RE = re.compile(r"[A-Z]{2}\d{0,3}")
_TAG_RE = re.compile(r"<[^<>]*>")  # markup before a comment is not text it could be about
ACTIONS = ("ignore", "disable", "enable", "file-ignore")
MALFORMED, UNUSED = MalformedSuppression.code, UnusedSuppression.code


def sic_spans(doc: Document) -> list[Span]:
    """The word (or words up to 40 characters) right before each ``[sic]``."""
    out = []
    for m in SIC_RE.finditer(doc.text):
        start = max(0, m.start() - 40)
        chunk = doc.text[start : m.start()].rstrip()
        word_start = start + max(chunk.rfind(" ") + 1, 0)
        out.append(Span(word_start, m.end()))
    return out


@dataclass
class _Cover:
    """One code of one directive over a range of lines; ``used`` once it suppresses something."""

    code: str
    first: int
    last: int
    at: Position  # where the directive is, for NL003
    used: bool = False

    def covers(self, d: Diagnostic) -> bool:
        return self.first <= d.start.line <= self.last and d.code.upper().startswith(self.code)


@dataclass
class _Directives:
    covers: list[_Cover] = field(default_factory=list)
    comments: list[tuple[Position, Position]] = field(default_factory=list)
    problems: list[tuple[Position, str]] = field(default_factory=list)


def _next_nonblank_line(doc: Document, offset: int) -> int:
    source = doc.source
    line_end = source.find("\n", offset)
    while line_end != -1:
        start = line_end + 1
        line_end = source.find("\n", start)
        chunk = source[start : line_end if line_end != -1 else len(source)]
        if chunk.strip():
            return doc.source_position(start).line
    return doc.source_position(len(source)).line + 1  # nothing follows: covers nothing


def _parse(body: str, known: Sequence[str]) -> tuple[str, tuple[str, ...]] | str:
    """(action, codes), or the reason the directive is malformed."""
    m = _BODY_RE.match(body)
    if m is None or m.group("action").lower() not in ACTIONS:
        return f"unknown directive {body.strip()!r} (use {', '.join(ACTIONS)} with codes in brackets)"
    action = m.group("action").lower()
    codes = tuple(c.strip().upper() for c in (m.group("codes") or "").split(",") if c.strip())
    if not codes:
        return f"'{action}' needs the codes it applies to, e.g. {action}[SP001]"
    for code in codes:
        if not _CODE_RE.fullmatch(code) or (known and not any(k.startswith(code) for k in known)):
            return f"'{code}' is not a newslint code or family prefix"
    return action, codes


def read_directives(doc: Document, known: Sequence[str] = ()) -> _Directives:
    """Every directive comment in the source, as line ranges per code."""
    found = _Directives()
    end_line = doc.source_position(len(doc.source)).line
    opened: dict[str, tuple[int, Position]] = {}
    shown_as_code = format_of(doc).code_test(doc.source)
    for m in DIRECTIVE_RE.finditer(doc.source):
        if shown_as_code(m.start()):
            continue
        start, stop = doc.source_position(m.start()), doc.source_position(m.end())
        found.comments.append((start, stop))
        parsed = _parse(m.group("body"), known)
        if isinstance(parsed, str):
            found.problems.append((start, f"malformed suppression: {parsed}"))
            continue
        action, codes = parsed
        for code in codes:
            if action == "file-ignore":
                found.covers.append(_Cover(code, 1, end_line, start))
            elif action == "ignore":
                line_start = doc.source.rfind("\n", 0, m.start()) + 1
                same_line = _TAG_RE.sub("", doc.source[line_start : m.start()]).strip()
                target = stop.line if same_line else _next_nonblank_line(doc, m.end())
                found.covers.append(_Cover(code, target, target, start))
            elif action == "disable":
                opened.setdefault(code, (start.line, start))
            elif code in opened:
                first, at = opened.pop(code)
                found.covers.append(_Cover(code, first, stop.line, at))
            else:
                found.problems.append((start, f"malformed suppression: enable[{code}] without an open disable[{code}]"))
    for code, (first, at) in opened.items():
        found.covers.append(_Cover(code, first, end_line, at))
    return found


def _text_offset(doc: Document, source_position: Position) -> int:
    """A linted-text offset at (or just after) a source position, for the NL diagnostics' spans."""
    line_start = 0
    for _ in range(source_position.line - 1):
        line_start = doc.source.find("\n", line_start) + 1
    source_offset = line_start + source_position.column - 1
    if doc.offsets is None:
        return min(source_offset, len(doc.text))
    return min(bisect.bisect_left(doc.offsets, source_offset), len(doc.text))


def _engine_diagnostic(doc: Document, rule: Rule, at: Position, message: str) -> Diagnostic:
    offset = _text_offset(doc, at)
    severity = rule.config.severity.get(rule.code, rule.default_severity) if rule.config else rule.default_severity
    return make_diagnostic(doc, Finding(Span(offset, offset), message), rule.code, rule.name, Severity(severity), at)


def _inside_comment(d: Diagnostic, comments: list[tuple[Position, Position]]) -> bool:
    key = (d.start.line, d.start.column)
    return any((s.line, s.column) <= key < (e.line, e.column) for s, e in comments)


def _apply_directives(
    doc: Document, diagnostics: list[Diagnostic], rules: Sequence[Rule], known: Sequence[str]
) -> list[Diagnostic]:
    by_code = {r.code: r for r in rules}
    found = read_directives(doc, known)
    kept = []
    for d in diagnostics:
        if _inside_comment(d, found.comments):
            continue  # the directive's own words (plain-text files keep comments in the text)
        hits = [c for c in found.covers if c.covers(d)]
        for c in hits:
            c.used = True
        if not hits:
            kept.append(d)
    if MALFORMED in by_code:
        kept += [_engine_diagnostic(doc, by_code[MALFORMED], at, msg) for at, msg in found.problems]
    if UNUSED in by_code:
        ran = [code for code in by_code if not code.startswith("NL")]
        for c in found.covers:
            if not c.used and any(code.startswith(c.code) for code in ran):
                message = f"unused suppression: no {c.code} finding to suppress here; delete the directive"
                kept.append(_engine_diagnostic(doc, by_code[UNUSED], c.at, message))
    return kept


def apply(
    doc: Document, diagnostics: list[Diagnostic], rules: Sequence[Rule], known: Sequence[str]
) -> list[Diagnostic]:
    """Drop what ``[sic]`` and directives suppress; ``known`` is every code the registry knows
    (selected or not), so a directive naming a code that does not exist is reported."""
    if "[sic]" in doc.text.lower():
        sics = sic_spans(doc)
        diagnostics = [d for d in diagnostics if not any(s.overlaps(d.span) for s in sics)]
    if "newslint" in doc.source and DIRECTIVE_RE.search(doc.source):
        diagnostics = _apply_directives(doc, diagnostics, rules, known)
    return diagnostics
