"""The units a pack rule searches (story, body, paragraph, sentence, headline, line), worked out
once a story for all the pack rules; public, as BP101's story shape reads the same lines."""

from __future__ import annotations

from ..document import Document
from ..types import Span
from .gate import story_memo

SCOPES = ("story", "body", "paragraph", "sentence", "headline", "line")


def scope_units(doc: Document, scope: str) -> list[Span]:
    """The units of ``scope`` in the story, worked out once for all the pack rules."""
    memo = story_memo(doc)
    units = memo.get(scope)
    if units is None:
        units = memo[scope] = _units(doc, scope)
    return units


def _units(doc: Document, scope: str) -> list[Span]:
    if scope == "story":
        return [Span(0, len(doc.text))]
    if scope == "body":
        start = doc.headline.end if doc.headline else 0
        return [doc.trim(Span(start, len(doc.text)))]
    if scope == "paragraph":
        return doc.paragraphs
    if scope == "sentence":
        return doc.sentences
    if scope == "headline":
        return [doc.headline] if doc.headline else []
    return [doc.trim(ln.span) for ln in doc.nonblank_lines]
