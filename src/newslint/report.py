"""``newslint check``'s report: notices and errors on stderr, the findings in the chosen format
on stdout (or ``--output-file``), and for people the closing summary on stderr. Formats that can
be written a story at a time are streamed as stories finish, with a progress bar on a terminal.

Colour follows ``--color`` for each stream on its own: findings piped to a file stay plain while
the summary on the terminal is coloured.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

from . import formatters
from .formatters._color import paint, use_color
from .progress import Progress
from .results import RunResult
from .summary import summary_lines
from .version import __version__

if TYPE_CHECKING:
    from .results import FileResult
    from .runner import PathStream


class OutputFileError(ValueError):
    """``--output-file`` cannot be written (the message names the file)."""


@dataclass(frozen=True)
class ReportOptions:
    output_format: str
    quiet: bool = False
    show_source: bool = False
    statistics: bool = False
    color: str = "auto"
    output_file: str | None = None
    named_paths: tuple[str, ...] = ()


def print_report(run, opts: ReportOptions) -> None:
    """Report a whole run at once (formats that need every story, and ``--fix``)."""
    from .runner import rule_classes

    stderr_color = use_color(opts.color, sys.stderr)
    if not opts.quiet:
        for message in run.notices + [n for f in run.files for n in f.notices]:
            click.echo(f"newslint: warning: {message}", err=True)
    for error in run.errors:
        click.echo(f"newslint: {error}", err=True)
    color = use_color(opts.color, None if opts.output_file else sys.stdout)
    context = formatters.FormatContext(__version__, opts.show_source, opts.statistics, rule_classes(run), color)
    rendered = formatters.render(opts.output_format, run, context)
    if opts.output_file:
        _write_output(opts.output_file, rendered)
    else:
        click.echo(rendered, nl=False, color=color or None)
    _print_summary(run, opts, stderr_color)


def stream_report(stream: PathStream, opts: ReportOptions, accept: Callable[[FileResult], object] | None = None,
                  last: Callable[[], FileResult] | None = None) -> RunResult:
    """Report stories as they finish, for a format with ``render_stream``: each story's notices
    and errors on stderr, its findings on stdout; then its document is dropped, so memory stays
    flat however many stories there are. ``accept`` filters a story first (the baseline);
    ``last`` gives one more result after the files (standard input). Returns the run (results
    without documents) for the summary and the exit code."""
    run = RunResult(notices=list(stream.notices))
    stderr_color = use_color(opts.color, sys.stderr)
    if not opts.quiet:
        for message in stream.notices:
            click.echo(f"newslint: warning: {message}", err=True)
    color = use_color(opts.color, None if opts.output_file else sys.stdout)
    context = formatters.FormatContext(__version__, opts.show_source, opts.statistics, (), color)
    progress = Progress(stream.count + (last is not None), enabled=not opts.quiet)

    def results() -> Iterator[FileResult]:
        yield from stream.results
        if last is not None:
            yield last()

    def reported() -> Iterator[FileResult]:
        for f in results():
            if accept is not None:
                accept(f)
            with progress.paused():
                for message in [] if opts.quiet else f.notices:
                    click.echo(f"newslint: warning: {message}", err=True)
                if f.error:
                    click.echo(f"newslint: {f.error}", err=True)
            yield f
            f.document = None  # reported: the formatter asks for the next story only when done with it
            run.files.append(f)
            progress.advance()

    with progress:
        pieces = formatters.render_stream(opts.output_format, reported(), context)
        if opts.output_file:
            _write_output(opts.output_file, "".join(pieces))
        else:
            for piece in pieces:
                with progress.paused():
                    click.echo(piece, nl=False, color=color or None)
    _print_summary(run, opts, stderr_color)
    return run


def _print_summary(run: RunResult, opts: ReportOptions, stderr_color: bool) -> None:
    if opts.quiet or opts.output_format != "text":
        return
    if not run.files and opts.named_paths:
        click.echo(f"No stories to lint in {', '.join(opts.named_paths)}.", err=True)
        return
    for line, role in summary_lines(run):
        click.echo(paint(line, role, stderr_color), err=True, color=stderr_color or None)


def _write_output(path: str, text: str) -> None:
    from .writeback import WriteError, write_text_atomically

    try:
        write_text_atomically(path, text)
    except WriteError as exc:
        raise OutputFileError(str(exc).replace(": cannot write:", ": cannot write the report:", 1)) from None
