"""newslint's cache folder: derived data that is slow to work out and the same on every run
(the spelling tables, the analysis of pack terms), kept between runs with ``marshal``.

``$NEWSLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/newslint``, else ``~/.cache/newslint``. Each
file's name says what it was made from, so a new version starts a new file and the old ones of
the same kind are removed. A cache that cannot be read is rebuilt; one that cannot be written
(a read-only home) is simply not kept.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    env = os.environ.get("NEWSLINT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


def read(name: str) -> Any:
    """The data stored under ``name``, or None when there is none (or it is unreadable)."""
    try:
        return marshal.loads((cache_dir() / name).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write(name: str, data: Any, stale: str) -> None:
    """Store ``data`` under ``name`` atomically, and remove other files matching ``stale``."""
    path = cache_dir() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        from .writeback import replace_file

        replace_file(str(path), marshal.dumps(data))
        for old in path.parent.glob(stale):
            if old != path:
                old.unlink(missing_ok=True)  # made by an older format or package version
    except (OSError, ValueError):
        pass  # a read-only home, or data marshal cannot store: keep it in memory only
