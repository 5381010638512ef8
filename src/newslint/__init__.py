"""newslint: an editorial style and copy-check linter for news copy.

Library use (no CLI needed)::

    from newslint import lint_text, lint_paths
    for d in lint_text(story, path="story.txt"):
        print(d.start.line, d.start.column, d.code, d.message, d.suggestions)

Services and editors use ``lint_bytes``, ``fix_text``, ``config_for``, ``explain`` and
``clear_caches`` (``newslint.api``).

Heavy modules (rules, dictionaries) load on first use, so ``import newslint`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .types import Applicability, Diagnostic, Edit, Finding, Fix, Severity, Span
from .version import __version__

__all__ = [
    "Applicability", "Config", "Diagnostic", "Edit", "Finding", "Fix", "Severity", "Span",
    "__version__", "add_words", "clear_caches", "config_for", "explain", "find_rule", "fix_text", "lint_bytes",
    "lint_paths", "lint_source", "lint_text", "rules", "source_edits",
]
_API = frozenset({
    "add_words", "clear_caches", "config_for", "explain", "find_rule", "fix_text", "lint_bytes", "lint_source",
    "rules", "source_edits",
})

if TYPE_CHECKING:
    from .config import Config


def lint_text(text: str, path: str | None = None, config: Config | None = None) -> list[Diagnostic]:
    """Lint one story held in memory; ``path`` names it and picks the reader by suffix."""
    from .runner import lint_text as _lint_text

    return _lint_text(text, path, config)


def lint_paths(paths: Any, config: Config | None = None, **kwargs: Any):
    """Lint files and folders; returns a RunResult (``.diagnostics``, ``.errors``, ``.files``)."""
    from .runner import lint_paths as _lint_paths

    return _lint_paths(list(paths), config, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "Config":
        from .config import Config

        return Config
    if name in _API:  # newslint.api, loaded on first use
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
