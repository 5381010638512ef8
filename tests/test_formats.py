"""Every CI report format: golden output for a fixed run, and a parse/validate check of each."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from format_fixtures import RULES, fixed_run, validate_sarif

from newslint import formatters
from newslint.formatters.github import escape_data, escape_property

GOLDEN = Path(__file__).parent / "golden" / "formats"
CI_FORMATS = ("sarif", "github", "gitlab", "junit", "checkstyle")


def rendered(name: str) -> str:
    context = formatters.FormatContext("0.1.0", rules=RULES)
    return formatters.render(name, fixed_run(), context)


@pytest.mark.parametrize("name", CI_FORMATS)
def test_golden_output(name):
    golden = GOLDEN / f"{name}.out"
    if os.environ.get("NEWSLINT_UPDATE_GOLDEN"):
        golden.write_text(rendered(name), encoding="utf-8")
    assert rendered(name) == golden.read_text(encoding="utf-8")


def test_every_ci_format_is_a_module():
    assert set(CI_FORMATS) | {"auto", "json", "text"} <= set(formatters.available())


def test_github_commands_are_escaped():
    lines = rendered("github").splitlines()
    assert len(lines) == 5
    assert lines[0] == (
        "::error file=desk/story.txt,line=1,col=1,endLine=1,endColumn=11,"
        "title=newslint SP001 (misspelled-word)::'Kazahkstan' is not a word; did you mean 'Kazakhstan'?"
    )
    percent = next(line for line in lines if "HS001" in line and "50" in line)
    assert percent.startswith("::notice ")
    assert "::write '50 per cent', not '50%25'%0Ahouse style: 100%25, a, b: c" in percent
    multi = next(line for line in lines if "ST003" in line)
    assert multi.startswith("::warning file=desk/story.txt,line=4,endLine=5,title=")  # no columns over lines


def test_github_escaping_rules():
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_sarif_structure():
    log = json.loads(rendered("sarif"))
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["HS001", "SP001", "ST001", "ST003"]
    assert rules[0]["defaultConfiguration"] == {"level": "note", "enabled": False}
    assert rules[1]["fullDescription"]["text"] == "What it does: flags a word that is not in the dictionary."
    levels = {(r["ruleId"], r["level"]) for r in run["results"]}
    assert levels == {("SP001", "error"), ("ST001", "error"), ("HS001", "note"), ("ST003", "warning")}
    spelling = run["results"][0]
    assert spelling["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 11}
    change = spelling["fixes"][0]["artifactChanges"][0]
    assert change["replacements"][0]["insertedContent"] == {"text": "Kazakhstan"}
    assert all(run["results"][i]["ruleIndex"] == [r["id"] for r in rules].index(run["results"][i]["ruleId"])
               for i in range(len(run["results"])))


def test_sarif_fixed_run_validates():
    validate_sarif(json.loads(rendered("sarif")))


def test_gitlab_report_parses_with_stable_unique_fingerprints():
    issues = json.loads(rendered("gitlab"))
    assert [i["severity"] for i in issues] == ["major", "major", "info", "info", "minor"]
    assert issues[0]["location"] == {"path": "desk/story.txt", "lines": {"begin": 1, "end": 1}}
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    assert fingerprints == [i["fingerprint"] for i in json.loads(rendered("gitlab"))]


def test_junit_parses_one_case_per_file_one_failure_per_diagnostic():
    root = ET.fromstring(rendered("junit"))
    suite = root.find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "5"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["desk/clean.txt", "desk/story.txt"]
    assert cases[0].findall("failure") == []
    failures = cases[1].findall("failure")
    assert [f.get("type") for f in failures] == ["error", "error", "info", "info", "warning"]
    assert failures[3].get("message") == 'HS001 odd characters <&> "here"'


def test_checkstyle_parses_with_mapped_severities():
    root = ET.fromstring(rendered("checkstyle"))
    files = root.findall("file")
    assert [f.get("name") for f in files] == ["desk/clean.txt", "desk/story.txt"]
    errors = files[1].findall("error")
    assert [(e.get("line"), e.get("column"), e.get("severity")) for e in errors] == [
        ("1", "1", "error"), ("1", "22", "error"), ("2", "18", "info"), ("2", "55", "info"), ("4", "1", "warning")]
    assert errors[0].get("source") == "newslint.SP001.misspelled-word"


def test_auto_format_follows_github_actions(monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert formatters.resolve("auto") == "github"
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert formatters.resolve("auto") == "text"
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert formatters.resolve("auto") == "text"
    assert formatters.resolve("sarif") == "sarif"
