"""From the paths a user names to stories: walk folders (hidden, vendored, excluded and
git-ignored ones skipped, and the files every repository has that are not stories), read each
file within the size limit, decode it with the right reader. A file named on the command line
is always linted.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from . import sources
from .config import Config
from .document import Document
from .results import FileResult

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"})
# Files a repository or a project folder keeps that are not copy, by the name before the first
# dot: ``newslint check .`` must not report "Copyright (c)" in LICENSE.txt as pasted web residue.
# Exact names (any case) so that "licence-fee-rise.txt" or "history-of-the-pier.md" stay stories.
# The pre-commit hooks exclude the same names (HOOK_EXCLUDE in .pre-commit-hooks.yaml; a test
# keeps the two equal).
NOT_A_STORY = (
    r"(?i:licen[cs]es?|copying|notice|authors|contributors|maintainers|codeowners|changelog|changes"
    r"|history|contributing|code_of_conduct|security|readme|robots|humans"
    r"|(?:requirements|constraints)(?:[-_][a-z0-9]+)?)|(?:LICEN[CS]E|COPYING)-[A-Z0-9-]+"
)
_NOT_A_STORY_RE = re.compile(NOT_A_STORY)
HOOK_EXCLUDE = rf"(?:^|/)(?:{NOT_A_STORY})(?:\.[^/]*)?$"


def is_not_a_story(name: str) -> bool:
    """A well-known file of a repository that is not a story (LICENSE.txt, requirements.txt)."""
    return _NOT_A_STORY_RE.fullmatch(name.split(".", 1)[0]) is not None


def _excluded(path: Path, patterns: Sequence[str], base: Path) -> bool:
    if not patterns:
        return False
    try:
        rel = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    return any(
        fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(rel, f"{p.rstrip('/')}/*")
        for p in patterns
    )


def iter_files(paths: Iterable[str], config_for, notices: list[str]) -> Iterator[str]:
    """Expand folders into lintable files (skipping hidden, vendored, excluded and git-ignored
    folders and files, and files that are not stories)."""
    suffixes = sources.lintable_suffixes()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield raw
            continue
        yield from _walk(path, suffixes, config_for, notices)


def _walk(path: Path, suffixes, config_for, notices: list[str]) -> Iterator[str]:
    from .gitignore import GitIgnores

    ignores = GitIgnores(path) if config_for(path).respect_gitignore else None
    seen_dirs: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(path, followlinks=True, onerror=lambda e: notices.append(
        f"{e.filename}: cannot read folder: {e.strerror}, skipped"
    )):
        st = os.stat(folder)
        if (st.st_dev, st.st_ino) in seen_dirs:
            notices.append(f"{folder}: symbolic link loop, skipped")
            dirs[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        config = config_for(Path(folder))
        git = ignores if config.respect_gitignore else None
        if git is not None:
            git.enter(Path(folder))

        def skipped(full: Path, is_dir: bool, config=config, git=git) -> bool:
            return _excluded(full, config.exclude, config.base_dir) or (git is not None and git.ignored(full, is_dir))

        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS and not skipped(Path(folder) / d, True)
        )
        for name in sorted(files):
            full = Path(folder) / name
            if full.suffix.lower() not in suffixes or name.startswith(".") or is_not_a_story(name):
                continue
            if skipped(full, False):
                continue
            if not full.is_file():  # a pipe would block the run; a dangling link is not a story
                notices.append(f"{full}: not a regular file (broken link, pipe or device), skipped")
                continue
            yield str(full)


def read_file(path: str, config: Config, input_format: str | None = None) -> tuple[Document | None, FileResult]:
    """The story in the file at ``path``, or a result that says why there is none."""
    result = FileResult(path, config=config)
    try:
        size = os.path.getsize(path)
        if size > config.max_file_size:
            result.error = f"{path}: file is {size} bytes, over max-file-size ({config.max_file_size}); not linted"
            return None, result
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        result.error = f"{path}: no such file or folder"
        return None, result
    except IsADirectoryError:
        result.error = f"{path}: is a folder"
        return None, result
    except OSError as exc:
        result.error = f"{path}: cannot read: {exc.strerror or exc}"
        return None, result
    return read_bytes(data, path, result, input_format)




def read_bytes(
    data: bytes, path: str, result: FileResult, input_format: str | None = None
) -> tuple[Document | None, FileResult]:
    """A story from a file's bytes (from disk or from a caller); a binary file is a notice, an
    unreadable one an error in ``result``, never an exception."""
    try:
        doc, notice = sources.read_document(data, path, input_format)
    except sources.BinaryFileError as exc:
        result.notices.append(str(exc))
        return None, result
    except sources.InputError as exc:
        result.error = str(exc)
        return None, result
    if notice:
        result.notices.append(notice)
    return doc, result
