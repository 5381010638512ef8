"""benchmarks/scaling.py's arithmetic, on a few paragraphs written here (no corpus needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import scaling  # noqa: E402
from corpus_story import story_of  # noqa: E402

PARAGRAPHS = [f"The council met on day {i} and the the mayor spoke about the harbour wall number {i}."
              for i in range(400)]


def test_families_are_the_default_rules_by_prefix():
    groups = scaling.families()
    assert {"AC", "NM", "SP", "ST"} <= set(groups)
    assert all(rule.code.startswith(name) for name, rules in groups.items() for rule in rules)
    with pytest.raises(SystemExit):
        scaling.families(["ZZ"])


def test_measure_prints_a_row_per_family_and_a_verdict():
    lines: list[str] = []
    table = scaling.measure([0.002, 0.004], scaling.families(["ST"]), PARAGRAPHS, out=lines.append)
    assert list(table) == ["core", "ST", "all"]
    assert table["ST"][1][1] > table["ST"][0][1] > 0  # the repeated word is found more in the longer story
    assert lines[1].startswith("core") and lines[2].startswith("ST") and lines[3].startswith("all")
    assert all(("met" in line) for line in lines[1:])
    assert scaling.ratio([(1.0, 0), (1.6, 0)]) == pytest.approx(1.6)


def test_story_of_uses_distinct_paragraphs_up_to_the_size():
    story = story_of(2000, PARAGRAPHS)
    body = story.split("\n\n")[1:]
    assert len(story) >= 2000 and len(set(body)) == len(body)
    with pytest.raises(SystemExit):
        story_of(10**7, PARAGRAPHS)
