"""Plain text: the file is the story; positions are the file's own."""

from __future__ import annotations

from ..document import Document
from ._textmap import LONE_CR_RE, plain_text
from .decode import decode_bytes
from .format import SourceFormat

SUFFIXES = (".txt", ".text")
FORMAT = SourceFormat("plain", SUFFIXES, aliases=("txt", "text"))


def parse(source: str, path: str) -> Document:
    """The story from decoded text (invisible soft hyphens and zero-width spaces left out). A
    lone CR (old Mac line endings) is a line break: the rules see LF in its place, one
    character for one, so paragraphs and lines are found and offsets stay the file's."""
    text, offsets = plain_text(source)
    if "\r" in text:
        text = LONE_CR_RE.sub("\n", text)
    return Document(text, path, source=source, offsets=offsets, input_format="text")


def read(data: bytes, path: str) -> tuple[Document, str | None]:
    decoded = decode_bytes(data, path)
    return parse(decoded.text, path), decoded.notice
