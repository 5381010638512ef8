"""The spelling lexicon: which words exist, how common they are, and known misspellings.

Sources, all read from installed packages at run time, never from any news corpus:

* pyspellchecker's English frequency list (MIT) is the dictionary and the candidate pool;
* codespell's dictionary (data under CC BY-SA 3.0; codespell's GPL-2.0 code is not imported)
  is the list of known human misspellings, and its en-GB -> en-US list says which British forms
  exist;
* ``rules/spelling/*.txt`` is news vocabulary written for newslint.

Why the odd storage: parsing the gzipped JSON costs ~0.15 s and even unmarshalling 160,000
Python strings ~0.05-0.1 s, too much for a one-story cold start. So the build step (run once,
cached in the user's cache folder, keyed by the format and the source files' sizes) stores membership
as a sorted array of 64-bit word keys with a parallel array of frequencies (looked up by
bisection, loaded as two byte strings), the correction pool as one string per word length, and
codespell's list as one string with a sorted array of its typos' keys and line offsets.
"""

from __future__ import annotations

import bisect
import importlib.machinery
import os
import zlib
from array import array
from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path

from ... import usercache
from .variants import british_forms

CACHE_FORMAT = 9
FOREIGN_LANGUAGES = ("fr", "es", "it", "de", "pt")
FOREIGN_TOP = 15000  # the commonest words of each: borrowings and names, not rarities
FOREIGN_MIN_LENGTH = 5  # shorter foreign words ("tem", "bild") collide with English typos
# Words rarer than this are known words but never offered as a distance-2 correction.
CANDIDATE_MIN_FREQUENCY = 100
MEMO_SIZE = 200_000  # words looked up in one process, remembered (news reuses its words)


def word_hash(word: str) -> int:
    """A stable 64-bit key (CRC-32 and Adler-32 side by side: C-fast, unlike hashlib)."""
    data = word.encode("utf-8")
    return zlib.crc32(data) << 32 | zlib.adler32(data)


class Misspellings:
    """codespell's "typo->fix1, fix2," lines as one string, with each line's offset in a sorted
    array of the typos' keys: a look-up is one bisection, and nothing is parsed at load."""

    def __init__(self, text: str, keys: bytes, offsets: bytes) -> None:
        self._text = text  # one "typo->fixes" entry per line
        self._keys = array("Q")
        self._keys.frombytes(keys)
        self._offsets = array("I")
        self._offsets.frombytes(offsets)

    def _fixes_text(self, typo: str) -> str | None:
        h = word_hash(typo)
        i = bisect.bisect_left(self._keys, h)
        head = typo + "->"
        while i < len(self._keys) and self._keys[i] == h:  # equal keys: a (vanishingly rare) clash
            at = self._offsets[i]
            if self._text.startswith(head, at):
                end = self._text.find("\n", at)
                return self._text[at + len(head) : end if end >= 0 else None]
            i += 1
        return None

    def get(self, typo: str) -> tuple[str, ...] | None:
        fixes = self._fixes_text(typo)
        if fixes is None:
            return None
        return tuple(f.strip() for f in fixes.split(",") if f.strip()) or None

    def __contains__(self, typo: str) -> bool:
        return self._fixes_text(typo) is not None


def misspelling_tables(lines: list[str]) -> tuple[str, bytes, bytes]:
    """The stored form of codespell's lines: the text (lower case, one entry per typo, the last
    line for a typo winning as in a dict) and its look-up arrays, sorted by key."""
    entries: dict[str, str] = {}
    for line in lines:
        typo, _, fixes = line.lower().partition("->")
        entries[typo.strip()] = fixes
    text_parts, index, at = [], [], 0
    for typo, fixes in entries.items():
        line = f"{typo}->{fixes}"
        index.append((word_hash(typo), at))
        text_parts.append(line)
        at += len(line) + 1
    index.sort()
    return (
        "\n".join(text_parts) + "\n",
        array("Q", [h for h, _ in index]).tobytes(),
        array("I", [o for _, o in index]).tobytes(),
    )


