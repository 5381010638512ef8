"""The editor-side settings (how eagerly to lint), as initialization options or pushed later.

They are not newslint config: which rules run is still the nearest config file's business, so
the same story gets the same findings in the editor as on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

DEFAULT_DEBOUNCE_MS = 300
DEFAULT_MAX_FILE_SIZE = 200 * 1024


@dataclass(frozen=True)
class Settings:
    debounce_ms: int = DEFAULT_DEBOUNCE_MS  # quiet time after a change before linting
    lint_on_change: bool = True  # False: lint on open and save only
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # bytes; bigger documents are linted on save only

    @property
    def debounce_seconds(self) -> float:
        return self.debounce_ms / 1000


_KEYS = {"debounceMs": "debounce_ms", "lintOnChange": "lint_on_change", "maxFileSize": "max_file_size"}


def _valid(name: str, value: Any) -> bool:
    if name == "lint_on_change":
        return isinstance(value, bool)
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def update_settings(current: Settings, raw: Any) -> tuple[Settings, list[str]]:
    """``current`` with the keys of ``raw`` applied (flat, or under ``newslint``); the second
    item lists one line per value that was rejected, for the client's log."""
    if isinstance(raw, dict) and isinstance(raw.get("newslint"), dict):
        raw = raw["newslint"]
    if not isinstance(raw, dict):
        return current, []
    changes, problems = {}, []
    for key, name in _KEYS.items():
        if key not in raw or raw[key] is None:
            continue
        if _valid(name, raw[key]):
            changes[name] = raw[key]
        else:
            problems.append(f"newslint: setting {key}={raw[key]!r} ignored (expected {_expected(name)})")
    return replace(current, **changes), problems


def _expected(name: str) -> str:
    return "true or false" if name == "lint_on_change" else "a whole number, 0 or more"

