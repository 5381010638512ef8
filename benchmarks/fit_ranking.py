"""How often SP001's ranked suggestions hold the intended word, on human misspellings of the
dev-a half of ../shared/corpus/misspellings (the split inject.py plants from): the figure used to
set the error model's costs in ``checks/spelling/rank.py`` (fitted on dev-a, checked on dev-b).

    python benchmarks/fit_ranking.py [--split dev-a] [--show 30]

Each (typo, intended) pair whose typo the dictionary does not know is weighted by how often the
intended word is written (wordfreq), since a story plants the words it contains. Prints the
weighted share with the intended word first and in the first three, and the commonest misses.
Only numbers leave this script; no word of the lists goes into the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
from inject import load_misspellings  # noqa: E402


def pairs(split: str, lexicon) -> list[tuple[str, str, float]]:
    out = []
    for correct, typos in load_misspellings(split).items():
        weight = 10 ** lexicon.zipf(correct)
        typos = [t for t in set(typos) if not lexicon.known(t) and t not in lexicon.misspellings]
        for typo in typos:
            out.append((typo, correct, weight / len(typos)))
    return out


def score(items, lexicon, show: int = 0) -> tuple[float, float]:
    from newslint.checks.spelling import rank as ranking

    ranking._candidates.cache_clear()
    ranking._one_edit_words.cache_clear()
    total = first = top3 = 0.0
    misses = []
    for typo, correct, weight in items:
        found = [w for w, _, _ in ranking.rank(typo, lexicon, "en-US", want=3)[:3]]
        total += weight
        if found[:1] == [correct]:
            first += weight
        if correct in found:
            top3 += weight
        else:
            misses.append((weight, typo, correct, found))
    for _weight, typo, correct, found in sorted(misses, reverse=True)[:show]:
        print(f"  {typo:>14} -> {correct:<14} got {found}")
    return first / total, top3 / total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev-a", choices=["dev-a", "dev-b"])
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    from newslint.checks.spelling.lexicon import load_lexicon

    lexicon = load_lexicon()
    items = pairs(args.split, lexicon)
    first, top3 = score(items, lexicon, args.show)
    print(f"{args.split}: {len(items)} pairs, weighted first {first:.3f}, in first three {top3:.3f}")


if __name__ == "__main__":
    main()
