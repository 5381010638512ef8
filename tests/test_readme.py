"""The README cannot drift from the code: its rule table, its Quick start and its config keys."""

from __future__ import annotations

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


def test_quick_start_summary_is_what_the_example_run_prints(run_subprocess):
    quoted = re.search(r"then a summary on stderr:\n\n```text\n(.*?)```", README, re.S).group(1)
    result = run_subprocess("check", "examples/", cwd=ROOT)
    assert result.returncode == 1
    assert result.stderr.decode() == quoted, "update the Quick start's summary in README.md"
    clean = run_subprocess("check", "examples/clean-story.txt", cwd=ROOT)
    assert clean.returncode == 0
    assert f"\"{clean.stderr.decode().strip()}\"" in README and clean.stderr.startswith(b"All clear")
