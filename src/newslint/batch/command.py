"""The ``newslint batch`` command. Imports only click here: the extra's libraries load when it runs.

Exit codes: 0 the output is committed and no finding is at or above ``--fail-on``; 1 it is
committed and some are; 2 nothing was committed (usage, config, inputs, output or cluster
errors: one line on stderr). A story that cannot be read is a row of the files table with its
error, counted in the manifest and the summary line; it does not fail the run.
"""

from __future__ import annotations

import sys

import click


@click.command("batch")
@click.argument("more_inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--engine", type=click.Choice(["dask"]), default="dask", show_default=True, help="Engine to run on.")
@click.option("--local", "local_workers", type=click.IntRange(min=1),
              help="Start N local worker processes [default: one per core].")
@click.option("--scheduler", help="Run on an existing Dask scheduler (tcp://HOST:PORT).")
@click.option("--input", "inputs", multiple=True,
              help="Path, folder, glob or fsspec URL (s3://, gs://...), or @FILE listing one a line; repeatable.")
@click.option("--output", required=True, help="Folder or URL to write the tables and _SUCCESS to.")
@click.option("--format", "output_format", type=click.Choice(["jsonl", "parquet"]), default="jsonl",
              show_default=True, help="Format of the part files.")
@click.option("--files-per-partition", type=click.IntRange(min=1), default=200, show_default=True,
              help="Stories per Dask task (and per part file).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Config file to use [default: the nearest one above the current folder].")
@click.option("--no-config", is_flag=True, help="Ignore config files; use defaults and flags only.")
@click.option("--select", help="Comma-separated codes, prefixes, rule names or ALL to enable.")
@click.option("--ignore", help="Comma-separated codes, prefixes or rule names to disable.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--locale", type=click.Choice(["auto", "en-US", "en-GB"]), help="Spelling locale.")
@click.option("--input-format", help="Force the reader: plain, markdown, html, docx.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def batch(more_inputs, engine, local_workers, scheduler, inputs, output, output_format, files_per_partition,
          config_file, no_config, select, ignore, fail_on, locale, input_format, quiet) -> None:
    """Lint an archive on Dask: one row per diagnostic and one per story, in part files under OUTPUT."""
    from ..cli import fail
    from ..exit_codes import EXIT_FINDINGS, EXIT_OK
    from .settings import resolve_config
    from .summary import progress_bar, summary_line

    if local_workers and scheduler:
        fail("give --local N or --scheduler ADDRESS, not both")
    all_inputs = tuple(inputs) + tuple(more_inputs)
    if not all_inputs:
        fail("nothing to lint: give --input PATH|GLOB|URL|@LIST")
    config = resolve_config(config_file, no_config, select=select, ignore=ignore, fail_on=fail_on, locale=locale)

    from .cluster import ClusterError
    from .inputs import BatchInputError
    from .job import BatchRequest, BatchRunError, run_batch
    from .manifest import findings_at_or_above
    from .output import OutputError
    from .shipping import ShippingError

    request = BatchRequest(all_inputs, output, output_format, files_per_partition, local_workers, scheduler,
                           input_format)
    try:
        with progress_bar(enabled=sys.stderr.isatty()) as progress:
            manifest = run_batch(request, config, progress)
    except (BatchInputError, OutputError, ShippingError, ClusterError, BatchRunError) as exc:
        fail(str(exc))
    if not quiet:
        click.echo(summary_line(manifest, output), err=True)
    sys.exit(EXIT_FINDINGS if findings_at_or_above(manifest, config.fail_on) else EXIT_OK)
