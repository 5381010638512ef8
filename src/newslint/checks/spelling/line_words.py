"""Which lines of a story hold a word: built once a story, so that a search for one form reads
only those lines, not the whole text.

SP002 asks, for a pair of close forms, which capitalised words stand beside each ("Mary Horan
... Tom Horgan") and on which line a form first appears. Searching the whole text for each
form made a 4.6 MB story cost 35 s (a scan per form, and long stories have more forms); the
same patterns run on the few lines this index names give the same matches, because none of
them crosses a line break.

The index is a superset: a line is named for a form when one of its words, lower-cased, is
the form's first word run. Lines with letters whose case-insensitive matching in ``re`` is not
plain lower-casing (Greek, dotless i, long s, the dotted capital I) are named for every form,
and a form with such letters, or not starting with a word character, gets no answer (the
caller searches the whole text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document

_RUN = re.compile(r"\w+")
# Letters ``re.IGNORECASE`` matches other than by their lower case (its equivalence classes:
# i/ı, s/ſ, µ/μ, the Greek symbol forms, ṡ/ẛ, ﬅ/ﬆ) and "İ", whose lower case is two characters.
_EXOTIC = re.compile("[İıſµ\u0345\u0370-\u03ff\u1e61\u1e9b\u1f00-\u1fff\ufb05\ufb06]")


class LineWords:
    """Lower-cased word run -> the lines that hold it, with each line's span in the text."""

    def __init__(self, doc: Document) -> None:
        text = doc.text
        self._spans: list[tuple[int, int]] = []
        self._lines: dict[str, list[int]] = {}
        self._exotic: list[int] = []
        lines, spans, exotic = self._lines, self._spans, self._exotic
        start = 0
        for n, line in enumerate(text.split("\n")):
            spans.append((start, start + len(line)))
            start += len(line) + 1
            if _EXOTIC.search(line):
                exotic.append(n)
            for run in set(_RUN.findall(line.lower())):
                found = lines.get(run)
                if found is None:
                    lines[run] = [n]
                else:
                    found.append(n)

    def spans_for(self, form: str) -> list[tuple[int, int]] | None:
        """(start, end) of each line where ``form`` may stand as a whole word, in any case, in
        text order; None when the index cannot say (search the whole text)."""
        first = _RUN.match(form)
        if first is None or _EXOTIC.search(form):
            return None
        found = self._lines.get(first.group().lower(), [])
        numbers = sorted(set(found).union(self._exotic)) if self._exotic else found
        return [self._spans[n] for n in numbers]


def line_words(doc: Document) -> LineWords:
    return doc.shared("spelling-line-words", LineWords)


def search_spans(doc: Document, form: str) -> Iterator[tuple[int, int]]:
    """The windows of ``doc.text`` to search for ``form``: its lines, or the whole text."""
    spans = line_words(doc).spans_for(form)
    return iter(spans) if spans is not None else iter(((0, len(doc.text)),))
