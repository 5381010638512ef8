"""Deleting whole lines so that the story closes up: shared by the pack kinds' line fixes and
the Python rules that delete a line (ST002, BP101), so every deletion leaves the same layout."""

from __future__ import annotations

from typing import Any

from .document import Document
from .types import Span


def line_deletion(doc: Document, span: Span) -> Span:
    """The whole line(s) holding ``span``, with one line break, so deleting leaves no gap. When
    the lines stand alone between blank lines (a paragraph of their own), one blank line goes
    with them, so the paragraphs around close up with one blank line between them, not two."""
    first = doc.line_of(span.start)
    last = doc.line_of(max(span.start, span.end - 1))
    lines = doc.lines
    before = lines[first.number - 2] if first.number > 1 else None
    after = lines[last.number] if last.number < len(lines) else None
    if after is not None and (after.number < len(lines) or after.span.end > after.span.start):
        end = after.span.start  # past the last line's break
        if (before is None or _blank(doc, before)) and _blank(doc, after) and after.number < len(lines):
            end = lines[after.number].span.start  # past the blank line below too
        return Span(first.span.start, end)
    blank_above = before is not None and _blank(doc, before)
    if after is not None:  # only the final line break follows: it stays
        return Span(before.span.start if blank_above else first.span.start, len(doc.text))
    if before is None:
        return Span(first.span.start, last.span.end)
    # no final line break: take the one before the line (and the blank line above), as there was none
    above = lines[before.number - 2] if blank_above and before.number > 1 else before
    return Span(above.span.end, len(doc.text))


def _blank(doc: Document, line: Any) -> bool:
    return not doc.text[line.span.start : line.span.end].strip()
