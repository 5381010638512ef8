"""The spelling lexicon: which words exist, how common they are, and known misspellings.

Sources, all read from installed packages at run time, never from any news corpus:

* pyspellchecker's English frequency list (MIT) is the dictionary and the candidate pool;
* codespell's dictionary (data under CC BY-SA 3.0) is the list of known human misspellings,
  and its en-GB -> en-US list tells which British forms exist;
* ``rules/spelling/*.txt`` is news vocabulary written for newslint.

Parsing the gzipped JSON and codespell's text costs ~0.2 s, too much for a one-story cold start,
so the merged tables are kept in a ``marshal`` cache file keyed by the package versions (loads in
~0.05 s). If the cache cannot be written the tables simply live in memory for this process.
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import marshal
import os
import tempfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .spelling_variants import british_forms

CACHE_FORMAT = 3
# Words rarer than this are known words but never offered as a distance-2 correction.
CANDIDATE_MIN_FREQUENCY = 100


@dataclass(eq=False)
class Lexicon:
    frequency: dict[str, int]  # lower-case word -> count; British forms added
    misspellings: dict[str, tuple[str, ...]]  # codespell: typo -> corrections
    british_to_american: dict[str, str]

    def known(self, lower: str) -> bool:
        return lower in self.frequency

    def freq(self, lower: str) -> int:
        return self.frequency.get(lower, 0)

    @cached_property
    def american_to_british(self) -> dict[str, str]:
        return {us: gb for gb, us in self.british_to_american.items()}

    @cached_property
    def by_length(self) -> dict[int, list[str]]:
        """Common words bucketed by length: the pool searched for distance-2 corrections."""
        out: dict[int, list[str]] = {}
        for word, count in self.frequency.items():
            if count >= CANDIDATE_MIN_FREQUENCY and word.isalpha():
                out.setdefault(len(word), []).append(word)
        return out


def _version(dist: str) -> str:
    import importlib.metadata  # here, not at the top: importing it costs ~50 ms of every cold start

    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def _cache_dir() -> Path:
    env = os.environ.get("NEWSLINT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


def _read_frequency_list() -> dict[str, int]:
    data = (importlib.resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    return json.loads(gzip.decompress(data))


def _codespell_file(name: str) -> list[str]:
    try:
        res = importlib.resources.files("codespell_lib") / "data" / name
        return res.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return []


def _parse_codespell(lines: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in lines:
        typo, sep, fixes = line.partition("->")
        if not sep:
            continue
        options = tuple(f.strip() for f in fixes.split(",") if f.strip())
        if options:
            out[typo.strip().lower()] = options
    return out


def _build_tables() -> tuple[dict[str, int], dict[str, tuple[str, ...]], dict[str, str]]:
    frequency = _read_frequency_list()
    gb_to_us = {}
    for line in _codespell_file("dictionary_en-GB_to_en-US.txt"):
        gb, sep, us = line.partition("->")
        if sep and "," not in us:
            gb_to_us[gb.strip().lower()] = us.strip().lower()
    for word in list(frequency):
        for gb in british_forms(word):
            gb_to_us.setdefault(gb, word)
    for gb, us in gb_to_us.items():
        if us in frequency:
            frequency[gb] = max(frequency.get(gb, 0), frequency[us])
    misspellings = _parse_codespell(_codespell_file("dictionary.txt"))
    # A "misspelling" that the frequency list or the British list knows is a real word in news.
    misspellings = {k: v for k, v in misspellings.items() if k not in frequency}
    return frequency, misspellings, gb_to_us


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    key = f"spelling-{CACHE_FORMAT}-{_version('pyspellchecker')}-{_version('codespell')}.marshal"
    path = _cache_dir() / key
    try:
        tables = marshal.loads(path.read_bytes())
        return Lexicon(*tables)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tables = _build_tables()
    _write_cache(path, tables)
    return Lexicon(*tables)


def _write_cache(path: Path, tables: tuple) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".spelling-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(tables))
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: keep the tables in memory only


@lru_cache(maxsize=1)
def news_vocabulary() -> frozenset[str]:
    """Words correct in news but missing from general dictionaries (``rules/spelling/*.txt``)."""
    from ..packs.loader import builtin_rules_dir

    words: set[str] = set()
    folder = builtin_rules_dir() / "spelling"
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip()
            if entry:
                words.add(entry.lower())
    return frozenset(words)
