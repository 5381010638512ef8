"""Writing a replacement in the case of the word it replaces: the one rule every fix follows
(a spelling fix, a pack substitution, a story's majority form).

"TUNNED" -> "TUNED", "Tunned" -> "Tuned", "tunned" -> "tuned"; a word written exactly as a rule
writes it ("FLOTUS") keeps the rule's own replacement.
"""

from __future__ import annotations


def match_case(found: str, replacement: str, written: str | None = None) -> str:
    """``replacement`` in the case pattern of ``found``: all capitals (two letters or more),
    capitalised, or as written; as written when ``found`` is exactly ``written``."""
    if found == written:
        return replacement
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
