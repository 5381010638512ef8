"""False alarms and safe fixes on clean, edited copy: what newslint says about stories with
(almost) nothing wrong in them (issue 20).

    python benchmarks/clean_copy.py [--split dev-b] [--corpus bbc,reuters,gold,l3s] [--show CODE]
                                    [--fixes] [--sample N]

Lints the split's share of each clean corpus in ../shared/corpus/news (BBC 2004-05 stories,
Reuters-21578 wire copy, the 2019 gold bodies, the L3S-GN1 article texts without '?'-damaged
characters) with the default rules and prints error+warning findings per 1,000 words per corpus
and per code. ``--show CODE`` prints every finding of that code (or prefix) with its line, for
reading one by one; ``--sample N`` prints N findings drawn at random over all codes. ``--fixes``
runs the safe fixes (``--fix`` semantics, in memory) and prints every edit with its context.
The split follows ../shared/eval (the same hash as inject.py); the held-out half is refused.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
from inject import in_split  # noqa: E402  (the evaluation's own split, so halves never mix)

NEWS = SHARED / "corpus" / "news"
CORPORA = {
    "bbc": NEWS / "bbc-2004-2005",
    "reuters": NEWS / "reuters-21578-sample",
    "gold": NEWS / "article-extraction-benchmark" / "gold",
    "l3s": NEWS / "l3s-gn1" / "article",
}
CLAIM = ("error", "warning")


def l3s_damaged() -> set[str]:
    """L3S pages whose '?' stands for a lost character (the corpus README says to drop them)."""
    index = NEWS / "l3s-gn1" / "index.tsv"
    lines = index.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    col = head.index("suspect_qmark_substitutions")
    return {row.split("\t")[0] for row in lines[1:] if row.split("\t")[col] not in ("", "0")}


def stories(name: str, split: str) -> list[Path]:
    folder = CORPORA[name]
    skip: set[str] = set()
    dup = folder / "duplicates.tsv"
    if dup.exists():
        skip = {line.split("\t")[1] for line in dup.read_text().splitlines()[1:] if "\t" in line}
    damaged = l3s_damaged() if name == "l3s" else set()
    out = []
    for f in sorted(folder.rglob("*.txt")):
        rel = f.relative_to(folder)
        if f.name.upper().startswith("SOURCE") or str(rel) in skip or f.stem in damaged:
            continue
        if in_split(f"{folder.name}/{rel}", split):
            out.append(f)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev-b", choices=["dev", "dev-a", "dev-b"])
    ap.add_argument("--corpus", default="bbc,reuters,gold,l3s")
    ap.add_argument("--show", help="print every finding whose code starts with this")
    ap.add_argument("--sample", type=int, default=0, help="print this many findings drawn at random")
    ap.add_argument("--fixes", action="store_true", help="print every safe edit --fix would make")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    from newslint import lint_paths
    from newslint.api import fix_text
    from newslint.config import DEFAULT_CONFIG

    drawn: list[tuple[str, object]] = []
    for name in args.corpus.split(","):
        files = stories(name, args.split)
        run = lint_paths([str(f) for f in files], DEFAULT_CONFIG, jobs=2)
        words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
        claimed = [d for d in run.diagnostics if d.severity.value in CLAIM]
        by_code = Counter(d.code for d in claimed)
        rate = 1000 * len(claimed) / max(words, 1)
        print(f"{name:8} {len(files):5} stories {words:8} words  {len(claimed):5} error+warning  "
              f"{rate:.2f} per 1,000 words")
        print("         " + ", ".join(f"{c} {n}" for c, n in by_code.most_common()))
        drawn += [(name, d) for d in claimed]
        if args.show:
            for d in claimed:
                if d.code.startswith(args.show):
                    line = Path(d.path).read_text(encoding="utf-8").splitlines()[d.start.line - 1]
                    print(f"  {d.path}:{d.start.line}:{d.start.column}: {d.code} {d.message}\n      | {line[:160]}")
        if args.fixes:
            for f in files:
                text = f.read_text(encoding="utf-8")
                outcome = fix_text(text, str(f), DEFAULT_CONFIG)
                for edit in outcome.applied:
                    before = outcome.history[edit.pass_number - 1]
                    s, e = edit.span.start, edit.span.end
                    ctx = before[max(0, s - 30):s] + "[" + before[s:e] + "->" + edit.replacement + "]" + before[e:e + 30]
                    print(f"  FIX {f.relative_to(NEWS)} {edit.code}: {ctx!r}")
    if args.sample:
        rng = random.Random(args.seed)
        for name, d in rng.sample(drawn, min(args.sample, len(drawn))):
            line = Path(d.path).read_text(encoding="utf-8").splitlines()[d.start.line - 1]
            print(f"  [{name}] {d.path}:{d.start.line}:{d.start.column}: {d.code} {d.message}\n      | {line[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
