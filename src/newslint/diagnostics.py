"""Turning a rule's finding into a diagnostic: the one place a Diagnostic is built from a
finding (the engine's rules and the suppression codes alike)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .types import Diagnostic, Finding, Position, Severity

if TYPE_CHECKING:
    from .document import Document


def make_diagnostic(
    doc: Document,
    finding: Finding,
    code: str,
    name: str,
    severity: Severity,
    at: Position | None = None,
) -> Diagnostic:
    """A rule's finding stamped with its path, code, name, severity and source positions; ``at``
    places it at a source position of its own (a directive inside a comment the text lacks)."""
    if at is None:
        span = doc.source_span(finding.span)
        start, end = doc.source_position(span.start), doc.source_position(span.end)
    else:
        start = end = at
    fix_positions = ()
    if finding.fix is not None:
        spans = [doc.source_span(e.span) for e in finding.fix.edits]
        fix_positions = tuple((doc.source_position(s.start), doc.source_position(s.end)) for s in spans)
    return Diagnostic(
        path=doc.path,
        code=code,
        name=name,
        severity=severity,
        message=finding.message,
        span=finding.span,
        start=start,
        end=end,
        suggestions=tuple(finding.suggestions),
        fix=finding.fix,
        fix_positions=fix_positions,
    )
