"""Configuration: ``[tool.newslint]`` in pyproject.toml, or newslint.toml / .newslint.toml.

Found by walking up from the linted file's folder; precedence is defaults < file < ``--config``
< command-line flags. Every key is validated, and an error names the file and the key, because a
silently ignored typo in config is a rule that silently never runs.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .types import Severity
from .wordlists import DEFAULT_WORD_FILES

CONFIG_NAMES = ("newslint.toml", ".newslint.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
LOCALES = ("auto", "en-US", "en-GB")
DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024


class ConfigError(ValueError):
    """Config cannot be read or has a bad key/value; the message names file and key."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None  # the file it came from, None for defaults
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    fail_on: str = "warning"
    exclude: tuple[str, ...] = ()
    locale: str = "auto"
    packs: tuple[Path, ...] = ()
    accepted_words: tuple[Path, ...] = ()
    names: tuple[Path, ...] = ()
    acronyms: tuple[Path, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    respect_gitignore: bool = True  # folder walks skip what .gitignore files ignore
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def with_overrides(self, **changes: Any) -> Config:
        """Command-line flags over this config; ``ignore`` adds to the file's list (as in ruff),
        so ``--ignore X`` does not silently switch back on what a desk's config turned off."""
        changes = {k: v for k, v in changes.items() if v is not None}
        if "ignore" in changes:
            changes["ignore"] = self.ignore + tuple(changes["ignore"])
        return dataclasses.replace(self, **changes)

    @cache  # noqa: B019 - Config is frozen and hashable by identity
    def word_list(self, kind: str) -> frozenset[str]:
        """Words from the files named by ``accepted-words``, ``names`` or ``acronyms``."""
        words: set[str] = set()
        for path in getattr(self, kind):
            words.update(read_word_file(path))
        return frozenset(words)

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


def read_word_file(path: Path) -> list[str]:
    """A user's word list (one entry per line, ``#`` comments); a bad file is a config error."""
    from .wordlists import WordListError, read_word_list

    try:
        return read_word_list(path)
    except WordListError as exc:
        raise ConfigError(str(exc)) from None


def _strings(file: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{file}: {key}: expected a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _paths(file: Path, key: str, value: Any, must_exist: bool = True) -> tuple[Path, ...]:
    out = []
    for item in _strings(file, key, value):
        p = Path(item).expanduser()
        if not p.is_absolute():
            p = file.parent / p
        if must_exist and not p.exists():
            raise ConfigError(f"{file}: {key}: {item!r} does not exist")
        out.append(p)
    return tuple(out)


def _choice(file: Path, key: str, value: Any, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(f"{file}: {key}: {value!r} is not one of {', '.join(choices)}")
    return value


def _parse_table(file: Path, table: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        where = f"{prefix}{key}"
        if key in ("select", "extend-select", "ignore", "exclude"):
            out[key.replace("-", "_")] = _strings(file, where, value)
        elif key == "fail-on":
            out["fail_on"] = _choice(file, where, value, FAIL_ON)
        elif key == "locale":
            out["locale"] = _choice(file, where, value, LOCALES)
        elif key in ("packs", "accepted-words", "names", "acronyms"):
            out[key.replace("-", "_")] = _paths(file, where, value)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{file}: {where}: expected a table of glob = [codes]")
            out["per_file_ignores"] = {g: _strings(file, f"{where}.{g}", c) for g, c in value.items()}
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{file}: {where}: expected a table of CODE = severity")
            try:
                out["severity"] = {c.upper(): Severity.parse(s) for c, s in value.items()}
            except ValueError as exc:
                raise ConfigError(f"{file}: {where}: {exc}") from None
        elif key == "max-file-size":
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{file}: {where}: expected a positive number of bytes")
            out["max_file_size"] = value
        elif key == "respect-gitignore":
            if not isinstance(value, bool):
                raise ConfigError(f"{file}: {where}: expected true or false")
            out["respect_gitignore"] = value
        elif key == "rules":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(f"{file}: {where}: expected [{prefix}rules.<rule-name>] tables")
            out["rules"] = value
        else:
            raise ConfigError(f"{file}: {where}: unknown key")
    return out


def config_from_table(table: Mapping[str, Any], file: Path, prefix: str = "") -> Config:
    """A Config from a table shaped like newslint.toml (kebab-case keys); paths in it are
    relative to ``file``, and errors name ``file`` and the key (rule-case files use this)."""
    return Config(path=None, **_parse_table(file, table, prefix))


@lru_cache(maxsize=64)
def load_config_file(file: Path) -> Config:
    try:
        data = tomllib.loads(file.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{file}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from None
    if file.name == "pyproject.toml":
        table = data.get("tool", {}).get("newslint", {})
        prefix = "tool.newslint."
    else:
        table, prefix = data, ""
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: {prefix.rstrip('.')}: expected a table")
    values = _parse_table(file, table, prefix)
    for kind, (_key, name) in DEFAULT_WORD_FILES.items():
        if kind not in values and (file.parent / name).is_file():
            values[kind] = (file.parent / name,)
    config = Config(path=file.resolve(), **values)
    for kind in ("accepted_words", "names", "acronyms"):
        config.word_list(kind)  # read now (and cached): a bad list is a config error for every story
    return config


def _has_newslint_section(file: Path) -> bool:
    if file.name != "pyproject.toml":
        return True
    try:
        text = file.read_text(encoding="utf-8-sig")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError):
        return False
    except tomllib.TOMLDecodeError:
        # someone else's broken pyproject is not our config, unless it holds our section:
        # then loading it reports the TOML error instead of silently dropping the config
        return "[tool.newslint" in text
    return isinstance(data.get("tool", {}).get("newslint"), dict)


@lru_cache(maxsize=256)
def find_config_file(directory: Path) -> Path | None:
    """The nearest config file at or above ``directory``."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and _has_newslint_section(candidate):
                return candidate
    return None


def discover_config(start: Path) -> Config:
    folder = start if start.is_dir() else start.parent
    found = find_config_file(folder.resolve())
    return load_config_file(found) if found else DEFAULT_CONFIG


DEFAULT_CONFIG = Config()
