"""What the server's commands change: a word list on disk, or a suppression in the story.

"Ignore in this file" adds the code to the story's ``file-ignore`` directive, or appends one at
the end: at the top it would become a plain-text story's first line, which the headline checks
read as the headline.
"""

from __future__ import annotations

import re

from ..fix import line_break_of
from .documents import Snapshot

FILE_IGNORE_RE = re.compile(r"<!--\s*newslint\s*:\s*file-ignore\s*\[(?P<codes>[^\]]*)\]\s*-->", re.IGNORECASE)
CODE_RE = re.compile(r"[A-Z]{2}\d{0,3}")


def suppression_edit(snap: Snapshot, code: str) -> tuple[int, int, str] | None:
    """(start, end, replacement) in the document's offsets that makes ``file-ignore`` cover
    ``code``; None when it already does."""
    text = snap.text
    match = FILE_IGNORE_RE.search(text)
    if match is not None:
        codes = [c.strip().upper() for c in match.group("codes").split(",") if c.strip()]
        if any(code.startswith(c) for c in codes):
            return None
        start, end = match.span("codes")
        return start, end, ",".join([*codes, code])
    brk = line_break_of(text)  # the story's own, as --fix writes it
    lead = "" if not text or text.endswith(("\n", "\r")) else brk
    end = len(text)
    return end, end, f"{lead}<!-- newslint: file-ignore[{code}] -->{brk}"


def valid_code(code: object) -> bool:
    return isinstance(code, str) and CODE_RE.fullmatch(code) is not None
