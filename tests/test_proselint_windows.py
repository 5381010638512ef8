"""A word-list check run on the lines that can hold its words must give what the whole-text run
gives: the same results, spans and order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks.proselint import adapter, gate, windows


def _gated_checks():
    """The gated checks that run on Python's ``re``: the ones run on their lines."""
    from proselint.checks import __register__
    from proselint.registry.checks.engine import Fancy

    return [c for c in __register__ if gate.gate_of(c) is not None and isinstance(c.engine, Fancy)]


def _both_ways(check, text: str) -> tuple[list, list | None]:
    content = f"\n{text}\n"
    story = gate.StoryText(text)
    lines = windows.StoryLines(content, story) if story.usable else None
    found = windows.windowed_results(check, story, lines)
    return list(check.check_with_flags(content)), None if found is None else list(found)


@st.composite
def _check_and_story(draw):
    """A gated check and a many-line text of its words, their pieces, noise and mixed case."""
    check = draw(st.sampled_from(_gated_checks()))
    words = list(check.check_type.items)
    noise = [" ", "-", "'", ",", ".", "\n", "\n\n", "\u00e9", "_", "3", "x", "the", '"', "\t"]
    pieces = draw(
        st.lists(
            st.sampled_from(words) | st.sampled_from(words).map(lambda w: w[: len(w) // 2]) | st.sampled_from(noise),
            max_size=40,
        )
    )
    upper = draw(st.lists(st.booleans(), max_size=80))
    text = "".join(pieces)
    return check, "".join(c.upper() if i < len(upper) and upper[i] else c for i, c in enumerate(text))


@settings(max_examples=400, deadline=None)
@given(_check_and_story())
def test_a_gated_check_on_its_lines_finds_what_it_finds_on_the_whole_text(case):
    check, text = case
    plain, windowed = _both_ways(check, text)
    assert windowed is not None
    assert windowed == plain


def test_a_ppm_threshold_check_picks_the_same_result_from_the_lines():
    from proselint.registry.checks import CheckFlags

    listed = _gated_checks()[0]  # none of proselint's gated checks has a threshold: give one
    check = listed._replace(flags=CheckFlags(ppm_threshold=300))
    word = next(iter(check.check_type.items))
    text = "\n".join(f"Line {i} has {word} in it." if i % 3 == 0 else f"Line {i} has none." for i in range(400))
    plain, windowed = _both_ways(check, text)
    assert len(plain) == 1 and "ppm" in plain[0].message and windowed == plain


def test_a_long_story_runs_the_gated_checks_on_their_lines_with_the_plain_results(monkeypatch):
    from proselint.checks.misc.preferred_forms import check

    word = sorted(check.check_type.items)[0]
    line = "The council said on Tuesday that the plan would go ahead, officials confirmed."
    text = "\n\n".join(f"{line} {word.upper() if i % 2 else word}, 'quoted {word}' said {i}." if i % 97 == 0 else line
                       for i in range(1000))
    assert len(text) > windows.WINDOWED_FROM_CHARS
    view = adapter._ProselintView(text)
    assert windows.windowed_results(check, view.story, view.lines) is not None
    families = [f.family for f in adapter.FAMILIES]
    windowed = [adapter.lint_family(text, f) for f in families]
    monkeypatch.setattr(windows, "WINDOWED_FROM_CHARS", 10**12)
    assert adapter._ProselintView(text).lines is None
    plain = [adapter.lint_family(text, f) for f in families]
    assert windowed == plain and any(windowed)


@pytest.mark.parametrize("text", ["short story", "\u212a" + "x" * 60_000])
def test_short_stories_and_folding_characters_keep_the_whole_text_run(text):
    assert adapter._ProselintView(text).lines is None


def test_re2_word_lists_are_not_run_on_lines_since_their_matches_are_not_local():
    from proselint.checks import __register__

    check = next(c for c in __register__ if c.path == "annotations.misc")
    plain, windowed = _both_ways(check, "FIXMEFIXME\nFIXME")
    assert windowed is None
    assert [r.span for r in plain] == [(1, 6), (6, 11), (12, 17)]  # proselint's own reading
