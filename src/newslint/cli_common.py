"""What every ``newslint`` subcommand shares: the one-line error exit and the config to use.

Kept apart from ``cli`` so the subcommands in their own modules (``cli_rules``, ``cli_words``)
use them without importing the command group that imports them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .config import DEFAULT_CONFIG, Config, ConfigError, discover_config, load_config_file
from .exit_codes import EXIT_ERROR


def fail(message: str) -> None:
    """Print ``newslint: message`` on stderr and exit 2 (usage, config or input error)."""
    click.echo(f"newslint: {message}", err=True)
    sys.exit(EXIT_ERROR)


def base_config(config_file: str | None, no_config: bool) -> Config | None:
    """The config ``--config`` / ``--no-config`` name; None means: discover the nearest config
    file for each linted file."""
    if no_config:
        return DEFAULT_CONFIG
    if config_file:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{config_file}: config file not found")
        return load_config_file(path.resolve())
    return None


def config_here(config_file: str | None, no_config: bool = False) -> Config:
    """The config a command that lints nothing (``rules``, ``explain``, ``words``) works with:
    the one named, else the nearest above the current folder, as ``check`` would find it there."""
    named = base_config(config_file, no_config)
    return named if named is not None else discover_config(Path.cwd())


def config_options(command):
    """``--config FILE`` and ``--no-config`` for a command that reads no story."""
    command = click.option("--no-config", is_flag=True, help="Ignore config files: show the defaults.")(command)
    return click.option("--config", "config_file", type=click.Path(dir_okay=False),
                        help="Config file to use [default: the nearest one above this folder].")(command)
