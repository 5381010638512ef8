"""``newslint check --fix / --unsafe-fixes / --diff``: fix the linted files, then report.

``--fix`` writes each changed file atomically and reports what remains; ``--diff`` prints a
unified diff per file and writes nothing (exit 1 when there would be changes). Standard input
with ``--fix`` is a filter: the fixed text goes to stdout (the original if nothing could be
fixed) and the report to stderr.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from dataclasses import dataclass

import click

from . import sources
from .config import Config
from .exit_codes import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, exit_code
from .fix import FixOutcome, FixRefused, allowed, fix_bytes, unified_diff
from .plural import plural
from .runner import FileResult, RunResult
from .stdin import read_stdin_bytes, stdin_config
from .writeback import WriteError, write_atomically


@dataclass(frozen=True)
class FixMode:
    unsafe: bool
    diff_only: bool
    input_format: str | None = None


@dataclass
class Tally:
    fixes: int = 0
    files: int = 0

    def add(self, outcome: FixOutcome) -> None:
        if outcome.changed:
            self.fixes += outcome.fixes
            self.files += 1


def check_with_fixes(
    run: RunResult,
    mode: FixMode,
    *,
    stdin_name: str | None,
    config: Config | None,
    overrides: dict,
    quiet: bool,
    report: Callable[[RunResult], None],
) -> int:
    """Fix (or diff) every linted file and standard input; return the exit code."""
    tally, diffs = Tally(), []
    for result in list(run.files):
        outcome = _fix_file(result, mode)
        if outcome is not None:
            tally.add(outcome)
            if mode.diff_only and outcome.changed:
                diffs.append(unified_diff(result.path, outcome.original_text, outcome.text))
    stdin_output = None
    if stdin_name is not None:
        result, stdin_output = _fix_stdin(stdin_name, config, overrides, mode, tally, diffs)
        run.files.append(result)
    if mode.diff_only:
        return _print_diffs(run, diffs, tally, quiet)
    with contextlib.redirect_stdout(sys.stderr) if stdin_output is not None else contextlib.nullcontext():
        report(run)  # with stdin fixed to stdout, the report must not mix into the text
    if not quiet:
        click.echo(f"Fixed {plural(tally.fixes, 'problem')} in {plural(tally.files, 'file')}.", err=True)
    if stdin_output is not None:
        sys.stdout.flush()
        sys.stdout.buffer.write(stdin_output)
        sys.stdout.buffer.flush()
    return exit_code(run)


def _print_diffs(run: RunResult, diffs: list[str], tally: Tally, quiet: bool) -> int:
    """--diff prints only the diffs (and notices, errors, a count on stderr): 1 if any, 2 on errors."""
    if not quiet:
        for line in run.notices + [n for f in run.files for n in f.notices]:
            click.echo(f"newslint: warning: {line}", err=True)
    for error in run.errors:
        click.echo(f"newslint: {error}", err=True)
    click.echo("".join(diffs), nl=False)
    if not quiet:
        click.echo(f"Would fix {plural(tally.fixes, 'problem')} in {plural(tally.files, 'file')}.", err=True)
    if run.errors or run.crashed:
        return EXIT_ERROR
    return EXIT_FINDINGS if diffs else EXIT_OK


def _fixable(result: FileResult, unsafe: bool) -> bool:
    applicable = allowed(unsafe)
    return any(d.fix is not None and d.fix.applicability in applicable for d in result.diagnostics)


def _fix_file(result: FileResult, mode: FixMode) -> FixOutcome | None:
    """Fix one linted file in place (or only compute the fix for --diff); updates ``result``."""
    if result.error or not _fixable(result, mode.unsafe):
        return None
    try:
        with open(result.path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        result.error = f"{result.path}: cannot read: {exc.strerror or exc}"
        return None
    outcome = _run_fixer(data, result, mode)
    if outcome is None or not outcome.changed:
        return outcome
    if not mode.diff_only:
        try:
            write_atomically(result.path, outcome.data, outcome.original)
        except WriteError as exc:
            result.error = str(exc)
            return None
    if not outcome.converged:
        result.notices.append(
            f"{result.path}: still fixable after {plural(outcome.passes, 'pass', 'passes')}; run --fix again"
        )
    if not mode.diff_only:
        result.diagnostics, result.document, result.crashed = (
            outcome.diagnostics,
            outcome.document,
            outcome.crashed,
        )
    return outcome


def _run_fixer(data: bytes, result: FileResult, mode: FixMode) -> FixOutcome | None:
    try:
        return fix_bytes(
            data, result.path, result.config, unsafe=mode.unsafe, input_format=mode.input_format, first=result
        )
    except FixRefused as exc:
        result.notices.append(str(exc))
    except sources.InputError as exc:
        result.error = str(exc)
    return None


def _fix_stdin(name: str, config, overrides: dict, mode: FixMode, tally: Tally, diffs: list[str]):
    """Fix standard input; returns its FileResult and the bytes to write to stdout (None for --diff)."""
    cfg = stdin_config(name, config, overrides)
    result = FileResult(name, config=cfg)
    try:
        data = read_stdin_bytes()
    except sources.InputError as exc:
        result.error = str(exc)
        return result, None
    try:
        outcome = fix_bytes(data, name, cfg, unsafe=mode.unsafe, input_format=mode.input_format)
    except (FixRefused, sources.InputError) as exc:
        result.error = str(exc)
        return result, None if mode.diff_only else data
    tally.add(outcome)
    result.diagnostics, result.document, result.crashed = (
        outcome.diagnostics,
        outcome.document,
        outcome.crashed,
    )
    if outcome.notice:
        result.notices.append(outcome.notice)
    if mode.diff_only:
        if outcome.changed:
            diffs.append(unified_diff(name, outcome.original_text, outcome.text))
        return result, None
    return result, outcome.data
