"""ST rules: repeated words, duplicated and near-duplicated paragraphs, split paragraphs and
unbalanced brackets or quotation marks, on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import lint

from newslint.api import fix_text
from newslint.config import Config
from newslint.types import Applicability, Severity


def found(text: str, code: str) -> list:
    return [d for d in lint(text, select=(code,))]


# -- ST001 repeated-word --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, column, applicability",
    [
        ("The ferry left the the harbour at dawn.", 20, Applicability.SAFE),
        ("Talks resumed on on Monday after a break.", 18, Applicability.SAFE),
        ("This is is the last chance, the mayor said.", 9, Applicability.SAFE),
        # "that that" and most other doubles can be grammatical somewhere ("so that that is"), so
        # the deletion is offered, not made by --fix (issue 20: a safe fix is one that cannot be wrong)
        ("Critics said the programs that that have run late will close.", 32, Applicability.UNSAFE),
        ("Inspectors found that that Harbourline had broken the rules.", 23, Applicability.UNSAFE),
        ("The council said it would\nwould review the plan.", 1, Applicability.UNSAFE),
        # a determiner after "that that": no demonstrative reading
        ("Police said that that no one was hurt.", 18, Applicability.UNSAFE),
        # a wh- word that is its clause's subject strands no preposition
        ("The coach, who wanted her to to sing, left.", 30, Applicability.SAFE),
        ("The singer, who has stayed friends with with the family, spoke.", 41, Applicability.SAFE),
        ("Asked about the vote, she said in in a letter that it was fair.", 35, Applicability.SAFE),
        ("The pianist, who also struggled with with a sore wrist, played on.", 38, Applicability.SAFE),
        ("It ended a run that that began in May.", 21, Applicability.UNSAFE),
    ],
)
def test_a_doubled_word_is_flagged_where_the_second_copy_starts(text, column, applicability):
    (d,) = found(text, "ST001")
    assert d.start.column == column and d.severity is Severity.ERROR
    assert d.fix.applicability is applicability


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
        "Police were called to a break-in in 1999 and again last year.",  # a compound, then 'in'
        "The lock was fixed so that that is no longer a worry.",
        "Ministers stress that that is the motivation for the new levy.",  # a that-clause verb
        "The mayor explained that that was why the ferry stopped.",
        "It was simple things like that that made him a good neighbour.",
        "It is the town she grew up in in the 1990s, before the mill closed.",
        "Nobody knew what they had been waiting for for so long.",
        "It is the house that my parents lived in in the 1990s.",
        "Shares rose at AT&T on Monday.",  # 'at' then the name 'AT&T'
        "The senior law lord Lord Carrow said the rules were unfair.",  # a title before a name
    ],
)
def test_grammatical_doubles_and_names_are_left_alone(text):
    assert found(text, "ST001") == []


def test_correct_doubles_are_byte_identical_after_fix_and_the_slip_beside_them_is_fixed():
    text = (
        "Police were called to a break-in in 1999 and again last year.\n\n"
        "The lock was fixed so that that is no longer a worry, the the owner said.\n"
    )
    fixed = fix_text(text, config=Config(select=("ST",))).text
    assert fixed == text.replace("the the owner", "the owner")


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


def test_short_list_items_a_page_repeats_by_design_are_not_duplicates():
    items = ["Tide clock for 40 pounds", "Brass barometer for 95 pounds", "Chart of the estuary for 12 pounds"]
    blocks = ["Gifts for sailors", LONG]
    for item in items:
        blocks += [item, "Buy it now: Chandlery Direct"]
    text = "\n\n".join(blocks) + "\n"
    assert found(text, "ST002") == []


def test_table_rows_that_differ_only_in_their_figures_are_not_near_copies():
    rows = [
        "Operating profit 31.4 mln stg vs 28.2 mln stg in first half",
        "Operating profit 12.9 mln stg vs 11.7 mln stg in second half",
    ]
    text = "Harbourline results\n\n" + LONG + "\n\n" + "\n\n".join(rows) + "\n"
    assert found(text, "ST002") == []


def test_a_page_made_from_a_template_repeats_its_short_lines_by_design():
    dishes = ["Fish pie", "Crab salad", "Mussel soup"]
    blocks = ["Harbour week meal plan", LONG]
    for day in range(2):
        for dish in dishes:
            blocks += [f"Day {day + 1}: {dish}", f"{dish} portions: 1 green, 1 red, 1 tsp."]
    text = "\n\n".join(blocks) + "\n"
    assert found(text, "ST002") == []
    # the long paragraph pasted twice in the same page is still a copy
    (d,) = found(text + "\n" + LONG + "\n", "ST002")
    assert d.message.startswith("duplicated paragraph")


def test_lists_of_quantities_repeated_through_a_meal_plan_are_not_copies():
    lunch = "Crab Salad [1 cup lettuce, 4 oz. crab, ½ cup beans, 1 tsp. olive oil, 2 tsp. lemon juice]"
    snack = "1 apple, 2 oat cakes, 1 tsp. peanut butter (or 10 almonds)"
    nearly = lunch.replace("4 oz.", "6 oz.")
    text = "\n\n".join(["Harbour week meal plan", LONG, "Day 1", lunch, snack, "Day 2", nearly, snack]) + "\n"
    assert found(text, "ST002") == []
    # a paragraph with a figure or two in its clauses, pasted twice, is still a copy
    para = "The ferry carried 120 passengers, 14 cars and 3 lorries on its first crossing since March."
    (d,) = found("\n\n".join(["Ferries", LONG, para, para]) + "\n", "ST002")
    assert d.message.startswith("duplicated paragraph")


def test_a_short_sentence_pasted_twice_is_still_a_duplicate():
    text = "Ferries\n\n" + LONG + "\n\nThe pier reopens in May.\n\nThe pier reopens in May.\n"
    (d,) = found(text, "ST002")
    assert d.start.line == 7 and d.message == "duplicated paragraph: repeats line 5"


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
        "The board can a) raise fees, b) cut the service or c) sell the ferry.",  # list markers
        "Options: i) repair the pier; ii) rebuild it.",
        "Thanks for the lift :-) see you on Monday ;) and bring cake :(",  # faces
        "(She called it a triumph :-))",
        "“It was a disgrace,’’ he said, and ‘‘a waste of money”.",  # two single quotes for one double
    ],
)
def test_balanced_carried_on_and_mixed_marks_are_left_alone(text):
    assert found(text, "ST004") == []


@pytest.mark.parametrize(
    "text, column",
    [
        ("The board can a) raise fees (or cut the service.", 29),  # a real bracket beside markers
        ("She smiled :-) and said (quietly that it was over.", 25),
    ],
)
def test_a_real_unbalanced_bracket_beside_markers_and_faces_is_still_flagged(text, column):
    (d,) = found(text, "ST004")
    assert d.start.column == column


def test_the_split_paragraph_message_names_the_line_of_the_stray_word():
    text = 'Ferries\n\nThe old pier is "a danger to everyone who uses it",\n\nsaid Rosa Lint, who runs the cafe.\n'
    (d,) = found(text, "ST003")
    assert d.start.line == 3 and "'said' (line 5)" in d.message
