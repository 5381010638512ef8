"""What to lint: ``--input`` values expanded on the client into one sorted list of paths and URLs.

An input is a local file, folder or glob, an fsspec URL (``s3://``, ``gs://``, ``memory://``,
also a folder or glob there), or ``@LIST``: a file (local or URL, ``@-`` for standard input)
naming one path or URL a line. A folder is walked much as ``newslint check`` walks one: files
with a story suffix, hidden files and folders skipped (but links to folders are not followed and
the config's ``exclude`` is not applied: a batch lints what it is told to). Entries of a list are taken as written (no
globbing, no stat: a list of ten million paths is not checked file by file on the client), so
a missing one becomes a row with an error in the files table, not a failed job. Paths keep the
spelling they were given in, so the rows name stories as ``check`` does.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

GLOB_CHARS = frozenset("*?[")


class BatchInputError(ValueError):
    """An input cannot be listed; the message is one line naming it and the problem."""


def is_url(path: str) -> bool:
    return "://" in path


def list_inputs(specs: Iterable[str]) -> list[str]:
    """Every story the inputs name, each once, sorted (the order ``check`` reports in)."""
    found: set[str] = set()
    for spec in specs:
        if spec.startswith("@"):
            found.update(read_listing(spec[1:]))
        elif is_url(spec):
            found.update(_remote(spec))
        else:
            found.update(_local(spec))
    return sorted(found)


def read_listing(source: str) -> list[str]:
    """One path or URL a line; blank lines and lines starting with ``#`` are skipped."""
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            import fsspec

            with fsspec.open(source, "rt", encoding="utf-8-sig") as handle:
                text = handle.read()
    except FileNotFoundError:
        raise BatchInputError(f"{source}: list of inputs not found") from None
    except UnicodeDecodeError:
        raise BatchInputError(f"{source}: list of inputs is not UTF-8 text") from None
    except (OSError, ValueError, ImportError) as exc:
        raise BatchInputError(f"{source}: cannot read the list of inputs: {exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _story_suffixes() -> tuple[str, ...]:
    from ..sources import lintable_suffixes

    return lintable_suffixes()


def _is_story(name: str, suffixes: tuple[str, ...]) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in suffixes


def _local(spec: str) -> list[str]:
    if GLOB_CHARS & set(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            raise BatchInputError(f"{spec}: no files match")
        return [story for match in matches for story in _local_path(match, spec)]
    return list(_local_path(spec, spec))


def _local_path(path: str, spec: str) -> Iterator[str]:
    if os.path.isdir(path):
        yield from _walk(path)
    elif os.path.isfile(path):
        yield path
    elif not os.path.exists(path):
        raise BatchInputError(f"{spec}: no such file or folder")
    else:
        raise BatchInputError(f"{path}: not a regular file (pipe or device)")


def _walk(folder: str) -> Iterator[str]:
    suffixes = _story_suffixes()
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if _is_story(name, suffixes):
                yield str(Path(root) / name)


def _remote(spec: str) -> list[str]:
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(spec)
        if GLOB_CHARS & set(path):
            matches = [fs.unstrip_protocol(p) for p in fs.glob(path) if fs.isfile(p)]
            if not matches:
                raise BatchInputError(f"{spec}: no files match")
            return matches
        if fs.isdir(path):
            suffixes = _story_suffixes()
            stories = [p for p in fs.find(path) if _is_story(p.rsplit("/", 1)[-1], suffixes)]
            return [fs.unstrip_protocol(p) for p in stories if not _hidden_folder(p, path)]
        if fs.isfile(path):
            return [spec]
    except BatchInputError:
        raise
    except (ImportError, ValueError) as exc:  # an unknown protocol, or its library not installed
        raise BatchInputError(f"{spec}: {exc}") from None
    except OSError as exc:
        raise BatchInputError(f"{spec}: cannot list: {exc}") from None
    raise BatchInputError(f"{spec}: no such file or folder")


def _hidden_folder(path: str, top: str) -> bool:
    inside = path[len(top.rstrip("/")) + 1 :].split("/")[:-1]
    return any(part.startswith(".") for part in inside)
