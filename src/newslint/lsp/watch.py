"""Notice when a config file or word list changes on disk, so open stories are linted afresh.

The core caches every config and word list it reads for the whole process (right for one CLI
run, wrong for a server that lives all day). Before each lint the files that decide a story's
config are stat'ed (where a config file could be, the config found, its word lists and packs);
a changed stamp clears the core's caches and every open document is linted again. The
client's file watcher (``workspace/didChangeWatchedFiles``) only makes that happen sooner.
"""

from __future__ import annotations

import os
from pathlib import Path

import newslint
from newslint.config import CONFIG_NAMES

Stamp = tuple[int, int] | None


def _stamp(path: Path) -> Stamp:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def config_candidates(path: Path | None) -> list[Path]:
    """Every place the nearest config file could be for a story at ``path`` (walking up)."""
    folder = (path.parent if path is not None else Path.cwd()).resolve()
    return [d / name for d in (folder, *folder.parents) for name in CONFIG_NAMES]


def config_inputs(config) -> list[Path]:
    """The files a loaded config reads besides itself: word lists and pack files."""
    files = [Path(p) for kind in ("accepted_words", "names", "acronyms") for p in getattr(config, kind)]
    for pack in config.packs:
        pack = Path(pack)
        files.append(pack)
        if pack.is_dir():
            files.extend(sorted(p for p in pack.rglob("*") if p.suffix in (".yml", ".yaml")))
    return files


class ConfigWatch:
    """The stamps of every file that decided a config so far. Used from the linter thread only."""

    def __init__(self) -> None:
        self.stamps: dict[Path, Stamp] = {}
        self.word_lists: set[Path] = set()
        self._configs: set = set()  # configs whose inputs are tracked (the core keeps each until cleared)

    def changed(self) -> bool:
        """Whether any known file changed since it was last seen; if so the core forgets what it
        read (the caller then lints every open document again)."""
        dirty = False
        for path, seen in self.stamps.items():
            now = _stamp(path)
            if now != seen:
                self.stamps[path] = now
                dirty = True
        if dirty:
            self._configs.clear()
            newslint.clear_caches()
        return dirty

    def forget(self) -> None:
        """Something changed (the client said so): re-read everything on the next lint."""
        for path in self.stamps:
            self.stamps[path] = _stamp(path)
        self._configs.clear()
        newslint.clear_caches()

    def track(self, paths: list[Path]) -> list[Path]:
        """Start watching ``paths``; returns those not watched before."""
        new = [p for p in paths if p not in self.stamps]
        for path in new:
            self.stamps[path] = _stamp(path)
        return new

    def track_config(self, config) -> list[Path]:
        """Track what ``config`` reads (once per loaded config: packs are folders to walk)."""
        if config in self._configs:
            return []
        self._configs.add(config)
        inputs = config_inputs(config)
        self.word_lists.update(Path(p).resolve() for kind in ("accepted_words", "names", "acronyms")
                               for p in getattr(config, kind))
        return self.track(([Path(config.path)] if config.path else []) + inputs)

    def is_word_list(self, path: Path | None) -> bool:
        """A word list open in the editor is not a story: it is not linted."""
        return path is not None and path.resolve() in self.word_lists
