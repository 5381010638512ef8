"""BP101: page residue no pattern lists, found by a line classifier (``residue``) that judges
what a line is (a reader prompt, a credit, a caption, an author's blurb, a time stamp, another
story's headline, a menu label) from its shape, its vocabulary, its place and what it shares
with the story. The exact residue patterns stay YAML packs in rules/boilerplate/, with their
safe fixes; a line a pack reports gets no second diagnostic here."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ...document import Document
from ...line_edits import line_deletion
from ...rule import OptionsError, Rule
from ...selection import is_selected
from ...types import Applicability, Edit, Finding, Fix, Severity
from .residue.classify import Judgement, judge
from .residue.model import shipped_model
from .shape import StoryLine, StoryShape

QUOTE_CHARS = 80  # the line is quoted in the message up to this many characters


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


def _pattern_matched(lines: list[StoryLine], rules: tuple[Rule, ...]) -> set[int]:
    """Indexes of the lines that one of ``rules`` (the selected line pack rules) already reports,
    so one line gets one diagnostic. Only the lines to report are checked, as a small story of
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
    for rule in rules:
        for finding in rule.check(probe):
            found.add(lines[bisect.bisect_right(starts, finding.span.start) - 1].index)
    return found


def story_shape(doc: Document) -> StoryShape:
    return doc.shared(StoryShape, StoryShape)


class StrayPageLine(Rule):
    """What it does: judges each line of the story that is not plainly one of its paragraphs
    and flags the ones that are page residue: a reader prompt ("Listen to this article"), web
    furniture (sign-in, comment and cookie boxes, menus, site names), a photo caption or credit
    ("An MSC cargo ship leaves PortMiami ... (AP)"), an author's blurb ("Zac covers Apple news
    for ..."), a byline or time stamp, or another story's headline pasted among the paragraphs.
    The message names the kind and the classifier's confidence: "page residue (reader prompt,
    0.93): 'Listen to this article'".

    Why it matters in news copy: copy pasted from a web page brings the page's furniture along,
    and no fixed list can name every site's wording. The classifier looks at what a line is
    (a sentence? an order to the reader? a credit? a headline?), at its vocabulary, at where it
    stands and at how much it shares with the story's own words and names, so the next site's
    residue is caught too. A related-story teaser is a headline-shaped line among the paragraphs
    that shares no names or content words with the story.

    How it decides: a logistic regression over hand-defined features of the line (sentence-ness,
    address to the reader, a hand-written web vocabulary, site and agency names, credit, caption,
    author-blurb, time-stamp and headline shapes, position, overlap with the story), fitted on
    the dev-a half of the project's evaluation corpus by ``benchmarks/fit_residue.py``; only
    the fitted numbers ship (``residue/weights.json``, with a note of how they were fitted).
    The story's own structure is never judged: the headline, wire sign-offs (REUTER, AP, AFP),
    datelines, reporting credits in brackets, rows of tables and fixture lists, labelled fields
    ("Rating: False"), letter closings, standard feature subheads ("Our ruling"), list items,
    marked subheads and quotes. A line that repeats the headline is left to ST002.

    Example: ``Why you can trust our reviews`` on a line between two paragraphs about a council
    budget.

    Use instead: delete the line.

    Fix safety: unsafe at or above ``error-threshold`` (an error whose fix deletes the line,
    applied only with ``--unsafe-fixes``); display-only between ``threshold`` and
    ``error-threshold`` (a warning) and between ``info-threshold`` and ``threshold`` (a doubtful
    line: info, which no count of errors and warnings includes); nothing below. This is a
    judgement, never a safe fix: the exact pack patterns give those.

    Options: ``threshold`` (default 0.8): the lowest confidence (0-1) reported as a warning;
    ``error-threshold`` (default 0.9): the confidence from which a finding is an error with an
    unsafe fix; ``info-threshold`` (default 0.7): the lowest confidence reported at all, as info
    below ``threshold``. For example ``[tool.newslint.rules.stray-page-line] threshold = 0.85``.
    """

    @dataclass(frozen=True)
    class Options:
        threshold: float = 0.8
        error_threshold: float = 0.9
        info_threshold: float = 0.7

        def __post_init__(self) -> None:
            if not all(0.0 <= t <= 1.0 for t in (self.threshold, self.error_threshold, self.info_threshold)):
                raise OptionsError(
                    "threshold, error-threshold and info-threshold of stray-page-line must lie between 0 and 1"
                )

    code = "BP101"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "stray-page-line"
    summary = "A line of page residue (reader prompt, credit, caption, blurb, teaser, menu) in the copy"
    default_severity = Severity.WARNING
    fix_availability = "always"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        lowest = min(self.options.threshold, self.options.info_threshold)
        found = [j for j in judge(story_shape(doc), shipped_model()) if j.probability >= lowest]
        if not found:
            return
        known = _pattern_matched([j.line for j in found], self._deferred_to)  # reported there, with exact fixes
        for j in found:
            if j.line.index not in known:
                yield self._finding(doc, j)

    @cached_property
    def _deferred_to(self) -> tuple[Rule, ...]:
        """The shipped line pack rules this run selects: a line one of them reports is left to it;
        a pack rule the config ignores does not silence BP101 (no hidden policy)."""
        if self.config is None:
            return _line_pattern_rules()
        select, ignore = self.config.select, self.config.ignore
        return tuple(r for r in _line_pattern_rules() if is_selected(type(r), select, ignore))

    def _finding(self, doc: Document, j: Judgement) -> Finding:
        text = j.line.text
        shown = text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
        error = j.probability >= self.options.error_threshold
        doubtful = j.probability < self.options.threshold and not error
        fix = Fix(
            (Edit(line_deletion(doc, j.line.span), ""),),
            Applicability.UNSAFE if error else Applicability.DISPLAY_ONLY,
            "delete the line",
        )
        return Finding(
            j.line.span,
            f"{'possible ' if doubtful else ''}page residue ({j.kind}, {j.probability:.2f}): '{shown}'",
            fix=fix,
            severity=Severity.ERROR if error else Severity.INFO if doubtful else Severity.WARNING,
        )
