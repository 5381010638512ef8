"""How fast and how big: newslint on a folder of stories, on one story (cold start), beside
proselint 0.16, and on hostile sizes (one 50 MB file, 20,000 small files).

    python benchmarks/bench.py [FOLDER] [--runs 5] [--big] [--many]

FOLDER defaults to /tmp/nl-dev/articles (the dev evaluation set), or a generated folder of
400-word stories when that does not exist. Every figure is wall-clock time of a real
``python -m newslint`` process; peak memory is the largest resident set of that process and its
children (``getrusage(RUSAGE_CHILDREN)`` in a wrapper process, so each figure is per command).
The machine is shared, so each timing is the median of ``--runs`` runs.

Targets: at least 1,000 articles/s with only the ST rules, and a cold start under 0.25 s for
one article with only the ST rules (issue 2); a cold start under 0.35 s with the default rules
(issue 3); the default rules no slower than proselint 0.16 alone on the same 300 articles
(issues 3 and 6). newslint's modules are byte-compiled first, as an installed wheel's are.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

NEWSLINT = [sys.executable, "-m", "newslint"]
PROSELINT = [sys.executable, "-c", "import sys; from proselint.command_line import main; sys.exit(main())"]
DEFAULT_FOLDER = Path("/tmp/nl-dev/articles")
# Runs a command and prints: exit code, seconds, peak RSS (KiB) of the command and its children.
_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(p.returncode, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
_PARAGRAPH = (
    "The council said on Tuesday that the new harbour wall would be finished before the winter "
    "storms, after engineers found cracks in the old one during a survey last spring. "
)


def measure(cmd: list[str]) -> tuple[int, float, int]:
    """(exit code, seconds, peak RSS in MiB) of one run of ``cmd``."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True, check=True)
    code, seconds, kib = out.stdout.split()
    return int(code), float(seconds), int(kib) // 1024


def median_run(cmd: list[str], runs: int) -> tuple[float, int, int]:
    """Median seconds, largest peak MiB and the exit code over ``runs`` runs."""
    results = [measure(cmd) for _ in range(runs)]
    return statistics.median(r[1] for r in results), max(r[2] for r in results), results[-1][0]


def stories_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".html") and p.is_file())


def word_count(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)


def generated_folder(root: Path, count: int = 400) -> Path:
    folder = root / "generated"
    folder.mkdir()
    for i in range(count):
        body = "\n\n".join(f"Paragraph {j}. {_PARAGRAPH}" for j in range(10))
        (folder / f"story-{i:04d}.txt").write_text(f"Harbour wall story {i}\n\n{body}\n", encoding="utf-8")
    return folder


def subset(folder: Path, count: int, root: Path) -> Path:
    """The first ``count`` stories, copied, so newslint and proselint read the very same files."""
    out = root / f"first-{count}"
    out.mkdir()
    for path in stories_in(folder)[:count]:
        shutil.copy(path, out / path.name)
    return out


def report(label: str, seconds: float, files: int, mib: int) -> float:
    rate = files / seconds if seconds else float("inf")
    print(f"  {label:46} {seconds:7.3f} s  {rate:8.0f} articles/s  peak {mib:5d} MiB")
    return rate


def throughput(folder: Path, runs: int) -> None:
    files = stories_in(folder)
    words = word_count(files)
    print(f"Folder {folder}: {len(files)} stories, {words / max(1, len(files)):.0f} words each on average")
    for label, extra in (
        ("newslint --select ST -j 1", ["--select", "ST", "-j", "1"]),
        ("newslint --select ST (default jobs)", ["--select", "ST"]),
        ("newslint, default rules -j 1", ["-j", "1"]),
        ("newslint, default rules (default jobs)", []),
    ):
        base = [*NEWSLINT, "check", "-q", "--no-config", *extra]
        seconds, mib, _ = median_run([*base, str(folder)], runs)
        rate = report(label, seconds, len(files), mib)
        one, _, _ = median_run([*base, str(files[0])], runs)  # start-up plus one story
        steady = (len(files) - 1) / (seconds - one) if seconds > one else float("inf")
        print(f"    after start-up ({one:.3f} s): {steady:.0f} articles/s")
        if label == "newslint --select ST -j 1":
            verdict = (
                "met"
                if rate >= 1000
                else f"met after start-up only ({steady:.0f})"
                if steady >= 1000
                else "NOT met"
            )
            print(f"    target >= 1000 articles/s: {verdict}")


def cold_start(folder: Path, runs: int) -> None:
    one = stories_in(folder)[0]
    print(f"Cold start on one story ({one.name}), median of {runs} runs:")
    for label, extra in (("--select ST", ["--select", "ST", "-j", "1"]), ("default rules", ["-j", "1"])):
        seconds, mib, _ = median_run([*NEWSLINT, "check", "-q", "--no-config", *extra, str(one)], runs)
        print(f"  {label:46} {seconds:7.3f} s  peak {mib:5d} MiB")
        target = 0.25 if label == "--select ST" else 0.35
        print(f"    target < {target} s: {'met' if seconds < target else 'NOT met'}")
    seconds, _, _ = median_run([sys.executable, "-c", "import newslint"], runs)
    label = 'python -c "import newslint"'
    print(f"  {label:46} {seconds:7.3f} s")
    seconds, _, _ = median_run([sys.executable, "-c", "pass"], runs)
    label = "python -c pass (interpreter alone)"
    print(f"  {label:46} {seconds:7.3f} s")


