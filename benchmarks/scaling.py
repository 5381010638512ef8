"""Seconds per MB of each rule family of the default rules, on one long story, as it grows.

    python benchmarks/scaling.py [--sizes 0.1,1,4.6] [--families AC,NM] [--profile [FAMILY]]

The stories (100 KB to 5 MB) are built at run time from distinct corpus paragraphs
(corpus_story.py; nothing is stored). Every family (the default rules grouped by code prefix:
AC, BP, CN, NM, SP, ...) runs in this process on a fresh Document of each story, so the
shared views a family builds count in its time; the core's own views (lines, sentences,
paragraphs) are built first and shown as ``core``. Times are CPU seconds (``process_time``),
so load from other processes barely moves them. Issue 21's target: the cost per MB at the
largest size at most 1.5x the cost at the smallest (4.6 MB vs 100 KB); each family and the
whole run are marked met / NOT met. ``--profile`` then profiles the worst family (or the one
named) at the largest size, so its owner sees where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_story import distinct_paragraphs, story_of  # noqa: E402

from newslint.config import DEFAULT_CONFIG  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.runner import rules_for  # noqa: E402

TARGET = 1.5
CORE = "core"
DEFAULT_SIZES = "0.1,1,4.6"


def families(only: list[str] | None = None) -> dict[str, list]:
    """The default rules by family (code prefix), in code order."""
    out: dict[str, list] = {}
    for rule in rules_for(DEFAULT_CONFIG):
        out.setdefault(rule.code[:2], []).append(rule)
    if only:
        missing = [f for f in only if f not in out]
        if missing:
            raise SystemExit(f"no family {', '.join(missing)} among the default rules ({', '.join(sorted(out))})")
        out = {f: out[f] for f in only}
    return dict(sorted(out.items()))


def _document(text: str) -> Document:
    doc = Document.from_text(text, "long.txt")
    doc.lines, doc.sentences, doc.paragraphs  # noqa: B018  (the core's views, timed apart)
    return doc


def _cpu(work: Callable[[], object]) -> tuple[float, object]:
    start = time.process_time()
    value = work()
    return time.process_time() - start, value


def run_family(rules: list, doc: Document) -> int:
    return sum(1 for rule in rules for _ in rule.check(doc))


def measure(sizes_mb: list[float], groups: dict[str, list], paragraphs: list[str], out=print) -> dict[str, list]:
    """{family: [(seconds per MB, findings) per size]}, ``core`` first; prints a row per family
    as soon as it is measured."""
    warm = story_of(20_000, paragraphs)  # word lists and caches loaded: not a per-MB cost
    for rules in groups.values():
        run_family(rules, _document(warm))
    texts = [story_of(int(size * 2**20), paragraphs) for size in sizes_mb]
    megabytes = [len(t.encode("utf-8")) / 2**20 for t in texts]
    out(f"{'family':6} " + "".join(f"{m:>10.2f} MB" for m in megabytes)
        + f"   ratio {sizes_mb[-1]:g}/{sizes_mb[0]:g} MB (target <= {TARGET}x)   (CPU seconds per MB; findings)")
    table: dict[str, list] = {}
    core = [_cpu(lambda t=t: _document(t))[0] for t in texts]
    table[CORE] = [(s / mb, 0) for s, mb in zip(core, megabytes, strict=True)]
    out(_row(CORE, table[CORE]))
    for name, rules in groups.items():
        cells = []
        for text, mb in zip(texts, megabytes, strict=True):
            doc = _document(text)
            spent, found = _cpu(lambda d=doc, r=rules: run_family(r, d))
            cells.append((spent / mb, found))
        table[name] = cells
        out(_row(name, cells))
    total = [(sum(table[f][i][0] for f in table), sum(table[f][i][1] for f in table)) for i in range(len(texts))]
    out(_row("all", total))
    table["all"] = total
    return table


def ratio(cells: list) -> float:
    first, last = cells[0][0], cells[-1][0]
    return last / first if first > 0 else (1.0 if last == 0 else float("inf"))


def _row(name: str, cells: list) -> str:
    text = f"{name:6} " + "".join(f"{s:8.3f} ({n:>5})" for s, n in cells)
    if len(cells) > 1:
        r = ratio(cells)
        verdict = "met" if r <= TARGET else "NOT met"
        if cells[0][0] < 0.02 and r > TARGET:  # a few ms per MB: the ratio is mostly timer noise
            verdict += " (under 20 ms/MB: negligible)"
        text += f"   {r:5.2f}x {verdict}"
    return text


def worst(table: dict[str, list]) -> str:
    """The family whose cost grows the most (ignoring ones too cheap to matter)."""
    candidates = {f: c for f, c in table.items() if f not in (CORE, "all") and c[-1][0] >= 0.05}
    return max(candidates or {f: c for f, c in table.items() if f not in (CORE, "all")},
               key=lambda f: ratio(table[f]))


def profile(rules: list, text: str, top: int = 18) -> None:
    doc = _document(text)
    profiler = cProfile.Profile()
    profiler.enable()
    run_family(rules, doc)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(r"newslint", top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=DEFAULT_SIZES, help=f"story sizes in MB, smallest first (default {DEFAULT_SIZES})")
    ap.add_argument("--families", default="", help="comma-separated code prefixes (default: every family)")
    ap.add_argument("--profile", nargs="?", const="worst", default=None,
                    help="profile a family at the largest size (default: the worst)")
    args = ap.parse_args()
    sizes = sorted(float(s) for s in args.sizes.split(","))
    groups = families([f.strip().upper() for f in args.families.split(",") if f.strip()] or None)
    paragraphs = distinct_paragraphs()
    print(f"Default rules, one story of distinct BBC then Reuters paragraphs ({len(paragraphs)} available), "
          f"each family on a fresh Document:")
    table = measure(sizes, groups, paragraphs)
    superlinear = [f for f in table if f not in (CORE, "all") and table[f][-1][0] >= 0.05 and ratio(table[f]) > TARGET]
    print(f"superlinear (over {TARGET}x, at least 50 ms/MB): {', '.join(superlinear) or 'none'}")
    if args.profile:
        name = worst(table) if args.profile == "worst" else args.profile.upper()
        print(f"\nProfile of {name} at {sizes[-1]:g} MB (cumulative, newslint's functions):")
        profile(groups[name], story_of(int(sizes[-1] * 2**20), paragraphs))


if __name__ == "__main__":
    main()
