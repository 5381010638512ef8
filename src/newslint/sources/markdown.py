"""Markdown: lint the prose (headings, paragraphs, list items, block quotes, table cells), never
the code, raw HTML, comments, link targets, image URLs or front matter.

markdown-it-py finds the structure; the prose pieces it reports are then located in the file in
order, so every character of the text maps back to its place in the original (see _textmap).
What is not found is left out rather than guessed: a missed word is better than a false alarm.
Each block becomes its own paragraph in the text (a heading, every list item, every table cell),
so sentences never run from one block into the next. The headline is a front matter ``title``,
else the heading the story opens with, else its first line. Directives in HTML comments are not
linted but stay in ``doc.source``, where the suppressions read them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..types import Span
from ._textmap import TextBuilder, trimmed
from .decode import decode_bytes
from .format import SourceFormat

SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)


def fenced_blocks(source: str) -> list[tuple[int, int]]:
    """Source ranges of fenced code blocks (an unclosed fence runs to the end)."""
    blocks, opened = [], None
    for m in _FENCE_RE.finditer(source):
        if opened is None:
            opened = (m.start(), m.group(1)[0])
        elif m.group(1)[0] == opened[1]:
            blocks.append((opened[0], m.end()))
            opened = None
    if opened is not None:
        blocks.append((opened[0], len(source)))
    return blocks


def code_test(source: str):
    """Whether an offset is in a code block or a code span (an odd number of backticks before it
    on its line): such text is shown as code, an example rather than an instruction."""
    fences = fenced_blocks(source)

    def shown_as_code(offset: int) -> bool:
        if any(start <= offset < end for start, end in fences):
            return True
        line_start = source.rfind("\n", 0, offset) + 1
        return source.count("`", line_start, offset) % 2 == 1

    return shown_as_code


FORMAT = SourceFormat("markdown", SUFFIXES, aliases=("md",), code_test=code_test)

PLACEHOLDER = "\ufffc"  # stands for a code span: not a word, not white space, joins nothing
_FRONT_OPEN_RE = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n")
_KEY_RE = re.compile(r"\s*(?:#[^\n]*\n\s*)*[A-Za-z_][\w.-]*[ \t]*(?::(?:[ \t]|\r?\n)|=)")  # first key
_TITLE_RE = re.compile(r"""^title[ \t]*[:=][ \t]*(["']?)(.*?)\1[ \t]*\r?$""", re.MULTILINE)
_BLOCK_ENDS = frozenset({"paragraph_close", "heading_close", "th_close", "td_close"})
# Inline HTML tags that break words apart where they stand (<b>, <span>, <a> join them).
_BREAK_TAG_RE = re.compile(
    r"</?(?:br|p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|table|tr|td|th|hr|section|article|figure)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # imported on first Markdown file: keeps start-up cheap

    # text_join off: escapes and entities stay separate tokens, so text tokens match the file.
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


def front_matter(source: str) -> tuple[int, Span | None]:
    """End offset of a YAML (``---``) or TOML (``+++``) block at the top, and the source span of
    its one-line ``title`` (None without one)."""
    opened = _FRONT_OPEN_RE.match(source)
    if not opened:
        return 0, None
    fence = opened.group(1)
    closers = {fence, "..."} if fence == "---" else {fence}
    pos = opened.end()
    while pos < len(source):
        newline = source.find("\n", pos)
        line_end = len(source) if newline < 0 else newline + 1
        if source[pos:line_end].strip() in closers:
            if not _KEY_RE.match(source, opened.end(), pos):
                return 0, None  # a rule, copy, a rule: not metadata
            title = _TITLE_RE.search(source, opened.end(), pos)
            span = None
            if title and title.group(2).strip() and title.group(2).strip() not in {">", "|", ">-", "|-"}:
                span = Span(title.start(2), title.end(2))
            return line_end, span
        pos = line_end
    return 0, None  # never closed: not front matter


def _parser_input(source: str, front_end: int) -> str:
    """The source as markdown-it should see it, same length and same lines: front matter blanked,
    carriage returns as spaces (markdown-it would count a lone CR as a line), NUL as U+FFFD."""
    head = re.sub(r"[^\n]", " ", source[:front_end])
    return head + source[front_end:].replace("\r", " ").replace("\0", "\ufffd")


class _Walker:
    """Locates each inline token of markdown-it's stream in the file, keeping the prose."""

    def __init__(self, source: str, scan: str) -> None:
        self.scan = scan  # what markdown-it parsed: same offsets as the source
        self.out = TextBuilder(source)
        self.cursor = 0
        self.hi = len(scan)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", scan)] + [len(scan)]
        self.first_heading: tuple[int, int] | None = None

    def find(self, needle: str) -> int:
        return self.scan.find(needle, self.cursor, self.hi) if needle else -1

    def skip(self, needle: str) -> int:
        """Move past the next ``needle``; its offset, or -1 (cursor unchanged) when absent."""
        pos = self.find(needle)
        if pos >= 0:
            self.cursor = pos + len(needle)
        return pos

    def walk(self, tokens) -> None:
        heading_start = None
        for tok in tokens:
            if tok.type == "inline" and tok.map:
                lines = self.line_starts
                self.cursor = max(self.cursor, lines[min(tok.map[0], len(lines) - 1)])
                self.hi = lines[min(tok.map[1], len(lines) - 1)]
                self.inline(tok.children or [])
                self.hi = len(self.scan)
            elif tok.type == "heading_open":
                heading_start = self.out.length
            if tok.type in _BLOCK_ENDS:
                if tok.type == "heading_close" and heading_start == 0:  # a heading that opens the story
                    self.first_heading = (heading_start, self.out.length)
                self.out.paragraph_break(self.cursor)

    def inline(self, children) -> None:
        in_autolink = False
        for tok in children:
            kind = tok.type
            if in_autolink:  # the URL of <https://...> is not prose
                if kind == "link_close":
                    self.skip(">")
                    in_autolink = False
            elif kind == "text":
                pos = self.skip(tok.content)
                if pos >= 0:
                    self.out.keep(pos, pos + len(tok.content))
            elif kind == "text_special":
                pos = self.skip(tok.markup)
                if pos >= 0 and tok.info == "escape":
                    self.out.keep(pos + 1, pos + len(tok.markup))  # the character, not the backslash
                elif pos >= 0:
                    self.out.put(tok.content, pos, len(tok.markup))  # an entity: its character
            elif kind in ("softbreak", "hardbreak"):
                pos = self.skip("\n")
                if pos >= 0:
                    self.out.line_break(pos)
            elif kind == "code_inline":
                self.code_span(tok.markup)
            elif kind == "html_inline":
                pos = self.skip(tok.content)
                if pos >= 0 and _BREAK_TAG_RE.match(tok.content):
                    self.out.space(pos)
            elif kind == "link_open":
                in_autolink = tok.markup == "autolink"
                self.skip("<" if in_autolink else "[")
            elif kind == "image":
                if self.skip("![") >= 0:
                    self.inline(tok.children or [])  # the alt text is written prose
                    self.link_tail()
            elif kind == "link_close":
                self.link_tail()
            elif tok.markup:  # emphasis, strong, strike-through: the marks are not text
                self.skip(tok.markup)

    def code_span(self, fence: str) -> None:
        """Replace a code span with one placeholder; the closing run of backticks must have the
        opening run's length exactly."""
        start = self.find(fence)
        if start < 0:
            return
        pos = start + len(fence)
        while True:
            close = self.scan.find(fence, pos, self.hi)
            if close < 0:
                return
            run_end = close
            while run_end < self.hi and self.scan[run_end] == "`":
                run_end += 1
            if run_end - close == len(fence):
                break
            pos = run_end
        self.out.put(PLACEHOLDER, start, run_end - start)
        self.cursor = run_end

    def link_tail(self) -> None:
        """Move past ``](target "title")``, ``][ref]`` or the ``]`` of a shortcut reference."""
        bracket = self.find("]")
        if bracket < 0:
            return
        after = bracket + 1
        nxt = self.scan[after : after + 1]
        if nxt == "(":
            self.cursor = _closing_paren(self.scan, after, self.hi) or after
        elif nxt == "[":
            close = self.scan.find("]", after, self.hi)
            self.cursor = close + 1 if close >= 0 else after
        else:
            self.cursor = after


def _closing_paren(text: str, open_at: int, hi: int) -> int | None:
    """Offset after the ``)`` closing the link target opened at ``open_at`` (None if unclosed)."""
    depth, quote, i = 0, None, open_at
    while i < hi:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'" and text[i - 1] in " \t\n":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _opening_heading(tokens) -> str | None:
    """The text of the heading the story opens with, if it opens with one."""
    blocks = [t for t in tokens if t.type not in ("html_block", "hr")]  # comments are not copy
    if len(blocks) > 1 and blocks[0].type == "heading_open" and blocks[1].type == "inline":
        return blocks[1].content
    return None


def _same(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def parse(source: str, path: str) -> Document:
    front_end, title = front_matter(source)
    scan = _parser_input(source, front_end)
    walker = _Walker(source, scan)
    tokens = _parser().parse(scan)
    if title is not None and _same(source[title.start : title.end], _opening_heading(tokens)):
        title = None  # "# Title" under the same front matter title is one headline, not two
    heading = None
    if title is not None:
        walker.out.keep(title.start, title.end)
        heading = (0, walker.out.length)
        walker.out.paragraph_break(title.end)
    walker.walk(tokens)
    text, offsets = walker.out.build()
    heading = heading or walker.first_heading
    headline = trimmed(text, *heading) if heading else None  # None: the first line, as for plain text
    return Document(text, path, source=source, offsets=offsets, headline=headline, input_format="markdown")


def read(data: bytes, path: str) -> tuple[Document, str | None]:
    decoded = decode_bytes(data, path)
    return parse(decoded.text, path), decoded.notice
