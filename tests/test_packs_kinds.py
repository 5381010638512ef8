"""Pack rule kinds: substitution, consistency, conditional and occurrence, on stories we wrote.

Each test writes a one-rule pack into a temporary folder, loads it as a desk's pack would be,
and runs that rule alone through the engine.
"""

from __future__ import annotations

from conftest import run_pack_rule

from newslint.testing import apply_fixes
from newslint.types import Applicability


def spans(diagnostics, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in diagnostics]


# -- substitution ----------------------------------------------------------------------------
SUBSTITUTION = """
code: HX001
name: no-abbrev
extends: substitution
message: "write '{replacement}' for '{match}'"
swap: {govt: government, dept: department}
"""


def test_substitution_flags_suggests_and_fixes_in_the_case_it_found(pack_rule):
    rule = pack_rule(SUBSTITUTION)
    text = "Govt cuts\n\nThe govt and the GOVT dept met."
    found = run_pack_rule(rule, text)
    assert spans(found, text) == ["Govt", "govt", "GOVT", "dept"]
    assert [d.suggestions for d in found] == [
        ("Government",),
        ("government",),
        ("GOVERNMENT",),
        ("department",),
    ]
    assert found[1].message == "write 'government' for 'govt'"
    assert all(d.fix.applicability is Applicability.UNSAFE for d in found)
    assert apply_fixes(text, found) == "Government cuts\n\nThe government and the GOVERNMENT department met."


def test_substitution_matches_whole_words_only(pack_rule):
    assert run_pack_rule(pack_rule(SUBSTITUTION), "The govtech fair and the dept-store sale.") == []


def test_substitution_fix_safety_is_per_rule(pack_rule):
    assert (
        run_pack_rule(pack_rule(SUBSTITUTION + "fix: safe\n"), "The govt met.")[0].fix.applicability
        is Applicability.SAFE
    )
    only_suggested = run_pack_rule(pack_rule(SUBSTITUTION + "fix: none\n"), "The govt met.")[0]
    assert only_suggested.fix is None and only_suggested.suggestions == ("government",)


def test_substitution_exceptions_and_case_sensitivity(pack_rule):
    rule = pack_rule(SUBSTITUTION + "ignorecase: false\nexceptions: ['govt.nz']\n")
    text = "See govt.nz, the Govt said, and the govt agreed."
    assert spans(run_pack_rule(rule, text), text) == ["govt"]
    assert spans(run_pack_rule(rule, text), text) == [text[text.rindex("govt") : text.rindex("govt") + 4]]


def test_substitution_skips_quoted_speech(pack_rule):
    assert run_pack_rule(pack_rule(SUBSTITUTION), 'She said: "The govt lied."') == []


def test_substitution_with_regex_terms(pack_rule):
    rule = pack_rule(
        SUBSTITUTION.replace(
            "swap: {govt: government, dept: department}", "regex: true\nswap: {'colou?red': tinted}"
        )
    )
    text = "It was colored and coloured and colourful."
    assert spans(run_pack_rule(rule, text), text) == ["colored", "coloured"]


def test_symbols_match_after_a_digit(pack_rule):
    rule = pack_rule(SUBSTITUTION.replace("{govt: government, dept: department}", "{'%': ' per cent'}"))
    text = "Prices rose 5% in May."
    found = run_pack_rule(rule, text)
    assert spans(found, text) == ["%"]
    assert apply_fixes(text, found) == "Prices rose 5 per cent in May."


# -- consistency -----------------------------------------------------------------------------
CONSISTENCY = """
code: HX002
name: percent-mixed
extends: consistency
message: "'{match}' but the story uses '{expected}' {count} times"
either: [["per cent", "percent", "%"]]
"""


def test_consistency_flags_the_minority_forms(pack_rule):
    text = "Rates rose 2%, then 3% and 4%, so 5 per cent and 6 percent were out of date."
    found = run_pack_rule(pack_rule(CONSISTENCY), text)
    assert spans(found, text) == ["per cent", "percent"]
    assert found[0].message == "'per cent' but the story uses '%' 3 times"
    assert found[0].suggestions == ("%",) and found[0].fix is None


def test_consistency_tie_goes_to_the_form_used_first(pack_rule):
    text = "Up 5 per cent today and 6% tomorrow."
    assert spans(run_pack_rule(pack_rule(CONSISTENCY), text), text) == ["%"]


