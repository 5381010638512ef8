"""AC001/AC002: acronym variants and case variants found from the story itself."""

from __future__ import annotations

from conftest import lint

from newslint.config import Config
from newslint.types import Applicability

ALLIANCE = """\
Moscow-led bloc sends troops

The government appealed to the Collective Security Treaty Organisation (CSTO) for help.

The CSTO was formed in 2002. Officials said the CSTO would act within days.

What's more, the CTSO has very different concerns to NATO, analysts said.

Members of the CSTO met in Moscow. NATO said it was watching closely.
"""


def only(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


def test_transposed_acronym_is_reported_with_the_defined_form():
    found = only(lint(ALLIANCE), "AC001")
    assert len(found) == 1
    d = found[0]
    assert (d.start.line, d.start.column, d.end.column) == (7, 18, 22)
    assert d.message == "'CTSO' (1x) differs from 'CSTO' (4x), defined on line 3"
    assert d.suggestions == ("CSTO",)
    assert d.fix.applicability is Applicability.SAFE
    assert d.severity.value == "error"


def test_variant_inside_quotes_is_reported():
    text = ALLIANCE.replace("What's more, the CTSO", "\"What's more, the CTSO")
    text = text.replace("NATO, analysts said.", 'NATO," analysts said.')
    assert [d.suggestions for d in only(lint(text), "AC001")] == [("CSTO",)]


def test_undefined_variant_gets_an_unsafe_fix_from_the_majority():
    text = "Union talks\n\nThe GMB union met.\n\nThe GMB said no. The GMB will strike. The GBM agreed.\n"
    found = only(lint(text), "AC001")
    assert [d.suggestions for d in found] == [("GMB",)]
    assert found[0].fix.applicability is Applicability.UNSAFE


def test_two_real_organisations_one_letter_apart_are_left_alone():
    text = (
        "Networks bid\n\nABC and NBC both bid for the rights. ABC said it would appeal.\n\n"
        "NBC declined to comment on the bid by ABC.\n"
    )
    assert only(lint(text), "AC001") == []


def test_a_form_the_story_spells_out_is_a_different_body():
    text = (
        "Gadget show\n\nThe Consumer Electronics Show (CES) opened. The CES drew crowds.\n\n"
        "Figures came from the Consumer Electronics Association. The CEA said sales rose.\n"
    )
    assert only(lint(text), "AC001") == []


def test_expansion_with_letters_swapped_is_reported():
    text = "Bloc\n\nThe Collective Security Treaty Organisation (CTSO) met.\n"
    found = only(lint(text), "AC006")
    assert [(d.suggestions, d.start.column) for d in found] == [(("CSTO",), 46)]


SEED_LIKE = """\
Russia's 'mini-Nato' intervenes

The bloc is a kind of "mini-NATO", analysts said, one with different concerns to NATO.

NATO-member Poland was watching. NATO said nothing.
"""


def test_case_variant_inside_a_compound_is_reported():
    found = only(lint(SEED_LIKE), "AC002")
    assert len(found) == 1
    d = found[0]
    assert (d.start.line, d.start.column, d.end.column) == (1, 16, 20)
    assert d.suggestions == ("NATO",)
    assert d.message == "'Nato' (1x) differs from 'NATO' (4x)"
    assert d.fix.applicability is Applicability.UNSAFE  # a majority alone does not settle house style


def test_case_fix_is_safe_when_the_story_defines_the_acronym_or_the_form_is_pinned():
    text = "Summit\n\nThe North Atlantic Treaty Organisation (NATO) met. NATO said little. Nato agreed.\n"
    assert [d.fix.applicability for d in only(lint(text), "AC002")] == [Applicability.SAFE]
    pinned = lint(SEED_LIKE, rules={"acronym-case": {"house-forms": ["NATO"]}})
    assert [d.fix.applicability for d in only(pinned, "AC002")] == [Applicability.SAFE]


def test_a_house_that_writes_nato_keeps_it_and_the_minority_capitals_are_reported():
    text = "Nato summit\n\nNato leaders met. Nato said the alliance would grow. A NATO spokesman agreed.\n"
    found = only(lint(text), "AC002")
    assert [(d.start.line, d.suggestions) for d in found] == [(3, ("Nato",))]


def test_house_form_option_pins_the_form_whatever_the_majority():
    text = "NATO summit\n\nNATO leaders met. NATO said the alliance would grow. Nato agreed.\n"
    config = Config(rules={"acronym-case": {"house-forms": ["Nato"]}})
    found = only(lint(text, **{"rules": config.rules}), "AC002")
    assert {d.suggestions for d in found} == {("Nato",)}
    assert len(found) == 3


def test_a_capitalised_word_starting_a_sentence_is_not_an_acronym():
    text = "Health\n\nThe WHO said cases rose. Who pays? The WHO did not say.\n"
    assert only(lint(text), "AC002") == []


def test_all_caps_lines_and_datelines_are_not_acronyms():
    text = (
        "OIL PRICES RISE ON OPEC TALK\n\nLONDON, March 2 - Oil rose. Analysts in London said "
        "ministers would meet.\n\nPRICES ROSE AGAIN\n\nLondon traders said prices rose.\n"
    )
    assert [d for d in lint(text) if d.code.startswith("AC") and d.severity.value != "info"] == []


def test_title_case_word_inside_a_capitals_heading():
    text = "Jam\n\nMAKING SPICED Honey PEAR JAM\n\nCook the pears slowly.\n"
    found = only(lint(text), "AC002")
    assert [(d.start.line, d.suggestions, d.severity.value) for d in found] == [(3, ("HONEY",), "warning")]


def test_a_well_known_form_that_is_a_swap_of_a_spelled_out_acronym_is_a_warning():
    text = (
        "Unions\n\nThe Trades Union Congress (TUC) met. The TUC said pay must rise.\n\n"
        "Delegates cheered. The UTC said it would ballot members. The TUC agreed.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.suggestions, d.severity.value) for d in found] == [(5, ("TUC",), "warning")]


def test_a_one_letter_rival_with_backing_is_reported_even_when_the_counts_tie():
    text = "Broadcast\n\nThe minister told the BBC he would act.\n\nHe told the EBC on Sunday he was sure.\n"
    assert [d.suggestions for d in only(lint(text), "AC001")] == [("BBC",)]


def test_undefined_acronym_is_info_once_and_well_known_or_configured_ones_are_not(tmp_path):
    text = "Steel\n\nThe ISG said output rose. The ISG will hire. The UN and NATO welcomed it.\n"
    found = only(lint(text), "AC003")
    assert [(d.start.column, d.severity.value) for d in found] == [(5, "info")]
    extra = tmp_path / "acronyms.txt"
    extra.write_text("ISG\n", encoding="utf-8")
    assert only(lint(text, acronyms=(extra,)), "AC003") == []


def test_acronym_used_before_its_definition():
    text = "Steel\n\nThe ISG said output rose.\n\nThe International Steel Group (ISG) is based in Ohio.\n"
    found = only(lint(text), "AC005")
    assert [(d.start.line, d.message) for d in found] == [
        (3, "'ISG' is used before it is spelled out on line 5")
    ]


def test_a_definition_in_another_language_is_not_a_mismatch():
    text = "Steel\n\nOutput fell, said the Brazilian Steel Institute (IBS). The IBS expects a rise.\n"
    assert only(lint(text), "AC006") == []


def test_credits_and_sentences_in_capitals_are_not_headings():
    text = (
        "Photo\n\nAP Photo YEMEN ATTACK\n\nWelcome to USA TODAY SPORTS NETWORK\n\nThe attack was on Monday.\n"
    )
    assert only(lint(text), "AC002") == []


def test_the_three_definition_shapes_and_hyphenated_expansions_count_as_definitions():
    stories = [
        "Bloc\n\nThe Collective Security Treaty Organisation (CSTO) met. The CSTO said no. The CTSO agreed.\n",
        "Bloc\n\nThe CSTO (Collective Security Treaty Organisation) met. The CSTO said no. The CTSO agreed.\n",
        "Bloc\n\nThe CSTO, the Collective Security Treaty Organisation, met. The CSTO said no. The CTSO agreed.\n",
        "Trade\n\nThe Asia-Pacific Economic Cooperation (APEC) met. APEC said no. The AEPC agreed.\n",
    ]
    for text in stories:
        found = only(lint(text), "AC001")
        assert [d.fix.applicability for d in found] == [Applicability.SAFE], text
        assert "defined on line 3" in found[0].message
        assert only(lint(text), "AC003") == []


def test_a_word_in_capitals_that_swaps_a_well_known_acronym_is_a_warning():
    text = (
        "Blast\n\nPolice blamed ETA for the blast. Reports said TEA may be responsible.\n\nETA denied it.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.suggestions, d.severity.value) for d in found] == [(("ETA",), "warning")]
