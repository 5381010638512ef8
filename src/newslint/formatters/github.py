"""GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request
(``::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..types import Severity
from ._paths import relative_posix

if TYPE_CHECKING:
    from ..results import FileResult, RunResult
    from ..types import Diagnostic
    from . import FormatContext

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message part: GitHub decodes %25, %0D and %0A."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Property values also end at ',' and '::', so ':' and ',' are encoded too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(d: Diagnostic) -> str:
    props = [("file", relative_posix(d.path)), ("line", d.start.line)]
    if d.start.line == d.end.line:  # GitHub takes columns only on a one-line annotation
        props += [("col", d.start.column), ("endLine", d.end.line), ("endColumn", d.end.column)]
    else:
        props.append(("endLine", d.end.line))
    props.append(("title", f"newslint {d.code} ({d.name})"))
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    message = d.message
    if d.suggestions and d.suggestions[0] not in message:
        message += f" [{', '.join(d.suggestions[:3])}]"
    return f"::{COMMAND[d.severity]} {rendered}::{escape_data(message)}"


def render(run: RunResult, context: FormatContext) -> str:
    return "".join(render_stream(run.files, context))


def render_stream(files: Iterable[FileResult], context: FormatContext) -> Iterator[str]:
    """One annotation a line, one story at a time."""
    for f in files:
        for d in f.diagnostics:
            yield _command(d) + "\n"
