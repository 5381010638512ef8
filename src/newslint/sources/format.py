"""What each input format is, declared by its reader: the one place format knowledge lives.

The fixer, the suppression reader and the formatters ask a story's ``SourceFormat`` what they
need (can a fixed file be written back? how is a replacement written into the source? which parts
of the source are shown as code? is the source the file's own lines?) instead of testing format
names, so adding a reader is adding one module under ``sources/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def _as_written(replacement: str) -> str:
    return replacement


def _never_code(source: str) -> Callable[[int], bool]:
    return lambda offset: False


@dataclass(frozen=True)
class SourceFormat:
    name: str  # as --input-format takes it
    suffixes: tuple[str, ...]
    aliases: tuple[str, ...] = ()  # other names --input-format accepts ("md")
    # --fix may write the fixed text back (a Word file is not text: rewriting it loses its formatting)
    writable: bool = True
    # Document.source is the file's own text, so lines and carets can be shown from it
    # (a Word file's source is its paragraphs, one a line, with no line numbers of its own)
    source_is_file_text: bool = True
    escape: Callable[[str], str] = _as_written  # a replacement as it must be written into the source
    # given the source, a test of whether an offset is shown as code (a suppression directive in
    # a Markdown code block is an example of the syntax, not an instruction)
    code_test: Callable[[str], Callable[[int], bool]] = _never_code
