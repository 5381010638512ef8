"""Which rules run: select / ignore by code, code prefix, rule name or ALL (like ruff and flake8).

A rule runs when the most specific matching selector says so; ``ignore`` beats ``select`` at equal
specificity. With no ``select``, every rule enabled by default runs; ``extend-select`` in config
adds to that default set. A prefix (``PL``) selects the family's rules that are on by default:
an off-by-default rule (``PL017``, one line per uncommon word) needs its exact code, its name or
``ALL``, so ``--select PL`` cannot flood a story. A prefix whose rules are all off by default (a
pack shipped switched off) selects them all, since it could mean nothing else.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePath

from .rule import Rule

EXACT = 100  # the specificity of a rule's own code or name


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
        return EXACT
    if rule.code.upper().startswith(s.upper()):
        return 1 + len(s)
    return 0


def validate_selectors(selectors: Iterable[str], rules: Sequence[type[Rule]], where: str) -> None:
    for s in selectors:
        if not any(_specificity(s, r) for r in rules):
            raise SelectorError(f"{where}: {s!r} matches no rule code, prefix or name")


def _prefix_takes_off_rules(selector: str, rules: Sequence[type[Rule]]) -> bool:
    """Whether a prefix names only off-by-default rules (then it selects them)."""
    named = [r for r in rules if 1 < _specificity(selector, r) < EXACT]
    return bool(named) and not any(r.default_enabled for r in named)


def is_selected(
    rule: type[Rule], select: Sequence[str], ignore: Sequence[str], off_prefixes: frozenset[str] = frozenset()
) -> bool:
    """``select`` replaces the default set (ALL means every rule, as in ruff); ``ignore`` removes.
    A prefix selects an off-by-default rule only when it is one of ``off_prefixes``."""
    best_select, best_ignore = 0, 0
    for s in select:
        level = _specificity(s, rule)
        if 1 < level < EXACT and not rule.default_enabled and s not in off_prefixes:
            continue  # a prefix does not reach an off-by-default rule
        best_select = max(best_select, level)
    best_ignore = max((_specificity(s, rule) for s in ignore), default=0)
    chosen = best_select > 0 if select else rule.default_enabled
    if best_ignore and best_ignore >= best_select:
        return False
    return chosen


def select_rules(
    rules: Sequence[type[Rule]], select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> list[type[Rule]]:
    off_prefixes = frozenset(s for s in select if _prefix_takes_off_rules(s, rules))
    return [r for r in rules if is_selected(r, select, ignore, off_prefixes)]


def per_file_ignores(path: str, table: Mapping[str, Sequence[str]], base: Path | None = None) -> list[str]:
    """Codes ignored for ``path`` by ``per-file-ignores`` glob patterns. A pattern is matched
    against the path relative to ``base`` (the folder of the config file that holds the table),
    so ``"wires/*"`` means the same whether newslint runs from the desk's root or from
    ``wires/``; then against the path as given and the file name."""
    candidates = [PurePath(path).as_posix()]
    if base is not None and not path.startswith("<"):  # <stdin>, <text>: no file to place
        for absolute in dict.fromkeys((os.path.abspath(path), os.path.realpath(path))):
            try:
                candidates.insert(0, Path(absolute).relative_to(base).as_posix())
                break
            except ValueError:
                continue  # outside the config's folder: the path as given and the name can match
    name = PurePath(path).name
    out: list[str] = []
    for pattern, codes in table.items():
        if fnmatch.fnmatch(name, pattern) or any(
            fnmatch.fnmatch(c, pattern) or fnmatch.fnmatch(c, f"*/{pattern}") for c in candidates
        ):
            out.extend(codes)
    return out
