"""FC rules (conflicting facts) on stories written for these tests: event years in verbal,
appositive and nominal forms linked through acronym definitions, surnames and "its"/"the bloc";
ages in the shapes news copy uses; what is left alone; and the seed story's figure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import lint

from newslint.checks.facts import ages, events
from newslint.checks.facts.entities import Linker
from newslint.document import Document
from newslint.types import Severity

SEED = Path(__file__).resolve().parents[2] / "shared/seed/seed-article.txt"


def fc(text: str) -> list:
    return lint(text, select=("FC",))


UNION = (
    "Rail union grows\n\n"
    "The Northern Rail Union (NRU) was formed in 1972 by track workers.\n\n"
    "Its members voted on Monday.\n\n"
    "The vote was the union's first major ballot since its founding in 1975.\n"
)


def test_an_acronym_and_its_its_founding_give_two_years_for_one_event():
    (d,) = fc(UNION)
    assert (d.code, d.severity, d.start.line) == ("FC001", Severity.WARNING, 7)
    assert UNION[d.span.start : d.span.end] == "1975"
    assert "line 7" in d.message and "line 3" in d.message
    assert "1975" in d.message and "1972" in d.message and "NRU" in d.message
    assert d.fix is None


@pytest.mark.parametrize(
    "first, second",
    [
        ("Acme Foods was established in 1950.", "Acme Foods, founded in 1951, still bakes bread."),
        ("Acme Foods, which was set up in 1950, grew fast.", "Acme Foods' creation in 1952 was modest."),
        ("The Harbour Trust (HT) was set up in 1990.", "The formation of the HT in 1991 was welcomed."),
        ("The Harbour Trust (HT) was created in 1990.", "The trust was founded in 1992, she said."),
        ("Anna Berg was born in 1950.", "Berg, born in Oslo in 1951, moved to London."),
        ("Anna Berg died in 2001 in Rome.", "Berg, who died in 2002, left a will."),
        ("Tom Hale was first elected in 1997.", "Hale, first elected in 2001, will stand again."),
        ("The firm Zenco was launched in May 2004.", "Zenco's launch in 2005 was delayed."),
    ],
)
def test_each_form_of_an_event_claim_is_compared(first, second):
    text = f"Headline\n\n{first}\n\nOther news.\n\n{second}\n"
    (d,) = fc(text)
    assert d.code == "FC001" and d.start.line == 7


@pytest.mark.parametrize(
    "body",
    [
        # the bloc founded something else in 2009: no claim about the bloc
        "The Harbour Trust (HT) was formed in 2002.\n\nThe bloc founded a rescue service in 2009.",
        # "its" with two organisations that have a founding year: it cannot say which
        "Acme was founded in 1950.\n\nBeta was founded in 1960.\n\nSince its founding in 1955 it grew.",
        # two events, not one
        "Acme was founded in 1950.\n\nIts shop was launched in 1955.",
        # "elected" without "first" may be a re-election
        "Tom Hale was first elected in 1997.\n\nHale was elected in 2001 as leader.",
        # quoted speech is not the story's fact
        'Acme was founded in 1950.\n\n"We were founded in 1952," said Acme\'s founder, "Acme, founded in 1952, grew."',
        # the same year twice is consistent
        "The Harbour Trust (HT) was set up in 1990.\n\nThe HT, founded in 1990, owns the pier.",
    ],
)
def test_event_years_that_do_not_conflict_are_left_alone(body):
    assert fc("Headline\n\n" + body) == []


AGES = [
    ("Jane Marsh, 54, runs the shop.", "The 56-year-old Marsh smiled."),
    ("Jane Marsh, aged 54, runs the shop.", "Marsh, 55, smiled."),
    ("Jane Marsh, a 54-year-old teacher, runs the shop.", "Marsh, who is 55, smiled."),
    ("Jane Marsh (54) runs the shop.", "The 56-year-old former teacher Marsh smiled."),
]


@pytest.mark.parametrize("first, second", AGES)
def test_two_ages_for_one_person_are_reported_with_both_lines(first, second):
    text = f"Headline\n\n{first}\n\nShe opened it long ago.\n\n{second}\n"
    (d,) = fc(text)
    assert (d.code, d.start.line) == ("FC002", 7)
    assert "line 7" in d.message and "line 3" in d.message and "Marsh" in d.message


@pytest.mark.parametrize(
    "body",
    [
        # two people of one surname: a bare "Reed" could be either
        "John Reed, 40, and his brother Sam Reed, 38, run the cafe.\n\nReed, 41, said trade was good.",
        # but their full names keep them apart
        "John Reed, 40, and his brother Sam Reed, 38, run the cafe.\n\nSam Reed, 38, said so.",
        # goal minutes in a match report
        "Wayne Rooney (23) scored first.\n\nRooney (78) scored again from the penalty spot.",
        # a leaderboard line
        "Anthony Kim (66), Kenny Perry (66) and Robert Gamez (71) were tied.\n\nKim, 22, said so.",
        # an age at another time
        "Jane Marsh, 54, runs the shop.\n\nIn 1990, the 40-year-old Marsh opened it.",
        "Jane Marsh, 54, runs the shop.\n\nMarsh, then 40, opened it.",
        # a place or a club is no person
        "Paris, 34, and Lyon, 12, are the leaders.\n\nParis, 35, said so.",
        # quoted speech
        'Jane Marsh, 54, runs the shop.\n\n"Marsh, 56, is my aunt," he said.',
    ],
)
def test_ages_that_do_not_conflict_or_are_no_ages_are_left_alone(body):
    assert fc("Headline\n\n" + body) == []


@pytest.mark.parametrize("code", ["FC001", "FC002"])
def test_explain_says_which_shapes_a_rule_reads_and_that_it_is_no_fact_checker(code):
    from newslint.api import explain

    assert "not a fact checker" in explain(code)


@pytest.mark.parametrize(
    "text",
    [
        "No year here\n\nThe club was formed long ago by Jane Marsh, who is old.",
        UNION,
        "Headline\n\nJane Marsh, 54, runs the shop. The 56-year-old Marsh smiled.",
    ],
)
def test_the_gates_before_the_searches_never_change_a_result(text):
    """``event_claims`` stops at a story with no year and ``age_claims`` at one with no digit:
    a speed trick, so the full searches must find exactly the same."""
    doc = Document(text)
    linker = Linker(doc)
    full_events = sorted(
        (c.span.start, c.year) for c in events._all_claims(doc, linker) if not doc.in_quote(c.span)
    )
    assert [(c.span.start, c.year) for c in events.event_claims(doc, linker)] == full_events
    full_ages = sorted((c.span.start, c.age) for c in ages._all_claims(doc, linker))
    assert [(c.span.start, c.age) for c in ages.age_claims(doc, linker)] == full_ages


GATED = [UNION, *(f"Headline\n\n{a}\n\nMore.\n\n{b}\n" for a, b in AGES)] + [
    "Headline\n\nAnna Berg was born in Oslo in 1950. Berg, born on 5 May 1951, died in 2001.",
    "Headline\n\nThe formation of the Harbour Trust in 1990 and the HT's launch in 1991.",
    "Headline\n\nWayne Rooney (23) scored. Jane Marsh (54) watched; the 55-year-old Marsh left.",
    # one story per gate word, so that a word missing from a gate shows
    *(f"Headline\n\nAcme Foods was {w} in 1990." for w in ("formed", "founded", "established", "set up", "created", "launched")),
    *(f"Headline\n\nAcme Foods' {w} in 1990 was noted." for w in ("founding", "formation", "establishment", "creation", "launch")),
    "Headline\n\nAnna Berg was born in 1950.", "Headline\n\nAnna Berg died in 2001.",
    "Headline\n\nTom Hale was first elected in 1997.", "Headline\n\nAnna Berg's birth in 1950.",
    "Headline\n\nAnna Berg's death in 2001.", "Headline\n\nTom Hale's first election in 1997.",
]


@pytest.mark.parametrize("text", GATED)
def test_the_word_gates_before_each_search_never_change_a_result(text, monkeypatch):
    """``mentions`` skips a search whose literal the story lacks: a speed trick, so the claims
    must be the same with every gate open."""
    doc = Document(text)
    gated = ([(c.span, c.year) for c in events._all_claims(doc, Linker(doc))],
             [(c.span, c.age) for c in ages._all_claims(doc, Linker(doc))])
    monkeypatch.setattr(events, "mentions", lambda text, words: True)
    monkeypatch.setattr(ages, "mentions", lambda text, words: True)
    doc = Document(text)
    assert gated == ([(c.span, c.year) for c in events._all_claims(doc, Linker(doc))],
                     [(c.span, c.age) for c in ages._all_claims(doc, Linker(doc))])
    assert gated[0] or gated[1]


def test_the_seed_story_gives_its_two_slips_and_its_one_clash_and_nothing_else():
    if not SEED.is_file():
        pytest.skip(f"the seed story is not at {SEED}")
    found = lint(SEED.read_text(encoding="utf-8"), "seed-article.txt", select=("GR", "FC"))
    assert [(d.code, d.start.line, d.severity.value) for d in found] == [
        ("GR006", 21, "info"),  # in Putin's quote: info, no fix
        ("GR001", 69, "warning"),
        ("FC001", 81, "warning"),  # founding 1999 against formed 2002
    ]
    assert "2002 on line 17" in found[2].message


def test_a_lazy_pattern_finds_what_the_compiled_pattern_finds_and_compiles_once():
    from newslint.checks.facts.entities import PatternOnFirstUse

    text = "Anna Berg, 54, was born in 1950. Tom Hale, 61, too."
    lazy = PatternOnFirstUse(r"(?P<name>[A-Z]\w+ [A-Z]\w+), (?P<age>\d+)")
    assert lazy._compiled is None
    plain = re.compile(lazy.pattern)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)] != []
    assert lazy.search(text, 5).group("age") == "61"
    assert lazy._compiled is not None and lazy._compiled.pattern == lazy.pattern
