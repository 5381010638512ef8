"""Run a literal word-list check on the lines that can hold its words, not on the whole story.

proselint runs each check over the whole text: ``misc.preferred_forms`` (one ``re`` alternation
of 136 words behind a look-behind) costs ~0.26 s a MB once a story holds any of its words, and
RE2's Python wrapper encodes the whole text again and counts characters from its start for
every pattern of a set that matches, so a long story paid per pattern per MB (PL rose from
0.30 to 1.17 CPU s/MB between 100 KB and 4.6 MB).

For the checks the word-list gate takes (``gate.gate_of``: literal letters, spaces, hyphens and
apostrophes, padded by a one-character boundary on each side) that run on Python's ``re`` (the
``Fancy`` engine: one padded alternation), a match lies inside one line and
its padding sees only that line's characters and the line breaks around it. So the check runs
once on the lines holding (lower-cased) a word whose runs of letters the story all holds, joined by line
breaks as in the story, and each span is moved back: the same results in the same order (lines
keep their order, so a pattern's matches do too, and a ppm threshold, given the story's length,
picks the same one). Short stories keep the plain run (finding the lines would cost more).

Not the RE2 (``Fast``) word lists: once its set finds a padded word anywhere, proselint 0.16
reports every *unpadded* occurrence of that word in the whole story ("FIXME" inside
"FIXMEFIXME" on another line), so their results are not local to a line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from .gate import StoryText, gate_of

_BREAK_RE = re.compile("\n")

# Below this many characters the whole-text run is cheaper than the line index it needs.
WINDOWED_FROM_CHARS = 50_000


class StoryLines:
    """Where each line of the lower-cased story starts and ends in proselint's padded content
    (the story with a line break each side), and the lines that hold a string."""

    def __init__(self, content: str, story: StoryText) -> None:
        self.content = content
        self.lowered = story.lowered
        self.starts = [0, *(m.end() for m in _BREAK_RE.finditer(self.lowered))]  # in the story
        self.ends = [*(i - 1 for i in self.starts[1:]), len(self.lowered)]

    def holding(self, needle: str) -> Iterator[int]:
        """The lines whose text holds ``needle`` (one C substring search a line that has it)."""
        lowered, starts = self.lowered, self.starts
        i = lowered.find(needle)
        while i >= 0:
            n = bisect.bisect_right(starts, i) - 1
            yield n
            i = lowered.find(needle, self.ends[n] + 1)


def story_lines(content: str, story: StoryText) -> StoryLines | None:
    """The line index of a long story whose lower-cased lines sit where its content's do, or
    None (short, or a character the gate cannot judge: run plainly)."""
    if not story.usable or len(content) < WINDOWED_FROM_CHARS or content[1:-1].lower() != story.lowered:
        return None
    return StoryLines(content, story)


def windowed_results(check: Any, story: StoryText, lines: StoryLines | None) -> Iterator[Any] | None:
    """The check's results (as ``check_with_flags`` gives them over the content) from the lines
    that can hold its words, or None when the check or story is not one this is sound for."""
    from proselint.registry.checks.engine import Fancy

    gate = gate_of(check) if lines is not None and isinstance(check.engine, Fancy) else None
    if gate is None:
        return None
    numbers: set[int] = set()
    for runs, word in gate.words:
        if runs <= story.runs:  # the few words whose runs the story holds: the lines with the word
            numbers.update(lines.holding(word))
    chosen = sorted(numbers)
    content = lines.content
    parts = [content[lines.starts[n] + 1 : lines.ends[n] + 1] for n in chosen]
    # where each chosen line starts in the joined text, and how far to move its spans back
    joined_starts, shifts, at = [], [], 1
    for n, part in zip(chosen, parts, strict=True):
        joined_starts.append(at)
        shifts.append(lines.starts[n] + 1 - at)
        at += len(part) + 1
    joined = "\n" + "\n".join(parts) + "\n"
    offset = check.offset[0]

    def moved(result: Any) -> Any:
        i = bisect.bisect_right(joined_starts, result.span[0] - offset) - 1
        shift = shifts[max(i, 0)]
        return result._replace(span=(result.span[0] + shift, result.span[1] + shift))

    found = map(moved, check.check(joined)) if chosen else iter(())
    return check.flags.apply(found, len(content))
