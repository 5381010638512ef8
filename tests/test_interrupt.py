"""Interrupting ``--fix`` never half-writes a story (issue 10): kill the process mid-run on a
folder, and every file is byte-for-byte either untouched or fully fixed. Two ``--fix`` runs on
one folder at once do not corrupt it either. A few trials here; ``benchmarks/kill_during_fix.py``
runs many more.
"""

from __future__ import annotations

import signal
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import kill_during_fix  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]


def test_killing_fix_mid_run_leaves_files_untouched_or_fully_fixed():
    outcome = kill_during_fix.kill_trials(
        trials=4, files=150, signals=[signal.SIGKILL, signal.SIGINT], seed=1
    )
    assert outcome.corrupted == []
    assert outcome.files_checked == 4 * 150
    assert outcome.untouched + outcome.fixed == outcome.files_checked


def test_ctrl_c_leaves_no_temporary_files():
    outcome = kill_during_fix.kill_trials(trials=2, files=150, signals=[signal.SIGINT], seed=2)
    assert outcome.corrupted == []
    assert outcome.temp_files_left == 0


def test_two_fix_runs_at_once_do_not_corrupt():
    outcome = kill_during_fix.concurrent_trials(rounds=2, files=60)
    assert outcome.corrupted == []
    assert outcome.untouched + outcome.fixed == outcome.files_checked == 2 * 60
