"""Boilerplate found from the story's shape (BP1xx), complementing the pattern pack in
``rules/boilerplate``: a short line that is not a sentence, sits among the paragraphs or around
them, and shares no words with the story is web residue, whatever it says."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache

from ...document import Document
from ...packs.kinds._base import line_deletion
from ...rule import Rule
from ...types import Applicability, Edit, Finding, Fix, Severity
from .shape import StoryLine, StoryShape

# Below this share of words in common with the rest of the story, a short line is about
# something else (a menu, another story). Subheads score far higher: they name the story's matter.
MAX_RELEVANCE = 0.34
# A line above the body sharing this much with the story can be the real headline.
HEADLINE_RELEVANCE = 0.5
# A zone where at least this many (and this share) of the lines are the story's own non-paragraphs.
LOOSE_MIN_LINES = 3
LOOSE_SHARE = 0.25


@lru_cache(maxsize=1)
def _line_pattern_rules() -> tuple[Rule, ...]:
    """The shipped BP pack rules that report whole lines at warning or error, built once."""
    from ...packs.loader import load_builtin_packs

    rules = [
        cls()
        for cls in load_builtin_packs()
        if cls.code.startswith("BP") and cls.default_severity != Severity.INFO
    ]
    return tuple(r for r in rules if getattr(r, "scope", "line") == "line")


def _pattern_matched(lines: list[StoryLine]) -> set[int]:
    """Indexes of the lines that a boilerplate pack rule (warning or error) already reports, so
    one line gets one diagnostic. Only the candidate lines are checked, as a small story of
    their own."""
    if not lines:
        return set()
    text = "\n\n".join(ln.text for ln in lines)
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 2
    probe = Document(text)
    found: set[int] = set()
    for rule in _line_pattern_rules():
        for finding in rule.check(probe):
            found.add(lines[bisect.bisect_right(starts, finding.span.start) - 1].index)
    return found


def _kind(line: StoryLine) -> str:
    """What the residue most likely is, for the message."""
    words = line.words
    if line.is_byline:
        return "byline"
    if line.is_dateline:
        return "dateline-like line"
    if len(words) <= 3:
        return "menu or section label"
    if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return "headline of another story"
    return "short non-sentence line"


class StrayPageLine(Rule):
    """What it does: flags a short line that is not a sentence (no terminal punctuation, or just a
    word or two), sits between or around the story's paragraphs, and shares almost no words with
    the story: a menu word, a section tab, a teaser for another story, a stray byline.

    Why it matters in news copy: copy pasted from a web page brings the page's furniture along,
    and no fixed list can name every site's menus. A subhead names the story's own matter, so it
    shares words with the paragraphs; residue does not.

    Example: ``Generic selectors`` on a line between two paragraphs about a council budget.

    Use instead: delete the line.

    Fix safety: unsafe; this is a structural guess. Not flagged: the headline, marked subheads
    (``- Reaction -``), datelines (``LONDON, May 3 (Reuters) -``), one-line quote paragraphs,
    list items, and lines that share words with the story. A byline or dateline on its own line
    before the body is reported only as info.
    """

    code = "BP101"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "stray-page-line"
    summary = "A short non-sentence line that has nothing to do with the story"
    default_severity = Severity.WARNING
    fix_availability = "always"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        shape = StoryShape(doc)
        if shape.body_start is None:
            return  # no paragraph to judge against: a headline list, a caption, a fragment
        candidates = [ln for ln in shape.lines[1:] if self._candidate(ln)]
        if self._first_line_is_residue(shape):
            candidates.insert(0, shape.lines[0])
        rows = shape.list_rows(candidates)
        relevant = {ln.index for ln in candidates if shape.relevance(ln) > MAX_RELEVANCE}
        uses_subheads = any(
            shape.zone(ln) == "body" for ln in shape.lines if ln.index in relevant or ln.is_marked_subhead
        )
        own = rows | {ln.index for ln in candidates if shape.in_short_block(ln)}
        loose = self._loose_zones(shape, {ln.index for ln in candidates} - relevant - own)
        crossheads = [
            ln
            for ln in candidates
            if shape.zone(ln) == "body" and ln.index not in own and len(ln.words) >= 4 and ln.is_title_case
        ]
        if len(crossheads) >= 3:
            own |= {ln.index for ln in crossheads}  # a story that runs Title Case crossheads
        suspects = []
        for line in candidates:
            if line.index in own or line.index in relevant:
                continue
            zone = shape.zone(line)
            if line.index == 1 and line.reads_as_standfirst:
                continue  # a standfirst: a sentence-case summary right under the headline
            if zone in loose or (zone == "body" and uses_subheads and not line.is_title_case):
                continue  # the story has subheads, lists or tables of its own: this may be one more
            suspects.append((line, zone))
        # The pack rules run (on all candidates, as before) only when a line is left to report.
        known = _pattern_matched(candidates) if suspects else set()
        for line, zone in suspects:
            if line.index in known:
                continue
            kind = _kind(line)
            severity = None
            if (kind == "byline" and zone != "body") or (kind != "byline" and line.is_dateline):
                severity = Severity.INFO
            where = {"top": "above the story", "body": "between paragraphs", "bottom": "below the story"}[
                zone
            ]
            yield Finding(
                line.span,
                f"{kind} {where}: '{line.text}' is not a sentence and shares no words with the story; "
                "likely pasted web residue",
                fix=Fix((Edit(line_deletion(doc, line.span), ""),), Applicability.UNSAFE, "delete the line"),
                severity=severity,
            )

    def _first_line_is_residue(self, shape: StoryShape) -> bool:
        """The first line is taken for the headline, but a paste can start with menu lines: it is
        residue when it shares nothing with the story and a later line above the body does (the
        real headline)."""
        first = shape.lines[0]
        if not self._candidate(first) or shape.relevance(first) > 0:
            return False
        above = [ln for ln in shape.lines[1 : shape.body_start] if not ln.is_real_paragraph]
        return any(len(ln.words) >= 3 and shape.relevance(ln) >= HEADLINE_RELEVANCE for ln in above)

    @staticmethod
    def _loose_zones(shape: StoryShape, suspects: set[int]) -> set[str]:
        """Zones ('body', 'bottom') where the story itself writes many lines that are not
        paragraphs (lists, tables, recipes, match statistics): there a short line proves nothing."""
        loose = set()
        for zone in ("body", "bottom"):
            lines = [ln for ln in shape.lines[1:] if shape.zone(ln) == zone]
            own_short = [ln for ln in lines if not ln.is_real_paragraph and ln.index not in suspects]
            if len(own_short) >= LOOSE_MIN_LINES and len(own_short) >= LOOSE_SHARE * len(lines):
                loose.add(zone)
        return loose

    @staticmethod
    def _candidate(line: StoryLine) -> bool:
        return (
            line.is_short_non_sentence
            and any(ch.isalpha() for ch in line.text)  # "***", "___": a section break
            and not line.text[:1].islower()  # a fragment of prose, not a line of furniture
            and line.text[:1] not in ":;,"
            and not line.is_quote
            and not line.is_prose_fragment
            and not line.is_marked_subhead
            and not line.is_list_item
        )
