"""Load YAML rule packs into Rule classes.

A pack is a folder with ``pack.yml`` (prefix, description, enabled) and one ``<name>.yml`` per
rule. Each rule names the kind it ``extends``; the kind (a module in ``packs/kinds``) validates
the rest. YAML is read with the safe loader only. A broken pack fails with
``file:line: key: problem`` so a desk can fix its own rules without reading our code.

The shipped packs are parsed once and their data kept in the cache folder (``usercache``) with
the very texts it was parsed from: a run whose pack files are unchanged reads the data back with
``marshal`` and never imports PyYAML (about 20 ms of every cold start). The shipped packs are
valid (the test suite loads them), so no line numbers are needed for them; any error while
loading them from the cache falls back to parsing the YAML, which gives the usual message.
"""

from __future__ import annotations

import importlib
import importlib.resources
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import usercache
from ..rule import Rule
from ..types import Severity
from ..version import __version__
from .spec import PackError, RuleSpec, located, mapping_at

COMMON_KEYS = {
    "code", "name", "extends", "message", "severity", "summary", "description", "scope",
    "ignorecase", "regex", "fix", "examples", "enabled", "check-quotes", "safe-fix-in-quotes",
}


def builtin_rules_dir() -> Path:
    """``rules/`` inside the installed wheel, or at the top of a source checkout."""
    packaged = importlib.resources.files("newslint") / "rules"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "rules"


def _load_yaml(path: Path, parsed: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """The file's data and its YAML node (for line numbers); from ``parsed`` (the cached data
    of the shipped packs, by path) with no node when it is there."""
    if parsed is not None and str(path) in parsed:
        return parsed[str(path)], None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read: {exc}") from None
    return _parse_yaml(path, text)


def _parse_yaml(path: Path, text: str) -> tuple[Any, Any]:
    import yaml  # lazy: a run on the cached shipped packs never needs PyYAML (start-up time)

    # libyaml's safe loader when PyYAML has it (10x faster than the pure-Python one)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # safe only: never Python objects
    try:  # one parse gives the node tree (for line numbers) and the data built from it
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"{mark.line + 1}:" if mark is not None else ""
        raise PackError(f"{path}:{line} invalid YAML: {getattr(exc, 'problem', exc)}") from None
    finally:
        loader.dispose()
    return data, node


def _kind_class(kind: str, path: Path, node: Any) -> type[Rule]:
    if not isinstance(kind, str) or not kind.isidentifier() or kind.startswith("_"):
        raise PackError(located(path, node, "extends", f"unknown kind {kind!r}"))
    try:
        module = importlib.import_module(f"{__package__}.kinds.{kind}")
    except ModuleNotFoundError:
        raise PackError(located(path, node, "extends", f"unknown kind {kind!r}")) from None
    if not hasattr(module, "KIND"):
        raise PackError(located(path, node, "extends", f"unknown kind {kind!r}"))
    return module.KIND


def _summary_from(message: str) -> str:
    """The message template with its ``{placeholders}`` (and the quotes round them) as '...'."""
    return re.sub(r"""['"‘“]?\{[^{}]*\}['"’”]?""", "...", message).strip()


def load_rule_file(path: Path, pack: dict[str, Any], lazy: bool = False,
                   parsed: dict[str, Any] | None = None) -> type[Rule]:
    data, node = _load_yaml(path, parsed)
    if not isinstance(data, dict):
        raise PackError(f"{path}:1: expected a mapping of rule keys")
    spec = RuleSpec(path, data, node)
    kind = _kind_class(spec.require("extends", str), path, node)
    code = spec.require("code", str)
    prefix = pack.get("prefix")
    if prefix and not code.startswith(prefix):
        raise PackError(spec.at("code", f"{code!r} does not start with the pack prefix {prefix!r}"))
    allowed = COMMON_KEYS | set(kind.SPEC_KEYS)
    for key in data:
        if key not in allowed:
            raise PackError(spec.at(key, "unknown key"))
    try:
        severity = Severity.parse(spec.get("severity", str, pack.get("severity", "warning")))
    except ValueError as exc:
        raise PackError(spec.at("severity", str(exc))) from None
    attrs = {
        "code": code,
        "name": spec.require("name", str),
        "summary": spec.get("summary", str, "") or _summary_from(spec.require("message", str)),
        "default_severity": severity,
        "default_enabled": bool(spec.get("enabled", bool, pack.get("enabled", True))),
        "check_quotes": bool(spec.get("check-quotes", bool, False)),
        "safe_fix_in_quotes": bool(spec.get("safe-fix-in-quotes", bool, pack.get("safe-fix-in-quotes", False))),
        "origin": str(path),
        "spec": spec,
        "__doc__": spec.get("description", str, "") or spec.require("message", str),
    }
    cls = type(f"PackRule_{code}", (kind,), attrs)
    cls.compile_spec(lazy=lazy)  # validate at load; compile terms now, or when first used if lazy
    return cls


def load_pack(folder: Path, lazy: bool = False, parsed: dict[str, Any] | None = None) -> Iterator[type[Rule]]:
    meta_path = folder / "pack.yml"
    pack: dict[str, Any] = {}
    if meta_path.is_file():
        data, node = _load_yaml(meta_path, parsed)
        if data is not None and not isinstance(data, dict):
            raise PackError(f"{meta_path}:1: expected a mapping")
        pack = data or {}
        mapping_at(meta_path, node)
    for path in sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml")):
        if path.name in ("pack.yml", "pack.yaml"):
            continue
        yield load_rule_file(path, pack, lazy, parsed)


def _pack_folders(root: Path) -> list[Path]:
    """``root`` itself when it holds rule files, else each sub-folder with a pack.yml."""
    if (root / "pack.yml").is_file():
        return [root]
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "pack.yml").is_file())


