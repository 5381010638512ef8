"""Pack kind ``insertion`` (a missing word between two others), on a one-rule pack a desk might
write: matches, the inserted word, ``not-after`` / ``not-before``, quoted speech, the headline,
and errors that name the file and key."""

from __future__ import annotations

import pytest
from conftest import run_pack_rule

from newslint.packs.spec import PackError
from newslint.testing import apply_fixes
from newslint.types import Applicability, Severity

RULE = """
code: HX010
name: missing-of-test
extends: insertion
message: "'{match}' needs '{insert}': '{replacement}'"
insert: of
after: [in spite, on behalf]
before: [the, his, her]
"""




def test_a_match_is_flagged_with_a_fix_that_inserts_the_word(pack_rule):
    rule = pack_rule(RULE)
    text = "Storm\n\nThey played on in spite the rain, on behalf his club."
    found = run_pack_rule(rule, text)
    assert [text[d.span.start : d.span.end] for d in found] == ["in spite the", "on behalf his"]
    assert found[0].message == "'in spite the' needs 'of': 'in spite of the'"
    assert found[0].suggestions == ("in spite of the",)
    assert all(d.fix.applicability is Applicability.UNSAFE for d in found)
    assert apply_fixes(text, found) == "Storm\n\nThey played on in spite of the rain, on behalf of his club."


def test_whole_words_only_and_no_blank_line_in_the_gap(pack_rule):
    rule = pack_rule(RULE)
    assert run_pack_rule(rule, "Storm\n\nThey won in spite themselves.") == []
    assert run_pack_rule(rule, "Storm\n\nThey played in spite\n\nthe rain.") == []
    assert len(run_pack_rule(rule, "Storm\n\nThey played in spite\nthe rain.")) == 1


def test_not_after_and_not_before_leave_grammatical_uses_alone(pack_rule):
    rule = pack_rule(RULE + "not-after: [very]\nnot-before: [the whole]\n")
    assert run_pack_rule(rule, "Storm\n\nThey won very in spite the rain.") == []
    assert run_pack_rule(rule, "Storm\n\nThey sang in spite the whole time.") == []
    assert len(run_pack_rule(rule, "Storm\n\nThey sang in spite the rain.")) == 1


def test_quoted_speech_is_skipped_by_default_and_info_without_a_fix_with_in_quotes_info(pack_rule):
    text = 'Storm\n\n"We played in spite the rain," he said.'
    assert run_pack_rule(pack_rule(RULE), text) == []
    (d,) = run_pack_rule(pack_rule(RULE + "in-quotes: info\n"), text)
    assert d.severity is Severity.INFO and d.fix is None


def test_the_headline_is_skipped_unless_the_scope_says_otherwise(pack_rule):
    text = "Win in spite the rain\n\nThey won."
    assert run_pack_rule(pack_rule(RULE), text) == []
    assert len(run_pack_rule(pack_rule(RULE + "scope: story\n"), text)) == 1


def test_fix_none_only_suggests(pack_rule):
    (d,) = run_pack_rule(pack_rule(RULE + "fix: none\n"), "Storm\n\nThey won in spite the rain.")
    assert d.fix is None and d.suggestions == ("in spite of the",)


@pytest.mark.parametrize(
    "extra, key",
    [("insert: '2'", "insert"), ("in-quotes: always", "in-quotes")],
)
def test_a_bad_setting_names_the_file_line_and_key(pack_rule, extra, key):
    yaml_text = RULE.replace("insert: of", extra) if key == "insert" else RULE + extra + "\n"
    with pytest.raises(PackError, match=rf"rule\.yml:\d+: {key}:"):
        pack_rule(yaml_text)


def test_a_bad_pattern_in_before_names_before(pack_rule):
    with pytest.raises(PackError, match=r"before: bad regular expression"):
        pack_rule(RULE.replace("before: [the, his, her]", "regex: true\nbefore: ['(the']"))
