"""``newslint check``'s report: notices and errors on stderr, the findings in the chosen format
on stdout (or ``--output-file``), and for people the closing summary on stderr.

Colour follows ``--color`` for each stream on its own: findings piped to a file stay plain while
the summary on the terminal is coloured.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import click

from . import formatters
from .formatters._color import paint, use_color
from .summary import summary_lines
from .version import __version__


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
