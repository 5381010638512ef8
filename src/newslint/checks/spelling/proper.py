"""Evidence that a capitalised word nobody's dictionary knows is a slip, not a name.

A wire story is full of names no dictionary holds (Tokayev, Ausseur, Almaty), so an unknown
capitalised word is presumed right. It is reported only when the story itself or a gazetteer
says what it should have been:

* the story writes a close form more often ("Kazakhstan" 12 times, "Kazahkstan" once): the
  majority form wins, which is also what the names (NM) family suggests, so one slip gives one
  diagnostic after the engine's de-duplication;
* a country or nationality is one slip away ("Venezeulan" -> "Venezuelan").

Derived forms are not slips of each other: Korea/Korean, Kazakh/Kazakhs, Niger/Nigeria,
Israel/Israeli differ by an ending, and two forms the dictionary or gazetteer both know (Iran and
Iraq, Austria and Australia) are never offered for one another.
"""

from __future__ import annotations

import math
from functools import lru_cache

from .lexicon import Lexicon, news_vocabulary, vocabulary_entries
from .line_words import search_spans
from .tokens import StoryWords

_DERIVED_ENDINGS = frozenset(
    "s es n an ans ian ians ese i is ia ic ics ish er ers ern ite ites ism ist ists a e y o".split()
)


def allowed_distance(length: int) -> int:
    """Edits a slip may take: none under four letters, one up to nine, two beyond."""
    if length < 4:
        return 0
    return 1 if length <= 9 else 2


def derived_pair(a: str, b: str) -> bool:
    """True when one word is the other plus an ending (Korea/Korean, Kazakh/Kazakhs)."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short):
        return long[len(short) :] in _DERIVED_ENDINGS
    # Sudan/Sudanese, Kenya/Kenyan, Philippines/Philippine: a shared stem, endings both derived
    stem = 0
    while stem < len(short) and short[stem] == long[stem]:
        stem += 1
    if len(long) - len(short) == 1 and long[stem + 1 :] == short[stem:]:
        return False  # one letter slipped in mid-word: "Walees" is not a form of "Wales"
    return stem >= 4 and short[stem:] in _DERIVED_ENDINGS and long[stem:] in _DERIVED_ENDINGS


# A capitalised word people write this often (wordfreq's Zipf: once per 30 million words) is a
# name in its own right, not a slip of a common word that merely opens sentences: "Bening" 2.0,
# "Liffe" 1.5, against no planted slip on dev-a.
NAME_SEEN_ZIPF = 1.5


def story_majority(word: str, words: StoryWords, lexicon: Lexicon) -> tuple[str, bool] | None:
    """A close form the story writes more often than ``word`` (or as often, when only that one
    is a known word, or reads more like a name), in the story's usual capitalisation, and
    whether the two forms tie (a pair to report both ways, not a majority to follow)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    lower = word.lower()
    limit = allowed_distance(len(lower))
    if not limit:
        return None
    mine = words.counts[lower]
    seen_as_name = lexicon.zipf(lower) >= NAME_SEEN_ZIPF
    best: tuple[int, int, str] | None = None
    close = process.extract(lower, words.forms_starting(lower[0]), scorer=OSA.distance, score_cutoff=limit,
                            limit=None)  # in C: few of the story's forms are this close
    for other, distance, _ in close:
        if other == lower or not _slip_shape(lower, other, limit):
            continue
        count = words.counts[other]
        if lexicon.known(other):
            if seen_as_name and not lexicon.is_dictionary_name(other):
                continue  # "Bening" is no slip of "Being", "Chia" none of "Chia", "Liffe" of "Life"
            count = words.proper_counts[other]  # "Office" as a name, not "office" the word
        if count < mine:
            continue
        if derived_pair(lower, other):
            continue
        weak = False  # only the letters say which form of a tied pair is the slip
        if count == mine and not _known_form(other, lexicon) and not _odder(lower, other, lexicon):
            if not less_plausible(lower, other, lexicon) or _two_people(words, lower, other):
                continue
            weak = True
        key = (count, -distance, not weak, other)
        if best is None or key > best:
            best = key
    if best is None:
        return None
    return words.usual_form(best[3]) or best[3], not best[2]


# Of two forms written equally often, the slip is the less plausible spelling: first by how
# often people write it (wordfreq's Zipf value: "Rakuten" 2.45, "Rakutten" never), then, when
# neither or both are seen equally, by how well its letters follow one another in dictionary
# words and names (a character trigram model built from the lexicon's own trigram table, no
# corpus). Checked on dev-a ties: wordfreq orders every pair it knows the right way round.


def plausibility(word: str, lexicon: Lexicon) -> tuple[float, float]:
    """(Zipf value, mean log probability of each letter given the two before it)."""
    contexts = _trigram_contexts(lexicon)
    padded = f"^{word}$"
    logs = [
        math.log((lexicon.trigrams.get(padded[i : i + 3], 0) + 0.5) / (contexts.get(padded[i : i + 2], 0) + 15))
        for i in range(len(padded) - 2)
    ]
    return lexicon.zipf(word), sum(logs) / len(logs)


