"""Quality on stories nobody tuned to: the shared evaluation scripts over several seeds of one split.

    python benchmarks/quality.py [--split dev-b] [--seeds 1,2,3] [--limit 400] [--lines] [--pages]

Runs ../shared/eval/inject.py once per seed, lints the sample with this checkout's newslint, scores
it with score.py and prints each figure as mean and range over the seeds (recall per class,
corrected share, precision, noise per 1,000 words, SP noise). ``--lines`` adds line-level
boilerplate recall over the split's whole pool (lines.py); ``--pages`` adds real page residue
(pages.py). Tune on dev-a, report dev-b; never run on the held-out split (the script refuses).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
NEWSLINT = [sys.executable, "-m", "newslint"]


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def one_seed(split: str, seed: int, limit: int, work: Path, extra: list[str]) -> dict:
    out = work / f"{split}-{seed}"
    run([sys.executable, str(EVAL / "inject.py"), "--out", str(out), "--split", split, "--seed", str(seed),
         "--limit", str(limit)], check=True)
    report = run([*NEWSLINT, "check", "--format", "json", *extra, str(out / "articles")])
    (out / "report.json").write_text(report.stdout, encoding="utf-8")
    scored = run([sys.executable, str(EVAL / "score.py"), str(out / "labels.json"), str(out / "report.json"),
                  "--json"], check=True)
    return json.loads(scored.stdout)


def flatten(figures: dict, prefix: str = "") -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in figures.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            flat[name] = float(value)
    return flat


def summarise(per_seed: list[dict[str, float]]) -> None:
    keys = sorted({k for seed in per_seed for k in seed})
    for key in keys:
        values = [seed[key] for seed in per_seed if key in seed]
        mean = statistics.fmean(values)
        print(f"  {key:<46} {mean:8.3f}   [{min(values):.3f} - {max(values):.3f}]")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev-b", choices=["dev", "dev-a", "dev-b"])
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--lines", action="store_true", help="also line-level boilerplate recall (lines.py)")
    ap.add_argument("--pages", action="store_true", help="also real page residue (pages.py)")
    ap.add_argument("--keep", type=Path, help="keep the samples and reports in this folder")
    ap.add_argument("newslint_args", nargs="*", help="extra arguments for newslint check (after --)")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="nl-quality-"))
    work.mkdir(parents=True, exist_ok=True)
    seeds = [int(s) for s in args.seeds.split(",")]
    per_seed = [flatten(one_seed(args.split, s, args.limit, work, args.newslint_args)) for s in seeds]
    print(f"{args.split}, seeds {args.seeds}, {args.limit} stories each: mean [range]")
    summarise(per_seed)
    if args.lines:
        lines = run([sys.executable, "lines.py", "--newslint", str(Path(sys.executable).parent / "newslint"),
                     "--split", args.split, "--stories", "3", "--out", str(work / "lines")], cwd=EVAL)
        print(lines.stdout)
    if args.pages:
        out = work / "pages"
        run([sys.executable, str(EVAL / "pages.py"), "--out", str(out), "--split", args.split], check=True)
        report = run([*NEWSLINT, "check", "--format", "json", *args.newslint_args, str(out / "articles")])
        (out / "report.json").write_text(report.stdout, encoding="utf-8")
        print(run([sys.executable, str(EVAL / "score.py"), str(out / "labels.json"), str(out / "report.json"),
                   "--codes", "BP,ST"]).stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