def test_consistency_one_form_is_fine(pack_rule):
    assert run_pack_rule(pack_rule(CONSISTENCY), "Up 5% today and 6% tomorrow.") == []


def test_consistency_does_not_count_quoted_speech(pack_rule):
    text = 'Up 5% today. "We gave it 100 per cent and 100 per cent again," she said.'
    assert run_pack_rule(pack_rule(CONSISTENCY), text) == []


def test_consistency_per_paragraph_scope(pack_rule):
    rule = pack_rule(CONSISTENCY + "scope: paragraph\n")
    assert run_pack_rule(rule, "Up 5% today.\n\nDown 6 per cent tomorrow.") == []
    text = "Up 5% today and 2 per cent and 3 per cent.\n\nDown 6% tomorrow."
    assert spans(run_pack_rule(rule, text), text) == ["%"]


def test_consistency_fix_writes_the_winning_form(pack_rule):
    rule = pack_rule(CONSISTENCY.replace('"%"', '"pc"') + "fix: unsafe\n")
    text = "Up 5 per cent, 6 per cent and 7 percent."
    assert apply_fixes(text, run_pack_rule(rule, text)) == "Up 5 per cent, 6 per cent and 7 per cent."


def test_consistency_groups_are_independent(pack_rule):
    rule = pack_rule(
        CONSISTENCY.replace('either: [["per cent", "percent", "%"]]', "either: [[Mr, Mister], [said, says]]")
    )
    text = "Mr Lee said yes. Mr Kim said no. Mister Park says maybe."
    assert spans(run_pack_rule(rule, text), text) == ["Mister", "says"]


# -- conditional -----------------------------------------------------------------------------
CONDITIONAL = """
code: HX003
name: deadline-needs-timezone
extends: conditional
message: "'{match}' needs a time zone in the story"
first: [deadline]
second: [GMT, UTC, BST]
"""


def test_conditional_flags_first_without_second_once(pack_rule):
    text = "The deadline is noon. The deadline may slip."
    found = run_pack_rule(pack_rule(CONDITIONAL), text)
    assert [d.span.start for d in found] == [4]
    assert run_pack_rule(pack_rule(CONDITIONAL), "The deadline is noon GMT.") == []
    assert run_pack_rule(pack_rule(CONDITIONAL), "Talks resume at noon.") == []


def test_conditional_with_capture_groups_pairs_acronyms_with_definitions(pack_rule):
    rule = pack_rule("""
code: HX004
name: define-acronyms
extends: conditional
regex: true
ignorecase: false
message: "spell out '{match}' on first use"
first: ['\\b([A-Z]{3,5})\\b']
second: ['\\(([A-Z]{3,5})\\)']
""")
    text = "The Collective Security Treaty Organisation (CSTO) met. CSTO troops and NATO troops moved."
    assert spans(run_pack_rule(rule, text), text) == ["NATO"]


# -- occurrence ------------------------------------------------------------------------------
LONG_SENTENCE = """
code: HX005
name: long-sentence
extends: occurrence
message: "sentence of {count} words (max {max}): '{match}'"
count: words
max: 8
"""


def test_occurrence_flags_a_long_sentence(pack_rule):
    text = "Short one here. This sentence, which goes on and on, has far too many words in it."
    (d,) = run_pack_rule(pack_rule(LONG_SENTENCE), text)
    assert text[d.span.start : d.span.end].startswith("This sentence")
    assert d.message.startswith("sentence of 14 words (max 8): 'This sentence, which goes on and on,")


def test_occurrence_counts_tokens_per_story_with_min(pack_rule):
    rule = pack_rule("""
code: HX006
name: needs-attribution
extends: occurrence
scope: body
message: "only {count} attributions (min {min})"
tokens: [said, says, told]
min: 1
""")
    text = "Flood warning\n\nRivers rose overnight.\nRoads closed."
    (d,) = run_pack_rule(rule, text)
    assert (d.start.line, text[d.span.start : d.span.end]) == (3, "Rivers rose overnight.")
    assert run_pack_rule(rule, "Flood warning\n\nRivers rose, police said.") == []


def test_occurrence_does_not_count_quoted_words(pack_rule):
    text = 'She said: "This quote, which goes on and on and on and on and on, is long."'
    assert run_pack_rule(pack_rule(LONG_SENTENCE), text) == []
