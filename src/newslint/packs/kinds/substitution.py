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

from ...document import Document
from ...types import Finding, Fix, Span
from ..spec import PackError
from ._base import PackRule, finditer, match_case, scope_units, term_index
from ._terms import lazy_each, lazy_terms


class SubstitutionRule(PackRule):
    SPEC_KEYS = ("swap", "exceptions")
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
        # Each exception alone, so each search is a quick one; ``excepted`` merges them as the
        # one alternation would have matched.
        cls.exceptions = (
            (
                lazy_each(cls, "exceptions", exceptions, whole_word=False, merge_quick=True)
                or [lazy_terms(cls, "exceptions", exceptions, whole_word=False)]
            )
            if exceptions
            else []
        )

    def excepted(self, doc: Document, unit: Span, upto: int) -> _Cover:
        """Spans of the exceptions in ``unit`` that start at or before ``upto``: at each start
        the span of the first exception (in the alternation's order) found there, as an
        overlapped search of their alternation gives it, then left out if it is quoted."""
        first: dict[int, int] = {}
        for pattern in self.exceptions:
            if not pattern.gate.passes(doc, unit.start, unit.end):
                continue
            for m in finditer(pattern.compiled(), doc.text, unit.start, unit.end, overlapped=True):
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
                excepted = self.excepted(doc, unit, found[-1].start())
                found = [m for m in found if not excepted.covers(Span(m.start(), m.end()))]
            for m in found:
                span = Span(m.start(), m.end())
                index = term_index(m)
                replacement = match_case(m.group(), self.right[index], self.wrong[index])
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
