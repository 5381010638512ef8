"""The run's one config, resolved on the client: ``--config`` or the nearest config file above
the current folder (batch inputs may be URLs, so there is no per-folder discovery), then the
command-line flags over it, as ``newslint check`` applies them.

It is checked here by linting a line of text, so a bad selector, rule option or pack is a
one-line error before any cluster starts rather than a failure on every worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..config import Config

WARM_UP_TEXT = b"Warm-up\n\nThe council met on Tuesday to discuss the budget.\n"


def resolve_config(config_file: str | None, no_config: bool, *, select: str | None = None,
                   ignore: str | None = None, fail_on: str | None = None, locale: str | None = None) -> Config:
    from ..api import config_for
    from ..cli import base_config, split_codes

    base = base_config(config_file, no_config) or config_for(Path.cwd())
    config = base.with_overrides(select=split_codes(select), ignore=split_codes(ignore), fail_on=fail_on, locale=locale)
    warm_up(config)
    return config


def warm_up(config: Config) -> None:
    """Build the config's rules and load their word lists by linting one line (raises ConfigError,
    SelectorError or PackError for a bad config)."""
    from ..api import lint_bytes

    lint_bytes(WARM_UP_TEXT, "warm-up.txt", config)
