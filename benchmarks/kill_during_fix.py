"""Kill ``newslint check --fix`` mid-run, again and again, and check that no story is ever
half-written: every file must be byte-for-byte either untouched or fully fixed.

    python benchmarks/kill_during_fix.py [--trials 30] [--files 300] [--signal KILL|INT|both]

Also runs two ``--fix`` processes on the same folder at once (``--concurrent N`` rounds): the
files must end up untouched or fully fixed, never mixed. The test suite runs a few trials of
each (tests/test_interrupt.py); this script is for the larger count quoted in reports.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

COMMAND = [sys.executable, "-m", "newslint", "check", "--no-config", "--fix", "-q", "--select", "ST001,ST002"]


def story(i: int) -> str:
    """A story with safe fixes in it: a repeated headline and doubled words."""
    headline = f"Harbour wall story number {i} is approved"
    body = "\n\n".join(
        f"Paragraph {j}: the council said the the wall would be finished before the winter storms, "
        f"and engineers said that the old wall had had cracks for years."
        for j in range(12)
    )
    return f"{headline}\n\n{headline}\n\n{body}\n"


@dataclass
class Outcome:
    trials: int = 0
    files_checked: int = 0
    untouched: int = 0
    fixed: int = 0
    corrupted: list[str] = field(default_factory=list)
    temp_files_left: int = 0

    def add(self, other: Outcome) -> None:
        self.trials += other.trials
        self.files_checked += other.files_checked
        self.untouched += other.untouched
        self.fixed += other.fixed
        self.corrupted += other.corrupted
        self.temp_files_left += other.temp_files_left


def make_folder(root: Path, files: int) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """A folder of stories plus the original and the fully fixed bytes of each."""
    original = root / "original"
    original.mkdir()
    for i in range(files):
        (original / f"story-{i:04d}.txt").write_text(story(i), encoding="utf-8")
    reference = root / "reference"
    shutil.copytree(original, reference)
    subprocess.run([*COMMAND, "-j", "1", str(reference)], capture_output=True, check=False)
    before = {p.name: p.read_bytes() for p in original.iterdir()}
    after = {p.name: p.read_bytes() for p in reference.iterdir()}
    assert all(before[n] != after[n] for n in before), "the reference run fixed nothing"
    return original, before, after


def judge(folder: Path, before: dict[str, bytes], after: dict[str, bytes]) -> Outcome:
    out = Outcome(trials=1)
    for path in folder.iterdir():
        if path.name.endswith(".newslint-tmp"):
            out.temp_files_left += 1
            continue
        out.files_checked += 1
        data = path.read_bytes()
        if data == before[path.name]:
            out.untouched += 1
        elif data == after[path.name]:
            out.fixed += 1
        else:
            out.corrupted.append(str(path))
    return out


def full_run_seconds(original: Path, root: Path, jobs: str) -> float:
    folder = root / "timing"
    shutil.copytree(original, folder)
    start = time.perf_counter()
    subprocess.run([*COMMAND, "-j", jobs, str(folder)], capture_output=True, check=False)
    seconds = time.perf_counter() - start
    shutil.rmtree(folder)
    return seconds


def kill_trials(trials: int, files: int, signals: list[int], jobs: str = "1", seed: int = 0) -> Outcome:
    rng = random.Random(seed)
    total = Outcome()
    with tempfile.TemporaryDirectory(prefix="newslint-kill-") as tmp:
        root = Path(tmp)
        original, before, after = make_folder(root, files)
        duration = full_run_seconds(original, root, jobs)
        for n in range(trials):
            folder = root / f"trial-{n}"
            shutil.copytree(original, folder)
            proc = subprocess.Popen(
                [*COMMAND, "-j", jobs, str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(rng.uniform(0.3, 0.95) * duration)  # after start-up, before the end
            proc.send_signal(signals[n % len(signals)])
            proc.wait()
            total.add(judge(folder, before, after))
            shutil.rmtree(folder)
    return total


def concurrent_trials(rounds: int, files: int) -> Outcome:
    """Two --fix runs on one folder at once, then the folder is judged."""
    total = Outcome()
    with tempfile.TemporaryDirectory(prefix="newslint-twice-") as tmp:
        root = Path(tmp)
        original, before, after = make_folder(root, files)
        for n in range(rounds):
            folder = root / f"round-{n}"
            shutil.copytree(original, folder)
            procs = [
                subprocess.Popen(
                    [*COMMAND, "-j", "1", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                for _ in range(2)
            ]
            for proc in procs:
                proc.wait()
            total.add(judge(folder, before, after))
            shutil.rmtree(folder)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--signal", choices=["KILL", "INT", "both"], default="both")
    parser.add_argument("--jobs", default="1", help="newslint -j value for the killed runs")
    parser.add_argument("--concurrent", type=int, default=5, help="rounds of two --fix runs at once")
    args = parser.parse_args()
    signals = {"KILL": [signal.SIGKILL], "INT": [signal.SIGINT], "both": [signal.SIGKILL, signal.SIGINT]}
    kill = kill_trials(args.trials, args.files, signals[args.signal], args.jobs)
    print(
        f"kill during --fix: {kill.trials} trials x {args.files} files ({args.signal}, -j {args.jobs}): "
        f"{kill.untouched} untouched, {kill.fixed} fully fixed, {len(kill.corrupted)} corrupted, "
        f"{kill.temp_files_left} temporary files left behind"
    )
    both = concurrent_trials(args.concurrent, min(args.files, 100))
    print(
        f"two --fix runs at once: {both.trials} rounds: {both.untouched} untouched, {both.fixed} fully "
        f"fixed, {len(both.corrupted)} corrupted"
    )
    for path in (kill.corrupted + both.corrupted)[:10]:
        print(f"  corrupted: {path}")
    sys.exit(1 if kill.corrupted or both.corrupted else 0)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
