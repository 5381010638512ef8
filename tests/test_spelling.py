"""SP001 misspelled-word and SP002 proper-noun-typo on stories written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import lint_text
from newslint.config import Config

STORIES = Path(__file__).parent / "stories"


def sp(text: str, **config) -> list:
    cfg = Config(select=("SP",), **config)
    return [d for d in lint_text(text, "story.txt", cfg) if d.code.startswith("SP")]


def flagged(text: str, **config) -> dict[str, tuple]:
    return {text[d.span.start : d.span.end]: (d.code, d.severity.value, d.suggestions) for d in sp(text, **config)}


def test_seed_like_story_reports_only_the_two_slips():
    text = (STORIES / "spelling-kazakh.txt").read_text(encoding="utf-8")
    found = flagged(text)
    assert set(found) == {"Kazahkstan", "tunned"}
    assert found["Kazahkstan"][0] == "SP002"
    assert found["Kazahkstan"][2][0] == "Kazakhstan"  # the fix leaves "'s" in place
    assert found["tunned"][0] == "SP001"
    assert found["tunned"][2][0] == "tuned"


def test_positions_point_at_the_word():
    text = "Officials said the talks were tunned to the audience."
    (d,) = sp(text)
    assert (d.start.line, d.start.column, d.end.column) == (1, 31, 37)


# 1. ordinary words -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typo", "intended"),
    [("tunned", "tuned"), ("beleive", "believe"), ("definately", "definitely"), ("recieved", "received")],
)
def test_known_misspellings_are_errors_with_the_right_first_suggestion(typo, intended):
    found = flagged(f"Ministers said they {typo} it last week.")
    code, severity, suggestions = found[typo]
    assert (code, severity, suggestions[0]) == ("SP001", "error", intended)


def test_dictionary_guess_ranks_slips_over_frequency():
    # not in codespell's list: the ranking must prefer the doubled letter to a commoner word
    found = flagged("The goverment said the pland was ready.")
    assert found["goverment"][2][0] == "government"


def test_a_word_one_slip_away_is_a_warning_with_an_unsafe_fix():
    (d,) = sp("The minister sayd nothing.")
    assert d.severity.value == "warning"
    assert d.fix is not None and d.fix.applicability.value == "unsafe"
    assert "said" in d.suggestions


def test_case_of_the_original_is_kept():
    found = flagged("Tunned in to the debate, the crowd cheered.")
    assert found["Tunned"][2][0] == "Tuned"
    assert flagged("STAY TUNNED FOR MORE")["TUNNED"][2][0] == "TUNED"


def test_acronyms_in_capitals_are_not_spelling_errors():
    assert sp("The CSTO, NATO and the UNHCR met the OSCE and ASEAN in XVIII.") == []


def test_safe_fix_for_a_single_correction_known_misspelling():
    (d,) = sp("The council recieved the report.")
    assert d.fix.applicability.value == "safe"
    assert d.fix.edits[0].replacement == "received"


def test_unknown_word_used_twice_is_deliberate():
    text = "The zorbing centre opened. Fans of zorbing queued."
    assert not [d for d in sp(text) if d.severity.value != "info"]


# 2. proper nouns ---------------------------------------------------------------------------
def test_an_unknown_name_used_once_is_left_alone():
    assert sp("President Tokayev met Pascal Ausseur and Nursultan Nazarbayev in Almaty.") == []


def test_minority_spelling_of_a_story_name_is_an_error():
    text = "Mr Ausseur spoke first. Later Mr Ausseur left. Critics said Mr Ausssur was wrong."
    found = flagged(text)
    assert found == {"Ausssur": ("SP002", "error", ("Ausseur",))}


def test_gazetteer_catches_a_country_slip_used_once():
    found = flagged("Troops were sent to Afganistan on Monday.")
    assert found["Afganistan"][0] == "SP002"
    assert found["Afganistan"][2] == ("Afghanistan",)


@pytest.mark.parametrize(
    "text",
    [
        "Korea and the Korean peninsula; the Korean navy met Korea's coastguard.",
        "Kazakh troops and Kazakhs in Kazakh towns.",
        "Niger and Nigeria signed; Niger's leader thanked Nigeria.",
        "Austria and Australia played; Austria won, Australia lost.",
        "Iran and Iraq talks: Iran said Iraq agreed.",
        "Sudan and the Sudanese army; Sudan's Sudanese leaders.",
        "Slovakia and Slovenia, with Slovakia ahead of Slovenia.",
    ],
)
def test_related_place_forms_are_not_slips(text):
    assert sp(text) == []


# 3. news vocabulary and things that are not words ---------------------------------------
def test_news_vocabulary_is_known():
    text = (
        "The bloc agreed a ceasefire as jihadist fighters withdrew. A Tory frontbencher and two "
        "backbenchers backed the Brexiteer motion; the eurozone watched."
    )
    assert sp(text) == []


def test_british_and_american_forms_are_both_correct():
    text = (
        "The organisation recognised the colour of the programmes; travelled centres and "
        "theatres. The organization recognized the color of the programs."
    )
    assert sp(text) == []
    assert sp(text, locale="en-US") == []
    assert sp(text, locale="en-GB") == []


def test_numbers_urls_handles_and_acronyms_are_skipped():
    text = (
        "The 3rd round cost £5bn, up 20pc, at 5km. See https://exmaple.com/storry or mail "
        "desk@newsroomm.org. Follow @reporterr and #electionn. NATO, CSTO and XIV. Louis XVI "
        "met J. Smith. iPhone sales rose."
    )
    assert sp(text) == []


def test_hyphenated_compound_of_words_is_fine():
    assert sp("A well-known, long-running, socio-economic think-tank report.") == []


# 4. locale ---------------------------------------------------------------------------------
def test_locale_shapes_the_suggestion():
    gb = flagged("Her favourate colour is blue and she likes the theatre.", locale="en-GB")
    assert gb["favourate"][2][0] == "favourite"


# 5. user vocabulary ------------------------------------------------------------------------
def test_accepted_words_and_names_files(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("# house words\nzorbs\n", encoding="utf-8")
    names = tmp_path / "names.txt"
    names.write_text("Ausssur\n", encoding="utf-8")
    text = "The zorbs rolled. Mr Ausseur and Mr Ausseur met Ausssur."
    assert sp(text, accepted_words=(words,), names=(names,)) == []


# 6. quoted speech is checked --------------------------------------------------------------
def test_quotes_are_spell_checked():
    found = flagged('"We definately won," said the coach.')
    assert "definately" in found


def test_of_two_names_used_equally_the_unpronounceable_one_is_the_slip():
    found = flagged("Coach Mario Bello praised the side. Bdllo said the result was deserved.")
    assert found == {"Bdllo": ("SP002", "error", ("Bello",))}


def test_common_foreign_words_are_not_confident_typos():
    text = "The contract has a force majeure clause, the lawyer said."
    assert not [d for d in sp(text) if d.severity.value != "info"]


def test_possessive_after_a_plural_possessive_is_not_a_word_of_its_own():
    assert sp("There was no comment from the men's' lawyers.") == []


def test_wire_abbreviations_are_known():
    assert sp("Net profit rose to 12 mln dlrs, or 1.5 pct, the company said.") == []


def test_american_locale_suggests_the_american_form():
    us = flagged("Her favorate color is blue.", locale="en-US")
    assert us["favorate"][2][0] == "favorite"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdeKZtuny'’- .\n\"“”0123456789é#@[]"), max_size=120))
def test_any_text_gives_in_bounds_findings_with_real_suggestions(text):
    for d in sp(text):
        assert 0 <= d.span.start < d.span.end <= len(text)
        assert all(s and s != text[d.span.start : d.span.end] for s in d.suggestions)


def test_auto_locale_follows_the_story_own_spellings():
    british = flagged("The organisation's colour was criticised. Its favourate story was told.")
    american = flagged("The organization's color was criticized. Its favorate story was told.")
    assert british["favourate"][2][0] == "favourite"
    assert american["favorate"][2][0] == "favorite"
