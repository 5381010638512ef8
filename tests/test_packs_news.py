"""The starter news pack (HS) in real runs, and pack rules in `newslint rules` / `explain`."""

from __future__ import annotations

import json

from conftest import lint

from newslint.types import Severity

STORY = """\
Clashes in capital as govt buildings cleared of protesters

Published: 7 Jan, 2022

Troops cleared the buildings on Thursday, the interior ministry said. Mr Smith, a spokesman,
said 3 people were hurt. Prices have risen 12% since January 1, and fuel by 30 per cent, after
the September 11, 2001 talks failed. Mr. Jones said the Govt would resign.
"""


def hs(diagnostics):
    return [
        (d.code, d.start.line, d.start.column, d.severity) for d in diagnostics if d.code.startswith("HS")
    ]


def test_starter_pack_findings_on_a_story():
    found = hs(lint(STORY))
    assert ("HS001", 1, 23, Severity.WARNING) in found  # govt in the headline
    assert ("HS001", 7, 57, Severity.WARNING) in found  # Govt in the copy
    assert ("HS003", 6, 6, Severity.INFO) in found  # 3 people
    assert ("HS004", 3, 12, Severity.INFO) in found  # 7 Jan, 2022 beside month-first dates
    assert {c for c, *_ in found} == {"HS001", "HS002", "HS003", "HS004", "HS005"}


def test_headline_abbreviation_is_fixed_only_with_unsafe_fixes():
    (d,) = [d for d in lint("Clashes as govt buildings cleared\n") if d.code == "HS001"]
    assert d.suggestions == ("government",)
    assert d.fix.applicability.value == "unsafe"


def test_info_findings_do_not_fail_a_run(run_cli, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Fire in town\n\nThe fire destroyed 3 homes, officials said.\n", encoding="utf-8")
    result = run_cli("check", "--no-config", "--select", "HS", "--format", "json", str(story))
    assert result.exit_code == 0
    codes = [d["code"] for d in json.loads(result.stdout)["diagnostics"]]
    assert codes == ["HS003"]


def test_rules_lists_pack_rules_beside_builtin_ones(run_cli):
    out = run_cli("rules").output
    assert "ST001" in out and "PL023" in out
    line = next(ln for ln in out.splitlines() if ln.startswith("HS001"))
    assert "informal-abbreviation" in line and "warning" in line and "sometimes" in line


def test_explain_shows_message_examples_and_source_of_a_pack_rule(run_cli):
    out = run_cli("explain", "HS001").output
    assert out.startswith("HS001 informal-abbreviation (warning)")
    assert "source: " in out and "rules/news/informal-abbreviation.yml" in out.replace("\\", "/")
    assert "Message: informal abbreviation '{match}': write '{replacement}'" in out
    assert "Kind: substitution; scope: story; fix: replace (unsafe)" in out
    assert "Flagged:\n    Clashes reported as govt buildings cleared" in out
    assert "Not flagged:\n" in out and "After the fix:\n" in out


def test_explain_by_name_for_a_consistency_rule(run_cli):
    out = run_cli("explain", "said-says-mixed").output
    assert out.startswith("HS006 said-says-mixed (info)")
    assert "Kind: consistency; scope: body; fix: no fix" in out


def test_a_long_one_line_story_is_linted_without_running_out_of_time():
    story = "Headline\n\n" + "Published: 07:43 AM, 7 Jan, 2022 " * 3000
    assert [d for d in lint(story) if d.code == "NL001"] == []
