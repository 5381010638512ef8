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
from ._base import PackRule, compile_terms, match_case, scope_units, term_index


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
        cls.pattern = compile_terms(cls.spec, "swap", cls.wrong, named=True)
        exceptions = cls.spec.strings("exceptions")
        cls.exceptions = (
            compile_terms(cls.spec, "exceptions", exceptions, whole_word=False) if exceptions else None
        )

    def excepted(self, doc: Document, unit: Span) -> _Cover:
        matches = self.matches(doc, self.exceptions, unit, overlapped=True) if self.exceptions else ()
        return _Cover([Span(m.start(), m.end()) for m in matches])

    def check(self, doc: Document) -> Iterator[Finding]:
        for unit in scope_units(doc, self.scope):
            excepted: _Cover | None = None
            for m in self.matches(doc, self.pattern, unit):
                span = Span(m.start(), m.end())
                if self.exceptions is not None:
                    excepted = self.excepted(doc, unit) if excepted is None else excepted
                    if excepted.covers(span):
                        continue
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
