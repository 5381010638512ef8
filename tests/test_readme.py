"""The README cannot drift from the code: its rule table, its Quick start and its config keys."""

from __future__ import annotations

import json
import re

from conftest import ROOT

from newslint import docs
from newslint.config import ConfigError, _parse_table

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_matches_the_registry():
    assert docs.render(README) == README, (
        "README.md's rule table is out of date (rules were added or changed). "
        f"Regenerate it with `.venv/bin/{docs.REGENERATE}` and commit README.md."
    )


def test_rule_table_lists_every_rule_of_newslint_rules(run_cli):
    listed = {line.split()[0] for line in run_cli("rules").output.splitlines()[1:]}
    block = README.split(docs.START, 1)[1].split(docs.END, 1)[0]
    in_table = set(re.findall(r"^\| ([A-Z]{2}\d{3}) \|", block, re.M))
    assert in_table == listed, f"run `.venv/bin/{docs.REGENERATE}`"


def test_quick_start_commands_match_ci():
    commands = re.findall(r"```sh\n(python3 -m venv .*)\n```", README)
    assert commands[:2] == [
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/newslint check examples/",
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest",
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    run_lines = [line for line in ci.splitlines() if line.startswith("python3 ")]
    # .ci/run may add pip's -q; otherwise it is the README's second command exactly
    assert [line.replace(" install -q ", " install ") for line in run_lines] == [commands[1]]
    assert "set -euo pipefail" in ci


def test_every_documented_config_key_is_accepted():
    section = README.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    keys = set(re.findall(r"^\| `([a-z-]+)`(?:, `([a-z-]+)`)*", section, re.M))
    names = {k for group in keys for k in group if k}
    names |= set(re.findall(r"`([a-z-]+)`, `([a-z-]+)`, `([a-z-]+)` \| list of files", section)[0])
    assert {"select", "ignore", "fail-on", "exclude", "locale", "packs", "per-file-ignores"} <= names
    for key in names - {"rules"}:
        try:
            _parse_table(ROOT / "newslint.toml", {key: None}, "")
        except ConfigError as exc:
            assert "unknown key" not in str(exc), f"README documents {key!r} but config.py rejects it"


def test_the_readme_rule_case_example_runs_as_written(tmp_path):
    from newslint.testing import check_case_file

    block = README.split("## Working on newslint", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    case_file = tmp_path / "ST001.yml"
    case_file.write_text(block, encoding="utf-8")
    assert check_case_file(case_file) == []


def test_quick_start_summary_is_what_the_example_run_prints(run_subprocess):
    quoted = re.search(r"then a summary on stderr:\n\n```text\n(.*?)```", README, re.S).group(1)
    result = run_subprocess("check", "examples/", cwd=ROOT)
    assert result.returncode == 1
    assert result.stderr.decode() == quoted, "update the Quick start's summary in README.md"
    clean = run_subprocess("check", "examples/clean-story.txt", cwd=ROOT)
    assert clean.returncode == 0
    assert f"\"{clean.stderr.decode().strip()}\"" in README and clean.stderr.startswith(b"All clear")


def test_json_example_is_what_newslint_prints_for_such_a_story(tmp_path, run_subprocess):
    block = README.split("### JSON output", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    example = json.loads(block)
    story = "Barrier plan\n\nThe council met.\n\nIt was late.\n\nThe work went on.\nThen tunned engines hummed.\n"
    (tmp_path / "story.txt").write_text(story, encoding="utf-8")
    result = run_subprocess("check", "--no-config", "--format", "json", "story.txt", cwd=tmp_path)
    assert json.loads(result.stdout) == example, "update the JSON example in README.md"


def test_every_pack_key_is_documented():
    import importlib
    import pkgutil

    from newslint.packs import kinds
    from newslint.packs.loader import COMMON_KEYS

    section = README.split("**House-style packs", 1)[1].split("\n## ", 1)[0]
    modules = [importlib.import_module(f"{kinds.__name__}.{m.name}") for m in pkgutil.iter_modules(kinds.__path__)]
    shipped = [m for m in modules if hasattr(m, "KIND")]
    assert len(shipped) >= 6
    assert all(f"| `{m.__name__.rsplit('.', 1)[1]}` |" in section for m in shipped), "a kind is missing from the table"
    kind_keys = {k for m in shipped for k in m.KIND.SPEC_KEYS}
    undocumented = {k for k in COMMON_KEYS | kind_keys if f"`{k}`" not in section and f"{k}:" not in section}
    assert not undocumented, f"README's pack section does not mention {sorted(undocumented)}"
    for key in ("prefix", "description", "enabled", "severity", "safe-fix-in-quotes"):
        assert f"`{key}`" in section  # pack.yml keys


def test_check_options_table_matches_check_help(run_cli):
    table = README.split("Options of `newslint check`:", 1)[1].split("\n\n", 2)[1]
    documented = set(re.findall(r"`(--[a-z-]+)", table))
    from newslint.cli import check

    offered = {opt for p in check.params for opt in p.opts if opt.startswith("--")} - {"--help"}
    assert documented == offered, (sorted(offered - documented), sorted(documented - offered))


def test_the_example_pack_rule_passes_its_own_examples(tmp_path, run_cli):
    block = README.split("```yaml\ncode: DK001", 1)[1].split("```", 1)[0]
    (tmp_path / "style").mkdir()
    (tmp_path / "style" / "pack.yml").write_text("prefix: DK\ndescription: a desk\n", encoding="utf-8")
    (tmp_path / "style" / "flotus.yml").write_text("code: DK001" + block, encoding="utf-8")
    result = run_cli("test-pack", str(tmp_path / "style"))
    assert result.output == f"{tmp_path / 'style'}: 1 rule, 3 examples, 0 failed: ok\n"


def test_security_page_lists_every_table_the_cache_holds():
    """Each module that writes the cache folder (usercache.write) is named on SECURITY.md."""
    security = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    writers = sorted(p.relative_to(ROOT / "src").as_posix() for p in (ROOT / "src" / "newslint").rglob("*.py")
                     if "usercache" in p.read_text(encoding="utf-8") and p.name != "usercache.py")
    described = {"newslint/checks/spelling/lexicon.py": "spelling tables",
                 "newslint/packs/needs_memo.py": "terms of the rule packs",
                 "newslint/packs/loader.py": "parsed data of the shipped rule packs"}
    assert writers == sorted(described), f"SECURITY.md: say what {writers} keep in the cache"
    for phrase in described.values():
        assert phrase in " ".join(security.split()), phrase
