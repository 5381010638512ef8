"""The ``newslint lsp`` command. Imports only click here: the extra's libraries load when it runs."""

from __future__ import annotations

import logging
import sys

import click


class _OneLine(logging.Formatter):
    """The editor's LSP log gets one line per problem, never a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        first = (record.getMessage().strip().splitlines() or [""])[0]  # pygls appends tracebacks
        message = f"newslint lsp: {record.levelname.lower()}: {first}"
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            message += f" ({type(error).__name__}: {error})"
        return " ".join(message.split())


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


@click.command("lsp")
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default and only transport).")
def lsp(stdio: bool) -> None:
    """Run the language server: findings and fixes inside the editor (LSP over stdio)."""
    from .worker import start_warm_up

    start_warm_up()  # the rules and dictionaries load while pygls does
    try:
        from .features import server
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] == "newslint":
            raise
        raise click.ClickException(
            f"'newslint lsp' needs the 'lsp' extra ({exc.name} is not installed): pip install 'newslint[lsp]'"
        ) from None
    _log_to_stderr()
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the protocol stream
    server.start_io(stdin, stdout)
    sys.exit(0 if server.state.shut_down else 1)  # exit (or end of input) before shutdown: 1
