"""Wire and page structure is not residue (issue 20, item 2): stories written for these tests
keep every correct line byte-identical after ``--fix --unsafe-fixes``, while a real piece of
residue pasted beside the structure is still found and deleted."""

from __future__ import annotations

import pytest
from conftest import lint
from test_boilerplate import PARAGRAPHS

from newslint.api import fix_text
from newslint.checks.boilerplate.residue.context import StoryContext
from newslint.checks.boilerplate.residue.structure import PageStructure
from newslint.checks.boilerplate.shape import StoryShape
from newslint.config import Config
from newslint.document import Document
from newslint.types import Severity

HEADLINE = "Harbour board backs channel dredging"
RESIDUE = "Listen to this article"


def build(*blocks: str, headline: str = HEADLINE) -> str:
    return "\n\n".join([headline, *blocks]) + "\n"


def reported(text: str) -> list:
    return [d for d in lint(text, select=("BP", "ST")) if d.severity in (Severity.WARNING, Severity.ERROR)]


def assert_left_alone_and_residue_still_caught(*blocks: str, residue_at: int = 1) -> None:
    text = build(*blocks)
    assert reported(text) == []
    assert fix_text(text, config=Config(select=("BP", "ST")), unsafe=True).text == text
    with_residue = build(*blocks[:residue_at], RESIDUE, *blocks[residue_at:])
    found = reported(with_residue)
    assert [(d.code, d.start.line) for d in found] == [("BP101", 2 * residue_at + 3)]
    assert fix_text(with_residue, config=Config(select=("BP", "ST")), unsafe=True).text == text


@pytest.mark.parametrize("sign_off", ["REUTER", "Reuter", "AP", "AFP", "-30-"])
def test_a_wire_sign_off_is_the_story_own_last_line(sign_off):
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS, sign_off)


@pytest.mark.parametrize(
    "note",
    [
        "(Reporting by Ada Lind; Editing by Tomas Brandt)",
        "(Additional reporting by Kofi Mensah in Kelham)",
        "With Post wires",
        "With files from The Coastline Press",
    ],
)
def test_reporting_credits_at_the_end_are_left_alone(note):
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS, note)


@pytest.mark.parametrize("dateline", ["PORTHAVEN, March 3 (Reuters) -", "KELHAM, England (AP) —", "PORTHAVEN --"])
def test_a_dateline_on_a_line_of_its_own_is_left_alone(dateline):
    assert_left_alone_and_residue_still_caught(dateline, *PARAGRAPHS, residue_at=3)


def test_a_fixture_list_is_left_alone():
    fixtures = ["Porthaven v Kelham", "Steyning v Aldbury or Tolland", "Marwick v Easton", "Lydd v Rye"]
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS[:3], *fixtures, *PARAGRAPHS[3:], residue_at=2)


def test_a_results_table_of_a_wire_story_is_left_alone():
    rows = [
        "PORTHAVEN, April 9 - Year to December 31",
        "Shr 78.91p vs 83.05p",
        "Pretax profit 61.7 mln stg vs 54.4 mln",
        "Turnover 334 mln stg vs 309 mln",
        "Note - accounts have been restated",
        "Share of profit of related companies 10.4 mln stg vs 16.5 mln",
    ]
    text = build(*rows, PARAGRAPHS[0], "REUTER", headline="HARBOURLINE PROFIT RISES")
    assert reported(text) == []


def test_lines_of_one_shape_through_the_body_are_the_page_design():
    # a round-up that credits each quoted review, and a gift guide with a price under each item
    quoted = ["[ Harbour Post ]", "[ Coastline Daily ]", "[ Kelham Courier ]"]
    blocks = [PARAGRAPHS[0], quoted[0], PARAGRAPHS[1], quoted[1], PARAGRAPHS[2], quoted[2], PARAGRAPHS[3]]
    assert_left_alone_and_residue_still_caught(*blocks, residue_at=4)
    guide = ["Brass tide clock for $40", "Oilskin jacket for $95", "Chart of the estuary for $12"]
    blocks = [PARAGRAPHS[0], guide[0], PARAGRAPHS[1], guide[1], PARAGRAPHS[2], guide[2], PARAGRAPHS[3]]
    assert reported(build(*blocks)) == []


@pytest.mark.parametrize(
    "fields",
    [
        ["Claim: Dredging will cost ten million pounds", "Rating: False"],
        ["Rating", "Unproven"],
        ["Verdict: Mostly false"],
    ],
)
def test_labelled_fields_of_a_fact_check_are_left_alone(fields):
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS[:2], *fields, *PARAGRAPHS[2:], residue_at=2)


def test_review_credits_are_left_alone():
    credits = ["Director: Ava Lind", "Starring: Kofi Mensah, Ada Lind", "Running time: 98 minutes", "★★★★☆"]
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS, *credits)


