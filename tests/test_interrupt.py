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


def test_ctrl_c_inside_mkstemp_waits_for_the_write(tmp_path, monkeypatch):
    """The race the trials above found: Ctrl-C arriving after ``mkstemp`` has made the file but
    before it returns the name left a stray temporary file. Now the interrupt is held until the
    story is whole, then delivered."""
    import os
    import tempfile

    from newslint import writeback

    story = tmp_path / "story.txt"
    story.write_bytes(b"the the wall\n")
    real_mkstemp = tempfile.mkstemp

    def mkstemp_then_ctrl_c(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        return made

    monkeypatch.setattr(writeback.tempfile, "mkstemp", mkstemp_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        writeback.write_atomically(str(story), b"the wall\n", b"the the wall\n")
    assert story.read_bytes() == b"the wall\n"
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]
