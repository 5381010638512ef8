"""The pre-commit hooks, run by the real ``pre-commit try-repo`` against a clone of this checkout
in a temporary git repository (pre-commit installs newslint into its own environment)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

DEFECT = "Harbour wall repairs begin\n\nWork on the the harbour wall began on Monday, the council said.\n"
CLEAN = "Harbour wall repairs begin\n\nWork on the harbour wall began on Monday, the council said.\n"


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """A clone of this checkout's HEAD: what a desk's pre-commit would fetch."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout")
    clone = tmp_path_factory.mktemp("hook") / "newslint"
    git("clone", "--quiet", "--no-local", str(ROOT), str(clone), cwd=ROOT)
    if not (clone / ".pre-commit-hooks.yaml").is_file():
        pytest.skip("the hook manifest is not committed in HEAD yet")
    return clone


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")  # one hook environment for every test here


def try_repo(hook_repo: Path, home: Path, hook: str, story: str, tmp_path: Path) -> subprocess.CompletedProcess:
    desk = tmp_path / "desk"
    desk.mkdir()
    git("init", "--quiet", cwd=desk)
    (desk / "story.txt").write_text(story, encoding="utf-8")
    git("add", "story.txt", cwd=desk)
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), hook, "--files", "story.txt"],
        cwd=desk, env=env, capture_output=True, text=True, timeout=900,
    )


def test_hook_fails_on_a_defect_and_prints_the_diagnostic(hook_repo, pre_commit_home, tmp_path):
    result = try_repo(hook_repo, pre_commit_home, "newslint", DEFECT, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "newslint" in result.stdout and "Failed" in result.stdout
    assert "story.txt:3:13: ST001 [error] 'the' repeats the word before it" in result.stdout


def test_hook_passes_on_a_clean_story(hook_repo, pre_commit_home, tmp_path):
    result = try_repo(hook_repo, pre_commit_home, "newslint", CLEAN, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_fix_hook_applies_the_safe_fix(hook_repo, pre_commit_home, tmp_path):
    if "--fix" not in (hook_repo / "src" / "newslint" / "cli.py").read_text(encoding="utf-8"):
        pytest.skip("--fix is not in HEAD yet")
    result = try_repo(hook_repo, pre_commit_home, "newslint-fix", DEFECT, tmp_path)
    assert result.returncode == 1  # pre-commit fails a hook that changed files
    assert (tmp_path / "desk" / "story.txt").read_text(encoding="utf-8") == CLEAN


def test_manifest_publishes_both_hooks_for_every_suffix_a_reader_knows_docx_too():
    import re

    from newslint import sources

    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert hooks["newslint"]["entry"] == "newslint check"
    assert hooks["newslint-fix"]["entry"] == "newslint check --fix"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert "types_or" not in hook and "types" not in hook  # identify has no type for .docx
        listed = set(re.fullmatch(r"\(\?i\)\\\.\(([a-z|]+)\)\$", hook["files"]).group(1).split("|"))
        assert listed == {s.lstrip(".") for s in sources.lintable_suffixes()}
        for name in ("story.docx", "desk/Story.DOCX", "a.txt", "b.md", "c.html", "d.xhtml"):
            assert re.search(hook["files"], name)
        assert not re.search(hook["files"], "notes.doc")


# -- the README's snippet, as written ---------------------------------------------------------
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_snippet() -> str:
    section = README.split("### pre-commit", 1)[1]
    return section.split("```yaml\n", 1)[1].split("```", 1)[0]


def test_readme_snippet_names_the_release_tag_of_this_version():
    from newslint import __version__

    assert yaml.safe_load(readme_snippet())["repos"][0]["rev"] == f"v{__version__}"
    action = README.split("### GitHub Actions", 1)[1].split("### ", 1)[0]
    assert set(re.findall(r"uses: OWNER/newslint@(\S+)", action)) == {f"v{__version__}"}


def test_readme_snippet_works_with_the_real_pre_commit(hook_repo, pre_commit_home, tmp_path):
    """The snippet pasted as it stands, only its URL pointing at a clone of this checkout whose
    HEAD carries the release tag (what the release commit gets: see the snippet's rev)."""
    rev = yaml.safe_load(readme_snippet())["repos"][0]["rev"]
    tagged = tmp_path / "newslint"
    git("clone", "--quiet", "--no-local", str(hook_repo), str(tagged), cwd=tmp_path)
    # -f: the repository may carry the tag already, on an earlier commit; the test is of this HEAD
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "tag", "-f", "-a", rev, "-m", "release", cwd=tagged)
    desk = tmp_path / "desk"
    desk.mkdir()
    git("init", "--quiet", cwd=desk)
    config = readme_snippet().replace("https://github.com/OWNER/newslint", str(tagged))
    (desk / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (desk / "story.txt").write_text(DEFECT, encoding="utf-8")
    (desk / "LICENSE.txt").write_text("MIT License\n\nCopyright (c) 2024 The Desk\n", encoding="utf-8")
    git("add", ".", cwd=desk)
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    result = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=desk, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "story.txt:3:13: ST001 [error] 'the' repeats the word before it" in result.stdout
    assert "LICENSE.txt" not in result.stdout  # the hook leaves non-story files out
    (desk / "story.txt").write_text(CLEAN, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=desk, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
