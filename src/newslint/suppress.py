"""Suppressions: ``[sic]`` after a word, inline ``<!-- newslint: ... -->`` directives, baselines.

The engine calls ``apply`` on every document's diagnostics. (Directives and baselines are built
out in their own issue; ``[sic]`` is here from the start because a quoted misspelling is news.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .types import Diagnostic, Span

if TYPE_CHECKING:
    from .document import Document
    from .rule import Rule

SIC_RE = re.compile(r"\[sic\]", re.IGNORECASE)


def sic_spans(doc: Document) -> list[Span]:
    """The word (or words up to 40 characters) right before each ``[sic]``."""
    out = []
    for m in SIC_RE.finditer(doc.text):
        start = max(0, m.start() - 40)
        chunk = doc.text[start : m.start()].rstrip()
        word_start = start + max(chunk.rfind(" ") + 1, 0)
        out.append(Span(word_start, m.end()))
    return out


def apply(doc: Document, diagnostics: list[Diagnostic], rules: Sequence[Rule]) -> list[Diagnostic]:
    if "[sic]" not in doc.text.lower():
        return diagnostics
    sics = sic_spans(doc)
    return [d for d in diagnostics if not any(s.overlaps(d.span) for s in sics)]
