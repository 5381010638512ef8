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


def test_a_well_known_form_that_is_a_swap_of_a_spelled_out_acronym_is_reported():
    # Used once beside an acronym the story defines: an error (issue 14 item 4); a warning when the
    # rival is only spelled out by the story's capitalised words.
    text = (
        "Unions\n\nThe Trades Union Congress (TUC) met. The TUC said pay must rise.\n\n"
        "Delegates cheered. The UTC said it would ballot members. The TUC agreed.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.suggestions, d.severity.value) for d in found] == [(5, ("TUC",), "error")]
    spelled = text.replace("Congress (TUC) met. The TUC said", "Congress met. The TUC said")
    found = only(lint(spelled), "AC001")
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


# -- lone slips that are themselves acronyms (issue 14 item 4) ------------------------------------
BROADCAST = """\
Licence fee row

The BBC said on Monday that the licence fee would rise. A BBC spokesman said the rise was modest.

Critics of the BBC said the rise was too steep. The CBC would answer them in a report.

The BBC board meets next week.
"""


def test_a_well_known_acronym_used_once_beside_one_used_several_times_is_a_warning():
    found = only(lint(BROADCAST), "AC001")
    assert [(d.start.line, d.start.column, d.end.column) for d in found] == [(5, 53, 56)]
    d = found[0]
    assert d.message == "'CBC' (1x) differs from 'BBC' (4x)"
    assert (d.suggestions, d.severity.value) == (("BBC",), "warning")
    assert d.fix.applicability is Applicability.UNSAFE  # CBC is a broadcaster too: never applied by --fix


def test_a_lone_slip_of_a_defined_acronym_is_an_error_and_its_fix_stays_unsafe():
    text = (
        "Records\n\nThe Radio Corporation of America (RCA) sold the label. RCA said it was pleased.\n\n"
        "Shares in RAC rose after the sale.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.suggestions, d.severity.value) for d in found] == [(5, ("RCA",), "error")]
    assert "defined on line 3" in found[0].message
    assert found[0].fix.applicability is Applicability.UNSAFE


def test_a_word_in_capitals_used_once_beside_an_acronym_used_three_times_is_a_warning():
    text = (
        "Research\n\nThe TNO institute said the tests worked. TNO will publish them.\n\n"
        "Engineers at TON said more work was needed. TNO declined to say when.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.start.column, d.suggestions, d.severity.value) for d in found] == [
        (5, 14, ("TNO",), "warning")
    ]


def test_lone_forms_the_story_shows_as_bodies_of_their_own_are_left_alone():
    stories = [
        # a well-known acronym beside one used only twice: not enough to overturn the list
        "Sitcom\n\nThe comedian told BBC News about the show. He told BBC Radio the same.\n\n"
        "NBC will show the US version in March.\n",
        # a name of its own, and a noun introducing the body
        BROADCAST.replace("The CBC would answer", "CBC Radio would answer"),
        BROADCAST.replace("The CBC would answer", "US telco SBC would answer"),
        # named side by side in one sentence
        BROADCAST.replace("too steep. The CBC would", "too steep, and the CBC would"),
        # pairs the reviewed list knows copy names together
        "Phones\n\nThe GPS chip is small. GPS maps load fast. Older GPS units were slow.\n\nIt uses GPRS.\n",
        "Screens\n\nThe DVD player sold well. DVD sales rose. Each DVD costs less.\n\nIt has a DVI port.\n",
        "Gadgets\n\nThe CEO spoke. The CEO said sales rose. Our CEO was upbeat.\n\nHe spoke at CES.\n",
    ]
    for text in stories:
        assert only(lint(text), "AC001") == [], text


def test_the_rival_the_story_spells_out_wins_over_a_well_known_timestamp():
    text = (
        "Bribery case\n\nPublished 11:34 PM EST Nov 19\n\nThe company settled a case brought by the "
        "Securities and Exchange Commission (ESC).\n\nThe SEC had accused it of bribery.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.suggestions) for d in found] == [(5, ("SEC",))]


def test_a_bracketed_lower_case_expansion_defines_the_acronym():
    text = (
        "Careers\n\nShe said the SET [science, engineering and technology] industry was hiring.\n\n"
        "A target was set for women on EST boards.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.suggestions, d.severity.value) for d in found] == [(5, ("SET",), "error")]


def test_the_middle_of_a_long_capitalised_run_does_not_spell_out_an_acronym():
    text = (
        "Knives\n\nThe Crown Prosecution Service (CPS) issued a leaflet. CPS records were checked.\n\n"
        "Metropolitan Police Commissioner Sir John Stevens spoke. A PCS spokesperson disagreed.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.suggestions) for d in found] == [(5, ("CPS",))]


# -- capitals that are not acronyms (issue 20) -------------------------------------------------------
def test_headings_run_into_the_text_datelines_tickers_and_sign_offs_are_not_acronyms():
    stories = [
        "Oscars\n\nThe WHO said little. HOW IT ALL STARTED The first awards were given in 1929.\n\n"
        "WHO WAS OSCAR? Nobody knows. The WHO report came later.\n",
        "Remote\n\nAward LAS VEGAS--(Business Wire)--Today the firm unveiled a remote in Las Vegas.\n",
        "Remote\n\nLogitech (SWX:LOGN) (NASDAQ:LOGI) unveiled a remote, traded on the Nasdaq market.\n",
        "Property\n\nA Reuter poll shows returns rose. Rents rose 15 pct in each of the past two years. REUTER\n",
    ]
    for text in stories:
        found = [d for d in lint(text) if d.code in ("AC001", "AC002")]
        assert found == [], (text, [d.message for d in found])


def test_acronyms_side_by_side_are_still_acronyms():
    text = "Drugs\n\nThe US FDA approved the drug. The FDA said trials were good. The FAD agreed.\n"
    assert [d.suggestions for d in only(lint(text), "AC001")] == [("FDA",)]


def test_a_tie_goes_to_the_form_the_story_also_writes_in_title_case():
    text = (
        "Games\n\nSales rose, said In-Stat/DMR on Monday.\n\nA director of In-Stat/Mdr spoke.\n\n"
        "According to In-Stat/MDR, games will grow.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.suggestions, d.severity.value) for d in found] == [(3, ("MDR",), "warning")]


def test_a_tie_is_left_alone_when_the_later_form_is_part_of_a_name_of_its_own():
    text = (
        "Football\n\nFans filled the Sydney Football Stadium on Friday. The SFS was full.\n\n"
        "The new club took a new name, SFK Sparta.\n"
    )
    assert only(lint(text), "AC001") == []
    plain = text.replace("SFK Sparta", "the SFK")
    assert [d.suggestions for d in only(lint(plain), "AC001")] == [("SFS",)]


def test_an_unknown_form_sharing_the_rivals_name_is_a_slip_even_in_the_same_sentence():
    text = (
        "Poll\n\nThe BBC News website ran the poll.\n\nThe host of BBC 6 Music spoke.\n\n"
        "Pundits included BBC Radio 1 DJ Trevor Nelson and OBC Radio 2 editor Colin Martin.\n"
    )
    assert [(d.start.line, d.suggestions) for d in only(lint(text), "AC001")] == [(7, ("BBC",))]
    both_real = text.replace("OBC Radio 2", "CBC Radio 2")  # a well-known body: side by side on purpose
    assert only(lint(both_real), "AC001") == []


def test_a_swap_in_a_name_of_its_own_is_still_a_slip():
    text = (
        "Games\n\nThe Cyberathlete Professional League runs the contest.\n\n"
        "It is billed as the CLP World Tour. The CPL said it picked one game.\n"
    )
    assert [(d.start.line, d.suggestions) for d in only(lint(text), "AC001")] == [(5, ("CPL",))]


def test_title_case_uses_count_towards_several():
    text = (
        "Athletics\n\nJ Watkins (Cardiff Aac) won.\n\nA Baddeley (Harrow AC) was second.\n\n"
        "G Warburton (Cardiff AAC) was third, ahead of N Speaight (Cardiff OAC).\n"
    )
    assert [(d.start.line, d.suggestions) for d in only(lint(text), "AC001")] == [(7, ("AAC",))]


def test_a_plural_written_in_capitals_is_not_a_slip_and_a_swap_of_a_defined_acronym_is_fixed_safely():
    text = (
        "Games\n\nMassively multiplayer online role-playing games (MMORPG) are popular. Each MMORPG "
        "has fans.\n\nSome play MMOPRG games all day. The problem with these MMORPGS is time.\n"
    )
    found = only(lint(text), "AC001")
    assert [(d.start.line, d.suggestions, d.fix.applicability) for d in found] == [
        (5, ("MMORPG",), Applicability.SAFE)
    ]


def test_a_case_fix_is_safe_only_when_the_defined_capitals_are_also_the_majority():
    text = "Summit\n\nThe North Atlantic Treaty Organisation (NATO) met. Nato agreed.\n"
    found = only(lint(text), "AC002")
    assert [(d.suggestions, d.fix.applicability) for d in found] == [(("NATO",), Applicability.UNSAFE)]
