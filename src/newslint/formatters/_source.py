"""``--show-source``: the story's line and a caret under the flagged characters, lined up as a
terminal shows them.

Columns count code points, but a terminal gives a CJK character or most emoji two cells, a
combining accent none, and a tab up to the next tab stop; so the caret is placed by display
width (``wcwidth``, a well-kept table of the Unicode widths, imported only with --show-source).
Tabs are expanded in the printed line, and control characters shown as U+FFFD, so neither can
move the caret or act on the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document
    from ..types import Diagnostic

TAB_STOP = 8  # where a terminal puts tab stops
INDENT = "    "


def _cells(text: str) -> tuple[str, list[int]]:
    """The line as printed and, for each code point, the display column it starts at (plus one
    past the end)."""
    from wcwidth import wcwidth

    shown, starts, width = [], [], 0
    for ch in text:
        starts.append(width)
        if ch == "\t":
            step = TAB_STOP - width % TAB_STOP
            shown.append(" " * step)
        else:
            w = wcwidth(ch)
            if w < 0:  # a control character
                ch, w = "\ufffd", 1
            shown.append(ch)
            step = w
        width += step
    starts.append(width)
    return "".join(shown), starts


def source_lines(d: Diagnostic, doc: Document) -> tuple[str, str] | None:
    """The printed source line and the caret line for ``d`` (None when the line is not there)."""
    text = doc.source_line(d.start.line)
    if text is None:
        return None
    shown, starts = _cells(text)
    first = min(max(d.start.column - 1, 0), len(text))
    last = min(d.end.column - 1, len(text)) if d.end.line == d.start.line else len(text)
    begin, end = starts[first], starts[max(last, first)]
    return INDENT + shown, INDENT + " " * begin + "^" * max(1, end - begin)
