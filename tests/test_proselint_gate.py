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
    pieces = (
        st.sampled_from(words)
        | st.sampled_from(words).map(lambda w: w[: len(w) // 2])
        | st.sampled_from(noise)
        | st.text(max_size=3)
    )
    return check, _mixed_case_text(draw, pieces)


def _mixed_case_text(draw, pieces):
    """Up to 12 pieces joined, some letters upper-cased, and sometimes letters written as the
    characters that case-fold onto them (the cases a gate's lower-cased search must not miss)."""
    text = "".join(draw(st.lists(pieces, max_size=12)))
    upper = draw(st.lists(st.booleans(), max_size=40))
    text = "".join(c.upper() if i < len(upper) and upper[i] else c for i, c in enumerate(text))
    if draw(st.booleans()):
        text = text.translate(str.maketrans({"s": "\u017f", "k": "\u212a", "i": "\u0130"}))
    return text


@settings(max_examples=600, deadline=None)
@given(_check_and_text())
def test_whenever_a_gated_check_finds_something_the_gate_lets_it_run(case):
    check, text = case
    if _found(check, text):
        assert not gate.cannot_match(check, gate.StoryText(text))


def _pattern_gated_checks():
    from proselint.checks import __register__

    return [c for c in __register__ if gate.gate_of(c) is None and gate.pattern_gate_of(c) is not None]


def test_checks_that_are_patterns_get_the_looser_gate():
    checks = _pattern_gated_checks()
    assert len(checks) >= 25
    assert {type(c.check_type).__name__ for c in checks} >= {"ExistenceSimple", "Existence", "PreferredForms"}
    assert all(len(gate.pattern_gate_of(c).contains) <= gate.MAX_PATTERN_STRINGS for c in checks)


def test_a_pattern_gate_holds_the_strings_every_match_needs():
    from proselint.checks import __register__

    check = next(c for c in __register__ if c.path == "typography.symbols.sentence_spacing")
    assert gate.pattern_gate_of(check).contains == (".   ",)
    assert gate.cannot_match(check, gate.StoryText("One.  Two. Three."))
    assert _found(check, "One.   Two.") and not gate.cannot_match(check, gate.StoryText("One.   Two."))


@st.composite
def _pattern_check_and_text(draw):
    """A pattern-gated check and a text of its needed strings, their pieces, what its patterns
    often hold around them (digits, am/pm, quotes), noise and mixed case."""
    check = draw(st.sampled_from(_pattern_gated_checks()))
    needed = list(gate.pattern_gate_of(check).contains)
    noise = [" ", "-", "'", '"', ",", ".", "\n", "3", "12", " am", "p.m.", "x", "the", "s", "ly", "$",
             "\u00e9", "\u0130", "\u017f", "\u212a", " "]
    pieces = (
        st.sampled_from(needed)
        | st.sampled_from(needed).map(lambda w: w[: len(w) // 2 + 1])
        | st.sampled_from(needed).map(lambda w: w[len(w) // 2 :])
        | st.sampled_from(noise)
        | st.text(max_size=3)
    )
    return check, _mixed_case_text(draw, pieces)


@settings(max_examples=1500, deadline=None)
@given(_pattern_check_and_text())
def test_whenever_a_pattern_gated_check_finds_something_the_gate_lets_it_run(case):
    check, text = case
    if _found(check, text):
        assert not gate.cannot_match(check, gate.StoryText(text))


def test_every_pattern_gated_check_that_finds_its_own_strings_is_let_through():
    """Each check's needed strings, written into a sentence: whatever the check finds there,
    the gate lets it run."""
    for check in _pattern_gated_checks():
        for s in gate.pattern_gate_of(check).contains:
            for text in (f"It was {s} 12 pm {s}.", s, f'"{s} 3 x 4 "', s.upper()):
                if _found(check, text):
                    assert not gate.cannot_match(check, gate.StoryText(text)), (check.path, text)
