"""The shortcut that skips proselint's preferred-forms check must never hide a finding."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks import _proselint_gate as gate


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


def _pieces():
    check = _preferred_forms()
    words = list(check.check_type.items)[:60]
    noise = ["the", "a", " ", "-", "'", ",", ".", "\n", "ö", "İ", "x", "ab"]
    return st.lists(st.sampled_from(words + noise) | st.text(max_size=3), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_pieces(), st.lists(st.booleans(), max_size=40))
def test_whenever_the_check_finds_something_the_gate_lets_it_run(pieces, upper):
    check = _preferred_forms()
    text = "".join(pieces)
    text = "".join(c.upper() if i < len(upper) and upper[i] else c for i, c in enumerate(text))
    if _found(check, text):
        assert not gate.cannot_match(check, gate.StoryText(text))
