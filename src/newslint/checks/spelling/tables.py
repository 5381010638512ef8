"""Building the stored spelling tables from the installed word lists (the slow path, run once and
cached by ``lexicon.load_lexicon``).

What is a word, and how common:

* pyspellchecker's frequency list (MIT): the counts that rank corrections, and its words;
* every form of Hunspell's en_GB and en_US dictionaries (``sources.hunspell_words``); a form
  pyspellchecker lacks gets wordfreq's frequency on pyspellchecker's scale;
* wordfreq's commoner words (Zipf ``ATTESTED_ZIPF`` and up: "esports", "wellbeing");
* British forms derived by rule from American ones only where en_GB has them (so no
  "labouratory" from "laboratory").

Rarer words wordfreq has stay out of the dictionary, but their Zipf values are stored: SP001
weighs them against the correction ("mocktail" is no typo of "cocktail"). codespell's list of
known misspellings keeps only typos that no dictionary above holds ("tung", "prise" and
"analyse" are words).
"""

from __future__ import annotations

from array import array

from .storage import codespell_file, misspelling_tables, read_gzip_json, word_hash
from .variants import british_forms

# wordfreq words this common are words, whether or not a dictionary has them yet (Zipf 3 is
# one use per million words); fitted on dev-a typos: fewer than 0.2% of planted misspellings are
# this common, and those are nearly all in codespell's list, which is checked first.
ATTESTED_ZIPF = 3.0
# Rarer wordfreq words are stored with their Zipf value down to this floor.
EVIDENCE_ZIPF = 1.0
CANDIDATE_MIN_FREQUENCY = 100
FOREIGN_LANGUAGES = ("fr", "es", "it", "de", "pt")
FOREIGN_TOP = 15000  # the commonest words of each: borrowings and names, not rarities
FOREIGN_MIN_LENGTH = 5  # shorter foreign words ("tem", "bild") collide with English typos


def build_tables() -> tuple:
    from .sources import hunspell_words, scaled_frequency, zipf_frequencies

    frequency: dict[str, int] = read_gzip_json("spellchecker", "resources/en.json.gz")
    zipf = zipf_frequencies()
    dictionary, names = hunspell_words()
    the = frequency.get("the", 1)

    def scaled(word: str) -> int:
        return scaled_frequency(zipf.get(word, 0.0), zipf["the"], the) if word in zipf else 1

    for word in dictionary:
        if word not in frequency:
            frequency[word] = scaled(word)
    dictionary_words = set(frequency)  # pyspellchecker and Hunspell: what misspellings must avoid
    for word, value in zipf.items():
        if value >= ATTESTED_ZIPF and word not in frequency and _plain(word):
            # known, but below the candidate floor: many are lower-cased names ("nato", "obama")
            # that must neither be offered as corrections nor count as everyday words
            frequency[word] = min(scaled(word), CANDIDATE_MIN_FREQUENCY - 1)
    gb_to_us = _british_to_american(frequency, dictionary)
    misspellings = [
        line.strip() for line in codespell_file("dictionary.txt")
        if "->" in line and line.partition("->")[0].strip().lower() not in dictionary_words
    ]
    pairs = sorted(dict((word_hash(w), min(f, 2**32 - 1)) for w, f in frequency.items()).items())
    pool: dict[int, list[str]] = {}
    for word, count in frequency.items():
        if count >= CANDIDATE_MIN_FREQUENCY and word.isalpha():
            pool.setdefault(len(word), []).append(word)
    for words in pool.values():  # commonest first: corrections are searched tier by tier
        words.sort(key=lambda w: (-frequency[w], w))
    evidence = sorted(
        (word_hash(w), int(round(v * 100))) for w, v in zipf.items() if v >= EVIDENCE_ZIPF and _plain(w)
    )
    return (
        array("Q", [h for h, _ in pairs]).tobytes(),
        array("I", [f for _, f in pairs]).tobytes(),
        {size: "\n".join(words) for size, words in pool.items()},
        gb_to_us,
        misspelling_tables(misspellings),
        _country_names(),
        _trigram_counts(frequency),
        _foreign_keys(frequency),
        array("Q", sorted({word_hash(n) for n in names})).tobytes(),
        array("Q", [h for h, _ in evidence]).tobytes(),
        array("H", [v for _, v in evidence]).tobytes(),
    )


def _plain(word: str) -> bool:
    """Letters with at most inner apostrophes or hyphens: what a story's token can be."""
    return word.replace("'", "").replace("-", "").isalpha() and word[0].isalpha() and word[-1].isalpha()


def _british_to_american(frequency: dict[str, int], dictionary: set[str]) -> dict[str, str]:
    """British form -> American form, for the locale: codespell's en-GB list and the regular
    patterns of ``variants.british_forms``, each kept only when en_GB (or pyspellchecker)
    writes the British form and the American one is a word."""
    gb_to_us: dict[str, str] = {}
    for line in codespell_file("dictionary_en-GB_to_en-US.txt"):
        gb, sep, us = line.partition("->")
        if sep and "," not in us:
            gb_to_us[gb.strip().lower()] = us.strip().lower()
    for word in list(frequency):
        for gb in british_forms(word):
            if gb in frequency or gb in dictionary:
                gb_to_us.setdefault(gb, word)
    gb_to_us = {gb: us for gb, us in gb_to_us.items() if us in frequency}
    for gb, us in gb_to_us.items():
        frequency[gb] = max(frequency.get(gb, 0), frequency[us])
    return gb_to_us


def _foreign_keys(english: dict[str, int]) -> bytes:
    keys = set()
    for lang in FOREIGN_LANGUAGES:
        try:
            counts: dict[str, int] = read_gzip_json("spellchecker", f"resources/{lang}.json.gz")
        except OSError:
            continue
        top = sorted(counts.items(), key=lambda kv: -kv[1])[:FOREIGN_TOP]
        keys.update(word_hash(w) for w, _ in top if len(w) >= FOREIGN_MIN_LENGTH and w not in english)
    return array("Q", sorted(keys)).tobytes()


def _trigram_counts(frequency: dict[str, int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in frequency:
        if word.isalpha():
            padded = f"^{word}$"
            for i in range(len(padded) - 2):
                counts[padded[i : i + 3]] = counts.get(padded[i : i + 3], 0) + 1
    return counts


def _country_names() -> list[str]:
    try:
        import pycountry
    except ImportError:
        return []
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and " " not in name and name.isalpha():
                names.add(name)
    return sorted(names)
