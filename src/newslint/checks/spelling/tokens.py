"""Which words of a story the spelling rules look at, and which they leave alone.

Not spelling errors: numbers and words glued to digits (20th, 5km, £3bn), URLs, e-mail
addresses, hashtags, @handles, single letters and initials, all-capital tokens (acronyms and
Roman numerals belong to the AC family), CamelCase brands (iPhone, McDonald), and words with
letters outside English (foreign names and words are not ours to judge).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Container, Iterable
from functools import cached_property
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple

from ...document import Document
from ...types import Span

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")
_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")  # split() keeps the words between the gaps
_TLD = r"\.(?:com|org|net|gov|edu|io|co|uk|info|biz|tv)\b"
_SKIP_RE = re.compile(
    r"(?:https?://|www\.)\S+"  # URLs
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\b[\w-]+(?:\.[\w-]+)*" + _TLD + r"(?:/\S*)?"  # bare domains
    r"|[#@]\w+"  # hashtags and handles
    r"|\[[^\]\n]{0,40}\]"  # [sic], [inaudible], [edited]: editors' brackets
)
# Each alternative above needs one of these marks or a domain ending: most stories have none,
# and checking that is ten times cheaper than the full scan.
_SKIP_MARKS = ("://", "www.", "@", "#", "[")
_TLD_RE = re.compile(_TLD)
_POSSESSIVE_RE = re.compile(r"['’](?:s)?$", re.IGNORECASE)
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


class SpellToken:
    """One word as the rules see it. A slots class: a frozen dataclass's __init__ cost ~1 µs a
    word, and a story has hundreds."""

    __slots__ = ("span", "text", "core", "sentence_start", "in_compound")

    def __init__(self, span: Span, text: str, core: str, sentence_start: bool, in_compound: bool = False):
        self.span = span  # the whole token, possessive included ("Kazahkstan's")
        self.text = text  # as written
        self.core = core  # without a possessive or contraction ending ("Kazahkstan")
        self.sentence_start = sentence_start
        self.in_compound = in_compound  # one part of a hyphenated compound ("touchy-feely")

    def __repr__(self) -> str:
        return f"SpellToken({self.span!r}, {self.text!r}, {self.core!r}, {self.sentence_start}, {self.in_compound})"

    @property
    def core_span(self) -> Span:
        """The word without its possessive: what a fix replaces ("Kazahkstan" in "Kazahkstan's")."""
        return Span(self.span.start, self.span.start + len(self.core))

    @property
    def lower(self) -> str:
        return self.core.lower()

    @property
    def capitalised(self) -> bool:
        return self.core[0].isupper()


def normalise_apostrophes(word: str) -> str:
    return word.replace("’", "'")


class Shape(NamedTuple):
    """What a matched string is, wherever it stands: worked out once a process per string."""

    text: str  # the token as judged: a closing single quote dropped
    core: str  # possessives stripped from ``text`` ("" when nothing is left)
    form: str  # the match with one possessive stripped: what the counts count
    key: str  # ``form`` case-folded


SHAPE_MEMO = 200_000  # distinct strings remembered in one process


def _shape(raw: str) -> Shape:
    if "'" not in raw and "’" not in raw:  # most words: nothing to strip, no regex to run
        return Shape(raw, raw, raw, raw.lower())
    text = raw
    if raw[-1] in "'’" and not raw.lower().endswith(("s'", "s’")):
        text = raw[:-1]  # a closing single quote, not a possessive
    core = _POSSESSIVE_RE.sub("", _POSSESSIVE_RE.sub("", text))  # "men's'" -> "men"
    form = _POSSESSIVE_RE.sub("", raw)
    return Shape(text, core, form, form.lower())


class _ShapeMemo(dict):
    """Matched string -> Shape, worked out on first sight; a dict so that ``map`` over a
    story's words runs in C."""

    def __missing__(self, raw: str) -> Shape:
        found = _shape(raw)
        if len(self) < SHAPE_MEMO:
            self[raw] = found
        return found


shape = _ShapeMemo().__getitem__
_KEY = attrgetter("key")


