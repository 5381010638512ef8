"""What a run gives back: one ``FileResult`` per story and the ``RunResult`` of a whole run.

Plain values with no behaviour of their own, so the runner, the process pool, the fixer, the
formatters and the servers can all hold them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config
    from .document import Document
    from .types import Diagnostic


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # one-line warnings (binary skipped, cp1252)
    error: str | None = None  # the file could not be linted: exit 2
    crashed: bool = False  # a rule raised: exit 2 after reporting
    document: Document | None = None
    config: Config | None = None


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for f in self.files for d in f.diagnostics]

    @property
    def errors(self) -> list[str]:
        return [f.error for f in self.files if f.error]

    @property
    def crashed(self) -> bool:
        return any(f.crashed for f in self.files)