def against_proselint(folder: Path, runs: int, root: Path, count: int = 300) -> None:
    """Issues 3 and 6: the whole default rule set no slower than proselint alone. The two are run
    in turn, run after run, so a change in the machine's load falls on both alike."""
    chosen = subset(folder, count, root)
    files = stories_in(chosen)
    print(f"Side by side on the same {len(files)} stories, alternating, median of {runs} runs each:")
    if (
        shutil.which("proselint") is None
        and subprocess.run([*PROSELINT, "check", "--help"], capture_output=True).returncode
    ):
        print("  proselint is not installed; skipped")
        return
    commands = {
        "proselint 0.16 alone": [*PROSELINT, "check", "-o", "json", *map(str, files)],
        "newslint, default rules -j 1": [*NEWSLINT, "check", "-q", "--no-config", "-j", "1", str(chosen)],
        "newslint, default rules": [*NEWSLINT, "check", "-q", "--no-config", str(chosen)],
    }
    timings: dict[str, list[tuple[int, float, int]]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, cmd in commands.items():
            timings[label].append(measure(cmd))
    seconds = {label: statistics.median(t[1] for t in runs_) for label, runs_ in timings.items()}
    baseline = seconds["proselint 0.16 alone"]
    for label, runs_ in timings.items():
        report(label, seconds[label], len(files), max(t[2] for t in runs_))
        if label != "proselint 0.16 alone":
            ratio = seconds[label] / baseline
            print(f"    newslint time / proselint time = {ratio:.2f}")
    ratio = seconds["newslint, default rules"] / baseline
    print(f"    target: default rules (default jobs) no slower than proselint: {'met' if ratio <= 1.0 else 'NOT met'}")


def byte_compile() -> None:
    """Byte-compile newslint's modules, as pip does when it installs a wheel. An editable install
    run with PYTHONDONTWRITEBYTECODE set (common in containers) otherwise recompiles every module
    from source on every start, which is not what a user's installed newslint does."""
    import compileall

    import newslint

    compileall.compile_dir(Path(newslint.__file__).parent, quiet=1)


def big_file(root: Path, megabytes: int = 50) -> None:
    """One huge story: refused by default (max-file-size 20 MB), then linted with the limit raised."""
    path = root / "huge.txt"
    line = "Paragraph. " + _PARAGRAPH + "\n\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("A very long story\n\n")
        for _ in range(megabytes * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    size = path.stat().st_size
    print(f"One {size / 2**20:.0f} MB story:")
    code, seconds, mib = measure([*NEWSLINT, "check", "-q", "--no-config", str(path)])
    print(f"  default config: exit {code} (refused above max-file-size) in {seconds:.2f} s, peak {mib} MiB")
    config = root / "big.toml"
    config.write_text(f"max-file-size = {size + 1}\n", encoding="utf-8")
    for label, extra in (("--select ST", ["--select", "ST"]), ("default rules", [])):
        code, seconds, mib = measure([*NEWSLINT, "check", "-q", "--config", str(config), *extra, str(path)])
        print(
            f"  max-file-size raised, {label:14}: exit {code} in {seconds:6.1f} s, peak {mib} MiB "
            f"({mib / (size / 2**20):.1f} x the file)"
        )


def many_files(root: Path, count: int = 20_000) -> None:
    folder = root / "many"
    folder.mkdir()
    for i in range(count):
        sub = folder / f"desk-{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"brief-{i:05d}.txt").write_text(f"Brief {i}\n\nThe council met on Monday and and agreed.\n")
    for label, extra in (("--select ST -j 1", ["--select", "ST", "-j", "1"]), ("default rules", [])):
        code, seconds, mib = measure(
            [*NEWSLINT, "check", "-q", "--no-config", "--format", "json", *extra, str(folder)]
        )
        print(
            f"  {count} small files, {label:16}: exit {code} in {seconds:6.1f} s "
            f"({count / seconds:.0f} files/s), peak {mib} MiB"
        )
    out = subprocess.run(
        [*NEWSLINT, "check", "-q", "--no-config", "--select", "ST001", "--format", "json", str(folder)],
        capture_output=True,
        text=True,
    )
    found = len(json.loads(out.stdout)["diagnostics"])
    print(f"    ST001 findings: {found} (expected {count})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (median)")
    parser.add_argument("--big", action="store_true", help="also lint one 50 MB story")
    parser.add_argument("--many", action="store_true", help="also lint a folder of 20,000 small files")
    parser.add_argument("--skip-proselint", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as tmp:
        root = Path(tmp)
        byte_compile()
        folder = args.folder or (DEFAULT_FOLDER if DEFAULT_FOLDER.is_dir() else generated_folder(root))
        throughput(folder, args.runs)
        cold_start(folder, args.runs)
        if not args.skip_proselint:
            against_proselint(folder, max(3, args.runs // 2), root)
        if args.big:
            big_file(root)
        if args.many:
            many_files(root)


if __name__ == "__main__":
    main()
