"""The CI formats through the real command: SARIF of the seed story and the examples folder
validates against the official SARIF 2.1.0 schema; every format parses; ``--format auto``."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from format_fixtures import SEED, validate_sarif

EXAMPLES = ROOT / "examples"
STORY = "Officals said the the talks would resume in Kazahkstan.\n"


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """A folder with the seed story (when this machine has it), the examples and a story of ours."""
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.txt").write_text(STORY, encoding="utf-8")
    if SEED.is_file():
        shutil.copy(SEED, tmp_path / "desk" / "seed-article.txt")
    if EXAMPLES.is_dir():
        shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _sarif(run_cli, *paths):
    result = run_cli("check", "--no-config", "--format", "sarif", *paths)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_sarif_of_the_seed_story_validates(desk, run_cli):
    if not SEED.is_file():
        pytest.skip(f"{SEED} is not on this machine")
    log = _sarif(run_cli, "desk/seed-article.txt")
    validate_sarif(log)
    assert len(log["runs"][0]["results"]) >= 5, "the seed story has many defects"


def test_sarif_of_a_folder_validates(desk, run_cli):
    log = _sarif(run_cli, "desk")
    validate_sarif(log)
    results = log["runs"][0]["results"]
    assert results, "the desk folder has defects"
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} >= {"desk/story.txt"}
    rule_ids = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert {"NL002", "NL003", "ST001"} <= rule_ids
    assert {r["ruleId"] for r in results} <= rule_ids


def test_sarif_of_the_examples_folder_validates(desk, run_cli):
    if not (desk / "examples").is_dir():
        pytest.skip("no examples folder in this checkout")
    log = _sarif(run_cli, "examples")
    validate_sarif(log)
    assert log["runs"][0]["results"]


def test_sarif_lists_rules_of_a_config_pack(desk, run_cli):
    pack = desk / "house"
    pack.mkdir()
    (pack / "pack.yml").write_text("prefix: HS\ndescription: house style of a test desk\n", encoding="utf-8")
    (pack / "no-utilise.yml").write_text(
        "code: HS901\nname: no-utilise\nextends: existence\nmessage: \"write 'use'\"\n"
        "severity: warning\ntokens: [utilise]\n", encoding="utf-8")
    (desk / "newslint.toml").write_text('packs = ["house"]\n', encoding="utf-8")
    (desk / "desk" / "story.txt").write_text("Officials utilise the port.\n", encoding="utf-8")
    result = run_cli("check", "--format", "sarif", "desk/story.txt")
    log = json.loads(result.stdout)
    assert "HS901" in {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["HS901"]


@pytest.mark.parametrize("name,parse", [
    ("gitlab", json.loads), ("junit", ET.fromstring), ("checkstyle", ET.fromstring),
])
def test_machine_formats_parse(desk, run_cli, name, parse):
    result = run_cli("check", "--no-config", "--format", name, "desk")
    assert result.exit_code == 1
    assert parse(result.stdout) is not None


def test_github_format_and_auto(desk, run_cli, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run_cli("check", "--no-config", "--format", "auto", "desk/story.txt")
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=desk/story.txt,line=1,col=")
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    result = run_cli("check", "--no-config", "--format", "auto", "desk/story.txt")
    assert result.stdout.startswith("desk/story.txt:1:")


def test_sarif_reports_input_errors_as_notifications(desk, run_cli):
    result = run_cli("check", "--no-config", "--format", "sarif", "desk/story.txt", "desk/missing.txt")
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    validate_sarif(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "desk/missing.txt: no such file or folder"
