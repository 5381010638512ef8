"""``consistency``: either A or B, whichever the story uses more; the minority is flagged.

``either`` is a list of groups, each a list of two or more forms of one choice (literal, or
regular expressions with ``regex: true``): ``either: [[per cent, percent, "%"]]``. Within each
scope unit (the story by default) the form used most wins, the first one used on a tie, and
every use of another form is a finding. Quoted speech is neither counted nor flagged.
Message values: ``{match}``, ``{expected}`` (the winning form as the story first writes it) and
``{count}`` (how often the story uses it). With ``fix: unsafe`` a literal form is replaced by the
winner as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ...document import Document
from ...types import Finding, Fix, Span
from ..spec import PackError
from ._base import PackRule, match_case, scope_units, term_index
from ._terms import lazy_terms


class ConsistencyRule(PackRule):
    SPEC_KEYS = ("either",)
    MESSAGE_VALUES = ("match", "expected", "count")
    FIX_ACTIONS = ("replace",)

    @classmethod
    def compile_kind(cls) -> None:
        groups = cls.spec.require("either", list)
        if not groups:
            raise PackError(cls.spec.at("either", "expected a list of groups such as [[A, B]]"))
        for group in groups:
            if (
                not isinstance(group, list)
                or len(group) < 2
                or not all(isinstance(t, str) and t for t in group)
            ):
                raise PackError(
                    cls.spec.at("either", f"{group!r}: each group is a list of two or more forms")
                )
        cls.patterns = [lazy_terms(cls, "either", group, named=True) for group in groups]
        cls.literal = not cls.spec.get("regex", bool, False)

    def check(self, doc: Document) -> Iterator[Finding]:
        for unit in scope_units(doc, self.scope):
            for pattern in self.patterns:
                yield from self._check_group(doc, unit, pattern)

    def _check_group(self, doc: Document, unit: Span, pattern) -> Iterator[Finding]:
        found = [
            (term_index(m), Span(m.start(), m.end()), m.group()) for m in self.matches(doc, pattern, unit)
        ]
        counts = Counter(index for index, _, _ in found)
        if len(counts) < 2:
            return
        first_seen = {}
        for index, _, text in found:
            first_seen.setdefault(index, text)
        order = list(first_seen)
        winner = max(counts, key=lambda i: (counts[i], -order.index(i)))
        expected = first_seen[winner]
        for index, span, text in found:
            if index == winner:
                continue
            replacement = match_case(text, expected)
            fix = None
            if self.fix_action == "replace" and self.literal:
                fix = Fix.replace(span, replacement, self.fix_applicability, f"write '{replacement}'")
            message = self.message(match=text, expected=expected, count=counts[winner])
            yield Finding(span, message, suggestions=(replacement,) if self.literal else (), fix=fix)


KIND = ConsistencyRule
