"""Colour for people at a terminal: ``--color auto|always|never`` and the NO_COLOR convention.

The escape codes are click's own (``click.style``), so there is no second table of ANSI codes
to keep. ``auto`` colours a stream only when it is a terminal and NO_COLOR is unset or empty
(https://no-color.org); ``always`` wins over NO_COLOR, as that convention asks of an explicit flag.
"""

from __future__ import annotations

import os
from typing import IO, Any

import click

CHOICES = ("auto", "always", "never")
STYLES: dict[str, dict[str, Any]] = {
    "error": {"fg": "red", "bold": True},
    "warning": {"fg": "yellow", "bold": True},
    "info": {"fg": "blue", "bold": True},
    "path": {"bold": True},
    "code": {"bold": True},
    "suggestion": {"fg": "green"},
    "caret": {"fg": "red", "bold": True},
    "clear": {"fg": "green", "bold": True},
}


def use_color(choice: str, stream: IO[Any] | None) -> bool:
    """Whether to colour what goes to ``stream`` under ``--color choice``."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def paint(text: str, role: str, enabled: bool) -> str:
    """``text`` in the style of ``role`` (a severity, "path", "code", ...), or as it is."""
    return click.style(text, **STYLES[role]) if enabled and text else text
