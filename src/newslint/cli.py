"""The ``newslint`` command: parse options, load config, run the linter, print, pick the exit code.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 usage, config or input errors.
Every error is one line on stderr naming the file and the problem, never a traceback.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import click

from . import __version__, formatters
from .baseline import BaselineError
from .cli_common import base_config, fail
from .cli_rules import explain, list_rules
from .cli_words import words
from .config import ConfigError
from .exit_codes import EXIT_ERROR, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK, exit_code
from .formatters._color import CHOICES
from .packs.spec import PackError
from .plural import plural
from .registry import RegistryError
from .report import OutputFileError, ReportOptions, print_report
from .selection import SelectorError
from .sources import available_formats
from .wordlists import WordListError

USER_ERRORS = (ConfigError, PackError, SelectorError, RegistryError, formatters.UnknownFormatError, BaselineError,
               WordListError, OutputFileError)


def split_codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(v.strip() for v in value.split(",") if v.strip())


# Commands that need an extra: imported only when run, so ``newslint check`` never pays for them.
LAZY_COMMANDS = {
    "lsp": ("newslint.lsp.command", "lsp", "lsp"),
    "serve": ("newslint.serve.command", "serve", "serve"),
    "batch": ("newslint.batch.command", "batch", "dask"),
}


class NewslintGroup(click.Group):
    """Turns user errors into one line and internal bugs into a short message, both exit 2;
    loads the commands of the extras (``lsp``, ``serve``, ``batch``) on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, name: str):
        if name not in LAZY_COMMANDS or name in self.commands:
            return super().get_command(ctx, name)
        import importlib

        module_name, attr, extra = LAZY_COMMANDS[name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.split(".")[0] == "newslint":
                raise  # our own module is missing: a packaging bug, not a missing extra
            return _missing_extra(name, extra, exc.name)
        return getattr(module, attr)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except USER_ERRORS as exc:
            fail(str(exc))
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("newslint: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as exc:  # an internal bug: say so briefly, never dump a traceback
            fail(f"internal error: {type(exc).__name__}: {exc} (please report this)")


def _missing_extra(name: str, extra: str, module: str | None) -> click.Command:
    """A stand-in command that says which extra to install (shown in --help too)."""

    @click.command(name, context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
                   help=f"(needs the '{extra}' extra: pip install 'newslint[{extra}]')", add_help_option=False)
    def missing() -> None:
        fail(f"'newslint {name}' needs the '{extra}' extra ({module} is not installed): "
             f"pip install 'newslint[{extra}]'")

    return missing


@click.group(cls=NewslintGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newslint")
def cli() -> None:
    """newslint: an editorial style and copy-check linter for news copy."""


@dataclass(frozen=True)
class CheckOptions:
    """Every option of ``newslint check``, as one value (click hands them over as keywords)."""

    paths: tuple[str, ...]
    output_format: str
    select: str | None
    ignore: str | None
    fail_on: str | None
    config_file: str | None
    no_config: bool
    locale: str | None
    stdin_filename: str | None
    input_format: str | None
    quiet: bool
    show_source: bool
    statistics: bool
    fix: bool
    unsafe_fixes: bool
    show_diff: bool
    jobs: int
    baseline_file: str | None
    write_baseline: str | None
    color: str
    output_file: str | None

    @classmethod
    def from_params(cls, params: dict) -> CheckOptions:
        from .parallel import default_jobs

        params = {**params, "paths": params["paths"] or (".",), "jobs": params["jobs"] or default_jobs()}
        return cls(**params)

    def conflict(self) -> str | None:
        """What is wrong with this combination of options, or None: options that would be
        silently ignored are an error, so nobody believes a baseline was written when it was not."""
        if self.unsafe_fixes and not (self.fix or self.show_diff):
            return "--unsafe-fixes needs --fix or --diff"
        if self.stdin_filename and not self.reads_stdin:
            return "--stdin-filename names the story read from standard input: add '-' to the paths"
        if self.write_baseline and self.baseline_file:
            return ("--write-baseline records every current finding; --baseline would hide some: "
                    "use one of them")
        if self.output_file and self.show_diff:
            return "--diff prints the fixes, not a report: leave out --output-file (redirect the diff instead)"
        if self.write_baseline and (self.fix or self.show_diff):
            return "--write-baseline cannot be combined with --fix or --diff: fix first, then record the baseline"
        return None

    @property
    def file_paths(self) -> list[str]:
        return [p for p in self.paths if p != "-"]

    @property
    def reads_stdin(self) -> bool:
        return "-" in self.paths

    @property
    def overrides(self) -> dict:
        """Flags that override config values (None: not given)."""
        return {"select": split_codes(self.select), "ignore": split_codes(self.ignore), "fail_on": self.fail_on,
                "locale": self.locale}


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, readable=False))  # we say why a file cannot be read
@click.option("--format", "output_format", default="text", show_default=True,
              help=f"Output format: {', '.join(formatters.available())}.")
@click.option("--select", help="Comma-separated codes, prefixes, rule names or ALL to enable. A prefix (PL) "
              "turns on the family's default rules; off-by-default rules need their exact code or ALL.")
@click.option("--ignore", help="Comma-separated codes, prefixes or rule names to disable.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, readable=False), help="Config file to use.")
@click.option("--no-config", is_flag=True, help="Ignore config files; use defaults and flags only.")
@click.option("--locale", type=click.Choice(["auto", "en-US", "en-GB"]), help="Spelling locale.")
@click.option("--stdin-filename", help="Name (and format, by suffix) of text read from '-'.")
@click.option("--input-format", help=f"Force the reader: {', '.join(available_formats())}.")
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only: no notices or summary.")
@click.option("--show-source", is_flag=True, help="Show the source line and a caret.")
@click.option("--statistics", is_flag=True, help="Print counts per code.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (atomic write), then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", "show_diff", is_flag=True, help="Print fixes as a unified diff; write nothing (exit 1 if any).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes to lint with [default: number of cores].")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, readable=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, readable=False),
              help="Record the current findings in this baseline file and exit 0.")
