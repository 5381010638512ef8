"""The JSON contract of DESIGN.md section 4: one object with diagnostics and a summary.

The object is written piece by piece as stories finish (``render_stream``), in the very bytes
``json.dumps(payload, indent=2)`` gives for the whole run: a nested value's lines are its own
``json.dumps`` lines indented one level deeper, and JSON strings never hold a raw newline, so
re-indenting a record is a plain replace. ``tests/test_streaming.py`` compares the two.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..sources import format_of

if TYPE_CHECKING:
    from ..results import FileResult, RunResult
    from . import FormatContext


def summary(run: RunResult) -> dict:
    return _summary(len(run.files), Counter(d.severity.value for d in run.diagnostics))


def _summary(files: int, counts: Counter[str]) -> dict:
    return {
        "files": files,
        "diagnostics": counts.total(),
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
    return "".join(render_stream(run.files, context))


def render_stream(files: Iterable[FileResult], context: FormatContext) -> Iterator[str]:
    """The report in pieces, one story's records at a time (see the module's docstring)."""
    yield '{\n  "version": ' + _dumps(context.version) + ',\n  "diagnostics": ['
    counts: Counter[str] = Counter()
    count = 0
    separator = "\n    "
    for f in files:
        count += 1
        counts.update(d.severity.value for d in f.diagnostics)
        for record in file_records(f):
            yield separator + _dumps(record).replace("\n", "\n    ")
            separator = ",\n    "
    closing = "]" if separator == "\n    " else "\n  ]"  # no records: json.dumps writes []
    yield closing + ',\n  "summary": ' + _dumps(_summary(count, counts)).replace("\n", "\n  ") + "\n}\n"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
