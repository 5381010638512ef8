"""From the paths a user names to stories: walk folders (hidden, vendored and excluded ones
skipped), read each file within the size limit, decode it with the right reader.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from . import sources
from .config import Config
from .document import Document
from .results import FileResult

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"})


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
    """Expand folders into lintable files (skipping hidden and vendored folders and excludes)."""
    suffixes = sources.lintable_suffixes()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield raw
            continue
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
            dirs[:] = sorted(
                d for d in dirs
                if not d.startswith(".") and d not in SKIP_DIRS
                and not _excluded(Path(folder) / d, config.exclude, config.base_dir)
            )
            for name in sorted(files):
                full = Path(folder) / name
                if full.suffix.lower() in suffixes and not name.startswith(".") and not _excluded(
                    full, config.exclude, config.base_dir
                ):
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
