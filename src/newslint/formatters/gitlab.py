"""GitLab Code Quality report: a JSON list of issues with stable fingerprints, so a merge request
shows only the problems it introduced (fingerprints come from ``newslint.baseline``)."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from ..baseline import file_fingerprints
from ..types import Severity
from ._paths import relative_posix

if TYPE_CHECKING:
    from ..runner import RunResult
    from . import FormatContext

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(run: RunResult, context: FormatContext) -> str:
    issues = []
    for f in run.files:
        path = relative_posix(f.path)
        for d, fp in zip(f.diagnostics, file_fingerprints(f), strict=True):
            issues.append({
                "type": "issue",
                "check_name": d.code,
                "description": f"{d.code} {d.message}",
                "categories": ["Style"],
                "severity": SEVERITY[d.severity],
                "fingerprint": hashlib.sha256(f"{path}\x1f{fp}".encode()).hexdigest(),
                "location": {"path": path, "lines": {"begin": d.start.line, "end": d.end.line}},
            })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
