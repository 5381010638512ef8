"""``.gitignore`` files, as git reads them, for folder walks: what a repository ignores is not
copy to lint (build output, drafts kept out of version control, vendored pages).

Patterns are git's own (pathspec's ``GitIgnoreSpec``, a well-kept implementation of git's
rules, negation and directory patterns included, rather than one more hand-written matcher).
Each ``.gitignore`` applies to its own folder and below, a deeper one overriding a shallower
one, as in git; the repository's ``.git/info/exclude`` applies to the whole repository. The
files above the walked folder count up to the repository's top (a walk outside any
repository reads only those at and below the folder walked). pathspec is imported only when a
walk meets an ignore file, so linting one story never loads it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

IGNORE_FILE = ".gitignore"


def repository_root(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` holding ``.git`` (a folder, or a file in a worktree)."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _spec(lines: list[str]) -> Any:
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(lines)


def _read_lines(path: Path) -> list[str] | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None  # an unreadable ignore file ignores nothing, as in git


class GitIgnores:
    """The ignore rules in force while walking one folder tree."""

    def __init__(self, walk_root: Path) -> None:
        self._layers: list[tuple[Path, Any]] = []  # (folder, spec), shallowest first
        self._entered: set[Path] = set()
        root = Path(os.path.abspath(walk_root))
        top = repository_root(root)
        if top is not None:
            exclude = _read_lines(top / ".git" / "info" / "exclude") if (top / ".git").is_dir() else None
            if exclude:
                self._layers.append((top, _spec(exclude)))
            for folder in reversed(root.relative_to(top).parents):  # top first, down to the root's parent
                self.enter(top / folder)
        self.enter(root)

    def enter(self, folder: Path) -> None:
        """Read ``folder``'s ``.gitignore``, if any (the walk calls this for every folder)."""
        folder = Path(os.path.abspath(folder))
        if folder in self._entered:
            return
        self._entered.add(folder)
        lines = _read_lines(folder / IGNORE_FILE) if (folder / IGNORE_FILE).is_file() else None
        if lines:
            self._layers.append((folder, _spec(lines)))
            self._layers.sort(key=lambda layer: len(layer[0].parts))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        """Whether git would ignore ``path``: the deepest ignore file with a matching pattern decides."""
        if not self._layers:
            return False
        path = Path(os.path.abspath(path))
        decision = False
        for base, spec in self._layers:
            try:
                rel = path.relative_to(base).as_posix()
            except ValueError:
                continue
            result = spec.check_file(rel + "/" if is_dir else rel)
            if result.include is not None:
                decision = result.include
        return decision
