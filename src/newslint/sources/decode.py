"""Bytes to text for stories as desks hold them, remembering how to write them back.

UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM (and UTF-16 without one, when the
zero bytes make it unmistakable) are read as such; anything else that is not binary is read as
cp1252, or Latin-1 when a byte is undefined in cp1252, with a notice: never a crash, and the
bytes can be written back unchanged.
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


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a BOM (some Windows tools): English text has a zero in every other
    byte. Returns the codec when that pattern is unmistakable, else None."""
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
            return codec
    return None


# Control bytes that do not occur in text (tab, line breaks, form feed and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32 and b != 27)


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # C speed, not a loop per byte
    return len(head) > 0 and controls / len(head) > 0.10


def decode_bytes(data: bytes, path: str, declared: str | None = None) -> DecodedText:
    """``declared`` is the encoding the file itself names (an HTML ``<meta charset>``): after a
    byte-order mark it decides, as in a browser; when the bytes do not decode with it, the usual
    guesses apply with a notice saying so."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom) :].decode(codec), codec, bom)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{path}: invalid {codec} after a byte-order mark at byte {exc.start}"
                ) from None
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        try:
            return DecodedText(
                data.decode(utf16), utf16, b"", f"{path}: UTF-16 without a byte-order mark, read as {utf16}"
            )
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise BinaryFileError(f"{path}: looks like a binary file, skipped")
    declared_notice = None
    if declared is not None:
        try:
            return DecodedText(data.decode(declared), declared)
        except UnicodeDecodeError as exc:
            declared_notice = f"{path}: not valid {declared} as its <meta charset> says (byte {exc.start})"
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", b"", declared_notice and f"{declared_notice}, read as UTF-8")
    except UnicodeDecodeError as exc:
        where = declared_notice or f"{path}: not valid UTF-8 (byte {exc.start})"
    try:  # Windows newsroom tools save cp1252: curly quotes and dashes in 0x80-0x9F
        return DecodedText(data.decode("cp1252"), "cp1252", b"", f"{where}, read as cp1252")
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined: Latin-1 reads every byte back
        return DecodedText(data.decode("latin-1"), "latin-1", b"", f"{where}, read as Latin-1")


def encode_text(text: str, decoded: DecodedText) -> bytes:
    """Encode fixed text the way the file was read (same codec and BOM)."""
    return decoded.bom + text.encode(decoded.encoding)
