"""Offsets as clients count them: Python and newslint count code points, JavaScript, LanguageTool
and most editors count UTF-16 code units (an emoji is two). One table per text, built only when
the text holds characters outside the Basic Multilingual Plane, so ASCII copy costs nothing."""

from __future__ import annotations

import bisect
import re

_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
UNITS = ("codepoints", "utf16")


class Units:
    """Convert code-point offsets of one text to the unit a client asked for."""

    __slots__ = ("_astral", "utf16")

    def __init__(self, text: str, unit: str = "codepoints") -> None:
        if unit not in UNITS:
            raise ValueError(f"offsets must be one of {', '.join(UNITS)}, not {unit!r}")
        self.utf16 = unit == "utf16"
        self._astral = [m.start() for m in _ASTRAL_RE.finditer(text)] if self.utf16 else []

    def offset(self, codepoint: int) -> int:
        """The offset in the client's unit of code-point offset ``codepoint``."""
        if not self._astral:
            return codepoint
        return codepoint + bisect.bisect_left(self._astral, codepoint)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``(offset, length)`` in the client's unit of the code-point range ``[start, end)``."""
        first = self.offset(start)
        return first, self.offset(end) - first


def utf16_length(text: str) -> int:
    return len(text) + len(_ASTRAL_RE.findall(text))
