"""GR rules (missing function words) on sentences written for these tests: where each finding
starts, the word its fix inserts, info without a fix inside quoted speech, headlines skipped,
and the figure of issue 16 on tests/stories/slips (30 slips, 30 lookalikes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import lint

from newslint.api import explain
from newslint.types import Applicability, Severity

STORIES = Path(__file__).parent / "stories" / "slips"


def gr(text: str) -> list:
    return lint(text, select=("GR",))


def story(body: str) -> str:
    return "Headline for the test\n\n" + body


@pytest.mark.parametrize(
    "body, code, column, word",
    [
        ("The pier is one the oldest in the county.", "GR001", 13, "of"),
        ("Several the best-known chefs signed the letter.", "GR001", 1, "of"),
        ("A number councillors walked out.", "GR002", 1, "of"),
        ("The shop sells a wide range products.", "GR002", 16, "of"),
        ("Fans gathered in front the stadium.", "GR003", 15, "of"),
        ("The race went ahead in spite the wind.", "GR003", 21, "of"),
        ("Sales rose, according a survey.", "GR004", 13, "to"),
        ("Prior the vote, MPs debated for hours.", "GR004", 1, "to"),
        ("Officials want make the rules simpler.", "GR005", 11, "to"),
        ("The club is going appeal against the ban.", "GR005", 13, "to"),
        ("Engineers had to adapt it the colder climate.", "GR006", 18, "to"),
        ("The new law would limit them three terms.", "GR006", 19, "to"),
    ],
)
def test_a_slip_is_a_warning_whose_fix_inserts_the_missing_word(body, code, column, word):
    (d,) = gr(story(body))
    assert (d.code, d.start.line, d.start.column, d.severity) == (code, 3, column, Severity.WARNING)
    assert d.fix.applicability is Applicability.UNSAFE
    (edit,) = d.fix.edits
    assert edit.span.start == edit.span.end and edit.replacement == " " + word
    text = story(body)
    fixed = text[: edit.span.start] + edit.replacement + text[edit.span.end :]
    assert gr(fixed) == []
    assert d.suggestions and f" {word} " in d.suggestions[0]


@pytest.mark.parametrize(
    "body",
    [
        'The coach said: "He is one the best players I have seen."',
        '"We are going do it our way," she said.',
        '"We had to adapt it the new rules," the manager said.',
    ],
)
def test_inside_quoted_speech_a_slip_is_info_and_never_fixed(body):
    (d,) = gr(story(body))
    assert d.severity is Severity.INFO and d.fix is None


def test_a_config_severity_still_applies_to_the_rule():
    (d,) = lint(story("The pier is one the oldest in the county."), select=("GR001",),
                severity={"GR001": Severity.ERROR})
    assert d.severity is Severity.ERROR


@pytest.mark.parametrize(
    "text",
    [
        "One the oldest piers in the county burns\n\nThe pier caught fire on Monday.",
        "Council going review parking\n\nThe council met on Monday.",
    ],
)
def test_headlines_are_skipped(text):
    assert gr(text) == []


@pytest.mark.parametrize(
    "body",
    [
        "The plans make sense, the minister said.",  # a plural noun, not the verb "plans"
        "Their hopes come from the new coach.",
        "They want work, not charity.",  # "work" is a noun here
        "The roads need repair after the storm.",
        "All you need do is sign the form.",  # modal "need"
        "No one need know about the deal.",
        "If need be, the army will help.",
        "The defender refused bail at the hearing.",
        "She makes a wish come true every year.",
        "The going got tough in the second half.",
        "He plans to go home.",
    ],
)
def test_a_catenative_reading_is_needed_before_gr005_speaks(body):
    assert gr(story(body)) == []


def test_an_s_form_that_is_a_noun_too_is_a_verb_after_he_she_it_or_who():
    (d,) = gr(story("He plans go home early."))
    assert d.code == "GR005" and d.fix.edits[0].replacement == " to"


def test_a_slip_across_a_hard_wrapped_line_is_found_and_quoted_on_one_line():
    (d,) = gr(story("The bridge is one the\noldest in the county."))
    assert d.message == "'one the oldest' is missing 'of': 'one of the oldest'"


def _blocks(name: str) -> list[str]:
    lines = [ln for ln in (STORIES / name).read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    out = []
    for block in "\n".join(lines).split("\n---\n"):
        head, body = block.strip("\n").split("\n", 1)
        out.append(head + "\n\n" + body)
    return out


def _warned(text: str) -> bool:
    return any(d.severity is not Severity.INFO for d in lint(text, select=("GR", "FC")))


def test_issue_16_figure_on_the_test_stories():
    """30 slips of the GR/FC shapes -> at least 27 caught; 30 lookalikes -> at most 1 alarm.
    (Measured: 27/30 caught, 0/30 alarms. Missed: "thanks pressure" with no determiner after
    it, and "decided close", "vowed fight" whose verb is a noun or adjective too.)"""
    slips, lookalikes = _blocks("slips.txt"), _blocks("lookalikes.txt")
    assert len(slips) == 30 and len(lookalikes) == 30
    caught = [s for s in slips if _warned(s)]
    alarms = [s for s in lookalikes if _warned(s)]
    assert len(caught) >= 27, [s for s in slips if s not in caught]
    assert len(alarms) <= 1, alarms


@pytest.mark.parametrize("code", ["GR001", "GR002", "GR003", "GR004", "GR005", "GR006"])
def test_explain_says_which_shapes_a_rule_covers_and_that_it_is_no_grammar_checker(code):
    text = explain(code)
    assert "not a grammar checker" in text
    assert "Quoted speech" in text or "quoted speech" in text


@pytest.mark.parametrize(
    "extra",
    [
        "",
        "They are going be late, wanting see it; unwanted do. Going\ngo.",
        "Kelvin: \u212a. They are goinG BE late.",  # a character that folds to ASCII: the plain search
        "\u0130stanbul: they want see the city, and ſeem be happy.",
    ],
)
def test_the_fast_gr005_search_finds_exactly_what_the_pattern_finds(extra):
    """The speed trick in ``catenative.matches`` against the plain ``finditer``."""
    from newslint.checks.slips.catenative import _pattern, matches

    texts = _blocks("slips.txt") + _blocks("lookalikes.txt")
    for text in [t + " " + extra for t in texts] + [extra]:
        for start in (0, 7):
            plain = [m.span() for m in _pattern().finditer(text, start)]
            assert [m.span() for m in matches(text, start)] == plain
