"""`newslint words add / list / remove`: the lists change, and the very next run obeys them
(a real subprocess each time, as a user runs it: no cache of this process hides a stale list)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import cli

STORY = "Harbour works begin\n\nThe flumpery of the harbour works annoyed the council, a spokesman said.\n"


def codes_in(run_subprocess, cwd, *args) -> list[str]:
    result = run_subprocess("check", "--format", "json", *args, "story.txt", cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return [d["code"] for d in json.loads(result.stdout)["diagnostics"]]


def test_words_add_without_config_takes_effect_on_the_next_run(tmp_path, run_subprocess):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert codes_in(run_subprocess, tmp_path) == ["SP001"]
    added = run_subprocess("words", "add", "flumpery", "Tokayev", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    assert (tmp_path / "newslint-words.txt").read_text(encoding="utf-8") == "flumpery\nTokayev\n"
    assert (tmp_path / "newslint.toml").read_text(encoding="utf-8").endswith('accepted-words = ["newslint-words.txt"]\n')
    assert b"created" in added.stderr and b"newslint.toml" in added.stderr
    assert codes_in(run_subprocess, tmp_path) == []
    result = run_subprocess("check", "story.txt", cwd=tmp_path)
    assert result.returncode == 0


def test_words_add_beside_a_config_that_names_no_list_never_edits_it(tmp_path, run_subprocess):
    config = '# desk config\nselect = ["SP"]\n'
    (tmp_path / "newslint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert codes_in(run_subprocess, tmp_path) == ["SP001"]
    assert run_subprocess("words", "add", "flumpery", cwd=tmp_path).returncode == 0
    assert (tmp_path / "newslint.toml").read_text(encoding="utf-8") == config  # untouched
    assert (tmp_path / "newslint-words.txt").read_text(encoding="utf-8") == "flumpery\n"
    assert codes_in(run_subprocess, tmp_path) == []  # newslint-words.txt is read by default
    sub = tmp_path / "desk"
    sub.mkdir()
    (sub / "story.txt").write_text(STORY, encoding="utf-8")
    assert codes_in(run_subprocess, sub) == []  # from a folder below the config too


def test_words_list_and_remove(tmp_path, run_subprocess):
    (tmp_path / "house.txt").write_text("# house words\nflumpery  # a local word\nzorbs\n", encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('accepted-words = ["house.txt"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    listed = run_subprocess("words", "list", cwd=tmp_path)
    assert listed.stdout.decode().splitlines() == ["flumpery", "zorbs"]
    assert b"2 entries in" in listed.stderr
    assert codes_in(run_subprocess, tmp_path) == []
    removed = run_subprocess("words", "remove", "flumpery", "nosuch", cwd=tmp_path)
    assert removed.returncode == 0
    assert removed.stdout.decode().splitlines()[1] == "nosuch: not listed"
    assert (tmp_path / "house.txt").read_text(encoding="utf-8") == "# house words\n# a local word\nzorbs\n"
    assert codes_in(run_subprocess, tmp_path) == ["SP001"]


def test_words_add_appends_to_configured_file_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.txt").write_text("# house words\nzorbs", encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('accepted-words = ["house.txt"]\n', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["words", "add", "zorbing", "zorbs"]).exit_code == 0
    assert (tmp_path / "house.txt").read_text(encoding="utf-8") == "# house words\nzorbs\nzorbing\n"
    story = tmp_path / "story.txt"
    story.write_text("The zorbing craze spread to the cafe.\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", "--select", "SP", str(story)])
    assert result.exit_code == 0, result.output


def test_words_add_names_goes_to_the_names_list(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newslint.toml").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["words", "add", "--kind", "names", "Nazarbayev"])
    assert result.exit_code == 0
    assert (tmp_path / "newslint-names.txt").read_text(encoding="utf-8") == "Nazarbayev\n"
    assert not (tmp_path / "newslint-words.txt").exists()


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs Linux's /proc (unwritable even for root)")
def test_words_add_to_an_unwritable_place_is_one_line_exit_2(tmp_path, run_subprocess):
    (tmp_path / "newslint.toml").write_text('accepted-words = ["/proc/version"]\n', encoding="utf-8")
    result = run_subprocess("words", "add", "flumpery", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("newslint: /proc/version: cannot write: ")
    assert result.stderr.decode().count("\n") == 1
