"""``conditional``: if ``first`` appears in a scope unit, ``second`` must appear there too.

Both are lists of terms (regular expressions with ``regex: true``). Each distinct ``first`` term
without a ``second`` is flagged once, where the unit first uses it. With ``regex: true`` and a
capture group in both, the captured texts must agree: ``first: '\\b([A-Z]{3,5})\\b'`` and
``second: '\\(([A-Z]{3,5})\\)'`` ask that every acronym is spelled out once with the acronym in
brackets. Quoted speech is skipped. Message value: ``{match}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ...types import Finding, Span
from ._base import PackRule, scope_units
from ._terms import lazy_terms


def _key(match, captures: bool) -> str:
    return (match.group(1) if captures and match.group(1) is not None else match.group()).casefold()


class ConditionalRule(PackRule):
    SPEC_KEYS = ("first", "second")
    FIX_ACTIONS = ()

    @classmethod
    def compile_kind(cls) -> None:
        cls.first = lazy_terms(cls, "first", cls.spec.strings("first", required=True))
        cls.second = lazy_terms(cls, "second", cls.spec.strings("second", required=True))
        cls.captures = cls.first.compiled().groups >= 1 and cls.second.compiled().groups >= 1

    def check(self, doc: Document) -> Iterator[Finding]:
        for unit in scope_units(doc, self.scope):
            seconds = {_key(m, self.captures) for m in self.matches(doc, self.second, unit)}
            if seconds and not self.captures:
                continue
            flagged: set[str] = set()
            for m in self.matches(doc, self.first, unit):
                key = _key(m, self.captures)
                if key in seconds or key in flagged:
                    continue
                flagged.add(key)
                yield Finding(Span(m.start(), m.end()), self.message(match=m.group()))


KIND = ConditionalRule
