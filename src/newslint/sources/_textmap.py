"""Build the text rules lint from pieces of a source, remembering where every character came from.

Readers for marked-up formats keep some source ranges (the prose), drop others (markup) and add a
few characters of their own (paragraph breaks, a space for a collapsed run). ``TextBuilder``
records this as runs, and ``OffsetMap`` answers "which source offset is text offset i" with a
binary search, so a 5 MB story costs a few runs, not a list of five million integers.

Invisible characters that split words without being seen (soft hyphen, zero-width space, word
joiner, a stray BOM) are dropped from the text for every format, so "accom\u00admodate" is one
word to the spelling rules while positions still point into the file.
"""

from __future__ import annotations

import bisect
import re

from ..types import Span

LONE_CR_RE = re.compile(r"\r(?!\n)")  # an old Mac line break: one LF for one CR in the text
INVISIBLE_RE = re.compile("[\u00ad\u200b\u2060\ufeff]+")
_HTML_SPACE = " \t\n\r\f"
_COLLAPSE_RE = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")


class OffsetMap:
    """Text offset -> source offset, for ``len(text) + 1`` offsets (the last one is the end).

    Each run is (text_start, source_start, step, width): step 1 copies the source one for one,
    step 0 maps every character of the run to one source offset (an inserted or replaced piece,
    such as a decoded entity, which covers ``width`` source characters).
    """

    __slots__ = ("_starts", "_runs", "_length")

    def __init__(self, runs: list[tuple[int, int, int, int]], length: int) -> None:
        self._runs = runs
        self._starts = [r[0] for r in runs]
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        t0, s0, step, _ = self._runs[bisect.bisect_right(self._starts, index) - 1]
        return s0 + (index - t0) * step

    def end_of(self, index: int) -> int:
        """The source offset just after the piece text offset ``index`` came from: a span ending
        in a decoded ``&eacute;`` ends after the ``;``, not after the ``&``."""
        t0, s0, step, width = self._runs[bisect.bisect_right(self._starts, index) - 1]
        return s0 + (index - t0) + 1 if step else s0 + width

    def __iter__(self):
        return (self[i] for i in range(self._length))

    def __getstate__(self) -> dict:
        return {"runs": self._runs, "length": self._length}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["runs"], state["length"])


class TextBuilder:
    """Append kept source ranges and inserted strings; ``build`` gives the text and its map."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._runs: list[tuple[int, int, int, int]] = []
        self._length = 0
        self._last_source = 0  # source offset just after the last piece, for the end sentinel
        self._tail = ""  # the last few characters written, to decide on spaces and breaks
        self._pending_space: int | None = None

    # -- low level ---------------------------------------------------------------------------
    def _append(self, text: str, source_start: int, step: int, width: int = 1) -> None:
        if not text:
            return
        runs = self._runs
        if runs and step == 1 and runs[-1][2] == 1:
            t0, s0, _, _ = runs[-1]
            if s0 + (self._length - t0) == source_start:  # contiguous copy: extend the run
                self._write(text)
                self._last_source = source_start + len(text)
                return
        runs.append((self._length, source_start, step, width))
        self._write(text)
        self._last_source = source_start + (len(text) if step else width)

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)
        self._tail = (self._tail + text)[-2:]

    def _flush_space(self) -> None:
        if self._pending_space is not None:
            at, self._pending_space = self._pending_space, None
            if self._length and not self._tail[-1:].isspace():
                self._append(" ", at, 0)

    # -- what readers call -------------------------------------------------------------------
    @property
    def length(self) -> int:
        return self._length

    def keep(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` into the text, leaving out invisible characters."""
        if end <= start:
            return
        self._flush_space()
        pos = start
        for m in INVISIBLE_RE.finditer(self.source, start, end):
            self._append(self.source[pos : m.start()], pos, 1)
            pos = m.end()
        self._append(self.source[pos:end], pos, 1)

    def keep_collapsed(self, start: int, end: int) -> None:
        """Copy as HTML renders it: a run of HTML white space (not a no-break space) becomes one
        space, none at a paragraph's start or end; single inner spaces are copied as they are."""
        src = self.source
        while start < end and src[start] in _HTML_SPACE:
            start += 1
            self.space(start - 1)
        stop = end
        while stop > start and src[stop - 1] in _HTML_SPACE:
            stop -= 1
        pos = start
        for m in _COLLAPSE_RE.finditer(src, start, stop):
            self.keep(pos, m.start())
            self.put(" ", m.start())
            pos = m.end()
        self.keep(pos, stop)
        if stop < end:
            self.space(stop)

    def put(self, text: str, at: int, width: int = 1) -> None:
        """Insert ``text`` (not in the source as such), every character mapped to ``at``; it
        stands for the ``width`` source characters from there (an entity's length)."""
        text = INVISIBLE_RE.sub("", text)  # &shy; decoded is as invisible as a typed soft hyphen
        if text:
            self._flush_space()
            self._append(text, at, 0, width)

    def space(self, at: int) -> None:
        """A word break, unless the text already ends in white space (written lazily)."""
        if self._pending_space is None:
            self._pending_space = at

    def line_break(self, at: int) -> None:
        """A new line; a second one in a row makes a paragraph break (``<br><br>`` in old CMS
        copy separates paragraphs)."""
        self._pending_space = None
        if self._length and self._tail != "\n\n":
            self._append("\n", at, 0)

    def paragraph_break(self, at: int) -> None:
        """End the paragraph: the text gets a blank line unless it already has one."""
        self._pending_space = None
        if not self._length:
            return
        self._append("\n\n"[len(self._tail) - len(self._tail.rstrip("\n")) :], at, 0)

    def build(self) -> tuple[str, OffsetMap | None]:
        """The text and its map; ``None`` when the text is the source unchanged."""
        text = "".join(self._parts)
        if text == self.source and (not self._runs or self._runs == [(0, 0, 1, 1)]):
            return text, None
        runs = self._runs + [(self._length, min(self._last_source, len(self.source)), 0, 0)]
        return text, OffsetMap(runs, self._length + 1)


def trimmed(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` of ``text`` without outer white space, or None when empty."""
    chunk = text[start:end]
    if not chunk.strip():
        return None
    left = len(chunk) - len(chunk.lstrip())
    return Span(start + left, start + len(chunk.rstrip()))


def plain_text(source: str) -> tuple[str, OffsetMap | None]:
    """The source as its own text, less invisible characters (identity map when it has none)."""
    if not INVISIBLE_RE.search(source):
        return source, None
    builder = TextBuilder(source)
    builder.keep(0, len(source))
    return builder.build()
