"""``--format auto``: GitHub annotations inside GitHub Actions, the text format everywhere else."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..results import FileResult, RunResult
    from . import FormatContext


def resolve() -> str:
    """The format this one stands for here (the CLI resolves it before rendering)."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def render(run: RunResult, context: FormatContext) -> str:
    from . import render as render_format

    return render_format(resolve(), run, context)


def render_stream(files: Iterable[FileResult], context: FormatContext) -> Iterator[str]:
    from . import render_stream as stream_format

    return stream_format(resolve(), files, context)
