"""The residue classifier's word counts of a long story come from an index built once, not from
a scan of the text per word; the index must count exactly what the plain scan counts."""

from __future__ import annotations

import random

import pytest
from test_residue_speed import WORD_LINES

from newslint.checks.boilerplate.residue import context as context_module
from newslint.checks.boilerplate.residue import words as words_module
from newslint.checks.boilerplate.residue.words import WordCounts, WordIndex, occurrences
from newslint.checks.boilerplate.shape import WORD_RE, StoryShape
from newslint.document import Document

TRICKY = [
    ("a.a.a a.a", "a.a"),  # overlapping matches: the scan counts greedily from the left
    ("Jean-Luc-Picard met Jean-Luc", "Jean-Luc"),  # inside a longer chain, and alone
    ("a.b.c and b.c", "b.c"),  # a chain's tail
    ("U.S. and U.S and US", "U.S"),
    ("O'Neill’s boat, O'Neill", "O'Neill"),
    ("snake_case snake", "snake"),  # an underscore joins: no whole word there
    ("under_scores", "scores"),
    ("Zürich Zürich-based", "Zürich"),
    ("İzmir İZMİR", "İzmir"),
    ("x--y x-y", "x-y"),
    ("1,200 and 1.200", "200"),
    ("café cafés", "café"),
    ("", "Ada"),
    ("Ada", "Ada"),
]


def _words(text: str) -> list[str]:
    chains = WORD_RE.findall(text)
    tails = [chain[i + 1 :] for chain in chains for i, c in enumerate(chain) if c in "'’.-"]
    heads = [chain[:i] for chain in chains for i, c in enumerate(chain) if c in "'’.-"]
    return chains + tails + heads + [w.lower() for w in chains] + ["absent", "a-", "-a", "a b", "_"]


@pytest.mark.parametrize(("text", "word"), TRICKY)
def test_the_index_counts_tricky_words_as_the_scan_does(text, word):
    assert WordIndex(text).count(word) == occurrences(text, word)


def test_the_index_counts_every_word_of_real_looking_lines_as_the_scan_does():
    text = "\n".join(WORD_LINES * 3)
    index = WordIndex(text)
    for word in _words(text):
        assert index.count(word) == occurrences(text, word), word


def test_the_index_counts_as_the_scan_does_on_random_texts():
    rng = random.Random(21)
    pieces = ["a", "A", "b", "ab", "1", "é", "İ", ".", "-", "'", "’", "_", " ", "\n", ",", "--"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        index = WordIndex(text)
        for word in _words(text):
            assert index.count(word) == occurrences(text, word), (text, word)


def test_counts_answer_the_same_before_and_after_the_index_is_built():
    text = "\n".join(WORD_LINES * 2)
    questions = [(w, own) for w in _words(text) for own in (0, 1, 2)]
    assert len(questions) > 2 * words_module.SCANS_BEFORE_INDEX
    counts = WordCounts(text)
    answers = [counts.more_than(w, own) for w, own in questions]
    assert counts._index is not None  # the later questions were looked up
    assert answers == [occurrences(text, w) > own for w, own in questions]
    assert any(answers) and not all(answers)


def test_the_classifier_judges_a_story_the_same_scanned_or_indexed(monkeypatch):
    from test_boilerplate import PARAGRAPHS

    from newslint.checks.boilerplate.residue import classify
    from newslint.checks.boilerplate.residue.model import shipped_model

    residue = ["Listen to this article", "Zoo Welcomes Twin Panda Cubs", "Reuters", "Share on Facebook",
               "Ada Lind covers the harbour for Porthaven.com", "Sign in | Register"]
    story = "\n\n".join(["Harbour board backs channel dredging", *(p for pair in zip(PARAGRAPHS, residue, strict=False) for p in pair),
                         *PARAGRAPHS]) + "\n"

    def judged() -> list[tuple[int, float]]:
        return [(j.line.index, j.probability) for j in classify.judge(StoryShape(Document(story)), shipped_model())]

    monkeypatch.setattr(words_module, "SCANS_BEFORE_INDEX", 1 << 30)
    scanned = judged()
    monkeypatch.setattr(words_module, "SCANS_BEFORE_INDEX", 0)
    assert judged() == scanned and scanned


def test_kin_in_body_counts_the_body_short_lines_as_a_plain_sum():
    from test_boilerplate import PARAGRAPHS

    story = "\n\n".join(["Harbour board backs dredging", PARAGRAPHS[0], "Costs", PARAGRAPHS[1], "Delays",
                         "Listen to this article", *PARAGRAPHS[2:], "Related stories"]) + "\n"
    shape = StoryShape(Document(story))
    ctx = context_module.StoryContext(shape)
    start, end = shape.body_start, shape.body_end
    for ln in shape.lines:
        plain = sum(ctx.short[start : end + 1]) - (start <= ln.index <= end and ctx.short[ln.index])
        assert ctx.kin_in_body(ln) == min(1.0, plain / context_module.KIN_LINES)
    assert any(ctx.kin_in_body(ln) > 0 for ln in shape.lines)
