"""``newslint batch --local N`` against ``newslint check -j N`` on the same stories: CPU, wall
time, and whether the diagnostics are the same; then the throughput per worker and what ten
million stories would cost.

    python benchmarks/batch.py [FOLDER] [--workers 2] [--repeat 1] [--files-per-partition 200]

FOLDER defaults to the BBC news corpus (its 2,225 stories, ``*/*.txt``), read only while this
runs. CPU is the user + system time of the command and every process under it (Dask's scheduler,
nannies and workers included), from the kernel's accounting of finished children. Run it on a
quiet machine: other load on the cores is measured too.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_FOLDER = "/work/shared/corpus/news/bbc-2004-2005"
ARCHIVE = 10_000_000


def timed(command: list[str], **kwargs) -> tuple[float, float, subprocess.CompletedProcess]:
    """(CPU seconds of the command and its descendants, wall seconds, the finished process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, check=False, **kwargs)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])} ... exited {done.returncode}: {done.stderr!r}")
    return cpu, wall, done


def run_check(paths: list[str], workers: int) -> tuple[float, float, list[dict]]:
    command = [sys.executable, "-m", "newslint", "check", "--no-config", "--format", "json", "-j", str(workers)]
    cpu, wall, done = timed(command + paths, capture_output=True)
    return cpu, wall, json.loads(done.stdout)["diagnostics"]


def run_batch(listing: Path, output: Path, workers: int, per_partition: int) -> tuple[float, float, dict, list]:
    from newslint.batch.output import read_output

    command = [sys.executable, "-m", "newslint", "batch", "--local", str(workers), "--no-config", "--input",
               f"@{listing}", "--output", str(output), "--format", "jsonl", "--files-per-partition",
               str(per_partition), "-q"]
    cpu, wall, _ = timed(command, capture_output=True)
    manifest, records, _ = read_output(str(output))
    manifest["output_bytes"] = sum(p.stat().st_size for p in output.rglob("part-*"))
    return cpu, wall, manifest, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=DEFAULT_FOLDER)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--files-per-partition", type=int, default=200)
    args = parser.parse_args()
    paths = sorted(str(p) for p in Path(args.folder).glob("*/*.txt"))
    if not paths:
        raise SystemExit(f"{args.folder}: no stories (*/*.txt)")
    with tempfile.TemporaryDirectory(prefix="newslint-batch-bench-") as scratch:
        listing = Path(scratch) / "stories.list"
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        check_runs, batch_runs = [], []
        for _ in range(args.repeat):  # alternate, so a burst of load from elsewhere hits both alike
            check_runs.append(run_check(paths, args.workers))
            batch_runs.append(run_batch(listing, Path(scratch) / "out", args.workers, args.files_per_partition))
    check_cpu, check_wall, check_records = min(check_runs, key=lambda r: r[0])
    batch_cpu, batch_wall, manifest, batch_records = min(batch_runs, key=lambda r: r[0])
    same = batch_records == check_records
    n, w = len(paths), args.workers
    lint_cpu = manifest["worker_cpu_seconds"]
    print(f"{n} stories, default rules, {w} processes (best of {args.repeat} by CPU)")
    print(f"  check -j {w}:    CPU {check_cpu:6.1f} s, wall {check_wall:5.1f} s, {len(check_records)} diagnostics")
    print(f"  batch --local {w}: CPU {batch_cpu:6.1f} s, wall {batch_wall:5.1f} s, {len(batch_records)} diagnostics, "
          f"{manifest['partitions']} partitions")
    print(f"  CPU ratio batch / check: {batch_cpu / check_cpu:.2f}x (target <= 1.5x); diagnostics identical: {same}")
    per_story = lint_cpu / n
    print(f"  linting inside the partitions: {lint_cpu:.1f} CPU s = {1000 * per_story:.2f} ms a story, "
          f"{1 / per_story:.0f} stories/s per worker; {manifest['lint_wall_seconds']:.1f} s wall on {w} workers "
          f"({n / manifest['lint_wall_seconds'] / w:.0f} stories/s per worker)")
    print(f"  output: {manifest['output_bytes'] / n:.0f} bytes of JSON Lines a story (both tables)")
    hours = ARCHIVE * per_story / 3600
    print(f"  {ARCHIVE:,} stories at that rate: {hours:.1f} worker-hours; "
          + ", ".join(f"{hours / k:.2f} h on {k} workers" for k in (8, 32, 128)))
    if not same:
        raise SystemExit("batch rows differ from check's diagnostics")


if __name__ == "__main__":
    main()
