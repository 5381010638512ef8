"""Which rules run: select / ignore by code, code prefix, rule name or ALL (like ruff and flake8).

A rule runs when the most specific matching selector says so; ``ignore`` beats ``select`` at equal
specificity. With no ``select``, every rule enabled by default runs; ``extend-select`` in config
adds to that default set.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath

from .rule import Rule


class SelectorError(ValueError):
    """A selector names no rule, code or family."""


def _specificity(selector: str, rule: type[Rule]) -> int:
    """How specifically ``selector`` names ``rule``: 0 not at all, 1 ALL, 2+ prefix length, 100 exact."""
    s = selector.strip()
    if not s:
        return 0
    if s.upper() == "ALL":
        return 1
    if s.lower() == rule.name.lower() or s.upper() == rule.code.upper():
        return 100
    if rule.code.upper().startswith(s.upper()):
        return 1 + len(s)
    return 0


def validate_selectors(selectors: Iterable[str], rules: Sequence[type[Rule]], where: str) -> None:
    for s in selectors:
        if not any(_specificity(s, r) for r in rules):
            raise SelectorError(f"{where}: {s!r} matches no rule code, prefix or name")


def is_selected(rule: type[Rule], select: Sequence[str], ignore: Sequence[str]) -> bool:
    """``select`` replaces the default set (ALL means every rule, as in ruff); ``ignore`` removes."""
    best_select = max((_specificity(s, rule) for s in select), default=0)
    best_ignore = max((_specificity(s, rule) for s in ignore), default=0)
    chosen = best_select > 0 if select else rule.default_enabled
    if best_ignore and best_ignore >= best_select:
        return False
    return chosen


def select_rules(
    rules: Sequence[type[Rule]], select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> list[type[Rule]]:
    return [r for r in rules if is_selected(r, select, ignore)]


def per_file_ignores(path: str, table: Mapping[str, Sequence[str]]) -> list[str]:
    """Codes ignored for ``path`` by ``per-file-ignores`` glob patterns."""
    posix = PurePath(path).as_posix()
    name = PurePath(path).name
    out: list[str] = []
    for pattern, codes in table.items():
        if fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(
            posix, f"*/{pattern}"
        ):
            out.extend(codes)
    return out
