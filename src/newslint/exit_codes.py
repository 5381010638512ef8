"""The exit codes of every command, and how a run's results map to one.

0: nothing at or above ``fail-on``; 1: findings at or above it; 2: usage, config or input errors
(or a rule crashed); 130: interrupted. Kept apart from the CLI so the fix, baseline and batch
commands share them without importing each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .types import Severity

if TYPE_CHECKING:
    from .results import RunResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def exit_code(run: RunResult) -> int:
    """2 on any error; else 1 when a file has a finding at or above its config's ``fail-on``."""
    if run.errors or run.crashed:
        return EXIT_ERROR
    for f in run.files:
        fail_on = f.config.fail_on if f.config is not None else "warning"
        if fail_on == "never":
            continue
        threshold = Severity.parse(fail_on).rank
        if any(d.severity.rank >= threshold for d in f.diagnostics):
            return EXIT_FINDINGS
    return EXIT_OK
