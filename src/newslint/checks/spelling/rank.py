"""Correction candidates for a misspelt word, ranked the way people actually mistype.

A noisy-channel score: the cost of the slips that turn the intended word into what was typed
(a doubled or dropped letter, two letters swapped, a neighbouring key, one vowel for another are
cheap; an arbitrary letter is dear) plus a small penalty for rarer words. So "tunned" gives
"tuned" (one doubled letter) ahead of the commoner "turned" (an unrelated key).

Candidates come from two places: every dictionary word one edit away (generated, then looked up)
and common words two edits away (searched with rapidfuzz's C edit distance over words of similar
length, commonest first, only as far as the best few candidates need). Only words that will be
reported are ranked, so the cost is paid a few times a story.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Container, Iterable
from functools import lru_cache

from .lexicon import CANDIDATE_MIN_FREQUENCY, Lexicon

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
FREQ_WEIGHT = 0.2  # cost per e-fold of rarity (benchmarks/fit_ranking.py)
MAX_COST = 2.2  # above this a candidate is not a plausible slip
FIRST_LETTER = 0.5


def _neighbours() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    return {
        a: frozenset(b for b, (r2, c2) in pos.items() if b != a and abs(r1 - r2) <= 1 and abs(c1 - c2) <= 1)
        for a, (r1, c1) in pos.items()
    }


_ADJACENT = _neighbours()


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if b in _ADJACENT.get(a, ()):
        return 0.6
    if a in _VOWELS and b in _VOWELS:
        return 0.7
    return 1.0


def _typed_extra(typo: str, j: int) -> float:
    """Cost of typo[j] being a letter typed by mistake."""
    ch = typo[j]
    near = typo[j - 1 : j] + typo[j + 1 : j + 2]
    if ch in near:
        return 0.4  # doubled letter: "tunned"
    if any(ch in _ADJACENT.get(n, ()) for n in near):
        return 0.7  # a neighbouring key caught too
    return 0.9 if ch in _VOWELS else 1.0


def _dropped(word: str, i: int) -> float:
    """Cost of word[i] being left out by mistake."""
    ch = word[i]
    if ch in word[i - 1 : i] + word[i + 1 : i + 2]:
        return 0.4  # a double written single: "limited" for "limitted"
    return 0.8 if ch in _VOWELS else 1.0


@lru_cache(maxsize=256)
def _extras(typo: str) -> tuple[float, ...]:
    return tuple(_typed_extra(typo, j) for j in range(len(typo)))


@lru_cache(maxsize=4096)
def _sub_row(ch: str, typo: str) -> tuple[float, ...]:
    return tuple(_sub_cost(ch, t) for t in typo)


def slip_cost(word: str, typo: str, bound: float = math.inf) -> float:
    """Weighted optimal-string-alignment distance from the intended ``word`` to ``typo``, or
    infinity as soon as two whole rows exceed ``bound`` (no later cell can then be cheaper:
    every step adds a non-negative cost to a cell of one of the two rows above)."""
    n, m = len(word), len(typo)
    extra = _extras(typo)  # the typo's costs are the same against every candidate
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + extra[j - 1]
    prev_low = 0.0
    for i in range(1, n + 1):
        ch = word[i - 1]
        drop = _dropped(word, i - 1)
        subs = _sub_row(ch, typo)
        cur = [prev[0] + drop] + [0.0] * m
        left = cur[0]
        for j in range(1, m + 1):
            best = prev[j] + drop
            other = left + extra[j - 1]
            if other < best:
                best = other
            other = prev[j - 1] + subs[j - 1]
            if other < best:
                best = other
            if i > 1 and j > 1 and ch == typo[j - 2] and word[i - 2] == typo[j - 1]:
                other = prev2[j - 2] + 0.6
                if other < best:
                    best = other
            cur[j] = left = best
        low = min(cur)
        if low > bound and prev_low > bound:
            return math.inf
        prev2, prev, prev_low = prev, cur, low
    return prev[m]


def slip_and_letter_cost(word: str, typo: str, bound: float = math.inf) -> float:
    """``slip_cost`` plus the penalty for a changed first letter."""
    cost = slip_cost(word, typo, bound)
    return cost + FIRST_LETTER if word[0] != typo[0] else cost


# How a word sounds, roughly, for the slips of people who spell by ear ("fone" for "phone",
# "scince" for "since", "helpt" for "helped", "rist" for "wrist", "retane" for "retain"): letter
# groups that say the same thing are written one way, then a word's cost is the cheaper of its
# letters' slips and its sound's slips plus ``SOUND_COST``. Rules and cost set with
# benchmarks/fit_ranking.py on the dev-a half of the human misspelling lists, checked on dev-b.
_SOUND_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"ph", "f"), (r"gh(?=[aeiou])|^gh", "g"), (r"^wr", "r"), (r"^kn", "n"), (r"^wh", "w"),
        (r"ck", "k"), (r"sc(?=[eiy])", "s"), (r"c(?=[eiy])", "s"), (r"c(?!h)", "k"), (r"q", "k"),
        (r"(?<=[pkfsx])ed$|(?<=[sc]h)ed$", "t"), (r"ai(?=[^aeiou]e?$)", "a"), (r"(?<=[aeiou][^aeiou])e$", ""),
        (r"(.)\1", r"\1"),
    )
)
SOUND_COST = 0.35


@lru_cache(maxsize=8192)
def sound(word: str) -> str:
    """``word`` with letter groups that sound alike written one way ("phone" -> "fon")."""
    for pattern, replacement in _SOUND_RULES:
        word = pattern.sub(replacement, word)
    return word


def heard_cost(word: str, typo: str, bound: float = math.inf) -> float:
    """The cheaper of ``slip_and_letter_cost`` and the slips between the two sounds (plus
    ``SOUND_COST``): "phone" is 2.5 letter slips from "fone" but the same sound."""
    cost = slip_and_letter_cost(word, typo, bound)
    heard, said = sound(word), sound(typo)
    if (heard == word and said == typo) or not heard or not said:
        return cost
    return min(cost, SOUND_COST + slip_and_letter_cost(heard, said, min(bound, cost) - SOUND_COST))


def _edits1(word: str, trigrams: Container[str] = ()) -> set[str]:
    """Strings one edit from ``word``; given the trigrams of every dictionary word, only those
    that can be dictionary words (see ``_pruned_edits1``)."""
    if trigrams and word.isalpha():  # apostrophes: words with them have no trigrams
        return _pruned_edits1(word, trigrams)
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    return out


class _Letters(dict):
    """Pattern such as "ab?" -> the letters that make it a known trigram, worked out on first use."""

    def __init__(self, trigrams: Container[str]) -> None:
        super().__init__()
        self.trigrams = trigrams

    def __missing__(self, pattern: str) -> frozenset[str]:
        found = self[pattern] = frozenset(c for c in _ALPHABET if pattern.replace("?", c) in self.trigrams)
        return found


_LETTERS: dict[int, _Letters] = {}


def _letters(trigrams: Container[str]) -> _Letters:
    found = _LETTERS.get(id(trigrams))
    if found is None or found.trigrams is not trigrams:
        if len(_LETTERS) >= 4:
            _LETTERS.clear()
        found = _LETTERS[id(trigrams)] = _Letters(trigrams)
    return found


def _pruned_edits1(word: str, trigrams: Container[str]) -> set[str]:
    """One-edit strings whose every trigram is known: a dictionary word has no unknown one. So an
    edit must reach each unknown trigram of ``word`` (which bounds where it can be), and the
    trigrams it makes must be known (which bounds what letter it puts in). Most typos leave a
    few dozen strings to look up instead of some 300."""
    n, p = len(word), f"^{word}$"
    bad = [k for k in range(n) if p[k : k + 3] not in trigrams]
    lo, hi = (bad[0], bad[-1]) if bad else (n, 0)
    letters = _letters(trigrams)
    out = set()
    for i in range(max(0, hi - 1), min(n, lo + 2)):  # delete or replace word[i] = p[i + 1]
        a, b = word[:i], word[i + 1 :]
        joins_left = i < 1 or p[i - 1] + p[i] + p[i + 2] in trigrams
        if joins_left and (i > n - 2 or p[i] + p[i + 2 : i + 4] in trigrams):
            out.add(a + b)
        fits = letters[p[i] + "?" + p[i + 2]]
        if i >= 1:
            fits = fits & letters[p[i - 1 : i + 1] + "?"]
        if i <= n - 2:
            fits = fits & letters["?" + p[i + 2 : i + 4]]
        out.update(a + c + b for c in fits)
    for i in range(hi, min(n, lo + 1) + 1):  # insert before word[i] (p[i] | p[i + 1])
        fits = letters[p[i] + "?" + p[i + 1]]
        if i >= 1:
            fits = fits & letters[p[i - 1 : i + 1] + "?"]
        if i <= n - 1:
            fits = fits & letters["?" + p[i + 1 : i + 3]]
        out.update(word[:i] + c + word[i:] for c in fits)
    for i in range(max(0, hi - 2), min(n - 1, lo + 2)):  # swap word[i] and word[i + 1]
        x, y = p[i + 1], p[i + 2]
        if (
            (i < 1 or p[i - 1] + p[i] + y in trigrams)
            and p[i] + y + x in trigrams
            and y + x + p[i + 3] in trigrams
            and (i > n - 3 or x + p[i + 3 : i + 5] in trigrams)
        ):
            out.add(word[:i] + y + x + word[i + 2 :])
    return out


@lru_cache(maxsize=4096)
def _one_edit_words(typo: str, lexicon: Lexicon) -> frozenset[str]:
    candidates = _edits1(typo, lexicon.trigrams)
    candidates.discard(typo)
    return lexicon.known_among(candidates)


def has_cheap_slip(typo: str, lexicon: Lexicon, limit: float) -> bool:
    """Whether some dictionary word turns into ``typo`` at a cost of at most ``limit`` (0.6 or
    less). Two slips cost at least 0.8, so only one slip of 0.6 or less can do it: just those
    strings are looked up, not the whole one-edit neighbourhood."""
    assert limit <= 0.6
    words = lexicon.known_among(_cheap_edits(typo) - {typo})
    return any(slip_and_letter_cost(w, typo, limit) <= limit for w in words)


def _cheap_edits(typo: str) -> set[str]:
    """Strings one slip of 0.6 or less from ``typo``: a doubled letter typed once more or once
    less, a neighbouring key, two letters swapped (see ``_typed_extra``, ``_dropped``, ``_sub_cost``)."""
    out = set()
    for j, ch in enumerate(typo):
        if ch in typo[j - 1 : j] + typo[j + 1 : j + 2]:
            out.add(typo[:j] + typo[j + 1 :])  # an extra copy of a doubled letter
        out.update(typo[:j] + c + typo[j + 1 :] for c in _ADJACENT.get(ch, ()))
        out.add(typo[:j] + typo[j + 1 : j + 2] + ch + typo[j + 2 :])
    for i in range(len(typo) + 1):  # a doubled letter written once
        out.update(typo[:i] + c + typo[i:] for c in typo[max(0, i - 1) : i + 1])
    return out


# Rarity (e-folds below "the") of the pool words searched first, then of the next; then all.
TIERS = (8.0, 11.0)
LEAST_DISTANCE_TWO = min(0.8, SOUND_COST)  # the least cost of a word two edits away (2 x 0.4, or a sound)


@lru_cache(maxsize=1024)
def _tier_end(lexicon: Lexicon, size: int, tier: int) -> int:
    """How many of the words of ``size`` letters (commonest first) are in tiers up to ``tier``."""
    bucket = lexicon.by_length.get(size, ())
    if tier >= len(TIERS):
        return len(bucket)
    floor = lexicon.freq("the") / math.exp(TIERS[tier])
    return bisect.bisect_left(bucket, -floor, key=lambda w: -lexicon.freq(w))


class _Candidates:
    """A typo's scored candidates, the pool searched one tier at a time. Every dictionary word
    one edit away is scored at once; a pool word two edits away that is rarer than the tiers
    searched so far scores above ``sure_below``, so the entries under it are exactly the head
    of the full ranking, and a caller that needs only the best few rarely searches it all."""

    def __init__(self, typo: str, lexicon: Lexicon) -> None:
        self.typo, self.lexicon = typo, lexicon
        self.top = math.log(max(lexicon.freq("the"), 1))
        self.scored: list[tuple[float, str, float]] = []
        self.seen = {typo}
        # under four letters only one edit is searched, and the one-edit words hold all of those
        self.tier = 0 if len(typo) >= 4 else len(TIERS) + 1
        self._score(_one_edit_words(typo, lexicon))

    def _score(self, words) -> None:
        for word in words:
            if word in self.seen:
                continue
            self.seen.add(word)
            cost = heard_cost(word, self.typo, MAX_COST)
            if cost <= MAX_COST:
                rarity = self.top - math.log(max(self.lexicon.freq(word), 1))
                self.scored.append((round(cost + FREQ_WEIGHT * rarity, 4), word, cost))
        self.scored.sort()

    @property
    def complete(self) -> bool:
        return self.tier > len(TIERS)

    def sure(self) -> list[tuple[float, str, float]]:
        """The head of the full ranking known so far."""
        if self.complete:
            return self.scored
        below = LEAST_DISTANCE_TWO + FREQ_WEIGHT * TIERS[self.tier - 1] - 0.001 if self.tier else -1.0
        return [entry for entry in self.scored if entry[0] < below]

    def widen(self) -> None:
        """Search the next tier of the pool for words two edits away."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        n, tier, buckets = len(self.typo), self.tier, self.lexicon.by_length
        found = []
        for size in range(max(1, n - 2), n + 3):
            start = _tier_end(self.lexicon, size, tier - 1) if tier else 0
            words = buckets.get(size, ())[start : _tier_end(self.lexicon, size, tier)]
            found += (w for w, _, _ in process.extract(self.typo, words, scorer=OSA.distance,
                                                        score_cutoff=2, limit=None))
        self.tier += 1
        self._score(found)


