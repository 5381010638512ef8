"""The shipped classifier weights are what benchmarks/fit_residue.py gives on the dev-a half of
the shared corpus (issue 15: the fit must be reproducible). Skipped where the corpus is absent
(an installed wheel, a machine without ../shared)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCRIPT = ROOT / "benchmarks" / "fit_residue.py"


@pytest.mark.slow
@pytest.mark.skipif(not (CORPUS / "boilerplate").is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_the_fit_reproduces_the_shipped_weights():
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    assert "the shipped weights are what the fit gives" in result.stdout
