"""Seconds per MB of the consistency families (AC acronyms, NM names, CN variants) on one long story.

    python benchmarks/consistency_scaling.py [--sizes 0.1,1,2,4] [--families AC,NM,CN]

The story is built at run time from distinct corpus paragraphs (corpus_story.py; never stored);
scaling.py measures every family of the default rules. Each family's rules run on a fresh
Document (the shared views it builds are counted in its time). A family is linear when its seconds per MB stay flat as the
story grows (issue 21 asks for at most 1.5x between 100 KB and 4.6 MB).
"""

from __future__ import annotations

import argparse
import time

from corpus_story import distinct_paragraphs, story_of

from newslint.config import DEFAULT_CONFIG
from newslint.document import Document
from newslint.registry import builtin_rule_classes


def rules_of(prefix: str) -> list:
    rules = [cls(config=DEFAULT_CONFIG) for cls in builtin_rule_classes() if cls.code.startswith(prefix)]
    if not rules:
        raise SystemExit(f"no family {prefix}")
    return rules


def seconds(rules: list, text: str) -> tuple[float, int]:
    doc = Document.from_text(text, "long.txt")
    doc.lines, doc.sentences, doc.paragraphs  # noqa: B018  (the core's views are not the family's time)
    start = time.perf_counter()
    found = sum(1 for rule in rules for _ in rule.check(doc))
    return time.perf_counter() - start, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="0.1,1,2,4", help="story sizes in MB")
    ap.add_argument("--families", default="AC,NM,CN")
    args = ap.parse_args()
    paragraphs = distinct_paragraphs()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'family':6} " + " ".join(f"{s:>9.1f}MB" for s in sizes) + "   (seconds per MB; findings)")
    for prefix in args.families.split(","):
        rules = rules_of(prefix)
        seconds(rules, story_of(20_000, paragraphs))  # word lists and caches loaded: not per-MB cost
        cells = []
        for size in sizes:
            text = story_of(int(size * 2**20), paragraphs)
            spent, found = seconds(rules, text)
            cells.append(f"{spent / (len(text) / 2**20):8.3f} ({found})")
        print(f"{prefix:6} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
