"""Human output: ``path:line:col: CODE [severity] message [suggestion]``, one finding a line,
optionally with the source line and a caret, in colour on a terminal.

``path:line:col:`` comes first and the code right after it, as flake8 and ruff print them, so
editors' problem matchers keep working; the severity is a bracketed tag after the code (as
ruff's ``[*]``), so the line still splits as ``CODE message``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..sources import format_of
from ._color import paint

if TYPE_CHECKING:
    from ..results import FileResult, RunResult
    from ..types import Diagnostic
    from . import FormatContext


def _line(d: Diagnostic, color: bool) -> str:
    severity = d.severity.value
    out = (f"{paint(f'{d.path}:{d.start.line}:{d.start.column}:', 'path', color)} "
           f"{paint(d.code, 'code', color)} {paint(f'[{severity}]', severity, color)} {d.message}")
    if d.suggestions and d.suggestions[0] not in d.message:
        out += " " + paint(f"[{', '.join(d.suggestions[:3])}]", "suggestion", color)
    return out


def render(run: RunResult, context: FormatContext) -> str:
    return "".join(render_stream(run.files, context))


def render_stream(files: Iterable[FileResult], context: FormatContext) -> Iterator[str]:
    """The report one story at a time (each line ends in a newline); the statistics at the end."""
    counts: Counter[tuple[str, str]] = Counter()
    for f in files:
        show = context.show_source and f.document is not None and format_of(f.document).source_is_file_text
        out: list[str] = []
        for d in f.diagnostics:
            out.append(_line(d, context.color))
            if show:
                from ._source import source_lines

                shown = source_lines(d, f.document)
                if shown is not None:
                    out.extend((shown[0], paint(shown[1], "caret", context.color)))
        if out:
            yield "\n".join(out) + "\n"
        if context.statistics:
            counts.update((d.code, d.name) for d in f.diagnostics)
    for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        yield f"{n:6d}  {code}  {name}\n"
