"""The config as a value the workers can use: resolved once on the client, with its files inside.

Workers may not see the client's disk (a cluster in a data centre, an archive on S3), so the
word lists and packs the config names are read on the client and travel with it; each worker
writes them to a folder of its own and points a copy of the config there. The hash in the
manifest covers the settings and those files' contents, not where they lay, so the same config
gives the same hash from any checkout.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..config import Config

# The Config fields that name files; everything else in a Config is a plain value.
FILE_FIELDS = ("packs", "accepted_words", "names", "acronyms")


class ShippingError(ValueError):
    """A file the config names cannot be read on the client."""


@dataclass(frozen=True)
class ShippedFile:
    """One entry of a file field: a single file, or a folder (a pack) as relative name -> bytes."""

    name: str
    is_folder: bool
    contents: tuple[tuple[str, bytes], ...]


@dataclass(frozen=True)
class ShippedConfig:
    config: Config  # as the client resolved it (its paths are the client's)
    files: tuple[tuple[str, tuple[ShippedFile, ...]], ...]  # per file field, in the config's order

    def unpack(self, folder: Path) -> Config:
        """The config with every file field pointing at copies written under ``folder``."""
        changes = {}
        for field_name, entries in self.files:
            paths = []
            for index, entry in enumerate(entries):
                root = folder / field_name / str(index) / entry.name  # the entry keeps its own name
                for relative, data in entry.contents:
                    target = root / relative if entry.is_folder else root
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                paths.append(root)
            changes[field_name] = tuple(paths)
        return dataclasses.replace(self.config, **changes)


def ship(config: Config) -> ShippedConfig:
    files = tuple((name, tuple(_read(path) for path in getattr(config, name))) for name in FILE_FIELDS)
    return ShippedConfig(config, files)


def _read(path: Path) -> ShippedFile:
    try:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            return ShippedFile(path.name, True, tuple((p.relative_to(path).as_posix(), p.read_bytes()) for p in found))
        return ShippedFile(path.name, False, ((path.name, path.read_bytes()),))
    except OSError as exc:
        raise ShippingError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def config_hash(shipped: ShippedConfig) -> str:
    """sha256 of the settings and of every shipped file's bytes (not of the paths)."""
    settings = {
        f.name: _plain(getattr(shipped.config, f.name))
        for f in dataclasses.fields(shipped.config)
        if f.name != "path" and f.name not in FILE_FIELDS
    }
    files = {
        name: [[entry.is_folder, [[rel, hashlib.sha256(data).hexdigest()] for rel, data in entry.contents]]
               for entry in entries]
        for name, entries in shipped.files
    }
    text = json.dumps({"settings": settings, "files": files}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    """Mappings and tuples as JSON sees them (Severity is a str, so it is its own value)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value
