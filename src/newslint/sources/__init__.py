"""Readers per input format. Each module declares its ``FORMAT`` (a ``SourceFormat``: name,
suffixes, whether fixes can be written back, how replacements are escaped, what is shown as code)
and ``read(data, path)`` returning a Document (with an offset map into the source when the linted
text differs) and an optional notice; text formats also have ``parse(text, path)``.

Adding a format is adding a module here; nothing else needs to change or test format names.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from pathlib import PurePath
from types import ModuleType

from ..document import Document
from .decode import BinaryFileError, InputError
from .format import SourceFormat

__all__ = [
    "BinaryFileError",
    "InputError",
    "SourceFormat",
    "available_formats",
    "document_from_text",
    "format_for",
    "format_of",
    "read_document",
]

_HELPERS = {"decode", "format"}


@lru_cache(maxsize=1)
def available_formats() -> dict[str, ModuleType | None]:
    """Format names to reader modules (imported lazily on first use)."""
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name not in _HELPERS and not m.name.startswith("_")]
    return {name: None for name in sorted(names)}


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    return {alias: name for name in available_formats() for alias in _module(name).FORMAT.aliases}


def _reader(name: str) -> ModuleType:
    if name not in available_formats():
        name = _aliases().get(name, name)
    if name not in available_formats():
        raise InputError(f"unknown input format {name!r} (known: {', '.join(available_formats())})")
    return _module(name)


def format_named(name: str) -> SourceFormat:
    """The format called ``name`` (or one of its aliases); raises ``InputError`` when none is."""
    return _reader(name).FORMAT


def format_of(doc: Document) -> SourceFormat:
    """What the reader that made ``doc`` declared about its format."""
    return format_named(doc.input_format)


@lru_cache(maxsize=1)
def _suffix_table() -> dict[str, str]:
    table = {}
    for name in available_formats():
        for suffix in _module(name).FORMAT.suffixes:
            table[suffix] = name
    return table


def format_for(path: str) -> str:
    """The reader for a path, by suffix; unknown suffixes are read as plain text."""
    return _suffix_table().get(PurePath(path).suffix.lower(), "plain")


def lintable_suffixes() -> tuple[str, ...]:
    return tuple(_suffix_table())


def read_document(data: bytes, path: str, input_format: str | None = None) -> tuple[Document, str | None]:
    reader = _reader(input_format or format_for(path))
    return reader.read(data, path)


def document_from_text(text: str, path: str = "<text>", input_format: str | None = None) -> Document:
    """A story already held as text (library callers): the reader's ``parse`` without decoding;
    a format that is not text (Word) is read as plain text."""
    reader = _reader(input_format or format_for(path))
    parse = getattr(reader, "parse", None) or _reader("plain").parse
    return parse(text, path)
