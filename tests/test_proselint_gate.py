"""The shortcut that skips proselint's preferred-forms check must never hide a finding."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks.proselint import gate


def _preferred_forms():
    """The word-list check of proselint's ``misc.preferred_forms`` (two one-pattern checks share
    its path)."""
    from proselint.checks.misc.preferred_forms import check

    return check


def _found(check, text: str) -> list:
    return list(check.check_with_flags(f"\n{text}\n"))


def test_the_preferred_forms_check_is_gated():
    assert gate.gate_of(_preferred_forms()) is not None


def test_a_story_without_any_listed_word_is_skipped_and_one_with_it_is_not():
    check = _preferred_forms()
    clean = "The hippo escaped from the zoo on Tuesday, keepers said."
    slip = "The HIPPOPOTAMI escaped from the zoo on Tuesday, keepers said."
    assert gate.cannot_match(check, gate.StoryText(clean)) and not _found(check, clean)
    assert not gate.cannot_match(check, gate.StoryText(slip)) and _found(check, slip)


def test_a_character_that_folds_onto_ascii_turns_the_shortcut_off():
    check = _preferred_forms()
    text = "The hippo escaped (\u212a)."
    assert not gate.StoryText(text).usable
    assert not gate.cannot_match(check, gate.StoryText(text))


def test_the_folding_characters_are_all_of_unicode_that_re_folds_onto_ascii():
    folds = "".join(
        chr(i) for i in range(128, 0x110000) if re.fullmatch("[a-z]", chr(i), re.IGNORECASE)
    )
    assert folds == gate.FOLDS_TO_ASCII


def _gated_checks():
    from proselint.checks import __register__

    return [check for check in __register__ if gate.gate_of(check) is not None]


def test_word_list_checks_of_both_paddings_are_gated():
    paddings = {str(c.check_type.padding.value) for c in _gated_checks()}
    assert len(_gated_checks()) >= 40
    assert paddings == set(gate.BOUNDED_PADDINGS)


@st.composite
def _check_and_text(draw):
    """A gated check and a text made of its words, their pieces, noise and mixed case."""
    check = draw(st.sampled_from(_gated_checks()))
    words = list(check.check_type.items)
    noise = [" ", "-", "'", ",", ".", "\n", "\u00e9", "\u0130", "\u017f", "_", "3", "x", "the"]
    pieces = draw(
        st.lists(
            st.sampled_from(words)
            | st.sampled_from(words).map(lambda w: w[: len(w) // 2])
            | st.sampled_from(noise)
            | st.text(max_size=3),
            max_size=12,
        )
    )
    upper = draw(st.lists(st.booleans(), max_size=40))
    text = "".join(pieces)
    text = "".join(c.upper() if i < len(upper) and upper[i] else c for i, c in enumerate(text))
    if draw(st.booleans()):  # letters written as the characters that fold onto them
        text = text.translate(str.maketrans({"s": "\u017f", "k": "\u212a", "i": "\u0130"}))
    return check, text


@settings(max_examples=600, deadline=None)
@given(_check_and_text())
def test_whenever_a_gated_check_finds_something_the_gate_lets_it_run(case):
    check, text = case
    if _found(check, text):
        assert not gate.cannot_match(check, gate.StoryText(text))