class StoryWords:
    """The checkable tokens of one story and how often each form occurs in it.

    The text is split once (in C) into words and gaps; counts come from the words as strings,
    and tokens with positions are built only for the strings a caller wants.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def _skipped(self) -> list[Span]:
        text = self.doc.text
        if not any(mark in text for mark in _SKIP_MARKS) and _TLD_RE.search(text) is None:
            return []
        return [Span(m.start(), m.end()) for m in _SKIP_RE.finditer(text)]

    @cached_property
    def _skipped_starts(self) -> list[int]:
        return [s.start for s in self._skipped]

    def _in_skipped(self, start: int, end: int) -> bool:
        """Inside a URL, e-mail, handle...: the skipped spans are sorted and do not overlap."""
        i = bisect.bisect_right(self._skipped_starts, start) - 1
        return i >= 0 and end <= self._skipped[i].end

    @cached_property
    def _parts(self) -> list[str]:
        """[gap, word, gap, word, ..., gap]: the one regex pass, in C; a word's offset is the
        total length of the parts before it."""
        return _SPLIT_RE.split(self.doc.text)

    @cached_property
    def raw_counts(self) -> Counter[str]:
        """Each matched string as written, with its number of occurrences."""
        return Counter(self._parts[1::2])

    @cached_property
    def tokens(self) -> list[SpellToken]:
        """Words the spelling rules judge (all-capital words excepted)."""
        return [t for t in self.candidates() if checkable(t.core)]

    @cached_property
    def capitals(self) -> list[SpellToken]:
        """All-capital words of five letters or more: acronyms are the AC family's, but a
        shouted headline word can still be a known misspelling ("TUNNED")."""
        return [t for t in self.candidates() if shouted(t.core)]

    @cached_property
    def _offsets(self) -> list[int]:
        """Where each part of ``_parts`` ends (a word's offset is the end of the gap before it)."""
        return list(accumulate(map(len, self._parts)))

    @cached_property
    def _where(self) -> dict[str, list[int]]:
        """Each matched string -> the indices of ``_parts`` that hold it (one pass a story), so a
        caller that wants a few strings builds tokens for those without walking every word."""
        where: dict[str, list[int]] = {}
        parts = self._parts
        for i in range(1, len(parts), 2):
            found = where.get(parts[i])
            if found is None:
                where[parts[i]] = [i]
            else:
                found.append(i)
        return where

    def candidates(self, wanted: Container[str] | None = None) -> list[SpellToken]:
        """Tokens in story order, or only those whose matched string is in ``wanted``: most of a
        story's words are settled by their string alone, and positions cost time. With
        ``wanted``, the parts are found through ``_where`` (speed: SP001 asked twice a story,
        and each ask walked all the words; ``test_spelling_shortcuts`` checks it against the
        walk)."""
        parts = self._parts
        if wanted is None:
            indices: Iterable[int] = range(1, len(parts), 2)
        else:
            where = self._where
            if isinstance(wanted, (set, frozenset, dict)) and len(wanted) < len(where):
                chosen = [where[raw] for raw in wanted if raw in where]
            else:
                chosen = [found for raw, found in where.items() if raw in wanted]
            indices = sorted(i for found in chosen for i in found)
        return self._tokens_at(indices)

    def _tokens_at(self, indices: Iterable[int]) -> list[SpellToken]:
        text, parts, offsets = self.doc.text, self._parts, self._offsets
        out = []
        for i in indices:
            form = shape(parts[i])
            start = offsets[i - 1]
            end = start + len(form.text)
            if not form.core or _glued_to_digit(text, start, end) or self._in_skipped(start, end):
                continue
            in_compound = _hyphenated(text, start, end)
            out.append(SpellToken(Span(start, end), form.text, form.core, _starts_sentence(text, start), in_compound))
        return out

    @cached_property
    def counts(self) -> Counter[str]:
        """Occurrences of each form, case-folded, possessives stripped (all words, not only
        checkable ones, so that a name written "KAZAKHSTAN" in a headline still counts)."""
        return Counter(map(_KEY, map(shape, self._parts[1::2])))

    @cached_property
    def proper_counts(self) -> Counter[str]:
        """Case-folded forms written with a capital: uses as a name or title (a dictionary word
        the story writes only in lower case is no evidence about a name)."""
        counts: Counter[str] = Counter()
        for raw, n in self.raw_counts.items():
            if raw[0].isupper():
                counts[shape(raw).key] += n
        return counts

    @cached_property
    def _sorted_forms(self) -> list[str]:
        return sorted(self.counts)

    def forms_starting(self, initial: str) -> list[str]:
        """Case-folded forms beginning with the letter ``initial``: SP002 compares a name only
        with those (found by bisection, not by a loop over every form)."""
        forms = self._sorted_forms
        return forms[bisect.bisect_left(forms, initial) : bisect.bisect_left(forms, chr(ord(initial) + 1))]

    @cached_property
    def _forms_by_key(self) -> dict[str, Counter[str]]:
        """Case-folded form -> each way the story writes it, with counts (one pass, for
        ``usual_form``: asking per finding must not rescan the story)."""
        forms: dict[str, Counter[str]] = {}
        for raw, n in self.raw_counts.items():
            found = shape(raw)
            forms.setdefault(found.key, Counter())[found.form] += n
        return forms

    def usual_form(self, lower: str) -> str | None:
        """The commonest capitalised way the story writes ``lower`` ("Kazakhstan")."""
        forms = self._forms_by_key.get(lower, {})
        capitalised = [(n, f) for f, n in forms.items() if f[:1].isupper() and not f.isupper()]
        return max(capitalised)[1] if capitalised else None

    def name_uses(self, lower: str) -> int:
        """How often the story writes ``lower`` (case-folded, possessive stripped) with a capital
        inside a sentence ("in Preston"): uses as a name, which a capital at a sentence's start
        ("Being there...") is not evidence of. Counted per form when first asked (speed: a
        Counter of every capitalised word built all their tokens, for the few SP001 asks about;
        ``test_spelling_shortcuts`` checks it against that Counter)."""
        counts = self._name_use_counts
        found = counts.get(lower)
        if found is None:
            raws = self._capitalised_by_lower.get(lower, ())
            found = counts[lower] = sum(1 for t in self.candidates(set(raws)) if not t.sentence_start) if raws else 0
        return found

    @cached_property
    def _name_use_counts(self) -> dict[str, int]:
        return {}

    @cached_property
    def _capitalised_by_lower(self) -> dict[str, list[str]]:
        """Matched strings written with a capital (not all capitals), by their tokens' ``lower``."""
        out: dict[str, list[str]] = {}
        for raw in self.raw_counts:
            if raw[:1].isupper() and not raw.isupper():
                out.setdefault(shape(raw).core.lower(), []).append(raw)
        return out


def _glued_to_digit(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isdigit() or after.isdigit():
        return True
    # "3.5bn", "US$5", "£20m" and "2-0" style scores: a digit just past a sign or a hyphen
    return (before in "-$£€/" and start > 1 and text[start - 2].isdigit()) or (
        after in "-/" and end + 1 < len(text) and text[end + 1].isdigit()
    )


def _hyphenated(text: str, start: int, end: int) -> bool:
    before = text[start - 2 : start]
    after = text[end : end + 2]
    return (len(before) == 2 and before[1] == "-" and before[0].isalpha()) or (
        len(after) == 2 and after[0] == "-" and after[1].isalpha()
    )


# Longer "words" are keyboard mashing, hashes or glued URLs: no dictionary helps, and ranking
# corrections for a 20,000-letter token took minutes (found by the fuzz tests).
MAX_WORD_LETTERS = 40


def shouted(core: str) -> bool:
    """An all-capital word long enough to be a shouted word rather than an acronym."""
    return len(core) >= 5 and core.isupper() and core.isalpha()


def checkable(core: str) -> bool:
    if not 2 <= len(core) <= MAX_WORD_LETTERS or not _ASCII_WORD.fullmatch(normalise_apostrophes(core)):
        return False
    letters = core.replace("'", "").replace("’", "")
    if letters.isupper():
        return False  # acronyms, Roman numerals: the AC family's
    if not letters[1:].islower():
        return False  # iPhone, McDonald, PlayStation
    return True


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(-–—":
        i -= 1
    return i < 0 or text[i] in ".!?:\n"
