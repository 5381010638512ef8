"""Putting fixed text back on disk without losing a byte.

Fixes are spliced into the file's own bytes, so everything outside an edited span (encoding,
BOM, CRLF or mixed line endings, a missing final newline, bytes cp1252 cannot name) stays as it
was. Every write goes through ``write_atomically``: a temporary file in the same folder,
flushed to disk, given the original mode, then renamed over the original, so an interrupted run
leaves each file either untouched or fully fixed, never half written.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
from collections.abc import Iterator, Sequence

from .sources.decode import DecodedText
from .types import Span


class WriteError(Exception):
    """A fixed file could not be written; the original is left exactly as it was."""


def can_encode(text: str, decoded: DecodedText) -> bool:
    try:
        text.encode(decoded.encoding)
    except UnicodeEncodeError:
        return False
    return True


def splice(data: bytes, source: str, decoded: DecodedText, edits: Sequence[tuple[Span, str]]) -> bytes:
    """Apply ``edits`` (non-overlapping spans of ``source``, the decoded ``data``) to the bytes.

    Byte offsets come from encoding the text before each span; a character cp1252 could not
    decode was read as one U+FFFD and is counted as one byte, so it survives untouched.
    """
    out: list[bytes] = []
    done_chars, done_bytes = 0, len(decoded.bom)
    out.append(data[:done_bytes])
    for span, replacement in sorted(edits, key=lambda e: e[0].start):
        start = done_bytes + _byte_length(source[done_chars : span.start], decoded)
        end = start + _byte_length(source[span.start : span.end], decoded)
        out.append(data[done_bytes:start])
        out.append(replacement.encode(decoded.encoding))
        done_chars, done_bytes = span.end, end
    out.append(data[done_bytes:])
    return b"".join(out)


def _byte_length(text: str, decoded: DecodedText) -> int:
    return len(text.encode(decoded.encoding, errors="replace"))


def check_writable(path: str) -> None:
    """Refuse early (before any work) a file that is read-only or gone."""
    target = os.path.realpath(path)
    try:
        mode = os.stat(target).st_mode
    except OSError as exc:
        raise WriteError(f"{path}: cannot write: {exc.strerror or exc}; not fixed") from None
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise WriteError(f"{path}: cannot write: the file is read-only; not fixed")


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait (blocked, not lost) until the block is done, so an interrupt can
    never land between creating a temporary file and knowing its name to remove it (inside
    ``tempfile.mkstemp``), nor between the rename and its bookkeeping. Where signals cannot be
    blocked (Windows) the block runs as it is."""
    block = getattr(signal, "pthread_sigmask", None)
    if block is None:
        yield
        return
    previous = block(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        block(signal.SIG_SETMASK, previous)  # a signal that came meanwhile is delivered now


def write_atomically(path: str, data: bytes, expected: bytes) -> None:
    """Replace the file at ``path`` (which must still hold ``expected``) with ``data``.

    A symbolic link is followed, so the link stays a link. On any failure the temporary file
    is removed and ``WriteError`` names the file and the reason; the original is untouched.
    """
    check_writable(path)
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
        with open(target, "rb") as handle:
            current = handle.read()
    except OSError as exc:
        raise WriteError(f"{path}: cannot write: {exc.strerror or exc}; not fixed") from None
    if current != expected:
        raise WriteError(f"{path}: changed on disk while newslint was fixing it; not fixed")
    try:
        replace_file(target, data, stat.S_IMODE(info.st_mode), (info.st_uid, info.st_gid))
    except OSError as exc:
        raise WriteError(f"{path}: cannot write: {exc.strerror or exc}; not fixed") from None


def replace_file(target: str, data: bytes, mode: int | None = None, owner: tuple[int, int] | None = None) -> None:
    """Write ``data`` to a temporary file beside ``target``, flush it to disk and rename it over
    ``target``, so a reader sees the old file or the new one, never half of either. The one
    atomic write of newslint (fixed stories, baselines, the cache); raises ``OSError`` with the
    temporary file removed and ``target`` untouched."""
    folder = os.path.dirname(os.path.abspath(target))
    with interrupts_held():
        fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".newslint-tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temp, mode)
            if owner is not None and owner != (os.getuid(), os.getgid()):
                with contextlib.suppress(OSError):
                    os.chown(temp, *owner)
            os.replace(temp, target)
        except BaseException:  # never leave the temporary file behind
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    _sync_folder(folder)


def write_text_atomically(target: str | os.PathLike, text: str) -> None:
    """Write a whole text file newslint owns (a baseline, a report, a word list) as UTF-8 with LF
    line breaks, through a temporary file and a rename, so a reader never sees half of it and
    an interrupted run leaves the old file. A file replaced keeps its permission bits; a new one
    gets the usual ones (umask), not the temporary file's private 0600."""
    path = os.path.realpath(target)
    folder = os.path.dirname(path)
    temp = None
    try:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        with interrupts_held():
            fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".newslint-tmp", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, mode)
            os.replace(temp, path)
            temp = None
    except OSError as exc:
        raise WriteError(f"{target}: cannot write: {exc.strerror or exc}") from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _sync_folder(folder)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable where the platform allows it (best effort)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
