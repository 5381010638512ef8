"""Folder walks lint stories only: what .gitignore ignores is skipped (git's own rules, nested
files and negation included), and so are the files every repository keeps that are not copy
(LICENSE.txt, requirements.txt); a file named on the command line is still linted."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from newslint.files import HOOK_EXCLUDE, is_not_a_story

STORY = "Flood plan approved\n\nCouncillors said the the plan was sound.\n"


def write(path: Path, text: str = STORY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def linted(run_cli, *args: str) -> list[str]:
    result = run_cli("check", "--format", "json", "--select", "ST001,BP", *args)
    assert result.exit_code in (0, 1), result.output
    return sorted({d["path"] for d in json.loads(result.stdout)["diagnostics"]})


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("needs git")
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True)
    write(tmp_path / ".gitignore", "drafts/\n*.tmp.txt\n/build\n")
    write(tmp_path / "story.txt")
    write(tmp_path / "drafts" / "early.txt")
    write(tmp_path / "desk" / "later.tmp.txt")
    write(tmp_path / "build" / "page.html", "<p>the the</p>")
    write(tmp_path / "desk" / "build" / "kept.md")  # /build is anchored at the top
    write(tmp_path / "desk" / ".gitignore", "*.txt\n!keep-*.txt\n")
    write(tmp_path / "desk" / "scratch.txt")
    write(tmp_path / "desk" / "keep-this.txt")
    write(tmp_path / "LICENSE.txt", "MIT License\n\nCopyright (c) 2024 The Desk\n")
    write(tmp_path / "requirements.txt", "newslint>=0.1\n")
    write(tmp_path / "README.md", "# Desk\n\nOur stories the the stories.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_dot_skips_git_ignored_and_non_story_files(repo, run_cli):
    assert linted(run_cli, ".") == ["desk/build/kept.md", "desk/keep-this.txt", "story.txt"]


def test_a_walk_below_the_top_still_obeys_the_top_gitignore(repo, run_cli):
    assert linted(run_cli, "desk") == ["desk/build/kept.md", "desk/keep-this.txt"]


def test_files_named_on_the_command_line_are_linted_whatever_gitignore_says(repo, run_cli):
    assert linted(run_cli, "drafts/early.txt", "LICENSE.txt") == ["LICENSE.txt", "drafts/early.txt"]


def test_respect_gitignore_false_walks_ignored_folders(repo, run_cli):
    write(repo / "newslint.toml", "respect-gitignore = false\n")
    assert "drafts/early.txt" in linted(run_cli, ".")
    assert "LICENSE.txt" not in linted(run_cli, ".")  # still not a story


def test_gitignore_outside_a_repository_applies_from_the_walked_folder(tmp_path, run_cli, monkeypatch):
    write(tmp_path / "desk" / ".gitignore", "old/\n")
    write(tmp_path / "desk" / "old" / "a.txt")
    write(tmp_path / "desk" / "b.txt")
    monkeypatch.chdir(tmp_path)
    assert linted(run_cli, "desk") == ["desk/b.txt"]


@pytest.mark.parametrize("name", ["LICENSE", "LICENSE.txt", "licence.md", "LICENSE-MIT.txt", "COPYING.txt",
                                  "requirements.txt", "requirements-dev.txt", "CHANGELOG.md", "README.md",
                                  "CONTRIBUTING.md", "NOTICE.txt", "AUTHORS.txt", "SECURITY.md",
                                  "LICENSE-APACHE-2.0.txt", "constraints.txt"])
def test_well_known_non_story_files(name):
    assert is_not_a_story(name)
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for hook in hooks:  # the hooks leave out the same files (pre-commit names every file it passes)
        assert re.search(hook["exclude"], f"desk/{name}"), (hook["id"], name)


@pytest.mark.parametrize("name", ["story.txt", "licensing-row.txt", "readme-for-editors.txt", "history-of-the-pier.md",
                                  "security-council-vote.txt", "notice-board.md", "news.txt",
                                  "licence-fee-rise.txt", "requirements-of-the-new-planning-act.txt"])
def test_stories_with_similar_names_are_stories(name):
    assert not is_not_a_story(name)
    for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")):
        assert not re.search(hook["exclude"], f"desk/{name}"), (hook["id"], name)


def test_the_hooks_exclude_exactly_the_walks_non_story_names():
    for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")):
        assert hook["exclude"] == HOOK_EXCLUDE, f"copy newslint.files.HOOK_EXCLUDE into {hook['id']}"
