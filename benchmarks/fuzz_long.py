"""A long fuzz run (not part of CI): the properties of tests/test_fuzz.py with many more cases.

    python benchmarks/fuzz_long.py [--examples 2000] [--seed N]

Prints how many cases each property ran and exits 1 on the first falsified property (hypothesis
prints the smallest failing input). Uses the same strategies and checks as the test suite.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))

import test_fuzz as fuzz  # noqa: E402
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newslint.runner import lint_text  # noqa: E402

CASES: Counter[str] = Counter()


def text_property(text: str, path: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    assert fuzz.lint_and_check(data, path) == fuzz.lint_and_check(data, path)


def bytes_property(data: bytes, path: str) -> None:
    fuzz.lint_and_check(data, path)


def markup_property(fragment: str, path: str) -> None:
    fuzz.lint_and_check(fragment.encode("utf-8"), path)


def surrogate_property(text: str) -> None:
    for path in ("story.txt", "story.md", "story.html"):
        assert not [d for d in lint_text(text, path, fuzz.CONFIG) if d.code == fuzz.INTERNAL_ERROR_CODE]


def cli_property(data: bytes) -> None:
    result = fuzz.run_cli("check", "--no-config", "-j", "1", "--format", "json", "-", input=data)
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output
    assert "internal error" not in result.output


SURROGATE_TEXT = st.lists(
    st.one_of(st.sampled_from(fuzz.WORDS), st.sampled_from(["\ud800", "\udfff", "\udc80"])), max_size=40
).map(" ".join)
PROPERTIES = [
    (text_property, {"text": fuzz.STORY_TEXT, "path": fuzz.SUFFIXES}),
    (bytes_property, {"data": st.binary(max_size=2000), "path": fuzz.SUFFIXES}),
    (markup_property, {"fragment": fuzz.FRAGMENTS, "path": st.sampled_from(["page.md", "page.html"])}),
    (surrogate_property, {"text": SURROGATE_TEXT}),
    (cli_property, {"data": st.binary(max_size=800)}),
]


def counted(body):
    """``body`` that counts its calls (a closure: @given refuses a function with defaults)."""

    def run(**kwargs):
        CASES[body.__name__] += 1
        body(**kwargs)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=2000, help="cases per property")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    start = time.perf_counter()
    for body, strategies in PROPERTIES:
        runner = settings(
            max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )(given(**strategies)(counted(body)))
        if args.seed is not None:
            runner = seed(args.seed)(runner)
        runner()
        print(f"{body.__name__}: {CASES[body.__name__]} cases, ok", flush=True)
    total = sum(CASES.values())
    print(f"{total} fuzz cases in {time.perf_counter() - start:.0f} s, none failed:")
    for name, count in CASES.items():
        print(f"  {count:7d}  {name}")


if __name__ == "__main__":
    main()
