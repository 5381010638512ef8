"""Questions the NM rules ask of the whole story about one surname, answered from indexes built in
one pass (issue 21: a search of the whole text per surname was quadratic in a long story).

Each answer is exactly what the plain regular expression gives (``plain_*`` below, kept for the
tests that pin the two together):

* where a word occurs as a whole word (not inside "Kudja-style" or "Kudjas");
* whether a plural names the family ("the Williams sisters", "the Kennedys");
* whether a title stands right before the surname ("Mr Ausseur", "Dr. Ausseur").
"""

from __future__ import annotations

import re
from functools import cached_property

from ...types import Span

FAMILY_WORDS = "brothers|sisters|family|twins|siblings|clan"
_FAMILY_AFTER_SPACE_RE = re.compile(rf"(?<=\s)(?:{FAMILY_WORDS})")
# Only words that open with a capital A-Z are indexed (surnames do; anything else is asked of the
# plain search): a tenth of the story's words.
_THE_RE = re.compile(r"\bthe\s+(?=[A-Z])")
_TITLE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? (?=[A-Z])")
_RUN_RE = re.compile(r"(?<![\w-])[A-Z][\w-]*")
_PLAIN_WORD_RE = re.compile(r"[A-Z][\w-]*")
_WORD_CHAR_RE = re.compile(r"\w")


def _is_word(ch: str) -> bool:
    return bool(ch) and _WORD_CHAR_RE.match(ch) is not None


def _boundary(text: str, i: int) -> bool:
    """``\\b`` at position ``i``."""
    before = text[i - 1] if i > 0 else ""
    after = text[i] if i < len(text) else ""
    return _is_word(before) != _is_word(after)


def plain_spans(text: str, word: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


def plain_says_several(text: str, surname: str) -> bool:
    s = re.escape(surname)
    family = rf"\b(?:{s}(?:e?s)?\s+(?:{FAMILY_WORDS})|the\s+{s}(?:es|s)\b)"
    return re.search(family, text) is not None


def plain_titled(text: str, surname: str) -> bool:
    return re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? {re.escape(surname)}\b", text) is not None


class StoryLookups:
    """Built once per story (lazily, part by part); each method is a dictionary or set look-up."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _runs(self) -> dict[str, list[Span]]:
        """Each maximal run of [\\w-] characters, with where it occurs."""
        out: dict[str, list[Span]] = {}
        for m in _RUN_RE.finditer(self.text):
            out.setdefault(m.group(), []).append(Span(m.start(), m.end()))
        return out

    def spans(self, word: str) -> list[Span]:
        """Where ``word`` occurs with no [\\w-] character either side."""
        if _PLAIN_WORD_RE.fullmatch(word):
            return list(self._runs.get(word, ()))
        return plain_spans(self.text, word)  # "O'Brien": rare, and not a run

    @cached_property
    def _before_family_word(self) -> frozenset[str]:
        """The endings of each token before a family word that start at a word boundary: "Williams"
        and "illiams"-free, since the surname must start at a boundary."""
        text = self.text
        out = set()
        for m in _FAMILY_AFTER_SPACE_RE.finditer(text):
            end = m.start()
            while end > 0 and text[end - 1].isspace():
                end -= 1
            start = end
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            out.update(text[p:end] for p in range(start, end) if "A" <= text[p] <= "Z" and _boundary(text, p))
        return frozenset(out)

    @cached_property
    def _after_the(self) -> frozenset[str]:
        """The beginnings of each token after "the " that end at a word boundary."""
        return self._beginnings_after(_THE_RE)

    @cached_property
    def _after_title(self) -> frozenset[str]:
        return self._beginnings_after(_TITLE_RE)

    def _beginnings_after(self, pattern: re.Pattern) -> frozenset[str]:
        text = self.text
        out = set()
        for m in pattern.finditer(text):
            start = end = m.end()
            while end < len(text) and not text[end].isspace():
                end += 1
            out.update(text[start:k] for k in range(start + 1, end + 1) if _boundary(text, k))
        return frozenset(out)

    def says_several(self, surname: str) -> bool:
        """A plural names the family: "the Williams sisters", "the Kennedys"."""
        if not "A" <= surname[:1] <= "Z":
            return plain_says_several(self.text, surname)
        before = self._before_family_word
        if surname in before or surname + "s" in before or surname + "es" in before:
            return True
        return surname + "s" in self._after_the or surname + "es" in self._after_the

    def titled(self, surname: str) -> bool:
        """ "Mr Ausseur", "Dr. Ausseur": the surname straight after a title."""
        if not "A" <= surname[:1] <= "Z":
            return plain_titled(self.text, surname)
        return surname in self._after_title
