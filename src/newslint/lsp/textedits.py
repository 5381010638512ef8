"""Small text edits that turn one text into another (for ``source.fixAll``).

The core gives the fixed story as a whole; sending it as one replacement of the document
would move the writer's cursor and blow away undo history, so the difference is sent as the
few edits it is: a line diff, each changed block trimmed to the characters that differ.
"""

from __future__ import annotations

import difflib
import re

from lsprotocol import types

from .positions import LineIndex, to_range

_LINE_RE = re.compile(r"[^\n]*\n|[^\n]+")
_WORD_RE = re.compile(r"\w+|\r\n|\s|[^\w\s]", re.UNICODE)
MAX_WORD_DIFF = 20_000  # characters of a changed block; past that it is replaced whole


def _lines(text: str) -> list[str]:
    return _LINE_RE.findall(text)


def _diff(a: list[str], b: list[str]):
    """(start, end, new_start, new_end) of each changed run, in character offsets."""
    starts_a, starts_b = [0], [0]
    for piece in a:
        starts_a.append(starts_a[-1] + len(piece))
    for piece in b:
        starts_b.append(starts_b[-1] + len(piece))
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            yield starts_a[i1], starts_a[i2], starts_b[j1], starts_b[j2]


def diff_spans(old: str, new: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` in ``old``'s offsets, in order, not overlapping; applying
    them all to ``old`` gives ``new``. Lines first, then words inside a changed block of lines
    (a fixed word and a deleted line are two edits, not one rewrite of the paragraph)."""
    out = []
    for start, end, new_start, new_end in _diff(_lines(old), _lines(new)):
        block_old, block_new = old[start:end], new[new_start:new_end]
        if len(block_old) + len(block_new) > MAX_WORD_DIFF:
            runs = [(0, len(block_old), 0, len(block_new))]
        else:
            runs = list(_diff(_WORD_RE.findall(block_old), _WORD_RE.findall(block_new)))
        for s, e, ns, ne in runs:
            s, e, ns, ne = s + start, e + start, ns + new_start, ne + new_start
            # an LSP position cannot fall between the CR and LF of one line break
            if 0 < s < len(old) and old[s - 1 : s + 1] == "\r\n":
                s, ns = s - 1, ns - 1
            if 0 < e < len(old) and old[e - 1 : e + 1] == "\r\n":
                e, ne = e + 1, ne + 1
            if out and out[-1][1] >= s:  # widened into the previous run: merge them
                ps, _, _, pns = out.pop()
                s, ns = ps, pns
            out.append((s, e, new[ns:ne], ns))
    return [(s, e, text) for s, e, text, _ in out]


def text_edits(index: LineIndex, new: str, encoding: str) -> list[types.TextEdit]:
    """The edits that turn the text ``index`` was built on into ``new``."""
    return [
        types.TextEdit(to_range(index, start, end, encoding), replacement)
        for start, end, replacement in diff_spans(index.text, new)
    ]
