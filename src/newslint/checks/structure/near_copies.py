"""The earlier long paragraphs of a story that a paragraph may nearly copy (ST002), kept so that a
paragraph is compared only with those of about its length.

A near copy differs from the original by at most a tenth of the longer one's length, so only
paragraphs within that length window can qualify. The pool (the last ``size`` paragraphs) is kept
sorted by length: the window is found by bisection and scored in one rapidfuzz call over it
(``process.extract_iter``, in C), instead of a Python test of every paragraph of the pool for
every paragraph of the story (4.6 MB: 3.1 million length tests, 6.3 s). The answer is the one
the plain loop gives (the earliest qualifying paragraph; tests/test_near_copies.py compares them).
"""

from __future__ import annotations

import bisect
from collections import deque

LENGTH_SHARE = 0.1  # a near copy's length is within this share of the longer paragraph's


def _length_close(a: int, b: int) -> bool:
    return not abs(a - b) > LENGTH_SHARE * max(a, b)


class NearCopyPool:
    """The last ``size`` paragraphs added, each with its start, searched for a near copy."""

    def __init__(self, cutoff: float, size: int) -> None:
        self.cutoff, self.size = cutoff, size
        self._lengths: list[int] = []  # sorted; among equal lengths, oldest first
        self._keys: list[str] = []
        self._added: list[int] = []  # the order each was added in (earliest first wins)
        self._starts: list[int] = []
        self._oldest: deque[tuple[int, int]] = deque()  # (length, order) in the order added
        self._count = 0

    def find(self, key: str) -> int | None:
        """The start of the earliest pooled paragraph that ``key`` nearly copies: length within
        the window and ``fuzz.ratio`` at least ``cutoff``."""
        n = len(key)
        lo = bisect.bisect_left(self._lengths, n * (1 - LENGTH_SHARE) - 1)  # (a margin for rounding;
        hi = bisect.bisect_right(self._lengths, n / (1 - LENGTH_SHARE) + 1)  # the exact test follows)
        if lo == hi:
            return None
        from rapidfuzz import process
        from rapidfuzz.fuzz import ratio  # only stories with long paragraphs of one length get here

        if not 0.0 <= self.cutoff <= 100.0:  # a cutoff extract_iter refuses and ratio takes
            close = sorted((self._added[j], j) for j in range(lo, hi) if _length_close(self._lengths[j], n))
            return next((self._starts[j] for _, j in close if ratio(key, self._keys[j], score_cutoff=self.cutoff)), None)
        best: int | None = None
        for _, score, i in process.extract_iter(key, self._keys[lo:hi], scorer=ratio, score_cutoff=self.cutoff):
            j = lo + i
            if score and _length_close(self._lengths[j], n) and (best is None or self._added[j] < self._added[best]):
                best = j
        return None if best is None else self._starts[best]

    def add(self, key: str, start: int) -> None:
        n, order = len(key), self._count
        self._count += 1
        at = bisect.bisect_right(self._lengths, n)
        for column, value in ((self._lengths, n), (self._keys, key), (self._added, order), (self._starts, start)):
            column.insert(at, value)
        self._oldest.append((n, order))
        if len(self._oldest) > self.size:
            length, _ = self._oldest.popleft()
            at = bisect.bisect_left(self._lengths, length)  # the oldest of its length comes first
            for column in (self._lengths, self._keys, self._added, self._starts):
                del column[at]
