"""Every figure of issue 21 with its target and "met" / "NOT met", beside proselint 0.16 in the
same run, plus the hostile sizes (one 50 MB file).

    python benchmarks/bench.py [FOLDER] [--runs 5] [--many N] [--scaling] [--big] [--skip-proselint]

FOLDER defaults to the 2,225 BBC stories in ../shared/corpus (the issue's set), else
/tmp/nl-dev/articles, else a generated folder of 400-word stories. Every process figure is a real
``python -m newslint`` process run through a wrapper that reports its wall time, CPU time
(user + sys) and peak resident set (``getrusage(RUSAGE_CHILDREN)``, so each figure is per command,
children included). The machine is shared: timings are medians of ``--runs`` runs, newslint and
proselint alternating so a change of load falls on both; CPU time is less noisy than wall time.

- cold start: one story, default rules, ``-j 1``: wall median (target <= 0.12 s).
- CPU per story, default rules, one process: (CPU of the folder - CPU of one story) / (stories - 1),
  and the same for proselint alone on the same files: <= 3.0 ms and <= 0.55x proselint's.
- ``-j 2`` speed-up: wall ``-j 1`` / wall ``-j 2`` on the folder (>= 1.8x).
- peak memory ``-j 1`` on the folder and on ``--many`` small generated files (<= 120 MiB both).
- LSP re-lint of a 10 KB story, in-process and warm: ``newslint.lint_text`` after one-character
  edits, median (<= 15 ms); the story is lsp_bench.py's (built at run time).
- ``--scaling``: seconds per MB of the default rules on one story of 100 KB and one of 4.6 MB built
  from distinct corpus paragraphs at run time, per family (scaling.py); at most 1.5x. Slow.
newslint's modules are byte-compiled first, as an installed wheel's are.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

NEWSLINT = [sys.executable, "-m", "newslint"]
PROSELINT = [sys.executable, "-c", "import sys; from proselint.command_line import main; sys.exit(main())"]
DEFAULT_FOLDER = Path("/tmp/nl-dev/articles")
# Runs a command and prints: exit code, seconds, peak RSS (KiB), CPU seconds of the command and its children.
_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(p.returncode, time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
)
BBC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news" / "bbc-2004-2005"
_PARAGRAPH = (
    "The council said on Tuesday that the new harbour wall would be finished before the winter "
    "storms, after engineers found cracks in the old one during a survey last spring. "
)


def measure(cmd: list[str]) -> tuple[int, float, int, float]:
    """(exit code, seconds, peak RSS in MiB, CPU seconds) of one run of ``cmd``."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True, check=True)
    code, seconds, kib, cpu = out.stdout.split()
    return int(code), float(seconds), int(kib) // 1024, float(cpu)


def median_run(cmd: list[str], runs: int) -> tuple[float, int, int, float]:
    """Median seconds, largest peak MiB, the exit code and median CPU seconds over ``runs`` runs."""
    results = [measure(cmd) for _ in range(runs)]
    return (statistics.median(r[1] for r in results), max(r[2] for r in results), results[-1][0],
            statistics.median(r[3] for r in results))


def verdict(value: float, target: float, at_most: bool = True) -> str:
    ok = value <= target if at_most else value >= target
    return "met" if ok else "NOT met"


def figure(label: str, value: str, target: str, met: str) -> None:
    print(f"  {label:52} {value:>18}   target {target:12} {met}", flush=True)


def stories_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".txt", ".md", ".html") and p.is_file()
                  and "readme" not in p.name.lower())  # the corpus's SOURCE-README.TXT is no story


def generated_folder(root: Path, count: int = 400) -> Path:
    folder = root / "generated"
    folder.mkdir()
    for i in range(count):
        body = "\n\n".join(f"Paragraph {j}. {_PARAGRAPH}" for j in range(10))
        (folder / f"story-{i:04d}.txt").write_text(f"Harbour wall story {i}\n\n{body}\n", encoding="utf-8")
    return folder


NEWSLINT_CHECK = [*NEWSLINT, "check", "-q", "--no-config"]


def cold_start(folder: Path, runs: int) -> None:
    one = stories_in(folder)[0]
    seconds, mib, _, cpu = median_run([*NEWSLINT_CHECK, "-j", "1", str(one)], runs)
    figure(f"cold start, one story ({one.name}), default rules", f"{seconds:.3f} s (CPU {cpu:.3f})", "<= 0.12 s",
           verdict(seconds, 0.12))
    bare, _, _, _ = median_run([sys.executable, "-c", "pass"], runs)
    print(f"    python -c pass {bare * 1000:.1f} ms; peak {mib} MiB")


