"""The ``newslint lsp`` command. Imports only click here: the extra's libraries load when it runs."""

from __future__ import annotations

import click


@click.command("lsp")
def lsp() -> None:
    """(not built yet)"""
    raise click.ClickException("newslint lsp is not built yet")
