"""LSP positions <-> absolute character offsets, in the negotiated encoding.

Everything else in the server speaks in code-point offsets into the document text (what the
core speaks too); only this module knows that LSP lines end at CRLF, CR or LF (not at the
other breaks ``str.splitlines`` knows, such as U+2028 or a form feed) and that a column counts
UTF-16 code units (an emoji is two) unless the client agreed on UTF-32 (code points).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from lsprotocol import types

UTF16, UTF32 = "utf-16", "utf-32"
LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def choose_encoding(offered: Sequence[str] | None) -> str:
    """UTF-32 when the client offers it (columns are then plain code points), else UTF-16, the
    encoding every client must support; UTF-8 is never chosen, even when preferred."""
    return UTF32 if offered and UTF32 in offered else UTF16


def clean_text(text: str) -> str:
    """A lone surrogate (JSON can carry one, no file can) becomes U+FFFD: one code point and one
    UTF-16 unit for one, so offsets and columns stay put."""
    return _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text


def _units(chunk: str, encoding: str) -> int:
    if encoding == UTF32:
        return len(chunk)
    return len(chunk) + len(_ASTRAL_RE.findall(chunk))


class LineIndex:
    """Where each LSP line starts in one version of a text (built once per version)."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in LINE_BREAK_RE.finditer(text)]

    def _line_end(self, line: int) -> int:
        """Offset just before the line's break (its content's end)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            text = self.text
            if text[end - 1] == "\n":
                end -= 2 if end >= 2 and text[end - 2] == "\r" else 1
            else:  # a lone CR
                end -= 1
            return end
        return len(self.text)

    def position(self, offset: int, encoding: str) -> tuple[int, int]:
        """(line, character) of a code-point offset; an offset inside a CRLF counts as its start."""
        offset = min(max(offset, 0), len(self.text))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        offset = min(offset, self._line_end(line))
        return line, _units(self.text[start:offset], encoding)

    def offset(self, line: int, character: int, encoding: str) -> int:
        """The code-point offset of an LSP position; past the end of a line means the line's end,
        past the last line the end of the text (as the protocol says)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self._line_end(line)
        character = max(character, 0)
        if encoding == UTF32 or not _ASTRAL_RE.search(self.text, start, end):
            return min(start + character, end)
        units = 0
        for index in range(start, end):
            if units >= character:
                return index
            units += 2 if self.text[index] >= "\U00010000" else 1
        return end


def to_range(index: LineIndex, start: int, end: int, encoding: str) -> types.Range:
    """The LSP Range of code-point offsets ``[start, end)``."""
    return types.Range(types.Position(*index.position(start, encoding)), types.Position(*index.position(end, encoding)))


def to_offsets(index: LineIndex, rng: types.Range, encoding: str) -> tuple[int, int]:
    """The code-point offsets of an LSP Range (start never after end)."""
    start = index.offset(rng.start.line, rng.start.character, encoding)
    end = index.offset(rng.end.line, rng.end.character, encoding)
    return min(start, end), max(start, end)
