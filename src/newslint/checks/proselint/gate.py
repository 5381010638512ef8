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

Of the ~50 checks left (a single pattern, or words that are patterns), those of a few patterns
get a second, looser gate (``PatternGate``): the packs' term analysis (``packs.needs``) reads
from each pattern the engine compiles the ASCII strings one of which every match holds; a story
(as proselint pads it) that holds none of them, lower-cased, has nothing to find. A pattern it
cannot read, or a string outside ASCII, leaves the check ungated.
"""

from __future__ import annotations

import re
from functools import cached_property
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

    @cached_property
    def padded(self) -> str:
        """The lower-cased text as proselint's ``LintFile`` pads it (a newline each side)."""
        return f"\n{self.lowered}\n"


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


class PatternGate:
    """The few strings one of which every match of a check's patterns holds (lower-cased ASCII)."""

    def __init__(self, contains: frozenset[str]) -> None:
        self.contains = tuple(sorted(contains))

    def cannot_match(self, story: StoryText) -> bool:
        padded = story.padded
        return not any(s in padded for s in self.contains)


# A check with more patterns or needed strings than this is left to proselint: looking for
# each string in the story would cost more than its RE2 set's one pass (and reading hundreds of
# cliché patterns at start-up more than the run it could save).
MAX_PATTERN_STRINGS = 8

_pattern_gates: dict[int, PatternGate | None] = {}


def pattern_gate_of(check: Any) -> PatternGate | None:
    """The looser gate of a check the word-list gate does not take, or None. Patterns are read
    through the packs' on-disk memo of term analyses (``needs_memo``; reading them anew cost
    ~17 ms a start), which ``save_memo`` writes when it grew."""
    key = id(check)
    if key not in _pattern_gates:
        _pattern_gates[key] = _pattern_gate(check)
    return _pattern_gates[key]


def save_memo() -> None:
    """Keep what reading new patterns learnt for the next run (nothing to do once it is kept)."""
    from ...packs import needs_memo

    needs_memo.save()


def compiled_patterns(check: Any) -> list[str] | None:
    """The patterns proselint 0.16 compiles for a check, one of which a match must match: a
    single pattern as written, a word list padded (RE2 sets pad each word, ``re`` one joined
    alternation), preferred forms padded one by one; None for other kinds."""
    from proselint.registry.checks.engine import Fast, Padding

    kind = check.check_type
    name = type(kind).__name__
    if name == "ExistenceSimple":
        return [kind.pattern]
    if name in ("Existence", "PreferredFormsSimple"):
        words = tuple(kind.items)
        if isinstance(check.engine, Fast):
            return [kind.padding.format(w) for w in words]
        return [kind.padding.format(Padding.safe_join(words))]
    if name == "PreferredForms":
        return [kind.padding.format(w) for w in kind.items]
    return None


def _pattern_gate(check: Any) -> PatternGate | None:
    from ...packs.needs_memo import term_needs

    patterns = compiled_patterns(check)
    if not patterns or len(patterns) > MAX_PATTERN_STRINGS:
        return None
    contains: set[str] = set()
    for pattern in patterns:
        needs = term_needs(pattern, True, True)
        if needs is None or not needs.contains or not all(s and s.isascii() for s in needs.contains):
            return None
        contains.update(needs.contains)
    return PatternGate(frozenset(contains)) if len(contains) <= MAX_PATTERN_STRINGS else None


def cannot_match(check: Any, story: StoryText) -> bool:
    if not story.usable:
        return False
    gate = gate_of(check)
    if gate is not None:
        return gate.cannot_match(story)
    looser = pattern_gate_of(check)
    return looser is not None and looser.cannot_match(story)
