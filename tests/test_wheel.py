"""The wheel a newsroom installs works on its own: built from this checkout, installed into a
fresh virtual environment, it lints a story and lists the YAML pack rules shipped inside it
(not read from this checkout's ``rules/``).

Slow (builds a wheel, makes a venv), but part of the suite: a pack missing from the wheel is a
release that silently drops rules.
"""

from __future__ import annotations

import importlib.util
import json
import os
import site
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

pytestmark = pytest.mark.slow


def shipped_pack_codes() -> set[str]:
    codes = set()
    for path in (ROOT / "rules").glob("*/*.yml"):
        if path.name != "pack.yml" and (path.parent / "pack.yml").is_file():
            codes.add(yaml.safe_load(path.read_text(encoding="utf-8"))["code"])
    return codes


def run(*args, **kwargs):
    proc = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A venv in tmp with the freshly built wheel; dependencies come from this test environment
    (a path entry, not an install), so the test needs no network beyond building."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    build = [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist)]
    if importlib.util.find_spec("hatchling") is not None:
        build.append("--no-isolation")
    proc = run(*build, str(ROOT))
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    wheels = list(dist.glob("newslint-*.whl"))
    assert len(wheels) == 1
    venv = tmp / "venv"
    proc = run(sys.executable, "-m", "venv", "--without-pip", str(venv))
    assert proc.returncode == 0, proc.stderr
    python = venv / "bin" / "python"
    purelib = run(str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    # dependencies: this environment's site-packages as a plain path entry (its .pth files, such
    # as the editable install of this checkout, are not processed, so newslint comes from the wheel)
    Path(purelib, "test-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    proc = run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--no-deps",
        "--no-index",
        str(wheels[0]),
    )
    if proc.returncode != 0:  # pip too old for --python: install with the venv's own pip
        run(str(python), "-m", "ensurepip")
        proc = run(str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheels[0]))
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return venv


def newslint(venv: Path, *args: str, cwd: Path, stdin: str | None = None):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(
        [str(venv / "bin" / "newslint"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=env,
        input=stdin,
    )


def test_newslint_is_imported_from_the_wheel(installed, tmp_path):
    python = installed / "bin" / "python"
    proc = subprocess.run(
        [
            str(python),
            "-c",
            "import newslint, newslint.packs.loader as l; print(newslint.__file__); print(l.builtin_rules_dir())",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    module_file, rules_dir = proc.stdout.split("\n")[:2]
    assert str(installed) in module_file and str(ROOT / "src") not in module_file
    assert rules_dir.startswith(str(installed)), "the wheel does not carry rules/"


def test_rules_lists_the_packs_shipped_in_the_wheel(installed, tmp_path):
    proc = newslint(installed, "rules", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    listed = {line.split()[0] for line in proc.stdout.splitlines()[1:]}
    expected = shipped_pack_codes()
    assert expected, "this checkout ships no YAML pack rules to look for"
    assert expected <= listed, f"missing from the wheel: {sorted(expected - listed)}"
    assert {"ST001", "ST002"} <= listed


def test_installed_check_prints_diagnostics_and_json(installed, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        (ROOT / "examples" / "tidal-barrier-story.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    proc = newslint(installed, "check", "story.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "story.txt:13:100: ST001" in proc.stdout
    proc = newslint(installed, "check", "--format", "json", "story.txt", cwd=tmp_path)
    payload = json.loads(proc.stdout)
    codes = {d["code"] for d in payload["diagnostics"]}
    assert {"ST001", "ST002"} <= codes
    assert any(c.startswith("BP") for c in codes), "pack rules did not run from the wheel"
    clean = tmp_path / "clean.txt"
    clean.write_text((ROOT / "examples" / "clean-story.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert newslint(installed, "check", "clean.txt", cwd=tmp_path).returncode == 0
