"""Core value types shared by rules, the engine and the formatters.

Rules speak in character offsets (``Span``) into the document text; only the engine turns
those into lines and columns, so every rule gets positions right for free.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(str, enum.Enum):
    """How sure we are that a finding is a real defect (ordered: info < warning < error)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None


_SEVERITY_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


class Applicability(str, enum.Enum):
    """Whether ``--fix`` may apply a fix on its own (safe), only on request (unsafe), or never."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


@dataclass(frozen=True, order=True)
class Span:
    """Half-open ``[start, end)`` character offsets into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Edit:
    """Replace the text at ``span`` with ``replacement`` (an empty span inserts)."""

    span: Span
    replacement: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.UNSAFE
    title: str = ""

    @classmethod
    def replace(cls, span: Span, replacement: str, applicability: Applicability, title: str = "") -> Fix:
        return cls((Edit(span, replacement),), applicability, title)


@dataclass(frozen=True)
class Finding:
    """What a rule yields: where, what is wrong, and what to write instead.

    ``severity`` lets a rule speak lower (or higher) than its default for one finding, e.g. a
    spelling guess it is unsure of; the engine still applies config overrides on top.
    """

    span: Span
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    severity: Severity | None = None


@dataclass(frozen=True)
class Position:
    """1-based line and column; columns count Unicode code points."""

    line: int
    column: int


@dataclass(frozen=True)
class Diagnostic:
    """A finding stamped by the engine with path, rule identity, severity and positions."""

    path: str
    code: str
    name: str
    severity: Severity
    message: str
    span: Span
    start: Position
    end: Position
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    fix_positions: tuple[tuple[Position, Position], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.start.line, self.start.column, self.code, self.message)

    def to_record(self) -> dict[str, Any]:
        """The one serialised shape every machine format starts from (DESIGN.md section 4)."""
        fix = None
        if self.fix is not None:
            fix = {
                "applicability": self.fix.applicability.value,
                "edits": [
                    {
                        "line": s.line,
                        "column": s.column,
                        "end_line": e.line,
                        "end_column": e.column,
                        "replacement": edit.replacement,
                    }
                    for edit, (s, e) in zip(self.fix.edits, self.fix_positions, strict=True)
                ],
            }
        record: dict[str, Any] = {
            "path": self.path,
            "line": self.start.line,
            "column": self.start.column,
            "end_line": self.end.line,
            "end_column": self.end.column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "fix": fix,
        }
        record.update(self.extra)
        return record
