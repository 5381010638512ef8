"""How often a word stands in a story's text as a whole word, asked for many words of many lines.

``occurrences`` is the plain answer, a ``str.find`` scan of the text: cheapest for the few words
a short story asks about. A long story asks about a word of nearly every line, and a scan per
word made the classifier quadratic in the story's size (4.6 MB: 17,788 whole-text scans, 10.7 s).
``WordCounts`` therefore scans a text for its first ``SCANS_BEFORE_INDEX`` questions and then
counts the text's words once and looks every later word up: at most a fixed number of scans,
then one pass, so the cost grows with the text, not with its square. Both give the same count
(tests/test_residue_speed.py compares them).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

SCANS_BEFORE_INDEX = 24  # scans of the whole text before its words are counted once
_RUN_RE = re.compile(r"[^\W_]+")  # a run of letters and figures: exactly the str.isalnum chars
# a whole word sits inside one chain of runs joined by single marks, never across two
_CHAIN_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_JOINED_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)+")


def occurrences(text: str, word: str, enough: int = 1 << 30) -> int:
    """How often ``word`` stands in ``text`` as a whole word (no letter or figure either side),
    counting no further than ``enough``."""
    count, at, size = 0, text.find(word), len(word)
    while at >= 0 and count < enough:
        end = at + size
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            count += 1
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return count


class WordIndex:
    """The text's words counted once: each run of letters and figures, and each chain of runs
    joined by an apostrophe, point or hyphen ("O'Neill", "U.S", "Jean-Luc") under its runs."""

    def __init__(self, text: str) -> None:
        chains = Counter(_CHAIN_RE.findall(text))
        runs: Counter[str] = Counter()
        joined: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
        for chain, n in chains.items():
            if chain.isalnum():
                runs[chain] += n
                continue
            parts = _RUN_RE.findall(chain)
            for part in parts:
                runs[part] += n
            for part in dict.fromkeys(parts):
                joined[part].append((chain, n))
        self.text = text
        self._runs = runs
        self._joined = joined

    def count(self, word: str) -> int:
        """``occurrences(text, word)``: a whole-word match starts and ends a run, so a run is
        counted as itself and a joined word inside the chains that hold its first run."""
        if word.isalnum():
            return self._runs.get(word, 0)
        if not _JOINED_RE.fullmatch(word):
            return occurrences(self.text, word)  # (no word the features ask about)
        first = _RUN_RE.match(word).group()  # type: ignore[union-attr]
        return sum(occurrences(chain, word) * n for chain, n in self._joined.get(first, ()) if word in chain)


class WordCounts:
    """Whole-word counts in one text: scanned while few are asked, indexed once many are."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._scans_left = SCANS_BEFORE_INDEX
        self._index: WordIndex | None = None

    def more_than(self, word: str, own: int) -> bool:
        """Whether ``word`` stands in the text more than ``own`` times."""
        if self._index is None:
            if self._scans_left > 0:
                self._scans_left -= 1
                return occurrences(self.text, word, own + 1) > own
            self._index = WordIndex(self.text)
        return self._index.count(word) > own
