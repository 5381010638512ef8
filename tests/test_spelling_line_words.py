"""SP002's searches through the per-story line index must find what a whole-text search finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks.spelling import proper
from newslint.checks.spelling.context import TITLES
from newslint.checks.spelling.lexicon import load_lexicon
from newslint.checks.spelling.line_words import LineWords
from newslint.checks.spelling.rules import _first_line
from newslint.checks.spelling.tokens import StoryWords
from newslint.document import Document


def _plain_two_people(text: str, a: str, b: str) -> bool:
    """The whole-text version the index replaced."""
    lexicon = load_lexicon()

    def named(found) -> set[str]:
        return {g for g in found if g not in TITLES and lexicon.zipf(g.lower()) < proper.FUNCTION_WORD_ZIPF}

    before, after = [], []
    for form in (a, b):
        pattern = re.escape(form)
        before.append(named(m.group(1) for m in re.finditer(rf"([A-Z][\w.]*)[ \t]+(?i:{pattern})(?![\w-])", text)))
        after.append(named(m.group(1) for m in re.finditer(rf"(?<![\w-])(?i:{pattern})[ \t]+([A-Z]\w*)", text)))
    return any(x and y and not x & y for x, y in (before, after))


def _plain_first_line(text: str, form: str) -> int:
    found = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)
    return text.count("\n", 0, found.start()) + 1 if found else 0


STORIES = [
    "Mary Horan scored.\nTom Horgan replied.\nHoran Smith and Horgan Jones left.",
    "Mary Horan Horan Smith.\nTom Horgan\tHorgan Jones.",  # overlapping matches
    "Dr. Horan Ltd said.\n-Horgan Brown and Mr.Horgan Lee, iPhone Horan\n\nHORAN KING",
    "Ms Horan-Smith and Horgan-Jones; Σ Horan Κ and ıhoran ſmith\nİhoran Bob, Horan",
    "x" * 3 + " Horan Co\r\nA Horgan B\r\n",
]


@pytest.mark.parametrize("text", STORIES)
@pytest.mark.parametrize(("a", "b"), [("horan", "horgan"), ("horgan", "horan"), ("ihoran", "horan"), ("smith", "ſmith")])
def test_two_people_through_the_index_as_through_the_whole_text(text, a, b):
    words = StoryWords(Document.from_text(text, "s.txt"))
    assert proper._two_people(words, a, b) == _plain_two_people(text, a, b)


@pytest.mark.parametrize("text", STORIES)
@pytest.mark.parametrize("form", ["Horan", "Horgan", "horan", "HORAN", "Smith", "Σ", "ihoran"])
def test_first_line_through_the_index_as_through_the_whole_text(text, form):
    assert _first_line(Document.from_text(text, "s.txt"), form) == _plain_first_line(text, form)


_WORDS = st.sampled_from(["Horan", "horan", "HORAN", "Horgan", "Mary", "Tom", "Dr.", "the", "ıhoran", "Ihoran",
                          "İhoran", "Σmith", "smith", "ſmith", "Smith", "x1", "Horan2"])
_GAPS = st.sampled_from([" ", "  ", "\t", "\n", "-", ". ", ", ", "\r\n", "'", "_"])
_TEXTS = st.lists(st.tuples(_WORDS, _GAPS), max_size=30).map(lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["horan", "horgan", "ihoran", "smith", "ſmith", "mary"]),
       st.sampled_from(["horan", "horgan", "smith", "tom"]))
def test_two_people_through_the_index_on_any_mix_of_words(text, a, b):
    words = StoryWords(Document.from_text(text, "s.txt"))
    assert proper._two_people(words, a, b) == _plain_two_people(text, a, b)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["Horan", "horan", "Smith", "ſmith", "Ihoran", "Mary"]))
def test_first_line_through_the_index_on_any_mix_of_words(text, form):
    assert _first_line(Document.from_text(text, "s.txt"), form) == _plain_first_line(text, form)


def test_index_names_only_the_lines_that_hold_the_form_and_the_exotic_ones():
    text = "Mary Horan\nTom Jones\nthe HORAN case\nΣ line"
    index = LineWords(Document.from_text(text, "s.txt"))
    assert [text[s:e] for s, e in index.spans_for("horan")] == ["Mary Horan", "the HORAN case", "Σ line"]
    assert index.spans_for("ſmith") is None  # a form the index cannot answer for: search everything
