"""Configuration: discovery, file kinds, validation errors (exit 2, ``file: key: problem``) and
per-rule options. Stories here only need ST001 (repeated word) and ST002 (duplicated line)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newslint import registry
from newslint.config import Config, ConfigError, discover_config, load_config_file
from newslint.document import Document
from newslint.rule import OptionsError, Rule
from newslint.runner import lint_paths
from newslint.types import Finding, Severity, Span

STORY = "Flood plan approved\n\nCouncillors said the the plan was sound.\n\nFlood plan approved\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes_in(path: Path, **kwargs) -> list[str]:
    """Only this issue's ST codes: other families' rules may have their own say about STORY."""
    return sorted(d.code for d in lint_paths([str(path)], **kwargs).diagnostics if d.code.startswith("ST"))


# -- discovery ---------------------------------------------------------------------------------
def test_no_config_file_means_defaults(tmp_path):
    story = write(tmp_path / "story.txt", STORY)
    assert discover_config(story).path is None or discover_config(story).path.parent not in story.parents
    assert codes_in(story, config=Config()) == ["ST001", "ST002"]


def test_newslint_toml_is_found_by_walking_up(tmp_path):
    write(tmp_path / "newslint.toml", 'select = ["ST001"]\n')
    story = write(tmp_path / "desk" / "today" / "story.txt", STORY)
    assert discover_config(story).path == (tmp_path / "newslint.toml").resolve()
    assert codes_in(story) == ["ST001"]


def test_pyproject_tool_newslint_section(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.newslint]\nignore = ["ST001"]\n')
    story = write(tmp_path / "story.txt", STORY)
    assert codes_in(story) == ["ST002"]


def test_pyproject_without_our_section_is_skipped_and_search_goes_on(tmp_path):
    write(tmp_path / ".newslint.toml", 'ignore = ["ST002"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    story = write(tmp_path / "sub" / "story.txt", STORY)
    assert discover_config(story).path == (tmp_path / ".newslint.toml").resolve()
    assert codes_in(story) == ["ST001"]


def test_nearest_file_wins_and_newslint_toml_beats_pyproject_in_one_folder(tmp_path):
    write(tmp_path / "newslint.toml", 'ignore = ["ST001"]\n')
    write(tmp_path / "desk" / "pyproject.toml", '[tool.newslint]\nignore = ["ST002"]\n')
    write(tmp_path / "desk" / "newslint.toml", 'select = ["ST001"]\n')
    story = write(tmp_path / "desk" / "story.txt", STORY)
    assert discover_config(story).path == (tmp_path / "desk" / "newslint.toml").resolve()
    assert codes_in(story) == ["ST001"]


def test_each_folder_uses_its_own_nearest_config(tmp_path):
    write(tmp_path / "newslint.toml", 'select = ["ST001"]\n')
    write(tmp_path / "sport" / "newslint.toml", 'select = ["ST002"]\n')
    write(tmp_path / "news.txt", STORY)
    write(tmp_path / "sport" / "match.txt", STORY)
    run = lint_paths([str(tmp_path)])
    by_file = {Path(d.path).name: d.code for d in run.diagnostics}
    assert by_file == {"news.txt": "ST001", "match.txt": "ST002"}


# -- the command line and precedence -------------------------------------------------------------
def test_config_flag_and_no_config(tmp_path, run_cli):
    write(tmp_path / "newslint.toml", 'select = ["ST001"]\n')
    other = write(tmp_path / "elsewhere" / "strict.toml", 'select = ["ST002"]\n')
    story = write(tmp_path / "story.txt", STORY)
    assert "ST002" not in run_cli("check", str(story)).output
    out = run_cli("check", "--config", str(other), str(story)).output
    assert "ST002" in out and "ST001" not in out
    out = run_cli("check", "--no-config", str(story)).output
    assert "ST001" in out and "ST002" in out


def test_flags_beat_the_file(tmp_path, run_cli):
    write(tmp_path / "newslint.toml", 'select = ["ST001"]\nfail-on = "never"\n')
    story = write(tmp_path / "story.txt", STORY)
    assert run_cli("check", str(story)).exit_code == 0
    result = run_cli("check", "--select", "ST002", "--fail-on", "error", str(story))
    assert result.exit_code == 1
    assert "ST002" in result.output and "ST001" not in result.output


def test_cli_ignore_adds_to_the_files_ignore_list(tmp_path, run_cli):
    write(tmp_path / "newslint.toml", 'select = ["ST"]\nignore = ["ST001"]\n')
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", "--ignore", "ST002", str(story))
    assert result.exit_code == 0, result.output


def test_missing_config_flag_file_exits_2(tmp_path, run_cli):
    result = run_cli("check", "--config", str(tmp_path / "nope.toml"), str(tmp_path))
    assert result.exit_code == 2
    assert "nope.toml: config file not found" in result.output


# -- validation errors: exit 2, one line, file and key -------------------------------------------
@pytest.mark.parametrize(
    "name, body, expected",
    [
        ("newslint.toml", 'colour = "red"\n', "newslint.toml: colour: unknown key"),
        (
            "pyproject.toml",
            '[tool.newslint]\ncolour = "red"\n',
            "pyproject.toml: tool.newslint.colour: unknown key",
        ),
        ("newslint.toml", 'fail-on = "sometimes"\n', "newslint.toml: fail-on: 'sometimes' is not one of"),
        ("newslint.toml", 'locale = "fr-FR"\n', "newslint.toml: locale: 'fr-FR' is not one of"),
        ("newslint.toml", "select = 3\n", "newslint.toml: select: expected a list of strings"),
        ("newslint.toml", 'select = ["XX9"]\n', "newslint.toml: 'XX9' matches no rule code, prefix or name"),
        ("newslint.toml", "max-file-size = -1\n", "newslint.toml: max-file-size: expected a positive number"),
        ("newslint.toml", '[severity]\nST001 = "loud"\n', "newslint.toml: severity: unknown severity 'loud'"),
        (
            "newslint.toml",
            'packs = ["no-such-pack"]\n',
            "newslint.toml: packs: 'no-such-pack' does not exist",
        ),
        (
            "newslint.toml",
            'accepted-words = ["words.txt"]\n',
            "newslint.toml: accepted-words: 'words.txt' does not exist",
        ),
        ("newslint.toml", 'names = ["names.txt"]\n', "newslint.toml: names: 'names.txt' does not exist"),
        ("newslint.toml", "[rules.no-such-rule]\nx = 1\n", "rules.no-such-rule: no rule has that name"),
        ("newslint.toml", "[rules.repeated-word]\nx = 1\n", "rules.repeated-word: unknown option 'x'"),
    ],
)
def test_bad_config_exits_2_naming_file_and_key(tmp_path, run_cli, name, body, expected):
    write(tmp_path / name, body)
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 2
    assert expected in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["newslint.toml", "pyproject.toml"])
def test_config_that_is_not_toml_exits_2_with_the_line_number(tmp_path, run_cli, name):
    body = (
        '[tool.newslint]\nselect = ["ST001"]\nfail-on = \n'
        if name == "pyproject.toml"
        else 'select = ["ST001"]\nfail-on = \n'
    )
    write(tmp_path / name, body)
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 2
    line = 3 if name == "pyproject.toml" else 2
    assert f"{name}: invalid TOML:" in result.output
    assert f"line {line}" in result.output


def test_broken_pyproject_without_our_section_is_not_our_business(tmp_path):
    write(tmp_path / "pyproject.toml", "[project\nname = \n")
    story = write(tmp_path / "story.txt", STORY)
    assert codes_in(story) == ["ST001", "ST002"]


def test_config_error_names_the_file():
    with pytest.raises(ConfigError, match="cannot read"):
        load_config_file(Path("/nonexistent/newslint.toml"))


# -- values --------------------------------------------------------------------------------------
def test_values_are_parsed(tmp_path):
    write(tmp_path / "words.txt", "# desk words\nVellamouth\n\nOkonjo  # harbour master\n")
    cfg_path = write(
        tmp_path / "newslint.toml",
        'select = "ST001, ST002"\nfail-on = "error"\nlocale = "en-GB"\nexclude = ["drafts/"]\n'
        'accepted-words = ["words.txt"]\nmax-file-size = 1000\n'
        '[per-file-ignores]\n"*.md" = ["ST001"]\n[severity]\nst001 = "info"\n',
    )
    cfg = load_config_file(cfg_path.resolve())
    assert cfg.select == ("ST001", "ST002")
    assert cfg.fail_on == "error" and cfg.locale == "en-GB" and cfg.exclude == ("drafts/",)
    assert cfg.word_list("accepted_words") == frozenset({"Vellamouth", "Okonjo"})
    assert cfg.max_file_size == 1000
    assert cfg.per_file_ignores == {"*.md": ("ST001",)}
    assert cfg.severity == {"ST001": Severity.INFO}


def test_per_file_ignores_and_exclude(tmp_path):
    write(
        tmp_path / "newslint.toml",
        'exclude = ["drafts"]\n[per-file-ignores]\n"*.text" = ["ST001"]\n"wires/*" = ["ST"]\n',
    )
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "b.text", STORY)
    write(tmp_path / "wires" / "c.txt", STORY)
    write(tmp_path / "drafts" / "d.txt", STORY)
    run = lint_paths([str(tmp_path)])
    got = sorted(
        (Path(d.path).relative_to(tmp_path).as_posix(), d.code)
        for d in run.diagnostics
        if d.code.startswith("ST")
    )
    assert got == [("a.txt", "ST001"), ("a.txt", "ST002"), ("b.text", "ST002")]
    assert sorted(Path(f.path).name for f in run.files) == ["a.txt", "b.text", "c.txt"]


@pytest.mark.parametrize("config_name", ["pyproject.toml", "newslint.toml"])
def test_per_file_ignores_globs_are_relative_to_the_config_file_from_any_folder(
    tmp_path, run_cli, monkeypatch, config_name
):
    table = '[per-file-ignores]\n"wires/*" = ["ST001"]\n"sport/**/*.txt" = ["ST001"]\n'
    if config_name == "pyproject.toml":
        table = "[tool.newslint]\n" + table.replace("[per-file-ignores]", "[tool.newslint.per-file-ignores]")
    write(tmp_path / config_name, table)
    write(tmp_path / "wires" / "story.txt", STORY)
    write(tmp_path / "sport" / "cup" / "final.txt", STORY)
    for cwd, target in [(tmp_path, "wires/story.txt"), (tmp_path / "wires", "story.txt"),
                        (tmp_path / "sport", "cup/final.txt"), (tmp_path / "sport" / "cup", "final.txt")]:
        monkeypatch.chdir(cwd)
        result = run_cli("check", "--select", "ST001", "--format", "json", target)
        assert json.loads(result.stdout)["diagnostics"] == [], (cwd, target)
    monkeypatch.chdir(tmp_path / "wires")  # the config's folder decides, not the working folder
    other = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    write(other / "wires" / "story.txt", STORY)  # no config here: nothing ignored
    result = run_cli("check", "--select", "ST001", "--format", "json", str(other / "wires" / "story.txt"))
    assert len(json.loads(result.stdout)["diagnostics"]) == 1


def test_severity_override_changes_the_exit_code(tmp_path, run_cli):
    write(tmp_path / "newslint.toml", 'select = ["ST"]\n[severity]\nST001 = "info"\nST002 = "info"\n')
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 0
    assert "ST001" in result.output


# -- per-rule options ----------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class LongWordOptions:
    max_letters: int = 12
    allowed: tuple[str, ...] = ()
    loud: bool = False


class LongWord(Rule):
    """A test rule with options: flags words longer than ``max-letters``."""

    code = "ST990"
    name = "test-long-word"
    summary = "test rule"
    Options = LongWordOptions

    def check(self, doc: Document) -> Iterator[Finding]:
        for token in doc.words:
            if len(token.text) > self.options.max_letters and token.text not in self.options.allowed:
                yield Finding(
                    Span(token.span.start, token.span.end),
                    "long",
                    severity=Severity.ERROR if self.options.loud else None,
                )


@pytest.fixture
def long_word_rule(monkeypatch):
    classes = registry.builtin_rule_classes() + (LongWord,)
    monkeypatch.setattr(registry, "builtin_rule_classes", lambda: classes)
    return LongWord


def test_rule_options_from_config(tmp_path, long_word_rule):
    write(
        tmp_path / "pyproject.toml",
        '[tool.newslint]\nselect = ["ST990"]\n[tool.newslint.rules.test-long-word]\n'
        'max-letters = 5\nallowed = ["Councillors"]\nloud = true\n',
    )
    story = write(tmp_path / "story.txt", "Councillors approved a reservoir.\n")
    diags = lint_paths([str(story)]).diagnostics
    assert [(d.code, d.start.column, d.severity) for d in diags] == [
        ("ST990", 13, Severity.ERROR),
        ("ST990", 24, Severity.ERROR),
    ]


def test_rule_option_of_the_wrong_type_exits_2(tmp_path, run_cli, long_word_rule):
    write(tmp_path / "newslint.toml", '[rules.test-long-word]\nmax-letters = "five"\n')
    story = write(tmp_path / "story.txt", "Councillors approved a reservoir.\n")
    result = run_cli("check", str(story))
    assert result.exit_code == 2
    assert (
        "rules.test-long-word: option 'max-letters' of rule test-long-word must be int, not str"
        in result.output
    )


def test_build_options_accepts_underscores_and_converts_lists():
    options = LongWord.build_options({"max_letters": 3, "allowed": ["a", "b"]})
    assert options == LongWordOptions(max_letters=3, allowed=("a", "b"))
    with pytest.raises(OptionsError, match="known: allowed, loud, max-letters"):
        LongWord.build_options({"colour": 1})
    with pytest.raises(OptionsError, match="must be bool"):
        LongWord.build_options({"loud": 1})


@pytest.mark.parametrize(
    "body, expected",
    [
        ('[severity]\nZZ999 = "info"\n', "newslint.toml: severity.ZZ999: no rule has that code"),
        ('[per-file-ignores]\n"*.txt" = ["QQ"]\n', "newslint.toml: per-file-ignores.*.txt: 'QQ' matches no rule"),
    ],
)
def test_severity_and_per_file_ignores_name_real_rules(tmp_path, run_cli, body, expected):
    write(tmp_path / "newslint.toml", body)
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 2
    assert expected in result.stderr
