"""How the spelling tables are stored: stable word keys, codespell's lines as one string, and
installed packages' data files found without importing the packages."""

from __future__ import annotations

import bisect
import importlib.machinery
import zlib
from array import array
from pathlib import Path


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


def package_file(package: str, name: str) -> Path:
    """A data file of an installed package, found without importing the package (which would
    cost a cold start ~15 ms) nor importlib.resources (~10 ms)."""
    spec = importlib.machinery.PathFinder.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise OSError(f"package {package} is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / name


def read_gzip_json(package: str, name: str) -> dict:
    import gzip
    import json

    return json.loads(gzip.decompress(package_file(package, name).read_bytes()))


def codespell_file(name: str) -> list[str]:
    try:
        return package_file("codespell_lib", f"data/{name}").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
