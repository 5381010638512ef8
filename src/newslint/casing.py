"""Writing a replacement in the case of the word it replaces: the one rule every fix follows
(a spelling fix, a pack substitution, a story's majority form).

"TUNNED" -> "TUNED", "Tunned" -> "Tuned", "tunned" -> "tuned"; a word written exactly as a rule
writes it ("FLOTUS") keeps the rule's own replacement.
"""

from __future__ import annotations


def match_case(found: str, replacement: str, written: str | None = None, opens_sentence: bool = True) -> str:
    """``replacement`` in the case pattern of ``found``: all capitals (two letters or more),
    capitalised, or as written; as written when ``found`` is exactly ``written``. A capitalised
    word mid-sentence is capitalised as a name is, so a replacement of several words keeps its own
    case there ("Later Flotus" -> "Later the first lady"); at a sentence's start it takes a capital."""
    if found == written:
        return replacement
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and found[:1].isupper() and replacement[:1].islower():
        if opens_sentence or len(replacement.split()) == 1:
            return replacement[:1].upper() + replacement[1:]
    return replacement


_OPENERS = "\"'“‘([«"


def opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` begins a sentence: at the start of the text or of a paragraph,
    or after a full stop, question or exclamation mark (opening quotes and brackets between)."""
    i, breaks = start, 0
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in _OPENERS):
        breaks += text[i - 1] == "\n"
        i -= 1
    return i == 0 or breaks >= 2 or text[i - 1] in ".!?"
