"""Plain text: the file is the story; positions are the file's own."""

from __future__ import annotations

from ..document import Document
from ._textmap import plain_text
from .decode import decode_bytes
from .format import SourceFormat

SUFFIXES = (".txt", ".text")
FORMAT = SourceFormat("plain", SUFFIXES, aliases=("txt", "text"))


def parse(source: str, path: str) -> Document:
    """The story from decoded text (invisible soft hyphens and zero-width spaces left out)."""
    text, offsets = plain_text(source)
    return Document(text, path, source=source, offsets=offsets, input_format="text")


def read(data: bytes, path: str) -> tuple[Document, str | None]:
    decoded = decode_bytes(data, path)
    return parse(decoded.text, path), decoded.notice
