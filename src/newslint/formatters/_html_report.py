"""The one place a story is drawn with its findings highlighted in place, for ``--format html``
and for the ``newslint serve`` page (which gets this markup from the API rather than drawing it
again in JavaScript).

The story's source is shown line by line (each line an element with an id, so a finding can link
to it); findings become ``<mark>`` elements. Findings may overlap or cross lines, so the text is
cut at every finding edge and line break and each piece is marked with every finding covering it
(``data-f``: their indexes), coloured by the most severe. An empty span (an insertion point) is
an empty mark. Everything from the story is escaped; nothing in it can become markup.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@dataclass(frozen=True)
class Mark:
    """One finding to highlight: ``[start, end)`` code-point offsets into the shown source."""

    start: int
    end: int
    severity: str
    index: int  # the finding's number in its list: data-f and the id ``{prefix}f{index}``
    code: str = ""


def marks_for(document, diagnostics, shift: int = 0) -> list[Mark]:
    """Marks for diagnostics of ``document``, in the coordinates of ``document.source``."""
    out = []
    for i, d in enumerate(diagnostics):
        span = document.source_span(d.span)
        out.append(Mark(span.start + shift, span.end + shift, d.severity.value, i, d.code))
    return out


def line_starts(source: str) -> list[int]:
    starts = [0]
    at = source.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = source.find("\n", at + 1)
    return starts


def line_number(starts: Sequence[int], offset: int) -> int:
    """The 1-based line of ``offset`` as the story view numbers its lines."""
    return bisect.bisect_right(starts, offset)


def story_html(source: str, marks: Sequence[Mark], prefix: str = "") -> str:
    """The source as ``<div class="nl-line" id="{prefix}L{n}">`` lines with the marks in place."""
    starts = line_starts(source)
    by_line: dict[int, list[Mark]] = {}
    for mark in marks:
        first = line_number(starts, mark.start) - 1
        last = max(first, line_number(starts, max(mark.start, mark.end - 1)) - 1)
        for line in range(first, min(last, len(starts) - 1) + 1):
            by_line.setdefault(line, []).append(mark)
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(source)
        shown_end = end - 1 if end > start and source[end - 1] == "\r" else end
        body = _line_html(source, start, shown_end, by_line.get(i, ()), prefix)
        n = i + 1
        out.append(f'<div class="nl-line" id="{prefix}L{n}"><a class="nl-ln" href="#{prefix}L{n}" '
                   f'aria-hidden="true" tabindex="-1">{n}</a><span class="nl-src">{body}</span></div>')
    return "".join(out)


def _line_html(source: str, start: int, end: int, marks: Sequence[Mark], prefix: str) -> str:
    if not marks:
        return escape(source[start:end], quote=False)
    cuts = {start, end}
    for m in marks:
        cuts.update(c for c in (m.start, m.end) if start <= c <= end)
    points = sorted(cuts)
    anchored: set[int] = set()
    out = []
    for a, b in zip(points, [*points[1:], None], strict=True):
        for m in marks:  # insertion points and the first piece of each finding carry its id
            if m.start == a and m.index not in anchored:
                anchored.add(m.index)
                if m.start == m.end:
                    out.append(f'<mark class="nl-mark nl-point nl-{m.severity}" data-f="{m.index}" '
                               f'id="{prefix}f{m.index}"></mark>')
                else:
                    out.append(f'<span class="nl-anchor" id="{prefix}f{m.index}"></span>')
        if b is None or b == a:
            continue
        piece = escape(source[a:b], quote=False)
        covering = [m for m in marks if m.start <= a and b <= m.end and m.start < m.end]
        if not covering:
            out.append(piece)
            continue
        top = max(covering, key=lambda m: (SEVERITY_RANK.get(m.severity, 0), m.start - m.end))
        indexes = " ".join(str(m.index) for m in covering)
        codes = escape(" ".join(dict.fromkeys(m.code for m in covering if m.code)))
        out.append(f'<mark class="nl-mark nl-{top.severity}" data-f="{indexes}" title="{codes}">{piece}</mark>')
    return "".join(out)


@cache
def stylesheet() -> str:
    """The highlight colours and story layout both pages use."""
    return resources.files(__package__).joinpath("_html_report.css").read_text(encoding="utf-8")
