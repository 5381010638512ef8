"""HTML: lint the visible text of the article, with positions in the HTML source.

The story is the largest ``<article>``, else ``<main>``, else ``<body>`` (else the whole
fragment, for a CMS body without one). Scripts, styles, navigation, asides, footers, forms and
hidden elements are left out; block elements become paragraphs; white space collapses as a browser
shows it; entities are decoded. stdlib ``html.parser`` reports where each piece of text starts,
so each character maps back to the file. A page whose ``<h1>`` sits outside the article still
gets it as the headline (first in the text, mapped to where it is).
"""

from __future__ import annotations

import re
from html import escape, unescape
from html.parser import HTMLParser

from ..document import Document
from ._textmap import TextBuilder, trimmed
from .decode import decode_bytes
from .format import SourceFormat

SUFFIXES = (".html", ".htm", ".xhtml")


def escape_text(replacement: str) -> str:
    """A replacement written into HTML: 'AT&T' must stay an entity."""
    return escape(replacement, quote=False)


FORMAT = SourceFormat("html", SUFFIXES, aliases=("htm",), escape=escape_text)

# Not copy: code, page furniture around the story (navigation, asides with related links or
# pull quotes that repeat the body, footers with tags and share bars, sign-up forms), widgets.
SKIPPED = frozenset(
    "script style noscript template nav aside footer form head title svg math iframe object canvas "
    "button select textarea datalist".split()
)
SKIPPED_ROLES = frozenset({"navigation", "complementary", "contentinfo", "search", "banner"})
BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu ol p pre "
    "section summary table tbody td tfoot th thead tr ul".split()
)
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_ENTITY_RE = re.compile(r"&#?\w+;?")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


class Element:
    __slots__ = ("tag", "attrs", "start", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str | None], start: int, parent: Element | None) -> None:
        self.tag, self.attrs, self.start, self.parent = tag, attrs, start, parent
        self.children: list[Element | tuple[str, int, str]] = []  # ("text"|"entity", offset, value)

    @property
    def hidden(self) -> bool:
        attrs = self.attrs
        return (
            self.tag in SKIPPED
            or (attrs.get("role") or "").strip().lower() in SKIPPED_ROLES
            or "hidden" in attrs
            or (attrs.get("aria-hidden") or "").strip().lower() == "true"
            or bool(_HIDDEN_STYLE_RE.search(attrs.get("style") or ""))
        )


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unknown end tags are ignored, an end tag closes what it matches."""

    MAX_RESTARTS = 50

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # raw text pieces keep exact offsets
        self.base = 0
        self.line_starts = [0]
        self.root = Element("#root", {}, 0, None)
        self.current = self.root

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.base + self.line_starts[line - 1] + column

    def parse(self, source: str) -> Element:
        """Feed the whole source; where html.parser gives up on a malformed declaration
        (``<![ ``), step over that ``<`` and go on, so one bad byte never loses the story."""
        start = 0
        for _ in range(self.MAX_RESTARTS):
            rest = source[start:]
            self.reset()
            self.base = start
            self.line_starts = [0] + [m.end() for m in re.finditer("\n", rest)]
            try:
                self.feed(rest)
                self.close()
                break
            except Exception:  # html.parser raises AssertionError and friends on broken markup
                start = max(self._offset(), start) + 1
        return self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self._offset(), self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, dict(attrs), self._offset(), self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(("text", self._offset(), data))

    def handle_entityref(self, name):
        self.current.children.append(("entity", self._offset(), unescape(f"&{name};")))

    def handle_charref(self, name):
        self.current.children.append(("entity", self._offset(), unescape(f"&#{name};")))


def walk(root: Element):
    """Every visible element under ``root`` (itself included), in document order, with the
    outermost article around it (or None); iterative, so deep nesting cannot overflow the stack."""
    stack: list[tuple[Element, Element | None]] = [(root, None)]
    while stack:
        element, article = stack.pop()
        if element.hidden:
            continue
        yield element, article
        article = article or (element if element.tag == "article" else None)
        stack.extend((c, article) for c in reversed(element.children) if isinstance(c, Element))


def _text_size(element: Element) -> int:
    size = 0
    for node, _ in walk(element):
        size += sum(len(c[2].strip()) for c in node.children if not isinstance(c, Element) and c[0] == "text")
    return size


def story_root(root: Element) -> Element:
    """The element holding the story: the largest visible outermost article, else main, else body."""
    every = list(walk(root))
    articles = [e for e, outer in every if e.tag == "article" and outer is None]
    if articles:
        return max(articles, key=_text_size)
    for tag in ("main", "body"):
        found = next((e for e, _ in every if e.tag == tag), None)
        if found is not None:
            return found
    return root


HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


class _Renderer:
    """Visible text of an element as paragraphs: an explicit stack instead of recursion.

    Inside a ``<header>`` only headings are copy; its bylines, dates and labels are page metadata.
    """

    def __init__(self, source: str) -> None:
        self.out = TextBuilder(source)
        self.headline: tuple[int, int] | None = None

    def render(self, root: Element) -> None:
        out = self.out
        stack: list[tuple] = [("enter", root, False, False)]
        while stack:
            item = stack.pop()
            if item[0] == "leave":
                _, element, begin = item
                if element.tag == "h1" and self.headline is None and out.length > begin:
                    self.headline = (begin, out.length)
                if element.tag in BLOCKS:
                    out.paragraph_break(element.start)
                continue
            _, node, pre, in_header = item
            if isinstance(node, Element):
                if node.hidden:
                    continue
                in_header = (in_header or node.tag == "header") and node.tag not in HEADINGS
                if node.tag in BLOCKS:
                    out.paragraph_break(node.start)
                elif node.tag == "br":
                    out.line_break(node.start)
                pre = pre or node.tag == "pre"
                stack.append(("leave", node, out.length))
                stack.extend(("enter", child, pre, in_header) for child in reversed(node.children))
            elif in_header:
                continue
            elif node[0] == "entity":
                entity = _ENTITY_RE.match(out.source, node[1])
                out.put(node[2], node[1], entity.end() - node[1] if entity else 1)
            elif pre:
                out.keep(node[1], node[1] + len(node[2]))
            else:
                out.keep_collapsed(node[1], node[1] + len(node[2]))


def parse(source: str, path: str) -> Document:
    root = _TreeBuilder().parse(source)
    story = story_root(root)
    renderer = _Renderer(source)
    if not any(e.tag == "h1" for e, _ in walk(story)):
        page_h1 = next((e for e, _ in walk(root) if e.tag == "h1"), None)
        if page_h1 is not None:
            renderer.render(page_h1)  # the headline a template keeps outside the article
    renderer.render(story)
    text, offsets = renderer.out.build()
    headline = trimmed(text, *renderer.headline) if renderer.headline else None
    return Document(text, path, source=source, offsets=offsets, headline=headline, input_format="html")


# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, looked
# for in the first 1,024 bytes as a browser's prescan does (ASCII-compatible encodings only).
_META_CHARSET_RE = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Labels the HTML standard reads as another encoding than their name says.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}


def declared_charset(data: bytes) -> str | None:
    """The Python codec named by the page's ``<meta charset>``, or None (unknown names too)."""
    import codecs

    m = _META_CHARSET_RE.search(data[:1024])
    if m is None:
        return None
    label = m.group(1).decode("ascii").strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def read(data: bytes, path: str) -> tuple[Document, str | None]:
    decoded = decode_bytes(data, path, declared_charset(data))
    return parse(decoded.text, path), decoded.notice
