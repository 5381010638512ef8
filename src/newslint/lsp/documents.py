"""The open documents as the editor holds them, kept in step with incremental changes.

The server keeps its own copy rather than pygls's workspace because the ranges must be
resolved with LSP line breaks only (CRLF, CR, LF; see ``positions``). Each version is an
immutable snapshot, so the linter thread can read one while new changes arrive.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types

from .positions import LineIndex, clean_text, to_offsets

# Editors' language ids that name a reader; any other id leaves it to the file's suffix.
READER_BY_LANGUAGE = {"markdown": "markdown", "html": "html"}
_NAME_BY_FORMAT = {"markdown": "untitled.md", "html": "untitled.html"}


def uri_to_path(uri: str) -> Path | None:
    """The file behind a ``file:`` URI; None for an unsaved buffer (``untitled:``)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if len(path) > 2 and path[0] == "/" and path[2] == ":":  # file:///C:/story.txt
        path = path[1:]
    return Path(path)


@dataclass(frozen=True)
class Snapshot:
    """One version of one open document."""

    uri: str
    version: int | None
    text: str
    language_id: str = ""
    path: Path | None = None

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @property
    def input_format(self) -> str | None:
        """The reader the language id asks for (None: the path's suffix decides, as in the CLI)."""
        return READER_BY_LANGUAGE.get(self.language_id.lower())

    @property
    def lint_path(self) -> str:
        """The name the core lints it under: the file's path, or one that picks the reader."""
        if self.path is not None:
            return str(self.path)
        return _NAME_BY_FORMAT.get(self.input_format or "", "untitled.txt")

    @cached_property
    def size(self) -> int:
        """Bytes as UTF-8 (what ``maxFileSize`` and the config's ``max-file-size`` count)."""
        return len(self.text.encode("utf-8", "replace"))


@dataclass
class DocumentStore:
    """uri -> the latest snapshot, for the documents the editor has open."""

    documents: dict[str, Snapshot] = field(default_factory=dict)

    def open(self, item: types.TextDocumentItem) -> Snapshot:
        snap = Snapshot(item.uri, item.version, clean_text(item.text), item.language_id or "", uri_to_path(item.uri))
        self.documents[item.uri] = snap
        return snap

    def change(self, params: types.DidChangeTextDocumentParams, encoding: str) -> Snapshot | None:
        """Apply the changes in order (each is relative to the text the previous one left)."""
        snap = self.documents.get(params.text_document.uri)
        if snap is None:
            return None
        text = snap.text
        for change in params.content_changes:
            new_text = clean_text(change.text)
            rng = getattr(change, "range", None)
            if rng is None:
                text = new_text
                continue
            start, end = to_offsets(LineIndex(text) if text is not snap.text else snap.lines, rng, encoding)
            text = text[:start] + new_text + text[end:]
        snap = replace(snap, version=params.text_document.version, text=text)
        self.documents[snap.uri] = snap
        return snap

    def close(self, uri: str) -> None:
        self.documents.pop(uri, None)

    def get(self, uri: str) -> Snapshot | None:
        return self.documents.get(uri)

    def all(self) -> list[Snapshot]:
        return list(self.documents.values())
