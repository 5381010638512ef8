"""Apply fixes to a story and re-lint until nothing more is fixable (at most ``MAX_PASSES``).

Each pass lints the current text, takes the allowed fixes in order and skips any that overlaps
one already taken (it comes back on the next pass if it still applies), maps every edit from
the linted text to the file's own text, and splices it into the file's bytes. A fix is dropped
rather than risked when its edit would cross markup the reader removed or needs a character the
file's encoding cannot hold. Nothing here touches the disk: ``writeback`` does that.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from . import sources
from .config import Config
from .document import Document
from .runner import FileResult, lint_document
from .sources._textmap import LONE_CR_RE
from .sources.decode import DecodedText, decode_bytes
from .types import Applicability, Diagnostic, Span
from .writeback import can_encode, splice

MAX_PASSES = 10


class FixRefused(Exception):
    """This file's fixes cannot be written back (e.g. a Word file); the message says why."""


@dataclass(frozen=True)
class AppliedEdit:
    """One edit as applied: ``span`` is in the file's text as it stood before pass ``pass_number``."""

    pass_number: int
    code: str
    span: Span
    replacement: str


@dataclass
class FixOutcome:
    path: str
    original: bytes
    data: bytes
    original_text: str
    text: str
    applied: list[AppliedEdit] = field(default_factory=list)
    fixes: int = 0  # diagnostics whose fix was applied
    passes: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)  # what remains after fixing
    document: Document | None = None
    crashed: bool = False
    history: list[str] = field(default_factory=list)  # the text before each pass, then the result
    notice: str | None = None  # e.g. read as cp1252
    converged: bool = False  # False when MAX_PASSES ran out with fixes still to apply

    @property
    def changed(self) -> bool:
        return self.data != self.original



def allowed(unsafe: bool) -> frozenset[Applicability]:
    return frozenset({Applicability.SAFE, Applicability.UNSAFE} if unsafe else {Applicability.SAFE})


def fix_bytes(
    data: bytes,
    path: str,
    config: Config | None = None,
    *,
    unsafe: bool = False,
    input_format: str | None = None,
    first: FileResult | None = None,
) -> FixOutcome:
    """Fix a story given as the file's bytes; raises ``FixRefused`` or ``sources.InputError``.
    ``first`` is the lint of these bytes when the caller has it already (saves one pass)."""
    reader = _reader(path, input_format)
    return fix_decoded(data, decode_bytes(data, path), path, config, unsafe=unsafe, parse=reader, first=first)


def fix_text(
    text: str,
    path: str = "story.txt",
    config: Config | None = None,
    *,
    unsafe: bool = False,
    input_format: str | None = None,
) -> FixOutcome:
    """Library entry point: fix a story held in memory (``path`` picks the reader by suffix,
    unless ``input_format`` names one)."""
    decoded = DecodedText(text, "utf-8")
    return fix_decoded(
        text.encode("utf-8"), decoded, path, config, unsafe=unsafe, parse=_reader(path, input_format)
    )


def fix_decoded(
    data: bytes,
    decoded: DecodedText,
    path: str,
    config: Config | None,
    *,
    unsafe: bool,
    parse: Callable[[str, str], Document],
    first: FileResult | None = None,
) -> FixOutcome:
    """Lint, apply the allowed fixes, repeat until none is left or ``MAX_PASSES`` ran."""
    config = config or Config()
    outcome = FixOutcome(path, data, data, decoded.text, decoded.text, notice=decoded.notice)
    applicable = allowed(unsafe)
    while True:
        if first is not None and first.document is not None and first.document.source == outcome.text:
            doc, diagnostics, crashed = first.document, first.diagnostics, first.crashed
        else:
            doc = parse(outcome.text, path)
            result = lint_document(doc, config)
            doc, diagnostics, crashed = result.document, result.diagnostics, result.crashed
        first = None
        if doc.source != outcome.text:
            raise FixRefused(
                f"{path}: cannot fix: the reader does not map this file's text back to its bytes"
            )
        outcome.document, outcome.diagnostics, outcome.crashed = doc, diagnostics, crashed
        chosen = choose_fixes(doc, diagnostics, applicable, decoded)
        outcome.converged = not chosen
        if outcome.converged or outcome.passes == MAX_PASSES:
            break
        outcome.passes += 1
        outcome.history.append(outcome.text)
        edits = [edit for _, fix_edits in chosen for edit in fix_edits]
        outcome.data = splice(outcome.data, outcome.text, decoded, edits)
        outcome.text = apply_edits(outcome.text, edits)
        outcome.applied.extend(
            AppliedEdit(outcome.passes, code, span, rep)
            for code, fix_edits in chosen
            for span, rep in fix_edits
        )
        outcome.fixes += len(chosen)
    outcome.history.append(outcome.text)
    return outcome


