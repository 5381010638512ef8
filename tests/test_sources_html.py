"""HTML: the visible text of the article, positions in the HTML source."""

from __future__ import annotations

import pytest
from conftest import lint

from newslint.sources.html import parse

SENTENCE = "Officials said the the talks would resume."


def doubles(html: str) -> list[tuple[int, int]]:
    return [(d.start.line, d.start.column) for d in lint(html, "story.html", select=("ST001",))]


def where(html: str, needle: str = "the the") -> tuple[int, int]:
    """Line and column of the second word of ``needle`` in the HTML source."""
    offset = html.index(needle) + needle.rindex(" ") + 1
    return html.count("\n", 0, offset) + 1, offset - (html.rfind("\n", 0, offset) + 1) + 1


def page(body: str) -> str:
    return f"<!DOCTYPE html>\n<html>\n<head><title>T</title></head>\n<body>\n{body}\n</body>\n</html>\n"


def test_article_text_with_source_positions():
    html = page(f"<article>\n  <h1>Talks resume</h1>\n  <p>{SENTENCE}</p>\n</article>")
    assert doubles(html) == [where(html)]


HIDDEN = {
    "script": "<script>var s = 'the the';</script>",
    "style": "<style>/* the the */ p {}</style>",
    "nav": "<nav><a href='/'>the the</a></nav>",
    "noscript": "<noscript>the the</noscript>",
    "template": "<template><p>the the</p></template>",
    "hidden attribute": "<p hidden>the the</p>",
    "aria-hidden": "<div aria-hidden='true'>the the</div>",
    "display none": "<div style='color: red; display : none'>the the</div>",
    "visibility hidden": "<span style='visibility:hidden'>the the</span>",
    "comment": "<!-- the the -->",
    "attribute values": "<p title='the the'><img alt='the the' src='the the.jpg'>Fine.</p>",
    "outside the article": "<div class='promo'>the the</div><article><p>Fine copy.</p></article>",
    "outside main": "<div>the the</div><main><p>Fine copy.</p></main>",
    "aside in the article": "<article><p>Fine copy.</p><aside>Related: the the talks</aside></article>",
    "footer in the article": "<article><p>Fine copy.</p><footer>Tags: the the</footer></article>",
    "form": "<article><p>Fine copy.</p><form><label>Sign up for the the briefing</label></form></article>",
    "navigation role": "<article><div role='navigation'>the the</div><p>Fine copy.</p></article>",
    "banner role": "<div role='banner'>the the</div><p>Fine copy.</p>",
    "byline in the article header": "<article><header><h1>Head</h1><p>By the the desk</p></header></article>",
}


@pytest.mark.parametrize("name", HIDDEN)
def test_invisible_and_outside_text_is_not_linted(name):
    assert doubles(page(HIDDEN[name])) == [], name


def test_body_when_there_is_no_article_or_main_and_fragments():
    html = page(f"<div><p>{SENTENCE}</p></div>")
    assert doubles(html) == [where(html)]
    fragment = f"<p>First.</p>\n<p>{SENTENCE}</p>\n"  # a CMS body: no html or body tags
    assert doubles(fragment) == [where(fragment)]


def test_the_largest_article_is_the_story():
    html = page(
        "<article><p>Teaser the the.</p></article>\n"
        f"<article>\n<h1>Talks</h1>\n<p>{SENTENCE} And a good deal more copy follows here.</p>\n</article>"
    )
    assert doubles(html) == [where(html, "said the the")]


def test_entities_are_decoded_and_positions_survive_them():
    html = page("<article><p>AT&amp;T &#8220;said&#x201D; the&nbsp;talks the the end.</p></article>")
    doc = parse(html, "story.html")
    assert "AT&T “said” the\u00a0talks the the end." in doc.text
    assert doubles(html) == [where(html)]


def test_white_space_collapses_but_lines_stay_the_sources():
    html = page("<article>\n<p>Officials said the\n      the talks would\n   resume.</p>\n</article>")
    assert doubles(html) == [where(html, "the\n      the")]
    doc = parse(html, "story.html")
    assert "Officials said the the talks would resume." in doc.text


def test_block_elements_are_paragraphs_inline_ones_are_not():
    html = page(
        "<article><h1>Head</h1><p>One <b>bold</b> <a href='#'>link</a>.</p><ul><li>Item one</li><li>Item two"
        "</ul><blockquote>Quoted.</blockquote><table><tr><td>Cell</td><td>Other</td></tr></table>"
        "<div>Line<br>break</div></article>"
    )
    doc = parse(html, "story.html")
    assert [doc.snippet(p) for p in doc.paragraphs] == [
        "Head",
        "One bold link.",
        "Item one",
        "Item two",
        "Quoted.",
        "Cell",
        "Other",
        "Line\nbreak",
    ]


def test_double_line_breaks_separate_paragraphs():
    doc = parse("<div>First paragraph.<br>\n<br>Second paragraph.<br>Same one.</div>", "story.html")
    assert [doc.snippet(p) for p in doc.paragraphs] == ["First paragraph.", "Second paragraph.\nSame one."]


def test_pre_keeps_its_white_space():
    doc = parse(page("<article><pre>a  b\n  c</pre></article>"), "story.html")
    assert "a  b\n  c" in doc.text


def test_headline_is_the_h1_even_outside_the_article():
    inside = parse(
        page("<article><header><h1>Ferry to resume</h1><p>By A. Writer</p></header><p>Body.</p></article>"),
        "s.html",
    )
    assert inside.snippet(inside.headline) == "Ferry to resume"
    assert "Writer" not in inside.text
    html = page(
        "<header><h1>Ferry to resume</h1></header>\n<article>\n<p>Body.</p>\n<p>Ferry to resume</p>\n</article>"
    )
    outside = parse(html, "s.html")
    assert outside.snippet(outside.headline) == "Ferry to resume"
    found = lint(html, "story.html", select=("ST002",))
    assert [(d.code, d.start.line, d.start.column) for d in found] == [("ST002", 8, 4)]


def test_every_word_maps_back_to_the_source():
    html = page(
        "<article><h1>Talks <i>resume</i></h1>\n<p>Officials   said,\n  the <b>talks</b> would resume.</p></article>"
    )
    doc = parse(html, "story.html")
    for word in doc.words:
        span = doc.source_span(word.span)
        assert html[span.start : span.end] == word.text


def test_broken_and_deeply_nested_html_does_not_crash():
    deep = "<div>" * 20000 + SENTENCE + "</div>" * 3
    assert doubles(deep) == [where(deep)]
    broken = "<p>Unclosed <b>bold <i>and</p> the the <p attr='x>"
    assert doubles(broken) == [where(broken)]
    choked = "<p>A marked section <![ the parser rejects.</p>\n<p>Officials said the the talks.</p>\n"
    assert doubles(choked) == [where(choked)]  # html.parser raises on '<![ ': the rest is still read


def test_a_span_ending_in_an_entity_ends_after_it():
    html = "<p>Officials met at the caf&eacute; and the caf&eacute; again.</p>\n"
    doc = parse(html, "story.html")
    word = next(w for w in doc.words if w.text == "café")
    span = doc.source_span(word.span)
    assert html[span.start : span.end] == "caf&eacute;"
