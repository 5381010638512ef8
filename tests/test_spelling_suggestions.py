"""SP001's first suggestions follow how people misspell, not only how common a word is
(issue 14 step 2): a word spelt by ear ("fone") gets the word it sounds like, while a plain
keyboard slip keeps its cheap correction. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newslint import lint_text
from newslint.checks.spelling.rank import heard_cost, slip_and_letter_cost, sound
from newslint.config import Config

SP = Config(select=("SP",))


def suggestions(word: str) -> tuple[str, ...]:
    text = f"She said the {word} was left on the table."
    found = [d for d in lint_text(text, "story.txt", SP) if d.code == "SP001"]
    assert found, word
    return found[0].suggestions


@pytest.mark.parametrize(
    ("typo", "intended"),
    [("fone", "phone"), ("helpt", "helped"), ("retane", "retain"), ("skale", "scale"), ("crak", "crack")],
)
def test_a_word_spelt_by_ear_gets_the_word_it_sounds_like_first(typo, intended):
    assert suggestions(typo)[0] == intended


@pytest.mark.parametrize(("typo", "intended"), [("rist", "wrist"), ("likt", "liked")])
def test_a_sound_slip_puts_its_word_among_the_suggestions(typo, intended):
    assert intended in suggestions(typo)


@pytest.mark.parametrize(("typo", "intended"), [("tunned", "tuned"), ("recieve", "receive"), ("tabel", "table"), ("markte", "market")])
def test_keyboard_and_doubled_letter_slips_keep_their_correction(typo, intended):
    assert suggestions(typo)[0] == intended


def test_sound_writes_alike_groups_one_way():
    assert sound("phone") == sound("fone")
    assert sound("since") == sound("scince")
    assert sound("wrist") == sound("rist")
    assert sound("helped") == sound("helpt")


def test_heard_cost_is_never_dearer_than_the_letters():
    for word, typo in [("phone", "fone"), ("tuned", "tunned"), ("table", "tabel"), ("years", "yares")]:
        assert heard_cost(word, typo) <= slip_and_letter_cost(word, typo)
    assert heard_cost("phone", "fone") < slip_and_letter_cost("phone", "fone")
