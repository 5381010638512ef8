"""The ``newslint`` command in-process (click's runner) and as a real subprocess, plus the
library API a CMS would call instead."""

from __future__ import annotations

import json
import re

from conftest import ROOT

import newslint

EXAMPLE = ROOT / "examples" / "tidal-barrier-story.txt"
CLEAN = ROOT / "examples" / "clean-story.txt"
STORY = "Flood plan approved\n\nCouncillors said the the plan was sound.\n\nFlood plan approved\n"
LINE_RE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]{2}\d{3}) (?P<message>.+)$")


def story(tmp_path, name="story.txt", text=STORY):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_version(run_cli):
    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"newslint, version {newslint.__version__}"


def test_rules_lists_every_rule_with_its_columns(run_cli):
    result = run_cli("rules")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["code", "name", "severity", "on", "fix", "summary"]
    st001 = next(line for line in lines if line.startswith("ST001"))
    assert st001.split()[:5] == ["ST001", "repeated-word", "error", "yes", "always"]
    assert any(line.startswith("ST002 ") for line in lines)


def test_explain_by_code_and_by_name(run_cli):
    by_code = run_cli("explain", "ST001")
    by_name = run_cli("explain", "repeated-word")
    assert by_code.exit_code == by_name.exit_code == 0
    assert by_code.output == by_name.output
    assert by_code.output.startswith("ST001 repeated-word (error)")
    assert "What it does" in by_code.output and "Fix safety" in by_code.output


def test_explain_unknown_rule_exits_2(run_cli):
    result = run_cli("explain", "ZZ999")
    assert result.exit_code == 2
    assert "no rule with code or name 'ZZ999'" in result.output


def test_check_examples_prints_line_numbered_diagnostics_and_exits_1(run_cli):
    result = run_cli("check", "--no-config", "--select", "ST", str(ROOT / "examples"))
    assert result.exit_code == 1
    found = [LINE_RE.match(line) for line in result.stdout.splitlines()]
    assert all(found), result.stdout
    got = [(m["code"], int(m["line"]), int(m["col"])) for m in found]
    assert ("ST002", 6, 1) in got  # the headline pasted again
    assert ("ST001", 13, 100) in got  # "the the"


def test_the_example_shows_every_defect_class():
    text = EXAMPLE.read_text(encoding="utf-8")
    for needle in (
        "(CFDA)",
        "CDFA",  # acronym two ways
        "Marguerite Okonjo",
        "Margaret Okonjo",  # one person, two given names
        "recieved",  # ordinary typo
        "Vellamuoth",  # proper-noun typo beside correct uses
        "Published:",
        "Caption:",
        "Google Play",
        "Share this article",  # web residue
        "the the",  # repeated word
        "scheme,\n\nwhich",  # a sentence split across paragraphs
    ):
        assert needle in text, needle
    assert text.count("Vellamouth") >= 3
    headline = text.splitlines()[0]
    assert text.count(headline) == 2


def test_clean_example_exits_0_with_the_default_rules(run_cli):
    result = run_cli("check", "--no-config", str(CLEAN))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_text_output_is_sorted_by_path_line_column_with_suggestion(tmp_path, run_cli):
    b = story(tmp_path, "b.txt", "Head\n\nIt was was late and and dark.\n")
    a = story(tmp_path, "a.txt", "Head\n\nOne one.\nIt is is so.\n")
    result = run_cli("check", "--no-config", "--select", "ST001", str(b), str(a))
    assert result.stdout.splitlines() == [
        f"{a}:3:5: ST001 [error] 'one' repeats the word before it [One]",
        f"{a}:4:7: ST001 [error] 'is' repeats the word before it",
        f"{b}:3:8: ST001 [error] 'was' repeats the word before it",
        f"{b}:3:21: ST001 [error] 'and' repeats the word before it",
    ]


def test_json_output_is_the_contract(tmp_path, run_cli):
    path = story(tmp_path)
    result = run_cli("check", "--no-config", "--select", "ST", "--format", "json", str(path))
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert set(payload) == {"version", "diagnostics", "summary"}
    assert payload["version"] == newslint.__version__
    assert payload["summary"] == {"files": 1, "diagnostics": 2, "error": 2, "warning": 0, "info": 0}
    repeated = next(d for d in payload["diagnostics"] if d["code"] == "ST001")
    expected = {
        "path": str(path), "line": 3, "column": 22, "end_line": 3, "end_column": 25,
        "code": "ST001", "name": "repeated-word", "severity": "error",
        "message": "'the' repeats the word before it", "suggestions": ["the"],
        "fix": {"applicability": "safe",
                "edits": [{"line": 3, "column": 21, "end_line": 3, "end_column": 25, "replacement": ""}]},
    }  # fmt: skip
    assert {key: repeated[key] for key in expected} == expected  # new keys may be added, these may not change


def test_fail_on_thresholds(tmp_path, run_cli):
    path = story(tmp_path)
    args = ("check", "--no-config", "--select", "ST001")
    assert run_cli(*args, str(path)).exit_code == 1
    assert run_cli(*args, "--fail-on", "error", str(path)).exit_code == 1
    assert run_cli(*args, "--fail-on", "never", str(path)).exit_code == 0
    cfg = tmp_path / "quiet.toml"
    cfg.write_text('[severity]\nST001 = "info"\n', encoding="utf-8")
    assert run_cli("check", "--config", str(cfg), "--select", "ST001", str(path)).exit_code == 0
    assert (
        run_cli("check", "--config", str(cfg), "--select", "ST001", "--fail-on", "info", str(path)).exit_code
        == 1
    )


