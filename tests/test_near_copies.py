"""ST002's near-copy pool (sorted by length, scored in one rapidfuzz call) finds the paragraph the
plain loop over the earlier paragraphs finds: the earliest one of about the same length whose
ratio reaches the cutoff."""

from __future__ import annotations

import random

import pytest
from rapidfuzz.fuzz import ratio

from newslint.checks.structure.near_copies import NearCopyPool

WORDS = "harbour board voted dredge channel autumn storms cost million pounds crews silt boats tide".split()


def plain_near_copy(key: str, earlier: list[tuple[str, int]], cutoff: float) -> int | None:
    """The loop ST002 ran before the pool: every earlier paragraph in order."""
    for other, start in earlier:
        if abs(len(other) - len(key)) > 0.1 * max(len(key), len(other)):
            continue
        if ratio(key, other, score_cutoff=cutoff):
            return start
    return None


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    out: list[str] = []
    for _ in range(count):
        if out and rng.random() < 0.4:  # a near copy (or a looser variant) of an earlier one
            words = rng.choice(out).split()
            for _ in range(rng.randint(0, 4)):
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            if rng.random() < 0.3:
                words = words[: rng.randint(len(words) // 2, len(words))]
            out.append(" ".join(words))
        else:
            out.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30))))
    return out


@pytest.mark.parametrize(("cutoff", "size"), [(92.0, 300), (92.0, 5), (80.0, 12), (100.0, 8), (0.0, 6), (150.0, 4), (-5.0, 4)])
def test_the_pool_finds_what_the_plain_loop_finds(cutoff, size):
    rng = random.Random(int(cutoff) * 1000 + size)
    paragraphs = _paragraphs(rng, 400)
    pool, earlier = NearCopyPool(cutoff, size), []
    answers = []
    for start, key in enumerate(paragraphs):
        expected = plain_near_copy(key, earlier, cutoff)
        assert pool.find(key) == expected, (start, key)
        answers.append(expected)
        if expected is None:
            pool.add(key, start)
            earlier.append((key, start))
            del earlier[:-size]
    if 0 < cutoff <= 100:
        assert any(a is not None for a in answers) and any(a is None for a in answers)


def test_the_earliest_of_several_near_copies_is_the_answer():
    pool = NearCopyPool(90.0, 300)
    base = "the harbour board voted on tuesday to dredge the eastern channel before the storms"
    pool.add(base + " arrive", 10)
    pool.add(base + " arrived", 20)  # longer, so sorted after the first
    pool.add(base[:-1] + " arriv", 30)  # shorter, so sorted before both
    assert pool.find(base + " arrives") == plain_near_copy(
        base + " arrives", [(base + " arrive", 10), (base + " arrived", 20), (base[:-1] + " arriv", 30)], 90.0
    ) == 10