@lru_cache(maxsize=1)
def _trigram_contexts(lexicon: Lexicon) -> dict[str, int]:
    """How many trigrams start with each letter pair: the model's denominators, summed once."""
    out: dict[str, int] = {}
    for gram, n in lexicon.trigrams.items():
        out[gram[:2]] = out.get(gram[:2], 0) + n
    return out


def less_plausible(typo: str, other: str, lexicon: Lexicon) -> bool:
    """``typo`` is the less likely spelling of the two ("Rakutten" beside "Rakuten")."""
    return plausibility(typo, lexicon) < plausibility(other, lexicon)


def _two_people(words: StoryWords, a: str, b: str) -> bool:
    """Each form stands beside its own, different capitalised word ("Mary Horan ... Tom Horgan",
    "Rashard Lewis ... Rashad McCants"): two people or firms, not one name spelt two ways."""
    import re

    from .context import TITLES
    from .lexicon import load_lexicon

    lexicon, text = load_lexicon(), words.doc.text

    def named(found) -> set[str]:
        return {g for g in found if g not in TITLES and lexicon.zipf(g.lower()) < FUNCTION_WORD_ZIPF}

    before: list[set[str]] = []
    after: list[set[str]] = []
    for form in (a, b):
        pattern = re.escape(form)
        left = re.compile(rf"([A-Z][\w.]*)[ \t]+(?i:{pattern})(?![\w-])")
        right = re.compile(rf"(?<![\w-])(?i:{pattern})[ \t]+([A-Z]\w*)")
        spans = list(search_spans(words.doc, form))  # only the lines that hold the form: no match crosses a line
        before.append(named(m.group(1) for start, end in spans for m in left.finditer(text, start, end)))
        after.append(named(m.group(1) for start, end in spans for m in right.finditer(text, start, end)))
    return any(x and y and not x & y for x, y in (before, after))


FUNCTION_WORD_ZIPF = 5.5  # "The", "But", "In": a sentence's first word, not a given name


def _rarest_trigram(word: str, lexicon: Lexicon) -> int:
    padded = f"^{word}$"
    return min(lexicon.trigrams.get(padded[i : i + 3], 0) for i in range(len(padded) - 2))


def _odder(typo: str, other: str, lexicon: Lexicon) -> bool:
    """Of two forms used equally often, ``typo`` has a letter run no English word or name in the
    dictionary has ("Bdllo" beside "Bello", "Jwell" beside "Jowell"), and the other has not;
    wordfreq's counts, where it has seen the form, outweigh the letters."""
    if lexicon.zipf(typo) > lexicon.zipf(other):
        return False  # people write it more: "Mojtaba" (an Iranian name) beside "Motjaba"
    return _rarest_trigram(typo, lexicon) == 0 and _rarest_trigram(other, lexicon) >= 2


def _slip_shape(typo: str, other: str, limit: int) -> bool:
    """Lengths a slip can give; a short word only by a dropped letter ("Chle" for "Chile"),
    since two four-letter names one letter apart are usually two names (Masi, Maso)."""
    if len(typo) <= 4:
        return len(other) == len(typo) + 1
    return abs(len(other) - len(typo)) <= limit


def _known_form(lower: str, lexicon: Lexicon) -> bool:
    return lexicon.known(lower) or lower in news_vocabulary() or lower in gazetteer()


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Lower-case -> proper form of countries (pycountry, via the lexicon cache) and of the
    nationalities and places in ``rules/spelling/`` (capitalised entries there)."""
    from .lexicon import load_lexicon

    out = {name.lower(): name for name in load_lexicon().countries}
    for entry in vocabulary_entries():
        if entry[:1].isupper() and entry.isalpha():
            out[entry.lower()] = entry
    return out


@lru_cache(maxsize=1)
def _places_by_initial() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key in gazetteer():
        out.setdefault(key[0], []).append(key)
    return out


@lru_cache(maxsize=4096)
def gazetteer_match(word: str) -> str | None:
    """A country, nationality or well-known place one slip from ``word`` (two if long)."""
    from rapidfuzz.distance import OSA

    lower = word.lower()
    places = gazetteer()
    if lower in places or len(lower) < 7:  # Aiden is no slip of Aden, nor Tsonga of Tonga
        return None
    limit = 1 if len(lower) < 10 else 2
    hits = [
        (OSA.distance(lower, key), key)
        for key in _places_by_initial().get(lower[0], ())
        if abs(len(key) - len(lower)) <= limit
        and OSA.distance(lower, key, score_cutoff=limit) <= limit
        and not derived_pair(lower, key)
    ]
    if not hits:
        return None
    hits.sort()
    if len(hits) > 1 and hits[0][0] == hits[1][0]:
        return None  # two places equally close: no way to tell which was meant
    return places[hits[0][1]]
