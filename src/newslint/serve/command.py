"""The ``newslint serve`` command. Imports only click here: the extra's libraries load when it runs."""

from __future__ import annotations

import click


@click.command("serve")
def serve() -> None:
    """(not built yet)"""
    raise click.ClickException("newslint serve is not built yet")
