"""SP noise that is no typo (issue 14): words a typesetter broke at a line's end, prefixed
coinages, two people a letter apart, a surname that looks like a place. Sentences written for
these tests; each case has a real slip beside it that must still be reported."""

from __future__ import annotations

import pytest

from newslint import lint_text
from newslint.config import Config

SP = Config(select=("SP",))


def reported(text: str) -> dict[str, tuple]:
    """word -> (code, first suggestion), for warnings and errors only."""
    return {
        text[d.span.start : d.span.end]: (d.code, d.suggestions[0] if d.suggestions else None)
        for d in lint_text(text, "story.txt", SP)
        if d.code.startswith("SP") and d.severity.value in ("warning", "error")
    }


@pytest.mark.parametrize("broken", ["orga- nise", "orga-\nnise", "neigh- bourhood"])
def test_a_word_broken_at_a_line_end_is_not_two_typos(broken):
    found = reported(f"The union said it would {broken} the vote next week and the comittee agreed.")
    assert set(found) == {"comittee"}


def test_a_broken_word_that_is_no_word_when_joined_is_still_checked():
    found = reported("The union said it would orga- nixe the vote next week.")
    assert "nixe" in found or "orga" in found


def test_a_prefix_before_a_long_word_is_a_coinage_not_a_typo():
    found = reported("The minister wants to dedramatise the deregistration of charities, and the reprot said so.")
    assert set(found) == {"reprot"}
    assert found["reprot"] == ("SP001", "report")


def test_a_prefixed_word_one_slip_from_a_word_is_still_a_typo():
    assert reported("The board desided to wait.")["desided"][0] == "SP001"


def test_two_people_with_close_given_names_and_different_surnames_stay_quiet():
    text = ("Rashard Velmont scored 20 points and Rashad Okonkwo added 12.\n\n"
            "Coach Dana Pruitt said the team had played well.")
    assert not {"Rashard", "Rashad"} & set(reported(text))


def test_one_person_spelt_two_ways_is_still_a_pair():
    text = ("Rashard Velmont scored 20 points.\n\nLater Rashad Velmont said the team had played well.")
    assert {"Rashard", "Rashad"} & set(reported(text))


def test_a_surname_after_a_given_name_is_no_slip_of_a_place():
    text = "The club hired coach Wanderley Luxemburgo on Monday."
    assert "Luxemburgo" not in reported(text)


def test_a_place_slip_after_a_common_word_is_still_reported():
    found = reported("Exports to Venezeula rose last year, officials in Caracas said.")
    assert found["Venezeula"] == ("SP002", "Venezuela")


def test_a_word_people_write_that_is_a_dear_slip_from_any_word_is_no_warning():
    found = reported("Police said they would surveil the port for a month, and the harbuor master agreed.")
    assert set(found) == {"harbuor"}


def test_a_plain_plural_of_a_long_word_is_no_warning_but_a_short_one_still_is():
    found = reported("Banks cut their outstandings after two freezings, and the stors were closed.")
    assert set(found) == {"stors"}


def test_of_a_tied_pair_the_form_people_write_is_never_the_slip_whatever_its_letters():
    text = ("The blogger Mojtaba Rahimi was released on Monday.\n\n"
            "Supporters of Motjaba Rahimi had gathered outside the court.")
    found = reported(text)
    assert "Mojtaba" not in found
    assert found["Motjaba"] == ("SP002", "Mojtaba")
