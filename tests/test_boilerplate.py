"""BP101 stray-page-line: short non-sentence lines judged from the story's own shape, and the
boilerplate family as a whole on stories written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import lint

from newslint.types import Applicability, Severity

SEED = Path(__file__).resolve().parents[2] / "shared/seed/seed-article.txt"

PARAGRAPHS = [
    "The harbour board voted on Tuesday to dredge the eastern channel before the autumn storms arrive.",
    "Dredging will cost the board about two million pounds, its finance director told the meeting.",
    "Fishing crews have complained for years that silt in the channel damages their boats at low tide.",
    "The work is due to start in June and should take eleven weeks, the harbour master said.",
    "A second vote, on raising mooring fees, was put off until the board meets again in March.",
]


def story(*inserts: tuple[int, str], headline: str = "Harbour board backs channel dredging") -> str:
    """The test story with extra lines put in before paragraph ``i`` (0-based), blank-separated."""
    blocks = [headline]
    for i, para in enumerate(PARAGRAPHS):
        blocks.extend(text for at, text in inserts if at == i)
        blocks.append(para)
    blocks.extend(text for at, text in inserts if at == len(PARAGRAPHS))
    return "\n\n".join(blocks) + "\n"


def bp101(text: str) -> list:
    return [d for d in lint(text, select=("BP101",))]


def line_of(text: str, needle: str) -> int:
    return text.split("\n").index(needle) + 1


@pytest.mark.parametrize("residue", ["Generic selectors", "Chron Shop", "Garden Buzz!", "Fantasy Picks"])
def test_a_line_that_shares_nothing_with_the_story_between_paragraphs_is_reported(residue):
    text = story((2, residue))
    found = bp101(text)
    assert [d.start.line for d in found] == [line_of(text, residue)]
    assert found[0].severity in (Severity.WARNING, Severity.ERROR)
    assert found[0].message.startswith("page residue (") and f"'{residue}'" in found[0].message


def test_the_fix_deletes_the_line_and_is_never_safe():
    text = story((2, "Generic selectors"))
    (d,) = bp101(text)
    assert d.fix.applicability in (Applicability.UNSAFE, Applicability.DISPLAY_ONLY)
    (edit,) = d.fix.edits
    # the line and one of the blank lines around it: the paragraphs close up with one blank line
    assert (text[edit.span.start : edit.span.end], edit.replacement) == ("Generic selectors\n\n", "")


def test_headlines_of_other_stories_below_the_story_are_reported():
    teasers = ["Mayor Opens New Library Wing In Old Town", "Council Tax Rise Approved For Next Year"]
    text = story(*[(len(PARAGRAPHS), t) for t in teasers])
    found = bp101(text)
    assert [d.start.line for d in found] == [line_of(text, t) for t in teasers]


def test_a_first_line_of_menu_residue_above_the_real_headline_is_flagged():
    text = "Weekend Planner\n\n" + story()
    found = bp101(text)
    assert [d.start.line for d in found] == [1]


@pytest.mark.parametrize(
    "line",
    [
        "Dredging costs questioned",  # a subhead that names the story's matter
        "- Channel silt -",  # a marked subhead, AFP style
        '"We cannot wait another winter."',  # a one-line quote paragraph
        "Anyone who has seen it knows the channel is a disgrace, she said.",  # a sentence
    ],
)
def test_the_story_own_short_lines_are_not_flagged(line):
    assert bp101(story((2, line))) == []


@pytest.mark.parametrize("line", ["PORTHAVEN, March 3 (Reuters) -", "Kelham Park, Porthaven"])
def test_a_dateline_or_a_name_and_place_line_is_left_alone(line):
    assert [d for d in bp101(story((2, line))) if d.severity is not Severity.INFO] == []


def test_a_bare_date_between_paragraphs_is_at_most_a_time_stamp():
    # the issue-15 pool counts bare dates pasted from a page ("19 November 2019") as residue
    found = bp101(story((2, "Friday, 4 March")))
    assert all("(byline or time stamp," in d.message for d in found)


def test_the_headline_itself_is_never_flagged_even_when_it_shares_no_words():
    assert bp101(story(headline="Tides of change")) == []


def test_a_standfirst_under_the_headline_is_not_flagged():
    assert bp101(story((0, "Fishermen say delays risk lives"))) == []


def test_a_sign_off_line_is_not_flagged():
    text = story((len(PARAGRAPHS), "Coastline Press is an independent news agency."))
    assert bp101(text) == []


def test_a_byline_line_in_the_copy_is_residue_above_the_body_and_between_paragraphs():
    # issue 15: a byline pasted into the body text (the CMS has a field for it) is residue; it
    # used to be info above the body
    for at in (0, 3):
        (d,) = bp101(story((at, "By Imogen Castell")))
        assert d.severity in (Severity.WARNING, Severity.ERROR) and "(byline or time stamp," in d.message


def test_a_table_or_info_box_glued_into_one_block_is_left_alone():
    box = "Tickets\nAdults: 12 pounds\nChildren: 6 pounds"
    assert bp101(story((len(PARAGRAPHS), box))) == []


def test_a_fixture_list_of_three_or_more_rows_is_left_alone():
    rows = ["Porthaven v Kelham", "Steyning v Aldbury", "Marwick v Tolland"]
    assert bp101(story(*[(len(PARAGRAPHS), r) for r in rows])) == []


def test_a_story_that_writes_its_own_subheads_keeps_its_sentence_case_ones():
    text = story((1, "Why the silt matters to crews"), (3, "Storm season looms"))
    # "Why the silt matters to crews" shares words with the story: a subhead, so the story uses
    # subheads, and "Storm season looms" (sharing none) is taken for one more.
    assert bp101(text) == []


def test_title_case_crossheads_run_through_a_story_are_its_own():
    heads = [
        "Plans Drawn Up Over Winter Months",
        "Costs Rise Again For Second Year",
        "Crews Wait For Final Go Ahead",
    ]
    text = story(*[(i + 1, h) for i, h in enumerate(heads)])
    assert bp101(text) == []


def test_a_line_a_pattern_rule_reports_gets_no_second_diagnostic():
    text = story((2, "Share this article"))
    found = lint(text, select=("BP",))
    assert [d.code for d in found] == ["BP002"]


def test_a_story_without_paragraphs_gives_nothing():
    assert bp101("Headline\n\nMenu\n\nMore\n") == []


def test_pasted_residue_block_gets_one_diagnostic_per_line_with_its_kind():
    text = story(
        (0, "Published: 09:15 AM, 14 Mar, 2025\nGet it on Google Play\nFollow us on Twitter\nSubscribe now")
    )
    found = [d for d in lint(text, select=("BP",)) if d.severity is not Severity.INFO]
    assert [(d.start.line, d.code) for d in found] == [(3, "BP008"), (4, "BP001"), (5, "BP002"), (6, "BP003")]
    assert [d.severity for d in found] == [Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.ERROR]
    assert found[1].message.startswith("app-store promo")
    assert found[0].message.startswith("publication stamp")
    assert found[1].fix.applicability is Applicability.SAFE


def test_explain_documents_the_structural_rule(run_cli):
    result = run_cli("explain", "BP101")
    assert result.exit_code == 0
    assert "What it does" in result.output and "Fix safety" in result.output


def test_on_the_seed_story_only_the_residue_lines_and_the_split_paragraph_are_reported():
    if not SEED.is_file():
        pytest.skip(f"the seed story is not at {SEED}")
    found = [
        d
        for d in lint(SEED.read_text(encoding="utf-8"), select=("BP", "ST"))
        if d.severity is not Severity.INFO
    ]
    assert sorted({d.start.line for d in found}) == [5, 6, 7, 8, 9, 29]
    split = [d for d in found if d.code == "ST003"]
    assert split and split[0].end.line == 31


def test_bp101_leaves_a_line_to_a_pack_rule_only_when_that_rule_is_selected():
    """One line, one diagnostic — but a pack rule the config ignores does not silence BP101."""
    text = (
        "Harbour plan backed\n\n"
        "The council backed the harbour plan on Monday after a long debate about the cost of the new wall.\n\n"
        "Share this article on Facebook\n\n"
        "Work will start in the spring, the council said, once the designs are ready.\n"
    )
    assert [(d.code, d.start.line) for d in lint(text, select=("BP",))] == [("BP002", 5)]
    assert [(d.code, d.start.line) for d in lint(text, select=("BP",), ignore=("BP002",))] == [("BP101", 5)]
    assert [(d.code, d.start.line) for d in lint(text, select=("BP101",))] == [("BP101", 5)]
