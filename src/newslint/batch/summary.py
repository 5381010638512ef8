"""What the client prints: a progress line on a terminal, and one summary line at the end."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` callback that redraws one stderr line, or None when off
    (stderr is not a terminal: a log file should not fill with carriage returns)."""
    if not enabled:
        yield None
        return
    width = 30

    def progress(done: int, total: int) -> None:
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\rnewslint: [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} stories")
        sys.stderr.flush()

    try:
        yield progress
    finally:
        sys.stderr.write("\n")


def summary_line(manifest: dict[str, Any], output: str) -> str:
    severity = ", ".join(f"{n:,} {name}" for name, n in manifest["severity"].items() if n)
    found = f"{manifest['diagnostics']:,} diagnostic(s)" + (f" ({severity})" if severity else "")
    problems = []
    if manifest["files_with_errors"]:
        problems.append(f"{manifest['files_with_errors']:,} could not be linted")
    if manifest["files_crashed"]:
        problems.append(f"a rule crashed on {manifest['files_crashed']:,}")
    if manifest["files_with_notices"]:
        problems.append(f"{manifest['files_with_notices']:,} with notices")
    more = f"; {', '.join(problems)} (see the files table)" if problems else ""
    return (f"newslint: {manifest['files']:,} stories, {found}{more}; {manifest['partitions']} partition(s) on "
            f"{manifest['workers']} worker(s) in {manifest['wall_seconds']:.1f} s; wrote {output}")
