"""The ``newslint batch`` command. Imports only click here: the extra's libraries load when it runs."""

from __future__ import annotations

import click


@click.command("batch")
def batch() -> None:
    """(not built yet)"""
    raise click.ClickException("newslint batch is not built yet")
