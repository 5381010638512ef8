"""The term analysis of ``needs``, remembered between runs.

Reading the shipped packs' ~230 terms with Python's parser costs ~45 ms on every start, a sixth
of a one-story run, and the answers depend only on the term and on the analysing code. So they
are kept in newslint's cache folder (``usercache``), in a file named by a checksum of
``needs.py`` and the newslint version: changed analysis code starts a fresh memo rather than
trusting old answers. The memo is written once rules are built (``save``), only when it grew.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import usercache
from ..version import __version__
from . import needs

PREFIX = "pack-terms-"
MAX_ENTRIES = 50_000  # a desk's own packs add terms; the memo stops growing past this
_state: dict[str, Any] = {"memo": None, "dirty": False, "name": None}


def memo_name() -> str:
    if _state["name"] is None:
        try:
            stamp = zlib.crc32(Path(needs.__file__).read_bytes())
        except OSError:
            stamp = 0
        _state["name"] = f"{PREFIX}{__version__}-{stamp:08x}.marshal"
    return _state["name"]


def _memo() -> dict:
    if _state["memo"] is None:
        data = usercache.read(memo_name())
        _state["memo"] = data if isinstance(data, dict) else {}
    return _state["memo"]


def _remembered(kind: str, compute: Callable[..., Any], *args: Any) -> Any:
    memo = _memo()
    key = (kind, *args)
    if key in memo:
        return memo[key]
    value = compute(*args)
    if len(memo) < MAX_ENTRIES:
        memo[key] = value
        _state["dirty"] = True
    return value


def term_needs(term: str, is_regex: bool, ignorecase: bool) -> needs.Needs | None:
    def compute(*args: Any) -> tuple | None:
        found = needs.term_needs(*args)
        return None if found is None else (found.starts, found.contains, found.ends)

    stored = _remembered("needs", compute, term, is_regex, ignorecase)
    return None if stored is None else needs.Needs(*stored)


def stands_alone(term: str, ignorecase: bool) -> bool:
    return bool(_remembered("alone", needs.stands_alone, term, ignorecase))


def quick_start(term: str, ignorecase: bool) -> bool:
    return bool(_remembered("quick", needs.quick_start, term, ignorecase))


def save() -> None:
    """Write the memo if this run added to it."""
    if _state["dirty"]:
        usercache.write(memo_name(), _state["memo"], stale=f"{PREFIX}*.marshal")
        _state["dirty"] = False


def forget() -> None:
    """Drop the in-memory memo (tests: read it from disk again)."""
    _state.update(memo=None, dirty=False, name=None)
