"""Properties of every reader on arbitrary input: no crash, a map inside the source, and every
word the rules see is the same word at the place it maps to in the file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.sources import read_document
from newslint.sources.html import parse as parse_html
from newslint.sources.markdown import parse as parse_markdown
from newslint.sources.plain import parse as parse_plain

PIECES = [
    "the",
    "harbour",
    "Tokayev",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "# ",
    "## ",
    "> ",
    "- ",
    "1. ",
    "*",
    "**",
    "_",
    "`",
    "```",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "<",
    ">",
    "<!--",
    "-->",
    "|",
    "---",
    "+++",
    "\\",
    "title: ",
    "http://x.y/the",
    '"',
    "“",
    "’",
    "\u00ad",
    "\u200b",
    "\u00a0",
    "<p>",
    "</p>",
    "<div hidden>",
    "</div>",
    "<article>",
    "</article>",
    "<script>",
    "</script>",
    "<br>",
    "<h1>",
    "</h1>",
    "<b>",
    "</b>",
]
stories = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def assert_words_map_back(doc) -> None:
    offsets = doc.offsets
    if offsets is None:
        assert doc.text == doc.source
    else:
        assert len(offsets) == len(doc.text) + 1
        assert all(0 <= offsets[i] <= len(doc.source) for i in range(len(offsets)))
    for word in doc.words:
        span = doc.source_span(word.span)
        found = doc.source[span.start : span.end]
        # the span starts and ends on the word; between, only what the reader dropped ("bold**ly")
        assert found[:1] == word.text[:1] and found[-1:] == word.text[-1:], (found, word.text)
        assert _subsequence(word.text, found), (found, word.text)
        start = doc.position(word.span.start)
        line = doc.source.split("\n")[start.line - 1]
        assert line[start.column - 1 :].replace("\u00ad", "").startswith(word.text[:1])


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


@settings(max_examples=150, deadline=None)
@given(stories)
def test_markdown_words_map_back(text):
    assert_words_map_back(parse_markdown(text, "s.md"))


@settings(max_examples=150, deadline=None)
@given(stories)
def test_html_words_map_back(text):
    assert_words_map_back(parse_html(text, "s.html"))


@settings(max_examples=100, deadline=None)
@given(stories)
def test_plain_words_map_back(text):
    assert_words_map_back(parse_plain(text, "s.txt"))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["s.txt", "s.md", "s.html", "s.docx"]))
def test_any_bytes_read_or_refused_cleanly(data, name):
    from newslint.sources import InputError

    try:
        doc, _ = read_document(data, name)
    except InputError as exc:
        assert str(exc).startswith(name)
        return
    assert doc.headline is None or doc.headline.end <= len(doc.text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["s.md", "s.html"]))
def test_any_unicode_text_parses(text, name):
    parse = parse_markdown if name.endswith(".md") else parse_html
    doc = parse(text, name)
    assert all(doc.source_span(w.span).end <= len(doc.source) for w in doc.words)
