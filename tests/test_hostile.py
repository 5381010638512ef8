"""Hostile rule packs and config (issue 10): a catastrophic pattern cannot hang a run, YAML
cannot construct objects, only configured packs load, and config naming missing files exits 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newslint.packs.loader import load_pack_dirs
from newslint.packs.spec import PackError

STORY = "Harbour news\n\nThe council met on Monday.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_pack(folder: Path, rule: str, prefix: str = "HS") -> Path:
    write(folder / "pack.yml", f"prefix: {prefix}\ndescription: a test pack\n")
    write(folder / "rule.yml", rule)
    return folder


CATASTROPHIC = """\
code: HS990
name: test-catastrophic
extends: existence
regex: true
message: "backtracks: '{match}'"
tokens:
  - '(?:a|a)*$'
"""


def test_a_catastrophic_pattern_is_stopped_and_reported_not_hung(tmp_path, run_subprocess):
    """``(a|a)*$`` on thirty a's and a "!" explores 2**30 paths; the time bound stops it, the
    run goes on, reports the rule as crashed (NL001) and exits 2. (The subprocess timeout is
    only a guard against a hang; nothing here asserts a duration.)"""
    make_pack(tmp_path / "hostile", CATASTROPHIC)
    write(tmp_path / "newslint.toml", 'packs = ["hostile"]\nselect = ["HS990", "ST001"]\n')
    write(tmp_path / "a.txt", "Title\n\nThe the rest.\n\n" + "a" * 30 + "!\n")
    write(tmp_path / "b.txt", "Title\n\n" + "a" * 30 + "!\n")
    proc = run_subprocess("check", "-j", "1", str(tmp_path))
    out = proc.stdout.decode()
    assert proc.returncode == 2, proc.stderr
    assert "NL001 [error] internal error in rule HS990 (test-catastrophic): PatternTimeout" in out
    assert "ST001" in out  # the other rules' findings still come out
    assert out.count("NL001") == 2  # each file says so; the second skips the known-bad pattern
    assert b"Traceback" not in proc.stderr


def test_yaml_cannot_construct_python_objects(tmp_path, run_cli):
    marker = tmp_path / "pwned"
    evil = (
        "code: HS991\nname: test-evil\nextends: existence\nmessage: x\n"
        f"tokens: !!python/object/apply:os.system ['touch {marker}']\n"
    )
    make_pack(tmp_path / "evil", evil)
    write(tmp_path / "newslint.toml", 'packs = ["evil"]\n')
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 2
    assert "rule.yml" in result.stderr and "invalid YAML" in result.stderr
    assert not marker.exists()
    with pytest.raises(PackError):
        load_pack_dirs((tmp_path / "evil",))


@pytest.mark.parametrize(
    "tag",
    ["!!python/name:os.system", "!!python/object:collections.OrderedDict {}", "!!binary aGk="],
)
def test_other_unsafe_or_odd_tags_are_rejected_with_a_line(tmp_path, tag):
    make_pack(
        tmp_path / "odd", f"code: HS992\nname: test-odd\nextends: existence\nmessage: {tag}\ntokens: [x]\n"
    )
    with pytest.raises(PackError, match=r"rule\.yml:\d+: "):
        load_pack_dirs((tmp_path / "odd",))


RULE = "code: HS993\nname: test-local-pack\nextends: existence\nmessage: 'found {match}'\ntokens: [council]\n"


def test_a_pack_in_the_project_is_not_loaded_unless_configured(tmp_path, run_cli):
    make_pack(tmp_path / "rules" / "local", RULE)
    make_pack(tmp_path / "styles" / "local", RULE)
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", "--select", "ALL", str(story))
    assert "HS993" not in result.output
    assert "HS993" not in run_cli("rules").output


def test_a_pack_outside_the_project_loads_when_a_config_names_it(tmp_path, run_cli):
    outside = make_pack(tmp_path / "shared-styles" / "desk-pack", RULE)
    project = tmp_path / "project"
    write(project / "newslint.toml", f'packs = ["{outside.as_posix()}"]\nselect = ["HS993"]\n')
    story = write(project / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 1
    assert f"{story}:3:5: HS993 [warning] found council" in result.stdout
    relative = project / "relative.toml"
    write(relative, 'packs = ["../shared-styles/desk-pack"]\nselect = ["HS993"]\n')
    assert run_cli("check", "--config", str(relative), str(story)).exit_code == 1
    assert "HS993" in run_cli("rules", "--config", str(relative)).output


@pytest.mark.parametrize(
    "body, key",
    [
        ('packs = ["missing-pack"]\n', "packs"),
        ('accepted-words = ["missing.txt"]\n', "accepted-words"),
        ('names = ["missing.txt"]\n', "names"),
        ('acronyms = ["missing.txt"]\n', "acronyms"),
        ('packs = ["/nonexistent/abs/pack"]\n', "packs"),
    ],
)
def test_config_naming_missing_files_exits_2(tmp_path, run_cli, body, key):
    write(tmp_path / "newslint.toml", body)
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith(f"newslint: {tmp_path / 'newslint.toml'}: {key}: ") and "does not exist" in line
    assert "\n" not in line


def test_missing_baseline_file_exits_2_or_is_reported(tmp_path, run_cli):
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", "--no-config", "--baseline", str(tmp_path / "nope.json"), str(story))
    assert result.exit_code == 2
    assert "nope.json" in result.stderr and "Traceback" not in result.output


def test_a_word_list_that_is_not_text_exits_2(tmp_path, run_cli):
    (tmp_path / "words.txt").write_bytes(b"\xff\xfe\x00bad")
    write(tmp_path / "newslint.toml", 'accepted-words = ["words.txt"]\n')
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 2
    assert "words.txt" in result.stderr and "Traceback" not in result.output


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_pack_folder_that_is_a_symlink_loop_is_an_error_not_a_hang(tmp_path, run_cli):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    write(tmp_path / "newslint.toml", 'packs = ["loop"]\n')
    story = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", str(story))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
