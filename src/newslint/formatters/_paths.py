"""Report paths: CI systems want paths relative to the checkout, with forward slashes."""

from __future__ import annotations

import os
from pathlib import Path, PurePath
from urllib.parse import quote


def relative_posix(path: str) -> str:
    """``path`` relative to the working folder when inside it, else as given (POSIX slashes)."""
    if path.startswith("<"):  # <stdin>, <text>
        return path
    absolute = os.path.abspath(path)
    try:
        return Path(absolute).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return PurePath(path).as_posix()


def uri(path: str) -> str:
    """A relative URI reference inside the working folder, a ``file://`` URI outside it."""
    rel = relative_posix(path)
    if PurePath(rel).is_absolute():
        return Path(rel).as_uri()
    return quote(rel)
