"""Bytes to text for stories as desks hold them, remembering how to write them back.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything else that is not
binary is read as cp1252 (a superset of Latin-1 for printable text) with a notice, never a crash.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass


class InputError(Exception):
    """A file cannot be linted; the message is one line naming the file and the problem."""


class BinaryFileError(InputError):
    """The file looks binary: skipped with a warning rather than linted as gibberish."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # codec used to read it, and to write it back
    bom: bytes = b""
    notice: str | None = None


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    return len(head) > 0 and controls / len(head) > 0.10


def decode_bytes(data: bytes, path: str) -> DecodedText:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom) :].decode(codec), codec, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: invalid {codec} after a byte-order mark at byte {exc.start}") from None
    if looks_binary(data):
        raise BinaryFileError(f"{path}: looks like a binary file, skipped")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        notice = f"{path}: not valid UTF-8 (byte {exc.start}), read as cp1252"
        return DecodedText(data.decode("cp1252", errors="replace"), "cp1252", b"", notice)


def encode_text(text: str, decoded: DecodedText) -> bytes:
    """Encode fixed text the way the file was read (same codec and BOM)."""
    return decoded.bom + text.encode(decoded.encoding)
