"""Collect the available rules: Python rules in ``newslint.checks`` plus YAML packs.

Check modules are discovered (one module per family, no central list to edit), and a module's
heavy data is loaded by the rule on first use, not at import, so listing rules stays cheap.
"""

from __future__ import annotations

import importlib
import pkgutil
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
    found: list[type[Rule]] = []
    for info in sorted(pkgutil.iter_modules(checks.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{checks.__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value.code
                and value.__module__ == module.__name__
            ):
                found.append(value)
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
