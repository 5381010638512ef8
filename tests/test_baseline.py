"""Baselines: a desk records today's findings and from then on fails only on new ones."""

from __future__ import annotations

import json

import pytest

from newslint.baseline import file_fingerprints
from newslint.diagnostics import make_diagnostic
from newslint.document import Document
from newslint.runner import FileResult
from newslint.types import Finding, Severity, Span

FLAGS = ("--no-config", "--select", "ST001", "-q")
OLD_ONE = "The minister said the the port would reopen on Monday.\n"
OLD_TWO = "Traders said that prices had had risen, and and fell again.\n"


@pytest.fixture
def archive(tmp_path, monkeypatch):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "one.txt").write_text(f"Port reopens\n\n{OLD_ONE}", encoding="utf-8")
    (desk / "two.md").write_text(f"# Markets\n\n{OLD_TWO}", encoding="utf-8")
    (desk / "clean.txt").write_text("Nothing wrong here.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(run_cli, *args):
    return run_cli("check", *FLAGS, *args)


def test_written_baseline_makes_the_next_run_pass(archive, run_cli):
    assert check(run_cli, "desk").exit_code == 1
    written = check(run_cli, "--write-baseline", "newslint-baseline.json", "desk")
    assert written.exit_code == 0
    assert "recorded 2 findings in newslint-baseline.json" in written.stderr
    data = json.loads((archive / "newslint-baseline.json").read_text(encoding="utf-8"))
    assert sorted(data["findings"]) == ["desk/one.txt", "desk/two.md"]
    assert [e["code"] for e in data["findings"]["desk/one.txt"]] == ["ST001"]
    again = check(run_cli, "--baseline", "newslint-baseline.json", "desk")
    assert (again.exit_code, again.stdout) == (0, "")


def test_one_new_defect_is_the_only_one_reported(archive, run_cli):
    check(run_cli, "--write-baseline", "newslint-baseline.json", "desk")
    one = archive / "desk" / "one.txt"
    one.write_text(f"Port reopens\n\nA new line about about the ships.\n\n{OLD_ONE}", encoding="utf-8")
    result = check(run_cli, "--baseline", "newslint-baseline.json", "desk")
    assert result.exit_code == 1
    assert result.stdout == "desk/one.txt:3:18: ST001 [error] 'about' repeats the word before it\n"


def test_matching_survives_edits_elsewhere_and_reflowed_lines(archive, run_cli):
    check(run_cli, "--write-baseline", "b.json", "desk")
    two = archive / "desk" / "two.md"
    two.write_text(
        "# Markets\n\nA first paragraph added above.\n\nAnother one.\n\n"
        "Traders said that prices had had risen, and\nand fell again.\n", encoding="utf-8")
    result = check(run_cli, "--baseline", "b.json", "desk")
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize("added", ["Updated 10:42\n", "Updated 10:42\n\n", "PORTS\n\nUpdated 10:42\n\n"])
def test_a_new_first_line_above_the_headline_keeps_the_findings_known(tmp_path, run_cli, monkeypatch, added):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "port.txt"
    story.write_text("Port\n\nThe the port reopened on Monday.\n", encoding="utf-8")  # 24 chars reach the top
    check(run_cli, "--write-baseline", "b.json", "port.txt")
    story.write_text(added + story.read_text(encoding="utf-8"), encoding="utf-8")
    result = check(run_cli, "--baseline", "b.json", "port.txt")
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_paragraph_inserted_right_above_a_finding_keeps_it_known(archive, run_cli):
    check(run_cli, "--write-baseline", "b.json", "desk")
    one = archive / "desk" / "one.txt"
    one.write_text(f"Port reopens\n\nShips queued.\n\n{OLD_ONE}", encoding="utf-8")
    result = check(run_cli, "--baseline", "b.json", "desk")
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_second_identical_finding_is_new(archive, run_cli):
    check(run_cli, "--write-baseline", "b.json", "desk")
    (archive / "desk" / "one.txt").write_text(f"Port reopens\n\n{OLD_ONE}\n{OLD_ONE}", encoding="utf-8")
    result = check(run_cli, "--baseline", "b.json", "desk")
    assert result.exit_code == 1
    assert result.stdout == "desk/one.txt:5:23: ST001 [error] 'the' repeats the word before it\n"


def test_baseline_paths_are_relative_to_the_baseline_file(archive, run_cli, monkeypatch):
    check(run_cli, "--write-baseline", "b.json", "desk")
    monkeypatch.chdir(archive / "desk")
    result = check(run_cli, "--baseline", "../b.json", ".")
    assert (result.exit_code, result.stdout) == (0, "")


def test_writing_is_deterministic_and_leaves_no_temporary_file(archive, run_cli):
    check(run_cli, "--write-baseline", "b.json", "desk")
    first = (archive / "b.json").read_bytes()
    check(run_cli, "--write-baseline", "b.json", "desk")
    assert (archive / "b.json").read_bytes() == first
    assert sorted(p.name for p in archive.iterdir()) == ["b.json", "desk"]


@pytest.mark.parametrize("content,message", [
    (None, "b.json: baseline file not found"),
    ("{not json", "b.json: not a newslint baseline (invalid JSON"),
    ('{"findings": {}}', "b.json: not a newslint baseline (expected 'newslint-baseline': 1)"),
    ('{"newslint-baseline": 1, "findings": {"a.txt": [{"code": "ST001"}]}}', "every entry needs a 'fingerprint'"),
])
def test_bad_baseline_is_a_one_line_error(archive, run_cli, content, message):
    if content is not None:
        (archive / "b.json").write_text(content, encoding="utf-8")
    result = check(run_cli, "--baseline", "b.json", "desk")
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def _result(text: str, spans: list[Span]) -> FileResult:
    doc = Document(text, "s.txt")
    diagnostics = [make_diagnostic(doc, Finding(s, "m"), "ST001", "repeated-word", Severity.ERROR) for s in spans]
    return FileResult("s.txt", diagnostics, document=doc)


def test_fingerprints_ignore_line_numbers_but_not_the_words():
    line = "Officials in the port city said the the end"
    one = _result(line, [Span(36, 39)])
    moved = _result(f"\n\nNew intro.\n{line}", [Span(49, 52)])
    assert moved.document.snippet(moved.diagnostics[0].span) == "the"
    assert file_fingerprints(one) == file_fingerprints(moved)
    other = _result("a a end", [Span(2, 3)])
    assert file_fingerprints(one) != file_fingerprints(other)
    twice = _result("the the end\nthe the end", [Span(4, 7), Span(16, 19)])
    assert len(set(file_fingerprints(twice))) == 2


def test_unwritable_baseline_is_a_one_line_error(archive, run_cli):
    result = check(run_cli, "--write-baseline", "no-such-folder/b.json", "desk")
    assert result.exit_code == 2
    assert "no-such-folder/b.json: cannot write baseline" in result.stderr
    assert "Traceback" not in result.stderr


def test_fix_reports_only_findings_outside_the_baseline(archive, run_cli):
    paragraph = "The harbour wall will be repaired before the winter storms arrive."
    story = archive / "desk" / "three.txt"
    story.write_text(f"Harbour\n\n{paragraph}\n\n{paragraph}\n", encoding="utf-8")
    flags = ("--no-config", "--select", "ST001,ST002", "-q")
    assert run_cli("check", *flags, "--write-baseline", "b.json", "desk/three.txt").exit_code == 0
    story.write_text(f"Harbour\n\nWork starts on on Monday.\n\n{paragraph}\n\n{paragraph}\n", encoding="utf-8")
    result = run_cli("check", *flags, "--fix", "--baseline", "b.json", "desk/three.txt")
    assert (result.exit_code, result.stdout) == (0, "")
    assert "Work starts on Monday." in story.read_text(encoding="utf-8")


def test_baseline_with_the_default_rules_on_real_stories(tmp_path, run_cli, monkeypatch):
    from conftest import ROOT
    from format_fixtures import SEED

    desk = tmp_path / "desk"
    desk.mkdir()
    sources = list((ROOT / "examples").glob("*.txt")) + ([SEED] if SEED.is_file() else [])
    for source in sources:
        (desk / source.name).write_bytes(source.read_bytes())
    story = desk / "harbour.txt"
    story.write_text("Harbour wall repairs begin\n\nWork on the harbour wall began on Monday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli("check", "--no-config", "--write-baseline", "b.json", "desk").exit_code == 0
    assert run_cli("check", "--no-config", "-q", "--baseline", "b.json", "desk").exit_code == 0
    story.write_text("Harbour wall repairs begin\n\nCrews arrived early.\n\nWork on the harbour wall "
                     "began on on Monday.\n", encoding="utf-8")
    result = run_cli("check", "--no-config", "-q", "--baseline", "b.json", "desk")
    assert result.exit_code == 1
    assert result.stdout == "desk/harbour.txt:5:35: ST001 [error] 'on' repeats the word before it\n"