@lru_cache(maxsize=4096)
def _candidates(typo: str, lexicon: Lexicon) -> _Candidates:
    return _Candidates(typo, lexicon)


def rank(
    typo: str, lexicon: Lexicon, locale: str = "en-GB", want: int | None = None
) -> list[tuple[str, float, float]]:
    """Candidates for a lower-case ``typo``, best first, with score and slip cost (lower is better):
    all of them, or (given ``want``) at least the first ``want`` when there are that many. Of a
    British/American pair only the locale's form is kept ("favourite" under en-GB)."""
    found = _candidates(typo, lexicon)
    while True:
        out = _in_locale(found.sure(), typo, lexicon, locale)
        if found.complete or (want is not None and len(out) >= want):
            return out
        found.widen()


def ranking_keys(
    typo: str, shown: Iterable[str], lexicon: Lexicon, locale: str = "en-GB"
) -> dict[str, tuple]:
    """The sort key that each of the ``shown`` words (as ``rank`` spells them) has in ``rank``'s
    full list, for those in it. Ordering a known misspelling's few fixes needs only these, not a
    search of the whole pool."""
    from rapidfuzz.distance import OSA

    swap = lexicon.american_to_british if locale == "en-GB" else lexicon.british_to_american
    one_edit, n = _one_edit_words(typo, lexicon), len(typo)
    top = math.log(max(lexicon.freq("the"), 1))
    keys: dict[str, tuple] = {}
    for word in set(shown) - {typo}:
        for spelt in _spellings_shown_as(word, swap, lexicon, locale) - {typo}:
            if spelt not in one_edit and not (  # the pool: common words two edits away
                n >= 4 and spelt.isalpha() and abs(len(spelt) - n) <= 2
                and lexicon.freq(spelt) >= CANDIDATE_MIN_FREQUENCY
                and OSA.distance(spelt, typo, score_cutoff=2) <= 2
            ):
                continue
            cost = heard_cost(spelt, typo, MAX_COST)
            if cost <= MAX_COST:
                rarity = top - math.log(max(lexicon.freq(spelt), 1))
                key = (round(cost + FREQ_WEIGHT * rarity, 4), spelt)
                keys[word] = min(keys.get(word, key), key)
    return keys


def _spellings_shown_as(word: str, swap: dict[str, str], lexicon: Lexicon, locale: str) -> set[str]:
    """The words that ``rank`` shows as ``word``: itself, unless swapped, and its other forms."""
    if locale == "en-GB":
        others = {lexicon.british_to_american.get(word, word)}
    else:
        others = set(_british_forms_of(lexicon).get(word, ()))
    return {w for w in others | {word} if swap.get(w, w) == word}


@lru_cache(maxsize=2)
def _british_forms_of(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for gb, us in lexicon.british_to_american.items():
        out[us] = out.get(us, ()) + (gb,)
    return out


def _in_locale(ranked, typo: str, lexicon: Lexicon, locale: str) -> list[tuple[str, float, float]]:
    if locale == "en-GB":
        swap = lexicon.american_to_british
    else:
        swap = lexicon.british_to_american
    out: list[tuple[str, float, float]] = []
    seen = set()
    for score, word, cost in ranked:
        word = swap.get(word, word)
        if word not in seen and word != typo:
            seen.add(word)
            out.append((word, score, cost))
    return out
