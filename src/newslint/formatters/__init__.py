"""Output formats. Each module here is one format, named by its module name, exposing
``render(run, context) -> str``; every machine format starts from ``Diagnostic.to_record()``.
A format that can be written one story at a time also has ``render_stream(files, context)``,
yielding the same text in pieces: the CLI then reports stories as they finish and forgets them.

Adding a format is adding a module: nothing else dispatches on format names.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..results import FileResult
    from ..rule import Rule
    from ..runner import RunResult


class UnknownFormatError(ValueError):
    pass


@dataclass(frozen=True)
class FormatContext:
    version: str
    show_source: bool = False
    statistics: bool = False
    rules: tuple[type[Rule], ...] = field(default=())  # for formats that describe rules (SARIF); not streamed
    color: bool = False  # people's formats only (text): escape codes for a terminal


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


def get(name: str) -> ModuleType:
    if name not in available():
        raise UnknownFormatError(f"unknown format {name!r} (choose from {', '.join(available())})")
    return importlib.import_module(f"{__name__}.{name}")


def resolve(name: str) -> str:
    """The format to use for ``name``: a module with ``resolve()`` (``auto``) picks one at run time."""
    pick = getattr(get(name), "resolve", None)
    return pick() if pick is not None else name


def render(name: str, run: RunResult, context: FormatContext) -> str:
    return get(name).render(run, context)


def streams(name: str) -> bool:
    """Whether format ``name`` can be written one story at a time (``render_stream``)."""
    return hasattr(get(name), "render_stream")


def render_stream(name: str, files: Iterable[FileResult], context: FormatContext) -> Iterator[str]:
    return get(name).render_stream(files, context)
