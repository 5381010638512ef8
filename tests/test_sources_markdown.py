"""Markdown: each construct, what is linted and what is not, with positions in the file."""

from __future__ import annotations

import pytest
from conftest import lint

from newslint.sources.markdown import parse
from newslint.types import Span

DOUBLE = "the the"


def doubles(text: str) -> list[tuple[int, int]]:
    """(line, column) of each repeated word ST001 finds in a Markdown story."""
    return [(d.start.line, d.start.column) for d in lint(text, "story.md", select=("ST001",))]


def at(text: str, needle: str) -> tuple[int, int]:
    """Line and column of the last word of ``needle`` (where ST001 points) in the file."""
    offset = text.index(needle) + len(needle) - len(needle.split()[-1].lstrip("*"))
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


LINTED = {
    "atx heading": "# Talks on the the harbour\n\nBody.\n",
    "setext heading": "Talks on the the harbour\n========================\n\nBody.\n",
    "paragraph": "# Head\n\nOfficials said the the talks would resume.\n",
    "paragraph second line": "# Head\n\nOfficials said the talks\nwould resume after the the vote.\n",
    "emphasis around a word": ("# Head\n\nOfficials said the *the* talks would resume.\n", "the *the"),
    "strong across words": "# Head\n\nOfficials said **the the** talks would resume.\n",
    "bullet list item": "# Head\n\n- First point.\n- Officials said the the talks would resume.\n",
    "ordered list item": "# Head\n\n1. First point.\n2. Officials said the the talks would resume.\n",
    "nested list item": "# Head\n\n- Outer point.\n  - Officials said the the talks would resume.\n",
    "block quote": ("# Head\n\n> Officials said the\n> the talks would resume.\n", "the\n> the"),
    "quote in a list": "# Head\n\n- Point:\n  > Officials said the the talks would resume.\n",
    "table cell": "# Head\n\n| Who | Said |\n|-----|------|\n| Officials | the the talks resume |\n",
    "link text": "# Head\n\nOfficials said [the the talks](https://example.org) would resume.\n",
    "image alt text": "# Head\n\n![Officials at the the harbour](photo.jpg)\n",
    "escaped characters": "# Head\n\nOfficials said \\*the the\\* talks would resume.\n",
    "entity before": "# Head\n\nAT&amp;T said the the talks would resume.\n",
}


@pytest.mark.parametrize("name", LINTED)
def test_prose_constructs_are_linted_at_their_place_in_the_file(name):
    text, needle = LINTED[name] if isinstance(LINTED[name], tuple) else (LINTED[name], DOUBLE)
    assert doubles(text) == [at(text, needle)], name


NOT_LINTED = {
    "code span": "# Head\n\nRun `the the` to see.\n",
    "fenced code": "# Head\n\n```\nthe the\n```\n",
    "tilde fence": "# Head\n\n~~~text\nthe the\n~~~\n",
    "indented code": "# Head\n\nText.\n\n    the the\n",
    "html comment": "# Head\n\n<!-- the the -->\n",
    "inline comment": "# Head\n\nOfficials said <!-- the --> the talks resume.\n",
    "html block": '# Head\n\n<div class="embed">\nthe the\n</div>\n',
    "link target": "# Head\n\nSee [the report](<https://example.org/the the>) now.\n",
    "link title": '# Head\n\nSee [the report](https://example.org "the the") now.\n',
    "reference definition": "# Head\n\nSee [the report][r].\n\n[r]: <https://example.org/the the>\n",
    "autolink": "# Head\n\nSee <https://example.org/the-the> and <https://the.the>.\n",
    "image url": '# Head\n\n![A harbour](the%20the.jpg "the the")\n',
    "yaml front matter": "---\nsummary: the the talks\n---\n\n# Head\n\nBody.\n",
    "toml front matter": '+++\nsummary = "the the talks"\n+++\n\n# Head\n\nBody.\n',
    "code span between words": "# Head\n\nSet the `x` the flag.\n",
    "words in separate cells": "# Head\n\n| A | B |\n|---|---|\n| the | the |\n",
    "heading then paragraph": "# Talks on the\nthe harbour opened.\n",
}


@pytest.mark.parametrize("name", NOT_LINTED)
def test_non_prose_is_not_linted(name):
    assert doubles(NOT_LINTED[name]) == [], name