class Lexicon:
    def __init__(self, hashes: bytes, freqs: bytes, pool: dict[int, str], gb_to_us: dict[str, str],
                 misspellings: tuple[str, bytes, bytes], countries: list[str],
                 trigrams: dict[str, int], foreign: bytes) -> None:
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
        h = word_hash(lower)
        i = bisect.bisect_left(self._foreign, h)
        return i < len(self._foreign) and self._foreign[i] == h

    @cached_property
    def american_to_british(self) -> dict[str, str]:
        return {us: gb for gb, us in self.british_to_american.items()}

    @cached_property
    def by_length(self) -> dict[int, list[str]]:
        """Common words bucketed by length, commonest first: the pool searched for distance-2
        corrections."""
        return {size: words.split("\n") for size, words in self._pool.items()}


def package_file(package: str, name: str) -> Path:
    """A data file of an installed package, found without importing the package (which would
    cost a cold start ~15 ms) nor importlib.resources (~10 ms)."""
    spec = importlib.machinery.PathFinder.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise OSError(f"package {package} is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / name


def _read_gzip_json(package: str, name: str) -> dict:
    import gzip
    import json

    return json.loads(gzip.decompress(package_file(package, name).read_bytes()))


def _source_stamp() -> str:
    parts = []
    sources = (
        ("spellchecker", "resources/en.json.gz"),
        ("codespell_lib", "data/dictionary.txt"),
        ("pycountry", "databases/iso3166-1.json"),
    )
    for package, name in sources:
        try:
            # sizes, not dates: every fresh install (a wheel test, a new venv) has new dates
            parts.append(str(os.stat(package_file(package, name)).st_size))
        except OSError:
            parts.append("none")
    return "-".join(parts)


def _codespell_file(name: str) -> list[str]:
    try:
        return package_file("codespell_lib", f"data/{name}").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def build_tables() -> tuple:
    """Read the packages' data and derive the stored tables (the slow path, run once)."""
    frequency: dict[str, int] = _read_gzip_json("spellchecker", "resources/en.json.gz")
    gb_to_us = {}
    for line in _codespell_file("dictionary_en-GB_to_en-US.txt"):
        gb, sep, us = line.partition("->")
        if sep and "," not in us:
            gb_to_us[gb.strip().lower()] = us.strip().lower()
    for word in list(frequency):
        for gb in british_forms(word):
            gb_to_us.setdefault(gb, word)
    gb_to_us = {gb: us for gb, us in gb_to_us.items() if us in frequency}
    for gb, us in gb_to_us.items():
        frequency[gb] = max(frequency.get(gb, 0), frequency[us])
    # A "misspelling" that the frequency list knows is a real word in news: drop it.
    misspellings = [
        line.strip() for line in _codespell_file("dictionary.txt")
        if "->" in line and line.partition("->")[0].strip().lower() not in frequency
    ]
    pairs = sorted(dict((word_hash(w), min(f, 2**32 - 1)) for w, f in frequency.items()).items())
    pool: dict[int, list[str]] = {}
    for word, count in frequency.items():
        if count >= CANDIDATE_MIN_FREQUENCY and word.isalpha():
            pool.setdefault(len(word), []).append(word)
    for words in pool.values():  # commonest first: corrections are searched tier by tier
        words.sort(key=lambda w: (-frequency[w], w))
    return (
        array("Q", [h for h, _ in pairs]).tobytes(),
        array("I", [f for _, f in pairs]).tobytes(),
        {size: "\n".join(words) for size, words in pool.items()},
        gb_to_us,
        misspelling_tables(misspellings),
        _country_names(),
        _trigram_counts(frequency),
        _foreign_keys(frequency),
    )


def _foreign_keys(english: dict[str, int]) -> bytes:
    keys = set()
    for lang in FOREIGN_LANGUAGES:
        try:
            counts: dict[str, int] = _read_gzip_json("spellchecker", f"resources/{lang}.json.gz")
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


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    name = f"spelling-{CACHE_FORMAT}-{_source_stamp()}.marshal"
    tables = usercache.read(name)
    if tables is not None:
        try:
            return Lexicon(*tables)
        except (EOFError, ValueError, TypeError):
            pass
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
