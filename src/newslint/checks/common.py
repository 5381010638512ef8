"""Shared helpers for the in-story consistency families (AC acronyms, NM names, CN variants).

These rules do not compare a word with a dictionary: they find two rival forms inside one story
and report the one that is out of step. Everything they share lives here: counting forms, picking
the majority, wording "'CTSO' (3x) differs from 'CSTO' (6x)", spotting ALL-CAPS lines and
sentence starts, and loading the small reviewed word lists shipped in ``rules/``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..document import Document
from ..types import Span

_LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A word of _LETTER_WORD_RE with no a-z in it: every word in capitals is one.
# (The lookbehind follows the first letter so that the engine need not try every position.)
_NO_LOWER_WORD_RE = re.compile(r"[^\W\d_a-z](?<![^\W\d_].)[^\W\d_a-z]+(?![^\W\d_])")
_OPENERS = frozenset(".!?:;\"'“‘([—–-•*")


def times(form: str, count: int) -> str:
    """ "'CTSO' (3x)": how every consistency message names a form."""
    return f"'{form}' ({count}x)"


def rivals_message(minority: str, n_minority: int, majority: str, n_majority: int, note: str = "") -> str:
    """ "'CTSO' (3x) differs from 'CSTO' (6x), defined on line 11"."""
    text = f"{times(minority, n_minority)} differs from {times(majority, n_majority)}"
    return f"{text}, {note}" if note else text


def one_edit_or_anagram(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion, deletion or adjacent swap,
    or are anagrams of each other (letters typed in the wrong order)."""
    if a == b:
        return False
    if len(a) == len(b) and sorted(a) == sorted(b):
        return True
    return damerau_at_most_one(a, b)


def damerau_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class LookAlikes:
    """Forms indexed so that those one slip from a form are found without comparing it with every
    other form (a long story has thousands: comparing each pair was quadratic). Two words one
    substitution, insertion, deletion or adjacent swap apart share a key (the word itself or the
    word less one letter); anagrams share their sorted letters. Candidates are then checked with
    the plain predicate, so the answer is exactly ``[o for o in forms if o != form and pred]``, in
    the order of ``forms``."""

    def __init__(self, forms: Iterable[str], anagrams: bool = False) -> None:
        self._order: dict[str, int] = {}
        self._by_key: dict[str, list[str]] = {}
        self._anagrams = anagrams
        for form in forms:
            if form in self._order:
                continue
            self._order[form] = len(self._order)
            for key in self._keys(form):
                self._by_key.setdefault(key, []).append(form)

    def _keys(self, form: str) -> set[str]:
        keys = {form, *(form[:i] + form[i + 1 :] for i in range(len(form)))}
        if self._anagrams:
            keys.add("\0" + "".join(sorted(form)))
        return keys

    def of(self, form: str) -> list[str]:
        """The indexed forms one slip from ``form`` (anagrams too when indexed with them)."""
        found = {o for key in self._keys(form) for o in self._by_key.get(key, ())}
        found.discard(form)
        test = one_edit_or_anagram if self._anagrams else damerau_at_most_one
        return sorted((o for o in found if test(form, o)), key=self._order.__getitem__)


def upper_words(text: str) -> int:
    """How many words of two letters or more are written in capitals."""
    return sum(1 for w in _LETTER_WORD_RE.findall(text) if w.isupper())


def caps_line_spans(doc: Document) -> SpanSet:
    """Lines written in capitals (wire headlines, shouted sub-heads, datelines of several words):
    every word there is upper case, so upper case says nothing about acronyms or names."""
    return doc.shared("caps-lines", _caps_lines)


def _caps_lines(doc: Document) -> SpanSet:
    """Only lines holding three words without a-z can qualify: find those with one scan of the
    story (speed), then count their words as before."""
    starts = doc._line_starts
    hits = Counter(bisect.bisect_right(starts, m.start()) - 1 for m in _NO_LOWER_WORD_RE.finditer(doc.text))
    out = []
    for index in sorted(i for i, n in hits.items() if n >= 3):
        line = doc.lines[index]
        words = _LETTER_WORD_RE.findall(doc.line_text(line))
        upper = sum(1 for w in words if w.isupper())
        if upper >= 3 and upper >= 0.6 * len(words):
            out.append(line.span)
    return SpanSet(out)


def merged(spans: Iterable[Span]) -> list[Span]:
    """Overlapping or touching spans joined, sorted: what ``SpanSet`` needs."""
    out: list[Span] = []
    for span in sorted(spans):
        if out and span.start <= out[-1].end:
            if span.end > out[-1].end:
                out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def inside(spans: Iterable[Span], offset: int) -> bool:
    return any(s.start <= offset < s.end for s in spans)


class SpanSet:
    """Sorted, non-overlapping spans with a fast "is this offset inside one?"."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self._starts = [s.start for s in self.spans]

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self.spans[i].end

    def __iter__(self):
        return iter(self.spans)


def sentence_initial(text: str, offset: int) -> bool:
    """True when the word at ``offset`` starts a line, a sentence, a quote or a list item, where a
    capital letter is grammar rather than a proper noun."""
    i = offset - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\r\n":
        return True
    if text[i] in _OPENERS:
        return True
    return False


def majority(counts: dict[str, int], first_seen: dict[str, int]) -> str:
    """The form used most; a tie goes to the form the story used first."""
    return max(counts, key=lambda f: (counts[f], -first_seen[f]))


@cache
def data_words(folder: str, name: str) -> frozenset[str]:
    """A reviewed word list shipped in ``rules/<folder>/<name>``: entries separated by white space
    (one a line, or several), ``#`` starts a comment."""
    from ..packs.loader import builtin_rules_dir
    from ..wordlists import read_entries

    path = Path(builtin_rules_dir()) / folder / name
    return frozenset(word for entry in read_entries(path) for word in entry.split())


def line_number(doc: Document, offset: int) -> int:
    return doc.position(offset).line


def common_word(word: str, min_count: int = 5000) -> bool:
    """True when ``word`` is an everyday English word ("Head", "Who", "Aids" as in "aids"), so its
    capital may be grammar or a proper name rather than a house form of an acronym."""
    from .spelling.lexicon import load_lexicon  # the spelling rules' word frequencies, cached on disk

    return load_lexicon().freq(word.lower()) >= min_count
