"""Word .docx: the paragraphs (and table cells) in document order, as Word shows them.

A diagnostic's line is the paragraph number (every paragraph counts, empty ones and those in
table cells too, in the order Word holds them) and its column the character offset in that
paragraph: the synthetic ``source`` has one line per paragraph, while the linted ``text`` puts
a blank line between paragraphs so each is its own paragraph to the rules. Tracked deletions,
text boxes and field codes are not prose and are left out; tracked insertions are read.
Fixing a .docx is refused (``input_format`` says docx): rewriting it would lose its formatting.
"""

from __future__ import annotations

import io

from ..document import Document
from ._textmap import TextBuilder, trimmed
from .decode import BinaryFileError, InputError
from .format import SourceFormat

SUFFIXES = (".docx",)
FORMAT = SourceFormat("docx", SUFFIXES, writable=False, source_is_file_text=False)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = frozenset({_W + "del", _W + "moveFrom", _W + "txbxContent", _MC + "Fallback", _W + "pPr", _W + "rPr"})
_CHARS = {_W + "tab": "\t", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "-"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def paragraph_text(p) -> str:
    """What Word shows for one ``w:p``, on one line."""
    out: list[str] = []
    stack = [p]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == _W + "t":
            out.append((node.text or "").replace("\n", " ").replace("\r", " "))
        elif tag in _CHARS:
            out.append(_CHARS[tag])
        if tag not in _SKIP:
            stack.extend(reversed(list(node)))
    return "".join(out)


def iter_paragraphs(container):
    """``w:p`` elements in reading order: body paragraphs, table cells row by row (nested tables
    included), content controls; each merged cell once, because the XML holds it once."""
    stack = list(reversed(list(container)))
    while stack:
        node = stack.pop()
        if node.tag == _W + "p":
            yield node
        elif node.tag in (_W + "tbl", _W + "tr", _W + "tc", _W + "sdt", _W + "sdtContent", _W + "customXml"):
            stack.extend(reversed(list(node)))


def _open(data: bytes, path: str):
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if name.startswith("~$"):
        raise BinaryFileError(f"{path}: Word lock file, skipped")
    if data.startswith(_OLE_MAGIC):
        raise InputError(f"{path}: a Word 97-2003 .doc file, not .docx; save it as .docx to lint it")
    try:
        import docx  # python-docx, imported on the first Word file only

        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # zip, XML and package errors all mean the same to a desk
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not a readable Word .docx file ({reason})") from None


def parse_paragraphs(paragraphs: list[str], path: str, title_index: int | None = None) -> Document:
    """A Document from Word paragraphs: ``source`` one per line, ``text`` one per paragraph."""
    source = "\n".join(paragraphs)
    out = TextBuilder(source)
    headline = None
    start = 0
    for index, para in enumerate(paragraphs):
        begin = out.length
        out.keep(start, start + len(para))
        if index == title_index:
            headline = (begin, out.length)
        start += len(para) + 1
        out.paragraph_break(start - 1)
    text, offsets = out.build()
    span = trimmed(text, *headline) if headline else None
    return Document(text, path, source=source, offsets=offsets, headline=span, input_format="docx")


def read(data: bytes, path: str) -> tuple[Document, str | None]:
    document = _open(data, path)
    style_names = {s.style_id: s.name for s in document.styles}
    paragraphs: list[str] = []
    title_index = None
    for p in iter_paragraphs(document.element.body):
        style = p.find(f"{_W}pPr/{_W}pStyle")
        name = style_names.get(style.get(_W + "val")) if style is not None else None
        text = paragraph_text(p)
        if title_index is None and name == "Title" and text.strip():
            title_index = len(paragraphs)
        paragraphs.append(text)
    return parse_paragraphs(paragraphs, path, title_index), None