def _reader(path: str, input_format: str | None) -> Callable[[str, str], Document]:
    """How to read fixed text back: the format's own reader, from text (never re-decoded)."""
    name = input_format or sources.format_for(path)
    if not sources.format_named(name).writable:
        raise FixRefused(f"{path}: --fix does not rewrite {name} files (they are not text); fix them in Word")
    return lambda text, where: sources.document_from_text(text, where, input_format)


def choose_fixes(
    doc: Document,
    diagnostics: Sequence[Diagnostic],
    applicable: frozenset[Applicability],
    decoded: DecodedText,
) -> list[tuple[str, list[tuple[Span, str]]]]:
    """The fixes to apply in this pass, as (code, [(source span, replacement)]), none overlapping."""
    taken: list[Span] = []
    chosen: list[tuple[str, list[tuple[Span, str]]]] = []
    newline = line_break_of(doc.source)
    for d in sorted(diagnostics, key=lambda d: (d.span.start, d.span.end, d.code)):
        edits = _source_edits(doc, d, applicable, decoded, newline)
        if not edits or any(_clash(s, t) for s, _ in edits for t in taken):
            continue
        taken.extend(s for s, _ in edits)
        chosen.append((d.code, edits))
    return chosen


def _as_text(source: str) -> str:
    """Source characters as the plain reader hands them to the rules (a lone CR is a LF)."""
    return LONE_CR_RE.sub("\n", source) if "\r" in source else source


def line_break_of(source: str) -> str:
    """The line break a replacement's line breaks become: the file's own."""
    if source.count("\r\n") * 2 > source.count("\n"):
        return "\r\n"
    if "\n" not in source and "\r" in source:
        return "\r"
    return "\n"


def source_edits(doc: Document, d: Diagnostic, unsafe: bool = True) -> list[tuple[Span, str]]:
    """One diagnostic's fix in source coordinates, as ``--fix`` would splice it into a UTF-8
    copy of ``doc.source``; [] when ``--fix`` would never apply it (display-only, crossing markup)."""
    return _source_edits(doc, d, allowed(unsafe), DecodedText(doc.source, "utf-8"), line_break_of(doc.source))


def _source_edits(doc, d: Diagnostic, applicable, decoded: DecodedText, newline: str) -> list[tuple[Span, str]]:
    """The diagnostic's fix in source coordinates, or [] when it is not ours to apply."""
    fix = d.fix
    if fix is None or fix.applicability not in applicable:
        return []
    out: list[tuple[Span, str]] = []
    escape = sources.format_of(doc).escape
    for edit in fix.edits:
        if edit.span.end > len(doc.text):
            return []
        span = doc.source_span(edit.span)
        if _as_text(doc.source[span.start : span.end]) != doc.text[edit.span.start : edit.span.end]:
            return []  # the edit would cross markup the reader removed
        replacement = escape(edit.replacement)
        if newline != "\n":
            replacement = replacement.replace("\r\n", "\n").replace("\n", newline)
        if not can_encode(replacement, decoded):
            return []
        if doc.source[span.start : span.end] != replacement:
            out.append((span, replacement))
    ordered = sorted(out, key=lambda e: e[0])
    if any(_clash(a, b) for (a, _), (b, _) in pairwise(ordered)):
        return []
    return ordered


def _clash(a: Span, b: Span) -> bool:
    """Overlapping edits, or an insertion touching another edit (their order would be a guess)."""
    if a.overlaps(b):
        return True
    if a.start == a.end or b.start == b.end:
        return a.start <= b.end and b.start <= a.end
    return False


def apply_edits(text: str, edits: Sequence[tuple[Span, str]]) -> str:
    out: list[str] = []
    done = 0
    for span, replacement in sorted(edits, key=lambda e: e[0].start):
        out.append(text[done : span.start])
        out.append(replacement)
        done = span.end
    out.append(text[done:])
    return "".join(out)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff labelled with the file path; a missing final newline is marked as git does."""
    lines = difflib.unified_diff(_lines(before), _lines(after), fromfile=path, tofile=path)
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