def folder_figures(folder: Path, runs: int, proselint: bool) -> None:
    """CPU per story beside proselint, the -j 2 speed-up and peak memory, on the same files."""
    files = stories_in(folder)
    print(f"Folder {folder}: {len(files)} stories; median of {runs} runs, alternating")
    commands = {
        "j1": [*NEWSLINT_CHECK, "-j", "1", str(folder)],
        "j2": [*NEWSLINT_CHECK, "-j", "2", str(folder)],
        "one": [*NEWSLINT_CHECK, "-j", "1", str(files[0])],
    }
    if proselint:
        commands["proselint"] = [*PROSELINT, "check", "-o", "json", *map(str, files)]
        commands["proselint-one"] = [*PROSELINT, "check", "-o", "json", str(files[0])]
    got: dict[str, list[tuple[int, float, int, float]]] = {k: [] for k in commands}
    for _ in range(runs):
        for key, cmd in commands.items():
            got[key].append(measure(cmd))

    def med(key: str, i: int) -> float:
        return statistics.median(r[i] for r in got[key])

    per_story = (med("j1", 3) - med("one", 3)) / max(1, len(files) - 1)
    figure("CPU per story, default rules, one process", f"{per_story * 1000:.2f} ms", "<= 3.0 ms",
           verdict(per_story * 1000, 3.0))
    if proselint:
        alone = (med("proselint", 3) - med("proselint-one", 3)) / max(1, len(files) - 1)
        ratio = per_story / alone if alone else float("inf")
        figure("  ... against proselint 0.16 alone (CPU per story)", f"{ratio:.2f}x ({alone * 1000:.2f} ms)",
               "<= 0.55x", verdict(ratio, 0.55))
        figure("  wall, -j 1 against proselint alone", f"{med('j1', 1) / med('proselint', 1):.2f}x", "", "")
    speedup = med("j1", 1) / med("j2", 1)
    figure("-j 2 speed-up (wall -j 1 / wall -j 2)", f"{speedup:.2f}x ({med('j1', 1):.1f} / {med('j2', 1):.1f} s)",
           ">= 1.8x", verdict(speedup, 1.8, at_most=False))
    peak = max(r[2] for r in got["j1"])
    figure(f"peak memory -j 1, {len(files)} stories", f"{peak} MiB", "<= 120 MiB", verdict(peak, 120))


def many_files(root: Path, count: int) -> None:
    folder = root / "many"
    folder.mkdir()
    for i in range(count):
        sub = folder / f"desk-{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"brief-{i:05d}.txt").write_text(f"Brief {i}\n\nThe council met on Monday and and agreed.\n")
    code, seconds, mib, _ = measure([*NEWSLINT_CHECK, "-j", "1", "--format", "json", str(folder)])
    figure(f"peak memory -j 1, {count} small files (json)", f"{mib} MiB ({seconds:.1f} s)", "<= 120 MiB",
           verdict(mib, 120))
    out = subprocess.run([*NEWSLINT_CHECK, "--select", "ST001", "--format", "json", str(folder)],
                         capture_output=True, text=True)
    found = len(json.loads(out.stdout)["diagnostics"])
    print(f"    ST001 findings: {found} (expected {count}); exit {code}")


def lsp_relint(edits: int = 60) -> None:
    """``newslint.lint_text`` on the 10 KB story after one-character edits, in this process, warm."""
    import random
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from lsp_bench import SEED, ten_kb_story

    import newslint

    story = ten_kb_story(SEED)
    for _ in range(3):
        newslint.lint_text(story, "story.txt")
    rng, times = random.Random(3), []
    for _ in range(edits):
        at = rng.randrange(len(story))
        story = story[:at] + rng.choice("aeiou ") + story[at:]
        start = time.perf_counter()
        newslint.lint_text(story, "story.txt")
        times.append(time.perf_counter() - start)
    ms = statistics.median(times) * 1000
    figure(f"LSP re-lint, {len(story) // 1024} KB story, in-process warm", f"{ms:.1f} ms", "<= 15 ms",
           verdict(ms, 15))


def scaling() -> None:
    """Seconds per MB of each family of the default rules at 100 KB and at 4.6 MB (scaling.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import scaling as family_scaling
    from corpus_story import distinct_paragraphs

    table = family_scaling.measure([0.1, 4.6], family_scaling.families(), distinct_paragraphs(),
                                   out=lambda line: print(f"    {line}"))
    whole = table["all"]
    ratio = family_scaling.ratio(whole)
    figure("cost per MB at 4.6 MB / at 100 KB (CPU)", f"{ratio:.2f}x ({whole[0][0]:.2f} / {whole[1][0]:.2f} s/MB)",
           "<= 1.5x", verdict(ratio, 1.5))


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
    code, seconds, mib, _ = measure([*NEWSLINT, "check", "-q", "--no-config", str(path)])
    print(f"  default config: exit {code} (refused above max-file-size) in {seconds:.2f} s, peak {mib} MiB")
    config = root / "big.toml"
    config.write_text(f"max-file-size = {size + 1}\n", encoding="utf-8")
    for label, extra in (("--select ST", ["--select", "ST"]), ("default rules", [])):
        code, seconds, mib, _ = measure([*NEWSLINT, "check", "-q", "--config", str(config), *extra, str(path)])
        print(
            f"  max-file-size raised, {label:14}: exit {code} in {seconds:6.1f} s, peak {mib} MiB "
            f"({mib / (size / 2**20):.1f} x the file)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (median)")
    parser.add_argument("--many", type=int, default=20_000, help="small files for the memory figure (0: skip)")
    parser.add_argument("--scaling", action="store_true", help="also the cost per MB at 4.6 MB (minutes)")
    parser.add_argument("--big", action="store_true", help="also lint one 50 MB story")
    parser.add_argument("--skip-proselint", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as tmp:
        root = Path(tmp)
        byte_compile()
        folder = args.folder or next((f for f in (BBC, DEFAULT_FOLDER) if f.is_dir()), None) or generated_folder(root)
        print("Issue 21 figures:")
        cold_start(folder, args.runs)
        folder_figures(folder, args.runs, proselint=not args.skip_proselint)
        if args.many:
            many_files(root, args.many)
        lsp_relint()
        if args.scaling:
            scaling()
        else:
            print("  cost per MB at 4.6 MB / at 100 KB: not run (--scaling)")
        if args.big:
            big_file(root)


if __name__ == "__main__":
    main()
