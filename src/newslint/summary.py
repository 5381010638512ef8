"""The closing line a person reads after the findings (text format, on stderr): "All clear" on a
clean run, else the count by severity and how many ``--fix`` (or ``--unsafe-fixes``) can fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .plural import plural
from .types import Applicability, Severity

if TYPE_CHECKING:
    from .results import RunResult

_PLURAL = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"}


def summary_lines(run: RunResult) -> list[tuple[str, str]]:
    """(line, colour role) pairs: what the run found and what can be fixed."""
    diagnostics = run.diagnostics
    files = plural(len(run.files), "file")
    if not diagnostics and run.errors:
        return []  # the error lines above said it: "All clear" would be untrue
    if not diagnostics:
        return [(f"All clear: no problems in {files}.", "clear")]
    by = {s: sum(1 for d in diagnostics if d.severity is s) for s in Severity}
    parts = ", ".join(plural(by[s], s.value, _PLURAL[s]) for s in sorted(Severity, key=lambda s: -s.rank) if by[s])
    worst = max((d.severity for d in diagnostics), key=lambda s: s.rank).value
    lines = [(f"Found {plural(len(diagnostics), 'problem')} ({parts}) in {files}.", worst)]
    fixable = fixable_counts(run)
    if fixable:
        lines.append((fixable, "path"))
    return lines


def fixable_counts(run: RunResult) -> str:
    """ "N fixable with --fix (M more with --unsafe-fixes)." or "" when nothing is fixable."""
    applicability = [d.fix.applicability for d in run.diagnostics if d.fix is not None]
    safe = applicability.count(Applicability.SAFE)
    unsafe = applicability.count(Applicability.UNSAFE)
    if safe and unsafe:
        return f"{safe} fixable with --fix ({unsafe} more with --unsafe-fixes)."
    if safe:
        return f"{safe} fixable with --fix."
    if unsafe:
        return f"{unsafe} fixable with --fix --unsafe-fixes."
    return ""
