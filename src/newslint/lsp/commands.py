"""What the server's commands change: a word list on disk, or a suppression in the story.

"Ignore in this file" adds the code to the story's ``file-ignore`` directive, or appends one at
the end: at the top it would become a plain-text story's first line, which the headline checks
read as the headline.
"""

from __future__ import annotations

import re

from .documents import Snapshot

FILE_IGNORE_RE = re.compile(r"<!--\s*newslint\s*:\s*file-ignore\s*\[(?P<codes>[^\]]*)\]\s*-->", re.IGNORECASE)
CODE_RE = re.compile(r"[A-Z]{2}\d{0,3}")


def _line_break(text: str) -> str:
    """The break the story mostly uses, so an inserted line matches its neighbours."""
    crlf = text.count("\r\n")
    lf, cr = text.count("\n") - crlf, text.count("\r") - crlf
    return max((("\r\n", crlf), ("\n", lf), ("\r", cr)), key=lambda pair: pair[1])[0] if text else "\n"


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
    brk = _line_break(text)
    lead = "" if not text or text.endswith(("\n", "\r")) else brk
    end = len(text)
    return end, end, f"{lead}<!-- newslint: file-ignore[{code}] -->{brk}"


def valid_code(code: object) -> bool:
    return isinstance(code, str) and CODE_RE.fullmatch(code) is not None