def test_link_targets_and_code_never_reach_the_text():
    doc = parse(
        "# Head\n\nSee [the report](https://example.org/files) and `grep -r x`.\n\n```\ncode\n```\n",
        "story.md",
    )
    assert "example" not in doc.text and "grep" not in doc.text and "code" not in doc.text
    assert "See the report and" in doc.text


def test_every_kept_word_maps_back_to_itself():
    text = "# Talks *resume*\n\n> Officials [said](u) the **talks**\n> would `x` resume.\n\n| a | b |\n|--|--|\n| c | d |\n"
    doc = parse(text, "story.md")
    for word in doc.words:
        span = doc.source_span(word.span)
        assert text[span.start : span.end] == word.text


def test_blocks_are_paragraphs_of_their_own():
    doc = parse(
        "# Talks resume\nOfficials spoke.\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n", "story.md"
    )
    assert [doc.snippet(p) for p in doc.paragraphs] == [
        "Talks resume",
        "Officials spoke.",
        "one",
        "two",
        "a",
        "b",
        "c",
        "d",
    ]


def test_front_matter_title_is_the_headline():
    text = '---\ntitle: "Ferry to resume"\ndate: 2026-05-01\n---\n\nBody text.\n\nFerry to resume\n'
    doc = parse(text, "story.md")
    assert doc.snippet(doc.headline) == "Ferry to resume"
    assert "2026" not in doc.text and "date" not in doc.text
    found = lint(text, "story.md", select=("ST002",))
    assert [(d.code, d.start.line, d.start.column) for d in found] == [("ST002", 8, 1)]
    title = lint(text.replace("Body text.", "Ferry to resume"), "story.md", select=("ST002",))
    assert [(d.start.line, d.start.column) for d in title] == [(6, 1), (8, 1)]


def test_toml_title_and_a_heading_repeating_it_is_one_headline():
    text = '+++\ntitle = "Ferry to resume"\n+++\n\n# Ferry to resume\n\nBody text.\n'
    doc = parse(text, "story.md")
    assert doc.snippet(doc.headline) == "Ferry to resume"
    assert lint(text, "story.md", select=("ST002",)) == []


def test_opening_heading_is_the_headline_whatever_its_level():
    doc = parse("<!-- slug -->\n\n## Ferry to resume\n\nBody.\n\n# Later\n", "story.md")
    assert doc.snippet(doc.headline) == "Ferry to resume"
    later = parse("A first line of copy.\n\n## Background\n\nBody.\n", "story.md")
    assert later.snippet(later.headline) == "A first line of copy."  # a subhead is not the headline
    plain = parse("Ferry to resume\n\nBody.\n", "story.md")
    assert plain.snippet(plain.headline) == "Ferry to resume"


def test_front_matter_needs_its_closing_fence_and_keys():
    doc = parse("---\n\nOfficials said the the talks would resume.\n", "story.md")
    assert "Officials said" in doc.text
    ruled = parse("---\nOfficials said the talks would resume.\n---\n\nMore.\n", "story.md")
    assert "Officials said" in ruled.text  # rules around copy are not front matter
    commented = parse("---\n# metadata\nslug: ferry\n---\n\nMore.\n", "story.md")
    assert "slug" not in commented.text and "metadata" not in commented.text


def test_newslint_directive_stays_in_the_source_only():
    text = "# Head\n\n<!-- newslint: ignore[ST001] -->\nOfficials said the the talks.\n"
    doc = parse(text, "story.md")
    assert "newslint" not in doc.text and "newslint: ignore" in doc.source
    assert doubles(text) == []


def test_crlf_and_lone_cr_line_endings():
    text = "# Head\r\n\r\nOfficials said the the talks would resume.\r\n"
    assert doubles(text) == [(3, 20)]
    lone = "# Head\r\rOfficials said the the talks.\n\nMore the the.\n"
    assert doubles(lone) == [(3, 20), (5, 10)]  # a lone CR ends a line, as an editor shows it


def test_a_span_ending_in_an_entity_or_code_span_covers_it():
    text = "# Head\n\nThe caf&eacute; said `x y` twice.\n"
    doc = parse(text, "story.md")
    word = next(w for w in doc.words if w.text == "café")
    span = doc.source_span(word.span)
    assert text[span.start : span.end] == "caf&eacute;"
    code = doc.text.index("\ufffc")
    span = doc.source_span(Span(code, code + 1))
    assert text[span.start : span.end] == "`x y`"
