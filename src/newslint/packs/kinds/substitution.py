"""``substitution``: use X instead of Y. ``swap: {wrong: right}``, with a fix that writes ``right``.

The fix is unsafe unless the rule says ``fix: safe`` (or ``fix: none`` to only suggest). The
replacement follows the case of what it replaces ("Govt" -> "Government", "GOVT" ->
"GOVERNMENT"). ``exceptions`` lists phrases (regular expressions with ``regex: true``) inside
which a match is left alone, e.g. "5" inside "5%". Message values: ``{match}``, ``{replacement}``.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from typing import Any

from ...document import Document
from ...types import Finding, Fix, Span
from ..gate import LazyPattern
from ..spec import PackError
from ._base import (
    MATCH_TIMEOUT,
    PackRule,
    banned,
    finditer,
    match_case,
    opens_sentence,
    scope_units,
    term_index,
)
from ._terms import lazy_each, lazy_terms


class SubstitutionRule(PackRule):
    SPEC_KEYS = ("swap", "exceptions")
    MESSAGE_VALUES = ("match", "replacement")
    FIX_ACTIONS = ("replace",)
    DEFAULT_FIX = "unsafe"

    @classmethod
    def compile_kind(cls) -> None:
        swap = cls.spec.require("swap", dict)
        if not swap:
            raise PackError(cls.spec.at("swap", "expected a mapping of wrong: right"))
        for wrong, right in swap.items():
            if not (isinstance(wrong, str) and wrong and isinstance(right, str)):
                raise PackError(
                    cls.spec.at("swap", f"{wrong!r}: {right!r} is not text: text (quote numbers)")
                )
        cls.wrong = list(swap)
        cls.right = [swap[k] for k in cls.wrong]
        cls.pattern = lazy_terms(cls, "swap", cls.wrong, named=True)
        exceptions = cls.spec.strings("exceptions")
        # Each exception alone (or with its neighbours when all start with a digit or symbol), as
        # regex searches such small patterns far quicker; ``excepted`` merges their spans as the
        # one alternation would have found them.
        split = (
            lazy_each(cls, "exceptions", exceptions, whole_word=False, merge_quick=True) if exceptions else []
        )
        cls.exceptions_split = split is not None
        cls.exceptions = (
            split if split is not None else [lazy_terms(cls, "exceptions", exceptions, whole_word=False)]
        )

    def not_excepted(self, doc: Document, unit: Span, found: list[Any]) -> list[Any]:
        """The matches in ``found`` that no exception covers, as an overlapped search of the
        exceptions' alternation decides it (see ``excepted``). Most are settled by the exception
        found where the match itself starts, so the unit is searched only for the rest."""
        live = [p for p in self.exceptions if p.gate.passes(doc, unit.start, unit.end)]
        open_ = []
        settle = self.exceptions_split  # an unreadable pattern may mean something else matched alone
        for m in found:
            covered = self._covered_from_its_start(doc, unit, live, m) if settle else None
            settle = covered is not None
            if not covered:
                open_.append(m)
        if not open_:
            return []
        cover = self.excepted(doc, unit, live, open_[-1].start())
        return [m for m in open_ if not cover.covers(Span(m.start(), m.end()))]

    def _covered_from_its_start(
        self, doc: Document, unit: Span, live: list[LazyPattern], m: Any
    ) -> bool | None:
        """Whether the span the overlapped search finds where ``m`` starts (the first exception,
        in order, matching there) covers ``m``. ``None`` for a slow or banned pattern: then
        ``excepted`` decides, with the usual time bound, for this match and those after it."""
        for lazy in live:
            pattern = lazy.compiled()
            if banned(pattern):
                return None
            try:
                hit = pattern.match(doc.text, m.start(), unit.end, timeout=MATCH_TIMEOUT)
            except TimeoutError:
                return None
            if hit is not None:
                span = Span(hit.start(), hit.end())
                return span.end >= m.end() and (self.check_quotes or not doc.in_quote(span))
        return False

    def excepted(self, doc: Document, unit: Span, live: list[LazyPattern], upto: int) -> _Cover:
        """Spans of the exceptions in ``unit`` that start at or before ``upto``: at each start
        the span of the first exception (in the alternation's order) found there, as an
        overlapped search of their alternation gives it, then left out if it is quoted."""
        first: dict[int, int] = {}
        for lazy in live:
            for m in finditer(lazy.compiled(), doc.text, unit.start, unit.end, overlapped=True):
                if m.start() > upto:
                    break
                first.setdefault(m.start(), m.end())
        spans = [Span(start, end) for start, end in first.items()]
        if not self.check_quotes:
            spans = [s for s in spans if not doc.in_quote(s)]
        return _Cover(spans)

    def check(self, doc: Document) -> Iterator[Finding]:
        for unit in scope_units(doc, self.scope):
            found = list(self.matches(doc, self.pattern, unit))
            if self.exceptions and found:
                found = self.not_excepted(doc, unit, found)
            for m in found:
                span = Span(m.start(), m.end())
                index = term_index(m)
                replacement = match_case(m.group(), self.right[index], self.wrong[index],
                                         opens_sentence(doc.text, m.start()))
                fix = None
                if self.fix_action == "replace":
                    fix = Fix.replace(span, replacement, self.fix_applicability, f"write '{replacement}'")
                message = self.message(match=m.group(), replacement=replacement)
                yield Finding(span, message, suggestions=(replacement,), fix=fix)


class _Cover:
    """Answers "does one of these (overlapping) spans contain this one?" in log time, since a
    long story can hold thousands of matches and thousands of exception spans."""

    def __init__(self, spans: list[Span]) -> None:
        spans.sort()
        self.starts = [s.start for s in spans]
        self.max_end = list(itertools.accumulate((s.end for s in spans), max))

    def covers(self, span: Span) -> bool:
        i = bisect.bisect_right(self.starts, span.start) - 1
        return i >= 0 and self.max_end[i] >= span.end


KIND = SubstitutionRule