def test_a_letter_closing_and_the_writer_name_are_left_alone():
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS, "Yours sincerely,", "Ada Lind")


@pytest.mark.parametrize("subhead", ["Our ruling", "The bottom line", "What happens next"])
def test_a_standard_feature_subhead_is_left_alone(subhead):
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS[:3], subhead, *PARAGRAPHS[3:], residue_at=2)


def test_a_subhead_that_names_the_story_matter_is_left_alone():
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS[:3], "Dredging costs for the channel", *PARAGRAPHS[3:])


@pytest.mark.parametrize("line", ["P Lind (Wales)", "Kelham Park, Porthaven", "Osei, Lind, Van Dam, Marsh, Brandt."])
def test_names_with_places_and_team_line_ups_are_left_alone(line):
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS, line)


def test_a_section_break_and_a_standfirst_are_left_alone():
    assert_left_alone_and_residue_still_caught(
        "Fishermen say delays put crews at risk", *PARAGRAPHS[:3], "* * *", *PARAGRAPHS[3:], residue_at=2
    )


def test_a_list_under_a_lead_in_is_left_alone():
    items = ["The board listed its priorities:", "deeper berths;", "new lights on the pier;", "cheaper moorings"]
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS[:2], *items, *PARAGRAPHS[2:], residue_at=1)


def test_a_repeated_headline_gets_one_diagnostic():
    text = build(PARAGRAPHS[0], HEADLINE, *PARAGRAPHS[1:])
    assert [d.code for d in reported(text)] == ["ST002"]


def test_a_credit_line_of_contributors_is_left_alone():
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS, "Contributing: Imogen Castell", residue_at=2)


def test_an_embedded_post_and_its_credit_are_left_alone():
    post = "Dredging starts in June and the channel stays open to small boats all summer."
    credit = "— Porthaven Harbour (@porthavenport) March 3, 2024"
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS[:2], post, credit, *PARAGRAPHS[2:], residue_at=4)


def test_a_sentence_broken_over_lines_is_left_alone():
    # a word cut at a line end ("Cowar" / "d, under ..."): the first piece is the story's too
    first = "Senior harbour pilot Ada Lind and her second officer Tom Cowar"
    rest = "d, under the command of Captain Brandt, brought the ship alongside just inside the wall."
    shape = StoryShape(Document(build(*PARAGRAPHS[:2], first, rest, *PARAGRAPHS[2:])))
    assert PageStructure(shape, StoryContext(shape), []).reason(shape.lines[3]) == "piece of a sentence broken over lines"


def test_a_line_under_prose_broken_off_at_a_comma_is_left_alone():
    contact = "CONTACT: Media, Kofi Mensah, Director, Public Relations of the Harbour Board,"
    tail = "Porthaven, +44 1632 960123, press@harbour-board.example; or Ada Lind of Lind PR"
    shape = StoryShape(Document(build(*PARAGRAPHS, contact, tail)))
    assert PageStructure(shape, StoryContext(shape), []).reason(shape.lines[7]) == "piece of a sentence broken over lines"
    # not under a line that ends its sentence
    shape = StoryShape(Document(build(*PARAGRAPHS, tail)))
    assert PageStructure(shape, StoryContext(shape), []).reason(shape.lines[6]) != "piece of a sentence broken over lines"


def test_the_headline_over_its_byline_under_page_menus_is_left_alone():
    text = "\n\n".join(["News by Industry", "Columnists", "Latest Harbour Vote Tests Board's Resolve", "By Ada Lind", *PARAGRAPHS]) + "\n"
    shape = StoryShape(Document(text))
    story = StoryContext(shape)
    assert PageStructure(shape, story, []).reason(shape.lines[2]) == "headline over its byline"
    lines = [d.start.line for d in reported(text) if d.code == "BP101"]
    assert 5 not in lines and 1 in lines  # the title is left, the menu line is found


def test_an_unrelated_teaser_over_a_byline_is_still_judged():
    text = "\n\n".join(["News by Industry", "Zoo Welcomes Twin Panda Cubs", "By Ada Lind", *PARAGRAPHS]) + "\n"
    shape = StoryShape(Document(text))
    assert PageStructure(shape, StoryContext(shape), []).reason(shape.lines[1]) is None


@pytest.mark.parametrize(
    "contact",
    [
        "For further information: press only: Ada Lind, Lind Communications, (01632) 960123, ada@lind.example",
        "To contact the reporter on this story: Kofi Mensah in Porthaven at",
        "Media contact: Tomas Brandt, 01632 960456",
    ],
)
def test_press_contacts_after_the_last_paragraph_are_left_alone(contact):
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS, contact)


def test_the_last_paragraph_with_a_wire_end_tag_is_left_alone():
    last = "The harbour board's lawyer was not immediately available to comment. - Sapa"
    assert_left_alone_and_residue_still_caught(*PARAGRAPHS, last)