def test_show_source_and_statistics(tmp_path, run_cli):
    path = story(tmp_path)
    result = run_cli("check", "--no-config", "--select", "ST", "--show-source", "--statistics", str(path))
    out = result.stdout.splitlines()
    i = out.index(f"{path}:3:22: ST001 [error] 'the' repeats the word before it")
    assert out[i + 1] == "    Councillors said the the plan was sound."
    assert out[i + 2] == "    " + " " * 21 + "^^^"
    assert re.search(r"^\s+1\s+ST001\s+repeated-word$", result.stdout, re.M)
    assert re.search(r"^\s+1\s+ST002\s+duplicate-paragraph$", result.stdout, re.M)


def test_quiet_prints_diagnostics_only(tmp_path, run_cli):
    path = story(tmp_path)
    (tmp_path / "logo.txt").write_bytes(b"\x89PNG\x00\x00\x00\x00")
    loud = run_cli("check", "--no-config", "--select", "ST", str(tmp_path))
    quiet = run_cli("check", "--no-config", "--select", "ST", "-q", str(tmp_path))
    assert "Found 2 problems (2 errors)" in loud.stderr and "binary" in loud.stderr
    assert quiet.stderr == ""
    assert quiet.stdout == loud.stdout and str(path) in quiet.stdout


def test_stdin_with_a_filename(run_cli):
    result = run_cli(
        "check", "--no-config", "--select", "ST001", "--stdin-filename", "desk/story.txt", "-", input=STORY
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("desk/story.txt:3:22: ST001")
    plain = run_cli("check", "--no-config", "--select", "ST001", "-", input=STORY)
    assert plain.stdout.startswith("<stdin>:3:22: ST001")


def test_unknown_format_exits_2(tmp_path, run_cli):
    result = run_cli("check", "--no-config", "--format", "carrier-pigeon", str(story(tmp_path)))
    assert result.exit_code == 2
    assert "unknown format 'carrier-pigeon'" in result.output
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error_exit_2(run_cli):
    result = run_cli("check", "--colour")
    assert result.exit_code == 2


def test_real_subprocess_on_the_examples(run_subprocess):
    proc = run_subprocess("check", "--no-config", "--select", "ST", "examples/", cwd=ROOT)
    assert proc.returncode == 1, proc.stderr
    assert b"examples/tidal-barrier-story.txt:13:100: ST001" in proc.stdout
    proc = run_subprocess("check", "--no-config", "--format", "json", "examples/clean-story.txt", cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["diagnostics"] == []


def test_internal_error_is_one_line_not_a_traceback(tmp_path, run_cli, monkeypatch):
    from newslint import runner

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(runner, "stream_paths", broken)  # what `check` calls: it streams
    result = run_cli("check", str(story(tmp_path)))
    assert result.exit_code == 2
    assert (
        result.output.strip() == "newslint: internal error: RuntimeError: simulated bug (please report this)"
    )


# -- library API ---------------------------------------------------------------------------------
def test_lint_text_returns_diagnostics():
    found = newslint.lint_text(STORY, path="story.txt", config=newslint.Config(select=("ST",)))
    assert [(d.code, d.start.line, d.start.column) for d in found] == [("ST001", 3, 22), ("ST002", 5, 1)]
    assert found[0].suggestions == ("the",)
    assert found[0].to_record()["fix"]["applicability"] == "safe"
    assert newslint.lint_text("", config=newslint.Config(select=("ST",))) == []


def test_lint_text_names_the_path_and_defaults_to_text():
    found = newslint.lint_text("the the", config=newslint.Config(select=("ST001",)))
    assert found[0].path == "<text>"


def test_lint_paths_returns_a_run_result(tmp_path):
    story(tmp_path, "a.txt")
    story(tmp_path, "b.txt", "Clean copy.\n")
    run = newslint.lint_paths([tmp_path], config=newslint.Config(select=("ST",)))
    assert [f.path for f in run.files] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert [d.code for d in run.diagnostics] == ["ST001", "ST002"]
    assert run.errors == [] and not run.crashed
    missing = newslint.lint_paths([tmp_path / "nope.txt"], config=newslint.Config(select=("ST",)))
    assert missing.errors == [f"{tmp_path / 'nope.txt'}: no such file or folder"]


def test_the_example_is_flagged_for_every_defect_class(run_cli):
    """End to end with the default rules: each planted slip in the example is reported where it is."""
    result = run_cli("check", "--no-config", "-q", "--format", "json", str(EXAMPLE))
    assert result.exit_code == 1
    found = {(d["line"], d["code"][:2]) for d in json.loads(result.stdout)["diagnostics"]}
    expected = {
        (5, "BP"),  # Published: stamp
        (6, "ST"),  # the headline again
        (7, "BP"),  # Caption: line
        (8, "BP"),  # app promo
        (9, "BP"),  # share prompt
        (13, "ST"),  # "the the"
        (17, "ST"),  # a sentence split across paragraphs
        (21, "SP"),  # "recieved"
        (23, "SP"),  # "Vellamuoth" beside "Vellamouth"
        (25, "AC"),  # CDFA for CFDA
        (27, "NM"),  # Margaret for Marguerite Okonjo
    }
    assert expected <= found, sorted(expected - found)
    assert {line for line, _ in found} <= {line for line, _ in expected}, "a false alarm in the example"
