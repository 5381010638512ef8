"""Human output: ``path:line:col: CODE message [suggestion]``, optionally with the source line."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..sources import format_of

if TYPE_CHECKING:
    from ..runner import RunResult
    from ..types import Diagnostic
    from . import FormatContext


def _line(d: Diagnostic) -> str:
    out = f"{d.path}:{d.start.line}:{d.start.column}: {d.code} {d.message}"
    if d.suggestions and d.suggestions[0] not in d.message:
        out += f" [{', '.join(d.suggestions[:3])}]"
    return out


def _source(d: Diagnostic, source: str) -> list[str]:
    lines = source.split("\n")
    if not 1 <= d.start.line <= len(lines):
        return []
    text = lines[d.start.line - 1].rstrip("\r")
    width = max(1, (d.end.column - d.start.column) if d.end.line == d.start.line else len(text) - d.start.column + 1)
    return [f"    {text}", "    " + " " * (d.start.column - 1) + "^" * width]


def render(run: RunResult, context: FormatContext) -> str:
    out: list[str] = []
    for f in run.files:
        for d in f.diagnostics:
            out.append(_line(d))
            if context.show_source and f.document is not None and format_of(f.document).source_is_file_text:
                out.extend(_source(d, f.document.source))
    if context.statistics:
        counts = Counter((d.code, d.name) for d in run.diagnostics)
        for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{n:6d}  {code}  {name}")
    return "\n".join(out) + ("\n" if out else "")
