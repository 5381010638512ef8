"""ST rules: repeated words, duplicated and near-duplicated paragraphs, split paragraphs and
unbalanced brackets or quotation marks, on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import lint

from newslint.types import Applicability, Severity


def found(text: str, code: str) -> list:
    return [d for d in lint(text, select=(code,))]


# -- ST001 repeated-word --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, column",
    [
        ("The ferry left the the harbour at dawn.", 20),
        ("Critics said the programs that that have run late will close.", 32),
        ("Inspectors found that that Harbourline had broken the rules.", 23),
        ("This is is the last chance, the mayor said.", 9),
        ("The council said it would\nwould review the plan.", 1),
    ],
)
def test_a_doubled_word_is_flagged_where_the_second_copy_starts(text, column):
    (d,) = found(text, "ST001")
    assert d.start.column == column and d.severity is Severity.ERROR
    assert d.fix.applicability is Applicability.SAFE


@pytest.mark.parametrize(
    "text",
    [
        "She said that that was the end of the matter.",
        "I can tell you that that penalty was never given.",
        "What it is is a tax on drivers, he said.",
        "He had had enough of the delays.",
        "The in in-fighting is the first word of the line.",  # 'in' then 'in-fighting'
        "Officials visited Walla Walla on Monday.",
        "It was hush hush until the vote.",
    ],
)
def test_grammatical_doubles_and_names_are_left_alone(text):
    assert found(text, "ST001") == []


def test_the_fix_removes_the_second_copy_and_its_space():
    text = "The ferry left the the harbour at dawn."
    (d,) = found(text, "ST001")
    (edit,) = d.fix.edits
    assert (
        text[: edit.span.start] + edit.replacement + text[edit.span.end :]
        == "The ferry left the harbour at dawn."
    )


# -- ST002 duplicate-paragraph --------------------------------------------------------------------

LONG = "The ferry company said on Monday that crossings to the island would resume next week after repairs."


def test_the_headline_repeated_in_the_body_is_an_error_with_a_safe_fix():
    text = "Island ferries to resume next week\n\nIsland ferries to resume next week\n\n" + LONG + "\n"
    (d,) = found(text, "ST002")
    assert (d.start.line, d.severity) == (3, Severity.ERROR)
    assert d.message.startswith("repeated headline") and d.fix.applicability is Applicability.SAFE


def test_the_headline_with_a_site_name_tail_is_a_repeated_headline_with_an_unsafe_fix():
    text = (
        "Island ferries to resume next week\n\nIsland ferries to resume next week | Coastline Daily\n\n"
        + LONG
        + "\n"
    )
    (d,) = found(text, "ST002")
    assert d.start.line == 3 and "site or section name" in d.message
    assert d.fix.applicability is Applicability.UNSAFE


def test_a_nearly_identical_paragraph_is_a_warning_naming_the_first_copy():
    near = LONG.replace("on Monday", "on Tuesday")
    text = "Ferries\n\n" + LONG + "\n\nPassengers welcomed the news.\n\n" + near + "\n"
    (d,) = found(text, "ST002")
    assert (d.start.line, d.severity) == (7, Severity.WARNING)
    assert d.message == "near-duplicate paragraph: repeats line 3"


def test_different_paragraphs_and_short_repeated_lines_are_not_duplicates():
    other = "The ferry company said on Monday that fares to the island would rise by a fifth next spring."
    text = "Ferries\n\n" + LONG + "\n\n" + other + "\n\nHe agreed.\n\nHe agreed.\n"
    assert found(text, "ST002") == []


# -- ST003 split-paragraph ------------------------------------------------------------------------


def test_a_paragraph_ending_in_a_comma_then_one_in_lower_case_is_a_split():
    text = 'Ferries\n\nThe old pier is "a danger to everyone who uses it",\n\nsaid Rosa Lint, who runs the cafe.\n'
    (d,) = found(text, "ST003")
    assert (d.start.line, d.end.line, d.severity) == (3, 5, Severity.WARNING)
    (edit,) = d.fix.edits
    assert text[: edit.span.start] + edit.replacement + text[edit.span.end :] == (
        'Ferries\n\nThe old pier is "a danger to everyone who uses it", said Rosa Lint, who runs the cafe.\n'
    )
    assert d.fix.applicability is Applicability.UNSAFE


def test_a_paragraph_stopping_without_punctuation_is_only_info():
    text = "Ferries\n\nThe first crossing on Saturday will carry the harbour master and\n\nthe mayor, the company said.\n"
    assert [d.severity for d in found(text, "ST003")] == [Severity.INFO]


@pytest.mark.parametrize(
    "text",
    [
        "Ferries\n\nThe company said the new boats would arrive in May.\n\nthe end.\n",  # full stop
        "Ferries\n\nThe company bought three new boats last year for the route,\n\niPhone users can book online.\n",
        "Ferries\n\nWhat passengers need\n\ntickets, a photo card and patience.\n",  # a label
    ],
)
def test_full_stops_brands_and_labels_are_not_splits(text):
    assert found(text, "ST003") == []


# -- ST004 unbalanced-marks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, column, words",
    [
        ("The mayor (who resigned on Friday said the plan had failed.", 11, "'(' is never closed"),
        ("The plan had failed, the mayor said) on Friday.", 36, "')' closes something"),
        ("He called it “a disgrace and walked out.", 14, "'“' is never closed"),
        ("It was a disgrace,” he said.", 19, "'”' closes something"),
    ],
)
def test_an_unbalanced_bracket_or_curly_quote_is_a_warning(text, column, words):
    (d,) = found(text, "ST004")
    assert d.start.column == column and words in d.message and d.severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild the pier.\n\n“It will take two years,” she said.",  # quote carried on
        '"It was a disgrace,” he said.',  # a mixed pair is balanced
        "1) Buy a ticket (cash or card) before boarding.",  # an enumerator
        "He said (and meant it) that the pier would reopen.",
        'She is 5\'10" tall and said "never" twice.',
    ],
)
def test_balanced_carried_on_and_mixed_marks_are_left_alone(text):
    assert found(text, "ST004") == []
