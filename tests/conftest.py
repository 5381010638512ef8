"""Shared test helpers: lint a story you wrote, run the CLI in-process or as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import cli
from newslint.config import Config
from newslint.document import Document
from newslint.engine import run_rules
from newslint.packs.loader import load_pack_dirs
from newslint.runner import lint_text

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "slow: slow but required (wheel build, long fuzz); run by CI")
    # The suite never reads or writes the user's own ~/.cache/newslint: one fresh folder per run
    # (subprocesses inherit it), so a stale cache there can neither hide nor cause a failure.
    if not os.environ.get("NEWSLINT_TEST_KEEP_CACHE"):
        os.environ["NEWSLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="newslint-test-cache-")


def lint(text: str, path: str = "story.txt", **config) -> list:
    """Diagnostics for ``text`` with a Config built from keyword arguments."""
    return lint_text(text, path, Config(**config))


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


@pytest.fixture
def run_cli():
    def _run(*args: str, input: str | bytes | None = None):
        return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)

    return _run


@pytest.fixture
def run_subprocess():
    def _run(*args: str, cwd: Path | None = None, input: bytes | None = None):
        return subprocess.run(
            [sys.executable, "-m", "newslint", *args], cwd=cwd, input=input, capture_output=True, timeout=120
        )

    return _run


@pytest.fixture
def pack_rule(tmp_path: Path):
    """``pack_rule(yaml_text)`` -> the rule class loaded from a pack holding just that rule."""

    def load(rule_yaml: str):
        folder = tmp_path / "style"
        folder.mkdir(exist_ok=True)
        (folder / "pack.yml").write_text("prefix: HX\nseverity: warning\n", encoding="utf-8")
        (folder / "rule.yml").write_text(rule_yaml, encoding="utf-8")
        (rule,) = load_pack_dirs((folder,))
        return rule

    return load


def run_pack_rule(rule, text: str):
    """The diagnostics one pack rule gives on ``text``."""
    config = Config()
    return run_rules(Document(text, "story.txt"), [rule(None, config)], config).diagnostics
