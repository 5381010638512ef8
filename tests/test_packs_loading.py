"""A desk's own pack: picked up through config, validated on load, bounded when its regex runs away."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.config import Config
from newslint.packs.loader import load_pack_dirs
from newslint.packs.spec import PackError
from newslint.runner import lint_text
from newslint.testing import check_pack

PACK_META = "prefix: DK\ndescription: Our desk's style\nenabled: true\nseverity: warning\n"
FLOTUS_RULE = """\
code: DK001
name: no-flotus
extends: substitution
message: "write '{replacement}', not '{match}'"
fix: safe
swap:
  FLOTUS: the first lady
examples:
  fail:
    - "Then FLOTUS visited the school."
  pass:
    - "Then the first lady visited the school."
  fixed:
    - "Then the first lady visited the school."
"""


def write_pack(root: Path, rules: dict[str, str], meta: str = PACK_META) -> Path:
    folder = root / "style"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yml").write_text(meta, encoding="utf-8")
    for name, text in rules.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# -- picked up through config ------------------------------------------------------------------
def test_pack_in_a_temporary_folder_is_picked_up_through_config(tmp_path, run_subprocess):
    write_pack(tmp_path, {"no-flotus.yml": FLOTUS_RULE})
    (tmp_path / "newslint.toml").write_text('packs = ["style"]\nselect = ["DK"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text("School visit\n\nThen FLOTUS visited.\n", encoding="utf-8")
    result = run_subprocess("check", "--format", "json", "story.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (d,) = json.loads(result.stdout)["diagnostics"]
    assert (d["code"], d["line"], d["column"], d["end_column"]) == ("DK001", 3, 6, 12)
    assert d["severity"] == "warning"
    assert d["suggestions"] == ["the first lady"]
    assert d["fix"]["applicability"] == "safe"


def test_pack_rules_run_beside_builtin_ones_and_its_examples_pass(tmp_path):
    folder = write_pack(tmp_path, {"no-flotus.yml": FLOTUS_RULE})
    config = Config(packs=(folder,))
    codes = {d.code for d in lint_text("FLOTUS said the the talks failed.\n", "s.txt", config)}
    assert {"DK001", "ST001"} <= codes
    report = check_pack(folder)
    assert (report.rules, report.examples, report.failures) == (1, 3, [])


def test_test_pack_reports_a_failing_example(tmp_path, run_cli):
    broken = FLOTUS_RULE.replace(
        '    - "Then the first lady visited the school."\n  fixed:', '    - "FLOTUS left early."\n  fixed:'
    )
    folder = write_pack(tmp_path, {"no-flotus.yml": broken})
    result = run_cli("test-pack", str(folder))
    assert result.exit_code == 1
    assert f"{folder / 'no-flotus.yml'}: DK001 examples.pass[0]: expected no finding" in result.output
    assert result.output.rstrip().endswith("1 rule, 3 examples, 1 failed: FAILED")


def test_test_pack_passes_and_rejects_an_empty_folder(tmp_path, run_cli):
    folder = write_pack(tmp_path, {"no-flotus.yml": FLOTUS_RULE})
    ok = run_cli("test-pack", str(folder))
    assert (ok.exit_code, ok.output.strip()) == (0, f"{folder}: 1 rule, 3 examples, 0 failed: ok")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("test-pack", str(empty))
    assert result.exit_code == 2
    assert "no pack rules found" in result.output


# -- broken packs: file:line: key: problem, exit 2 -------------------------------------------
BROKEN = [
    ("unknown key", FLOTUS_RULE.replace("fix: safe\n", "fix: safe\ncolour: red\n"), 6, "colour: unknown key"),
    (
        "unknown kind",
        FLOTUS_RULE.replace("extends: substitution", "extends: sometimes"),
        3,
        "extends: unknown kind 'sometimes'",
    ),
    (
        "private module as kind",
        FLOTUS_RULE.replace("extends: substitution", "extends: _base"),
        3,
        "extends: unknown kind '_base'",
    ),
    (
        "missing message",
        FLOTUS_RULE.replace("message: \"write '{replacement}', not '{match}'\"\n", ""),
        1,
        "message: required",
    ),
    (
        "bad severity",
        FLOTUS_RULE.replace("fix: safe", "severity: loud\nfix: safe"),
        5,
        "severity: unknown severity 'loud'",
    ),
    (
        "bad fix",
        FLOTUS_RULE.replace("fix: safe", "fix: delete-line"),
        5,
        "fix: action 'delete-line' is not one this kind can do",
    ),
    (
        "bad scope",
        FLOTUS_RULE.replace("fix: safe", "fix: safe\nscope: chapter"),
        6,
        "scope: 'chapter' is not one of",
    ),
    (
        "bad regex",
        FLOTUS_RULE.replace("swap:\n  FLOTUS:", "regex: true\nswap:\n  '(FLOTUS':"),
        7,
        "swap: bad regular expression",
    ),
    (
        "number as term",
        FLOTUS_RULE.replace("  FLOTUS: the first lady", "  3: three"),
        6,
        "swap: 3: 'three' is not text: text (quote numbers)",
    ),
    (
        "wrong prefix",
        FLOTUS_RULE.replace("code: DK001", "code: HS001"),
        1,
        "code: 'HS001' does not start with the pack prefix 'DK'",
    ),
    (
        "examples not a list",
        FLOTUS_RULE.replace(
            '  pass:\n    - "Then the first lady visited the school."',
            '  pass: "The first lady visited the school."',
        ),
        8,
        "examples: pass: expected a list of texts",
    ),
    ("more fixed than fail", FLOTUS_RULE + '    - "Another."\n', 8, "examples: fixed: more texts than fail"),
]


@pytest.mark.parametrize("rule_text,line,problem", [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_rule_file_names_file_line_and_key(tmp_path, run_cli, rule_text, line, problem):
    folder = write_pack(tmp_path, {"no-flotus.yml": rule_text})
    path = folder / "no-flotus.yml"
    with pytest.raises(PackError) as info:
        load_pack_dirs((folder,))
    assert str(info.value).startswith(f"{path}:{line}: {problem}")
    result = run_cli("test-pack", str(folder))
    assert result.exit_code == 2
    assert result.output.startswith(f"newslint: {path}:{line}: {problem}")
    assert "Traceback" not in result.output


KIND_ERRORS = [
    (
        "consistency",
        "either: [[per cent]]",
        "either: ['per cent']: each group is a list of two or more forms",
    ),
    ("consistency", "either: []", "either: expected a list of groups"),
    ("conditional", "first: [deadline]", "second: required"),
    ("occurrence", "tokens: [said]", "max: required: max, min or both"),
    ("occurrence", "count: words\ntokens: [said]\nmax: 3", "tokens: not used with count: words"),
    ("occurrence", "tokens: [said]\nmax: 2\nmin: 5", "min: 5 is more than max 2"),
    ("occurrence", "tokens: [said]\nmax: -1", "max: must be zero or more"),
]


@pytest.mark.parametrize(
    "kind,body,problem", KIND_ERRORS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(KIND_ERRORS)]
)
def test_kind_settings_are_validated(tmp_path, kind, body, problem):
    text = f"code: DK002\nname: x\nextends: {kind}\nmessage: m\n{body}\n"
    folder = write_pack(tmp_path, {"x.yml": text})
    with pytest.raises(
        PackError, match=f"^{folder / 'x.yml'}:\\d+: " + problem.replace("[", "\\[").replace("]", "\\]")
    ):
        load_pack_dirs((folder,))


def test_invalid_yaml_names_the_line(tmp_path, run_cli):
    folder = write_pack(tmp_path, {"x.yml": "code: DK001\nname: [unclosed\nmessage: m\n"})
    result = run_cli("test-pack", str(folder))
    assert result.exit_code == 2
    assert result.output.startswith(f"newslint: {folder / 'x.yml'}:")
    assert "invalid YAML" in result.output


def test_broken_pack_named_in_config_exits_2_on_check(tmp_path, run_subprocess):
    write_pack(tmp_path, {"no-flotus.yml": FLOTUS_RULE.replace("extends: substitution", "extends: nope")})
    (tmp_path / "newslint.toml").write_text('packs = ["style"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text("Text.\n", encoding="utf-8")
    result = run_subprocess("check", "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert b"no-flotus.yml:3: extends: unknown kind 'nope'" in result.stderr
    assert b"Traceback" not in result.stderr


# -- YAML is loaded safely -------------------------------------------------------------------
def test_yaml_tags_that_would_run_code_are_refused(tmp_path, run_cli):
    marker = tmp_path / "pwned"
    payload = f"code: !!python/object/apply:os.system ['touch {marker}']\nname: x\nextends: existence\n"
    folder = write_pack(tmp_path, {"evil.yml": payload})
    result = run_cli("test-pack", str(folder))
    assert result.exit_code == 2
    assert "evil.yml" in result.output
    assert not marker.exists()


# -- a runaway pattern is bounded ------------------------------------------------------------
RUNAWAY = """\
code: DK009
name: runaway
extends: existence
regex: true
message: "runaway"
tokens: ['(?:a|aa)+$']
"""


def test_a_runaway_pattern_is_stopped_and_not_run_again(tmp_path):
    folder = write_pack(tmp_path, {"runaway.yml": RUNAWAY})
    config = Config(packs=(folder,), select=("DK009",))
    story = "a" * 60 + "!\n"
    (first,) = lint_text(story, "one.txt", config)
    assert (first.code, first.severity.value) == ("NL001", "error")
    assert "DK009" in first.message and "longer than" in first.message
    (second,) = lint_text(story, "two.txt", config)
    assert "earlier in this run" in second.message


class _BusyMachinePattern:
    """Finds every 'x'; its first iteration runs out of time after one match, as a long story
    with many quick matches (or a busy machine) makes it, without any one search being slow."""

    pattern, flags = "x-busy", 0

    def __init__(self) -> None:
        self.calls: list[tuple[int, float]] = []

    def finditer(self, text, pos, end, overlapped=False, timeout=None):
        self.calls.append((pos, timeout))
        for i in range(pos, end):
            if text[i] == "x":
                if len(self.calls) == 1 and i > 0:
                    raise TimeoutError
                yield _FakeMatch(i)


class _FakeMatch:
    def __init__(self, i: int) -> None:
        self.i = i

    def start(self) -> int:
        return self.i

    def end(self) -> int:
        return self.i + 1


def test_a_long_iteration_that_runs_out_of_time_is_resumed_from_the_last_match():
    from newslint.packs.kinds import _base

    pattern = _BusyMachinePattern()
    found = [m.start() for m in _base.finditer(pattern, "x.x.x")]
    assert found == [0, 2, 4]
    assert pattern.calls == [(0, _base.MATCH_TIMEOUT), (1, _base.MATCH_TIMEOUT)]  # a fresh bound
    assert (pattern.pattern, pattern.flags) not in _base._TIMED_OUT


def test_a_timeout_without_cpu_use_stops_one_story_but_does_not_ban_the_pattern(tmp_path, monkeypatch):
    from newslint.packs.kinds import _base

    monkeypatch.setattr(_base, "MATCH_TIMEOUT", 0.02)
    monkeypatch.setattr(_base.time, "thread_time", lambda: 0.0)  # as if the search never got the CPU
    rule = RUNAWAY.replace("DK009", "DK008").replace("(?:a|aa)+$", "(?:b|bb)+$")
    folder = write_pack(tmp_path, {"runaway.yml": rule})
    config = Config(packs=(folder,), select=("DK008",))
    for name in ("one.txt", "two.txt"):
        (d,) = lint_text("b" * 60 + "!\n", name, config)
        assert d.code == "NL001" and "took longer than" in d.message