@lru_cache(maxsize=1)
def load_builtin_packs() -> tuple[type[Rule], ...]:
    root = builtin_rules_dir()
    if not root.is_dir():
        return ()
    folders = _pack_folders(root)
    # lazy: the shipped packs are checked by the test suite, and a run that selects none of
    # their rules (``--select ST``) should not pay for compiling their patterns
    parsed = cached_pack_data(folders)
    if parsed is not None:
        try:
            return tuple(rule for folder in folders for rule in load_pack(folder, lazy=True, parsed=parsed))
        except PackError:
            pass  # cannot happen with valid packs; parsing the YAML gives the message with its line
    return tuple(rule for folder in folders for rule in load_pack(folder, lazy=True))


def _pack_files(folders: list[Path]) -> list[Path]:
    return [p for folder in folders for p in sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml"))]


def cached_pack_data(folders: list[Path]) -> dict[str, Any] | None:
    """Path -> parsed data of every pack file in ``folders``: read back from the cache folder
    when it was parsed from exactly today's texts, else parsed now and stored. None when a file
    cannot be read or parsed (the plain loader then reports it)."""
    try:
        texts = {str(p): p.read_text(encoding="utf-8-sig") for p in _pack_files(folders)}
    except (OSError, UnicodeDecodeError):
        return None
    name = f"packs-{__version__}-{_CACHE_FORMAT}.marshal"
    stored = usercache.read(name)
    if isinstance(stored, dict) and stored.get("texts") == texts:
        return stored["data"]
    try:
        data = {path: _parse_yaml(Path(path), text)[0] for path, text in texts.items()}
    except PackError:
        return None
    usercache.write(name, {"texts": texts, "data": data}, "packs-*.marshal")
    return data


_CACHE_FORMAT = 1


def load_pack_dirs(dirs: tuple[Path, ...]) -> tuple[type[Rule], ...]:
    out: list[type[Rule]] = []
    for d in dirs:
        if not d.is_dir():
            raise PackError(f"{d}: pack folder does not exist")
        for folder in _pack_folders(d) or [d]:
            out.extend(load_pack(folder))
    return tuple(out)
