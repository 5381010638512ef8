"""Plain text: the file is the story; positions are the file's own."""

from __future__ import annotations

from ..document import Document
from .decode import decode_bytes

SUFFIXES = (".txt", ".text")


def read(data: bytes, path: str) -> tuple[Document, str | None]:
    decoded = decode_bytes(data, path)
    return Document(decoded.text, path, input_format="text"), decoded.notice
