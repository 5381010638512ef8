"""Typed access to one pack rule's YAML, with errors that point at ``file:line: key``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

_MISSING = object()


class PackError(ValueError):
    """A pack file is invalid; the message is ``file:line: key: problem``."""


def _key_line(node: Any, key: str) -> int | None:
    if node is None or not hasattr(node, "value") or not isinstance(node.value, list):
        return None
    for k, _v in node.value:
        if getattr(k, "value", None) == key:
            return k.start_mark.line + 1
    return None


def located(path: Path, node: Any, key: str, problem: str) -> str:
    line = _key_line(node, key)
    if line is None:
        line = (node.start_mark.line + 1) if node is not None and hasattr(node, "start_mark") else 1
    return f"{path}:{line}: {key}: {problem}"


def mapping_at(path: Path, node: Any) -> None:
    """Accept only a mapping (or an empty file) at the top of a pack file."""
    if node is not None and not hasattr(node, "value"):
        raise PackError(f"{path}:1: expected a mapping")


class RuleSpec:
    """The rule's YAML mapping plus its node, so every error can name the line."""

    def __init__(self, path: Path, data: dict[str, Any], node: Any) -> None:
        self.path = path
        self.data = data
        self.node = node

    def at(self, key: str, problem: str) -> str:
        return located(self.path, self.node, key, problem)

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
        value = self.data.get(key, _MISSING)
        if value is _MISSING or value is None:
            return default
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise PackError(self.at(key, f"expected {names}, got {type(value).__name__}"))
        return value

    def require(self, key: str, kind: type | tuple[type, ...]) -> Any:
        value = self.get(key, kind)
        if value is None:
            raise PackError(self.at(key, "required"))
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.get(key, str, default)
        if value not in choices:
            raise PackError(self.at(key, f"{value!r} is not one of {', '.join(choices)}"))
        return value

    def strings(self, key: str, required: bool = False) -> list[str]:
        value = self.get(key, (list, str), None)
        if value is None:
            if required:
                raise PackError(self.at(key, "required"))
            return []
        if isinstance(value, str):
            value = [value]
        if not all(isinstance(v, str) and v for v in value):
            raise PackError(self.at(key, "expected a list of non-empty strings"))
        return list(value)
