"""The speed shortcuts of the residue classifier (cheap str tests before the patterns) never
change a result: each is compared with the bare pattern on lines written for the purpose."""

from __future__ import annotations

import itertools
import re

import pytest

from newslint.checks.boilerplate import shape as shape_module
from newslint.checks.boilerplate.residue import shapes
from newslint.checks.boilerplate.shape import StoryLine, StoryShape
from newslint.types import Span

PIECES = [
    "The harbour board voted on Tuesday",
    "(AP)",
    "(Reuters file)",
    "Photo: Ada Lind",
    "Picture by Tom Osei",
    "via Getty Images",
    "for AFP",
    "EPA photo",
    "Shutterstock",
    "© Coastline Press 2024",
    "Kofi Mensah/Reuters",
    "Courtesy of the museum",
    "see www.porthaven.gov",
    "porthaven.co.uk",
    "https://example.org/path",
    "mail ada@porthaven.news",
    "follow @porthaven",
    "#dredging",
    "fees rose 4.5 per cent",
    "the A.P. Moller line",
    "a PAC donation",
    "in the apparel trade",
]


def lines() -> list[str]:
    return [" ".join(pair) for pair in itertools.permutations(PIECES, 2)] + PIECES


@pytest.mark.parametrize("text", lines())
def test_the_url_shortcut_agrees_with_the_pattern(text):
    assert shapes.has_url(text) is bool(shapes.URL_RE.search(text))


@pytest.mark.parametrize("text", lines())
def test_the_credit_shortcut_agrees_with_the_patterns(text):
    raw = bool(shapes._CREDIT_RE.search(text)) or ("/" in text and bool(shapes._SLASH_CREDIT_RE.search(text)))
    assert shapes.has_credit(text) is raw


# -- the shape's words: an ASCII pattern on ASCII lines, the lower-case words from the words ----

WORD_LINES = [
    "The harbour board voted on Tuesday",
    "U.S. officials said the A.P. Moller line's ships were re-routed",
    "Costs rose 4.5 per cent to £2.1m (about $2.6m) in 2024-25",
    "snake_case and under_scores_ are not words, nor is _this_",
    "O'Neill's ferry -- and Lind’s -- left at 9.15am",
    "Crews cleared 1,200 tonnes of silt... 'Enough?' asked Osei.",
    "Café owners in Zürich and İzmir met the ÉCOLE board",
    "ǅemal and ﬁnance: ligatures and title-case letters",
    "İSTANBUL, March 3 (Reuters) - ΣΟΦΙΑ ΟΔΟΣ",
    "—",
    "",
    "www.porthaven.co.uk | Sign in | 12 Comments",
]


@pytest.mark.parametrize("text", WORD_LINES)
def test_the_shape_words_are_what_the_plain_pattern_finds(text):
    line = StoryLine(0, 1, Span(0, len(text)), text)
    assert line.words == shape_module.WORD_RE.findall(text)
    assert line.lower_words == shape_module.WORD_RE.findall(text.lower())


def test_the_stem_cache_gives_the_plain_stems():
    words = [w for text in WORD_LINES for w in shape_module.WORD_RE.findall(text)] * 2
    plain = {shape_module._stem(w) for w in words} - {""}
    assert shape_module.content_words(words) == plain
    shape_module._STEMS.clear()
    assert shape_module.content_words(words) == plain


def test_the_classifier_judges_the_same_lines_with_and_without_the_shortcuts(monkeypatch):
    """The judgements (lines and probabilities) of stories with residue in them are the same when
    the shape's words come from the plain pattern and the stems are not cached."""
    from test_boilerplate import PARAGRAPHS

    from newslint.checks.boilerplate.residue import classify
    from newslint.checks.boilerplate.residue.model import shipped_model
    from newslint.document import Document

    stories = [
        "\n\n".join(["Harbour board backs channel dredging", PARAGRAPHS[0], residue, *PARAGRAPHS[1:], "By Ada Lind"]) + "\n"
        for residue in ("Listen to this article", "Zoo Welcomes Twin Panda Cubs", "8,200", "Café Zürich: Sign in | Abonnieren",
                        "Harbour master Ellis Ward at the quay on Tuesday, March 4, 2025. (AP)")
    ]

    def judged() -> list[tuple[int, float]]:
        return [(j.line.index, j.probability) for s in stories for j in classify.judge(StoryShape(Document(s)), shipped_model())]

    fast = judged()
    assert fast and all(p >= 0.0 for _, p in fast)
    monkeypatch.setattr(shape_module, "_ASCII_WORD_RE", shape_module.WORD_RE)
    monkeypatch.setattr(StoryLine, "lower_words", property(lambda self: shape_module.WORD_RE.findall(self.text.lower())))
    monkeypatch.setattr(shape_module, "STEM_CACHE_SIZE", -1)  # the cache is emptied before every use
    assert judged() == fast


def test_a_pattern_compiled_on_first_use_matches_as_the_plain_one_before_and_after():
    from newslint.checks.facts.entities import PatternOnFirstUse

    lazy, plain = PatternOnFirstUse(r"\b[A-Z]\w+", 0), re.compile(r"\b[A-Z]\w+")
    text = "The Harbour board met Ada Lind"
    assert lazy.findall(text) == plain.findall(text)
    assert "findall" in vars(lazy)  # the bound method is kept: no __getattr__ the next time
    assert lazy.findall(text) == plain.findall(text) and lazy.search(text).group() == "The"


def test_the_relevance_of_a_line_is_the_same_asked_again():
    from test_boilerplate import PARAGRAPHS

    from newslint.document import Document

    shape = StoryShape(Document("\n\n".join(["Harbour board backs dredging", *PARAGRAPHS, "Zoo welcomes twin cubs"]) + "\n"))
    first = [shape.relevance(ln) for ln in shape.lines]
    assert first == [shape.relevance(ln) for ln in shape.lines] and first[-1] == 0.0 and first[0] > 0.0
