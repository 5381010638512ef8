"""Collect the available rules: the engine's own NL codes, the Python rule families listed in
``newslint.checks.FAMILIES`` (each package's ``RULES``), and the YAML packs.

A family's heavy data is loaded by its rules on first use, not at import, so listing rules stays
cheap.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import checks
from .rule import Rule


class RegistryError(ValueError):
    """Two rules claim one code or name, or a pack cannot be loaded."""


@dataclass(frozen=True)
class Registry:
    rules: tuple[type[Rule], ...]

    def by_code(self) -> dict[str, type[Rule]]:
        return {r.code: r for r in self.rules}

    def find(self, key: str) -> type[Rule] | None:
        key_upper = key.strip().upper()
        for r in self.rules:
            if r.code.upper() == key_upper or r.name.lower() == key.strip().lower():
                return r
        return None


@lru_cache(maxsize=1)
def builtin_rule_classes() -> tuple[type[Rule], ...]:
    from .engine_codes import RULES as ENGINE_RULES

    found: list[type[Rule]] = list(ENGINE_RULES)
    for family in checks.FAMILIES:
        found.extend(importlib.import_module(f"{checks.__name__}.{family}").RULES)
    return tuple(sorted(found, key=lambda r: r.code))


def build_registry(extra_pack_dirs: tuple[Path, ...] = ()) -> Registry:
    """Built-in rules, the packs shipped in ``rules/``, then the packs named in config."""
    from .packs.loader import load_builtin_packs, load_pack_dirs

    rules = list(builtin_rule_classes()) + list(load_builtin_packs()) + list(load_pack_dirs(extra_pack_dirs))
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for r in rules:
        if r.code in codes:
            raise RegistryError(f"rule code {r.code} is used by both {codes[r.code]} and {r.origin}")
        if r.name in names:
            raise RegistryError(f"rule name {r.name} is used by both {names[r.name]} and {r.origin}")
        codes[r.code] = r.origin
        names[r.name] = r.origin
    return Registry(tuple(sorted(rules, key=lambda r: r.code)))
