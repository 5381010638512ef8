"""The composite GitHub Action: its shape, and its run step executed with the local newslint."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_is_composite_with_inputs():
    assert ACTION["runs"]["using"] == "composite"
    assert set(ACTION["inputs"]) >= {"paths", "format", "args", "output", "version"}
    assert ACTION["inputs"]["format"]["default"] == "github"


def test_inputs_reach_scripts_only_through_environment_variables():
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), "inputs inside a script can inject shell code"


def _run_step(tmp_path: Path, **inputs: str) -> subprocess.CompletedProcess:
    step = next(s for s in ACTION["runs"]["steps"] if s.get("name") == "Run newslint")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.update({f"NEWSLINT_{k.upper()}": v for k, v in inputs.items()})
    return subprocess.run(["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_run_step_annotates_and_fails_on_a_defect(tmp_path):
    if shutil.which("newslint", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("newslint is not installed beside this Python")
    (tmp_path / "story.txt").write_text("Work on the the harbour wall began.\n", encoding="utf-8")
    result = _run_step(tmp_path, paths="story.txt", format="github", args="--no-config --select ST001", output="")
    assert result.returncode == 1
    assert result.stdout.startswith("::error file=story.txt,line=1,col=")
    result = _run_step(tmp_path, paths="story.txt", format="sarif", args="--no-config", output="report.sarif")
    assert result.returncode == 1 and result.stdout == ""
    assert '"version": "2.1.0"' in (tmp_path / "report.sarif").read_text(encoding="utf-8")
