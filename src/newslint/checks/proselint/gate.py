"""Skip a proselint word-list check on a story it cannot match, without running it.

proselint's ``misc.preferred_forms`` is one case-insensitive alternation of 136 words behind a
look-behind, which Python's ``re`` cannot narrow by first letter: it cost ~0.65 ms a story,
more than the rest of the enabled proselint checks together, and matches in few stories; some
45 more word-list checks each scan every story with RE2. When a check's words are literal
letters, spaces, hyphens and apostrophes and its padding puts a word boundary on both sides, a
match means the lower-cased story holds the lower-cased word and every run of letters in the
word is a whole run of letters in the story. When no word passes both tests the check has
nothing to find; otherwise it runs as proselint wrote it.

The tests compare lower-cased text. Four characters outside ASCII match an ASCII letter under
``re.IGNORECASE`` (dotted and dotless I, long s, the Kelvin sign; RE2 folds two of them): a
story that has one is checked in full.
"""

from __future__ import annotations

import re
from typing import Any

_RUN_RE = re.compile(r"[a-z]+")
_LITERAL_WORD_RE = re.compile(r"[a-z][a-z '\-]*")
# Every non-ASCII character that ``re`` with IGNORECASE takes for an ASCII letter (the test suite
# recomputes this over all of Unicode).
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS_RE = re.compile(f"[{FOLDS_TO_ASCII}]")
# Paddings that put a non-letter (or the edge of the text) on both sides of a word.
BOUNDED_PADDINGS = (r"(?<![A-Za-z'-]){}(?![A-Za-z'-])", r"\b{}\b")
GATED_KINDS = ("PreferredFormsSimple", "Existence")


class StoryText:
    """What the gate needs of a story: its lower-cased text and runs of letters, or nothing
    when the story holds a character that folds onto an ASCII letter (then nothing is skipped)."""

    def __init__(self, text: str) -> None:
        self.usable = not _FOLDS_RE.search(text)
        self.lowered = text.lower() if self.usable else ""
        self.runs = frozenset(_RUN_RE.findall(self.lowered))


class Gate:
    """Each word of a literal word-list check as (its letter runs, the word lower-cased), and the
    longest run of each word: a story with none of those cannot match (one set operation in C,
    which settles most stories before any word is looked at)."""

    def __init__(self, words: list[tuple[frozenset[str], str]]) -> None:
        self.words = tuple(words)
        self.longest = frozenset(max(runs, key=len) for runs, _ in words)

    def cannot_match(self, story: StoryText) -> bool:
        if self.longest.isdisjoint(story.runs):
            return True
        return not any(runs <= story.runs and word in story.lowered for runs, word in self.words)


_gates: dict[int, Gate | None] = {}


def gate_of(check: Any) -> Gate | None:
    """The gate of a literal word-list check, or None when the check is not one the test is
    sound for (another kind, other padding, a word that is a pattern)."""
    key = id(check)
    if key not in _gates:
        _gates[key] = _gate(check)
    return _gates[key]


def _gate(check: Any) -> Gate | None:
    kind = check.check_type
    if type(kind).__name__ not in GATED_KINDS or str(kind.padding.value) not in BOUNDED_PADDINGS:
        return None
    words = []
    for word in kind.items:
        lowered = word.lower()
        if not word.isascii() or not _LITERAL_WORD_RE.fullmatch(lowered):
            return None
        words.append((frozenset(_RUN_RE.findall(lowered)), lowered))
    return Gate(words) if words else None


def cannot_match(check: Any, story: StoryText) -> bool:
    gate = gate_of(check)
    return gate is not None and story.usable and gate.cannot_match(story)
