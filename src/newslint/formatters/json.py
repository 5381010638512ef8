"""The JSON contract of DESIGN.md section 4: one object with diagnostics and a summary."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

from ..sources import format_of

if TYPE_CHECKING:
    from ..results import FileResult, RunResult
    from . import FormatContext


def summary(run: RunResult) -> dict:
    counts = Counter(d.severity.value for d in run.diagnostics)
    return {
        "files": len(run.files),
        "diagnostics": len(run.diagnostics),
        "error": counts["error"],
        "warning": counts["warning"],
        "info": counts["info"],
    }


def file_records(f: FileResult) -> list[dict]:
    """One file's diagnostics as the contract's records (``newslint batch`` writes the same rows)."""
    doc = f.document
    paragraphs = doc.source.split("\n") if doc is not None and not format_of(doc).source_is_file_text else None
    records = []
    for d in f.diagnostics:
        record = d.to_record()
        if paragraphs is not None and 0 < d.start.line <= len(paragraphs):
            record["context"] = paragraphs[d.start.line - 1]  # Word has no line numbers: its words
        records.append(record)
    return records


def render(run: RunResult, context: FormatContext) -> str:
    records = [record for f in run.files for record in file_records(f)]
    payload = {"version": context.version, "diagnostics": records, "summary": summary(run)}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
