"""How much ``--jobs N`` speeds up a folder run: wall time of ``newslint check --jobs 1`` against
``--jobs N`` on the same stories, every rule on, through the real command.

    python benchmarks/parallel.py [FOLDER] [--files 300] [--jobs 2] [--repeat 3] [--select ALL]

Prints both times (best of ``--repeat``) and the ratio; also importable: ``speedup(paths, jobs)``.
Run it on a quiet machine: other load on the cores is measured too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html")


def wall_time(paths: list[str], jobs: int, select: str = "ALL") -> float:
    command = [sys.executable, "-m", "newslint", "check", "--no-config", "--format", "json", "--jobs", str(jobs)]
    command += ["--select", select] if select else []
    command += paths
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"newslint exited {done.returncode} with --jobs {jobs}")
    return elapsed


def speedup(paths: list[str], jobs: int = 2, repeat: int = 3, select: str = "ALL") -> tuple[float, float, float]:
    """(best serial seconds, best parallel seconds, serial / parallel); runs alternate, so a burst
    of load from elsewhere hits both settings alike."""
    serial, parallel = [], []
    for _ in range(repeat):
        serial.append(wall_time(paths, 1, select))
        parallel.append(wall_time(paths, jobs, select))
    serial, parallel = min(serial), min(parallel)
    return serial, parallel, serial / parallel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/nl-dev/articles")
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--select", default="ALL", help="rules to run ('' for the default set)")
    args = parser.parse_args()
    paths = sorted(str(p) for p in Path(args.folder).rglob("*") if p.suffix.lower() in SUFFIXES)[: args.files]
    if not paths:
        raise SystemExit(f"{args.folder}: no stories")
    serial, parallel, ratio = speedup(paths, args.jobs, args.repeat, args.select)
    rules = f"--select {args.select}" if args.select else "default rules"
    print(f"{len(paths)} stories, {rules}: --jobs 1 {serial:.2f} s, --jobs {args.jobs} {parallel:.2f} s, "
          f"speed-up {ratio:.2f}x")


if __name__ == "__main__":
    main()