@click.option("--color", type=click.Choice(CHOICES), default="auto", show_default=True,
              help="Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, readable=False),
              help="Write the report to this file instead of standard output (notices and summary stay on stderr).")
def check(**params) -> None:
    """Lint stories (files, folders, or - for standard input)."""
    opts = CheckOptions.from_params(params)
    problem = opts.conflict()
    if problem:
        fail(problem)
    sys.exit(run_check(opts))


def run_check(opts: CheckOptions) -> int:
    """``newslint check`` with its options as one value; returns the exit code. Formats that can
    be written a story at a time are streamed (each story reported, then forgotten); a fix, a
    baseline being written and the other formats need every story at once."""
    from . import baseline
    from .report import stream_report
    from .runner import RunResult, stream_paths
    from .stdin import lint_stdin

    config = base_config(opts.config_file, opts.no_config)
    output_format = formatters.resolve(opts.output_format)
    stream = stream_paths(opts.file_paths, config, overrides=opts.overrides, input_format=opts.input_format,
                          jobs=opts.jobs)
    report_options = ReportOptions(output_format, opts.quiet, opts.show_source, opts.statistics, opts.color,
                                   opts.output_file, tuple(opts.file_paths))

    def stdin_result():
        return lint_stdin(opts.stdin_filename or "<stdin>", config, opts.overrides, opts.input_format)

    if formatters.streams(output_format) and not (opts.fix or opts.show_diff or opts.write_baseline):
        accept = baseline.file_filter(opts.baseline_file) if opts.baseline_file else None
        run = stream_report(stream, report_options, accept, stdin_result if opts.reads_stdin else None)
        return exit_code(run)

    def report(result) -> None:
        print_report(baseline.filtered(result, opts.baseline_file), report_options)

    run = RunResult(list(stream.results), stream.notices)
    if opts.fix or opts.show_diff:
        return _check_with_fixes(run, opts, config, report)
    if opts.reads_stdin:
        run.files.append(stdin_result())
    if opts.write_baseline:
        count = baseline.write(run, opts.write_baseline)
        click.echo(f"newslint: recorded {plural(count, 'finding')} in {opts.write_baseline}", err=True)
        return EXIT_ERROR if run.errors else EXIT_OK
    report(run)
    return exit_code(run)


def _check_with_fixes(run, opts: CheckOptions, config, report) -> int:
    from .fix_cli import FixMode, check_with_fixes

    mode = FixMode(opts.unsafe_fixes, opts.show_diff, opts.input_format)
    stdin_name = (opts.stdin_filename or "<stdin>") if opts.reads_stdin else None
    return check_with_fixes(run, mode, stdin_name=stdin_name, config=config, overrides=opts.overrides,
                            quiet=opts.quiet, report=report)


@cli.command("test-pack")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def test_pack(paths) -> None:
    """Run the examples of rule packs (a pack folder or a folder of packs); exit 1 if one fails."""
    from .testing import check_pack, report_lines

    failed = False
    for path in paths:
        report = check_pack(path)
        failed = failed or bool(report.failures)
        click.echo("\n".join(report_lines(path, report)))
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


cli.add_command(list_rules)
cli.add_command(words)
cli.add_command(explain)


def main() -> None:
    cli(prog_name="newslint")
