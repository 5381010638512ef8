"""The story as rules see it: text plus lazily built views (lines, paragraphs, sentences, words, quotes).

Rules work on ``Document.text``. Readers for Markdown, HTML or Word may hand the engine a text
that differs from the file (markup removed); ``offsets`` then maps each text offset back to the
source so that lines, columns and fixes point into the original file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from .types import Position, Span

T = TypeVar("T")

WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before white space.
_SENTENCE_END_RE = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep rev no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split()
)
_LF_RE = re.compile(r"\n")
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
_QUOTE_OPEN_RE = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")


@dataclass(frozen=True)
class Token:
    span: Span
    text: str


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the linted text
    span: Span  # without the line break

    def text_of(self, doc: Document) -> str:
        return doc.text[self.span.start : self.span.end]


class Document:
    """One story. Views are computed on first use, so a rule pays only for what it reads."""

    def __init__(
        self,
        text: str,
        path: str = "<text>",
        *,
        source: str | None = None,
        offsets: list[int] | None = None,
        headline: Span | None = None,
        input_format: str = "text",
        line_labels: list[int] | None = None,
    ) -> None:
        self.text = text
        self.path = path
        self.source = text if source is None else source
        self.offsets = offsets
        self.input_format = input_format
        self._headline = headline
        self._line_labels = line_labels

    def __getstate__(self) -> dict:
        """Pickle the inputs only (parallel runs send documents back); views rebuild on demand."""
        views = type(self).__dict__
        return {k: v for k, v in self.__dict__.items() if not isinstance(views.get(k), cached_property)}

    @cached_property
    def _shared_views(self) -> dict[Any, Any]:
        return {}

    def shared(self, key: Any, build: Callable[[Document], T]) -> T:
        """A view several rules derive from the story (an acronym index, the spelling analysis,
        the packs' folded text), built by the first rule that asks and kept as long as the
        document: the one place rules share work, so none keeps a cache of its own."""
        views = self._shared_views
        if key not in views:
            views[key] = build(self)
        return views[key]

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> Document:
        return cls(text, path)

    # -- positions ---------------------------------------------------------------------------
    def to_source(self, offset: int) -> int:
        """Map an offset in ``text`` to an offset in ``source``."""
        if self.offsets is None:
            return offset
        return self.offsets[min(max(offset, 0), len(self.offsets) - 1)]

    def source_span(self, span: Span) -> Span:
        if self.offsets is None:
            return span
        start = self.to_source(span.start)
        if span.end == span.start:
            return Span(start, start)
        end_of = getattr(self.offsets, "end_of", None)  # readers' maps know an entity's length
        end = end_of(span.end - 1) if end_of is not None else self.to_source(span.end - 1) + 1
        return Span(start, max(start, end))

    @cached_property
    def _source_line_starts(self) -> list[int]:
        """Where each source line starts: after LF, CRLF or a lone CR (old Mac files), so a file
        with CR-only line endings has as many lines as an editor shows."""
        breaks = _LINE_BREAK_RE if "\r" in self.source else _LF_RE
        return [0] + [m.end() for m in breaks.finditer(self.source)]

    def source_line(self, number: int) -> str | None:
        """Source line ``number`` (1-based) without its line break, or None past the end."""
        starts = self._source_line_starts
        if not 1 <= number <= len(starts):
            return None
        start = starts[number - 1]
        end = starts[number] if number < len(starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    def source_position(self, source_offset: int) -> Position:
        starts = self._source_line_starts
        index = bisect.bisect_right(starts, source_offset) - 1
        line = index + 1
        if self._line_labels is not None:
            line = self._line_labels[index]
        return Position(line, source_offset - starts[index] + 1)

    def position(self, offset: int) -> Position:
        """1-based line/column in the source for a text offset."""
        return self.source_position(self.to_source(offset))

    # -- views -------------------------------------------------------------------------------
    @cached_property
    def lines(self) -> list[Line]:
        out = []
        start = 0
        for number, raw in enumerate(self.text.split("\n"), 1):
            end = start + len(raw)
            stripped_end = end - 1 if raw.endswith("\r") else end
            out.append(Line(number, Span(start, stripped_end)))
            start = end + 1
        return out

    def line_text(self, line: Line) -> str:
        return self.text[line.span.start : line.span.end]

    @cached_property
    def nonblank_lines(self) -> list[Line]:
        return [ln for ln in self.lines if self.text[ln.span.start : ln.span.end].strip()]

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks of non-blank lines separated by blank lines, trimmed of outer white space."""
        out: list[Span] = []
        block: list[Line] = []
        for ln in self.lines + [None]:  # type: ignore[list-item]
            if ln is not None and self.text[ln.span.start : ln.span.end].strip():
                block.append(ln)
                continue
            if block:
                out.append(self._trim(block[0].span.start, block[-1].span.end))
                block = []
        return out

    def trim(self, span: Span) -> Span:
        return self._trim(span.start, span.end)

    def _trim(self, start: int, end: int) -> Span:
        """``trim`` without building the untrimmed span first (sentences make many: speed)."""
        chunk = self.text[start:end]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        return Span(start + left, start + max(left, right))

    @cached_property
    def sentences(self) -> list[Span]:
        out: list[Span] = []
        for para in self.paragraphs:
            chunk = self.text[para.start : para.end]
            begin = 0
            for m in _SENTENCE_END_RE.finditer(chunk):
                if _is_abbreviation(chunk, m.start()):
                    continue
                out.append(self._trim(para.start + begin, para.start + m.end()))
                begin = m.end()
            if chunk[begin:].strip():
                out.append(self._trim(para.start + begin, para.end))
        return out

    @cached_property
    def words(self) -> list[Token]:
        return [Token(Span(m.start(), m.end()), m.group()) for m in WORD_RE.finditer(self.text)]

    @cached_property
    def quotes(self) -> list[Span]:
        """Quoted-speech spans (the marks included). An unclosed quote runs to its paragraph's end,
        as news style leaves a quote open when it continues into the next paragraph."""
        out: list[Span] = []
        text = self.text
        for para in self.paragraphs:
            i = para.start
            while i < para.end:
                opener = _QUOTE_OPEN_RE.search(text, i, para.end)  # not a loop per character: speed
                if opener is None:
                    break
                i = opener.start()
                closer = _QUOTE_PAIRS[text[i]]
                j = text.find(closer, i + 1, para.end)
                end = para.end if j < 0 else j + 1
                out.append(Span(i, end))
                i = end
        return out

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]

    def in_quote(self, span: Span) -> bool:
        index = bisect.bisect_right(self._quote_starts, span.start) - 1
        return index >= 0 and self.quotes[index].contains(span)

    @cached_property
    def headline(self) -> Span | None:
        """The first non-empty line, unless the reader knows better (front matter, <h1>)."""
        if self._headline is not None:
            return self._headline
        for ln in self.nonblank_lines:
            return self.trim(ln.span)
        return None

    @cached_property
    def _line_starts(self) -> list[int]:
        return [ln.span.start for ln in self.lines]

    def line_of(self, offset: int) -> Line:
        return self.lines[bisect.bisect_right(self._line_starts, offset) - 1]

    def snippet(self, span: Span) -> str:
        return self.text[span.start : span.end]


def _is_abbreviation(chunk: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if chunk[dot] != ".":
        return False
    start = dot
    while start > 0 and (chunk[start - 1].isalpha() or chunk[start - 1] == "."):
        start -= 1
    word = chunk[start:dot].lower()
    if word == "no":  # "No. 10" is an abbreviation; "the answer was no. Then" ends a sentence
        return chunk[dot + 1 :].lstrip()[:1].isdigit()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
