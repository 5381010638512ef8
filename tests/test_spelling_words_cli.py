"""`newslint words add`: appends to the accepted-words file, and the spelling rules obey it."""

from __future__ import annotations

from click.testing import CliRunner

from newslint.cli import cli


def test_words_add_without_config_writes_default_file_and_says_how_to_use_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["words", "add", "zorbing", "Tokayev"])
    assert result.exit_code == 0
    assert (tmp_path / "newslint-words.txt").read_text(encoding="utf-8") == "zorbing\nTokayev\n"
    assert 'accepted-words = ["newslint-words.txt"]' in result.output


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
