"""Where the spelling rules spend a cold start: lexicon load, first story, then a warm story.

Usage: python benchmarks/spelling_profile.py [STORY]   (default: tests/stories/spelling-kazakh.txt)
Prints CPU seconds per phase (steadier than wall time on a shared machine); run it twice to see the marshal cache at work.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    story = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parents[1] / "tests/stories/spelling-kazakh.txt")
    t0 = time.process_time()
    from newslint.checks.spelling.lexicon import load_lexicon
    from newslint.checks.spelling.rules import MisspelledWord, ProperNounTypo
    from newslint.config import DEFAULT_CONFIG
    from newslint.document import Document

    t1 = time.process_time()
    load_lexicon()
    t2 = time.process_time()
    text = story.read_text(encoding="utf-8")
    rules = [MisspelledWord(config=DEFAULT_CONFIG), ProperNounTypo(config=DEFAULT_CONFIG)]
    found = [f for r in rules for f in r.check(Document(text))]
    t3 = time.process_time()
    found = [f for r in rules for f in r.check(Document(text))]
    t4 = time.process_time()
    print(f"import {t1 - t0:.3f}s  lexicon {t2 - t1:.3f}s  first story {t3 - t2:.3f}s  "
          f"same story warm {t4 - t3:.3f}s  findings {len(found)}")


if __name__ == "__main__":
    main()
