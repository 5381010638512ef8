"""``newslint rules`` and ``newslint explain`` read the config of the folder they run in (as
``check`` would there), so a desk's pack is known and the table shows what a run here does."""

from __future__ import annotations

from pathlib import Path

PACK_META = "prefix: DK\ndescription: Our desk's style\nenabled: true\nseverity: warning\n"
FLOTUS_RULE = """\
code: DK001
name: no-flotus
extends: substitution
message: "write '{replacement}', not '{match}'"
swap:
  FLOTUS: the first lady
"""
CONFIG = 'packs = ["style"]\nignore = ["ST001"]\nextend-select = ["PL017"]\n[severity]\nST002 = "warning"\n'


def desk(root: Path) -> Path:
    (root / "style").mkdir(parents=True)
    (root / "style" / "pack.yml").write_text(PACK_META, encoding="utf-8")
    (root / "style" / "flotus.yml").write_text(FLOTUS_RULE, encoding="utf-8")
    (root / "newslint.toml").write_text(CONFIG, encoding="utf-8")
    (root / "wires").mkdir()
    return root


def row(output: str, code: str) -> list[str]:
    return next(line for line in output.splitlines() if line.startswith(code + " ")).split()[:5]


def test_explain_knows_a_pack_named_in_the_local_config(tmp_path, run_subprocess):
    desk(tmp_path)
    for cwd in (tmp_path, tmp_path / "wires"):
        result = run_subprocess("explain", "DK001", cwd=cwd)
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode()
        assert out.startswith("DK001 no-flotus (warning)")
        assert f"in {tmp_path.resolve() / 'newslint.toml'}: warning, on" in out
    assert run_subprocess("explain", "DK001", "--no-config", cwd=tmp_path).returncode == 2


def test_explain_says_what_the_config_makes_of_a_rule(tmp_path, run_subprocess):
    desk(tmp_path)
    out = run_subprocess("explain", "ST001", cwd=tmp_path).stdout.decode()
    assert out.startswith("ST001 repeated-word (error)")  # the default, as before
    assert ": error, off\n" in out  # ignored here


def test_rules_shows_the_effective_severity_and_on_off(tmp_path, run_subprocess):
    desk(tmp_path)
    out = run_subprocess("rules", cwd=tmp_path / "wires").stdout.decode()
    assert row(out, "DK001") == ["DK001", "no-flotus", "warning", "yes", "sometimes"]
    assert row(out, "ST001")[2:4] == ["error", "no"]  # ignore = ["ST001"]
    assert row(out, "ST002")[2:4] == ["warning", "yes"]  # severity override
    assert row(out, "PL017")[2:4] == ["info", "yes"]  # extend-select
    defaults = run_subprocess("rules", "--no-config", cwd=tmp_path).stdout.decode()
    assert "DK001" not in defaults
    assert row(defaults, "ST001")[2:4] == ["error", "yes"] and row(defaults, "PL017")[3] == "no"
