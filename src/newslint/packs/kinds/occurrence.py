"""``occurrence``: too many (``max``) or too few (``min``) of something per scope unit.

Count ``tokens`` (terms, or regular expressions with ``regex: true``) or, with ``count: words``,
the words of the unit: ``scope: sentence, count: words, max: 40`` flags long sentences. The scope
defaults to ``sentence``. Quoted speech is not counted. A unit over ``max`` is flagged (a story or
paragraph at its first line); a unit under ``min`` too. Message values: ``{count}``, ``{max}``,
``{min}``, ``{match}`` (the start of the unit).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ...document import Document
from ...types import Finding, Span
from ..spec import PackError
from ._base import PackRule, scope_units
from ._terms import lazy_terms

_SNIPPET = 40


class OccurrenceRule(PackRule):
    SPEC_KEYS = ("tokens", "count", "max", "min")
    MESSAGE_VALUES = ("match", "count", "max", "min")
    FIX_ACTIONS = ()

    @classmethod
    def default_scope(cls) -> str:
        return "sentence"

    @classmethod
    def compile_kind(cls) -> None:
        cls.count_words = cls.spec.choice("count", ("tokens", "words"), "tokens") == "words"
        cls.pattern = None
        if not cls.count_words:
            cls.pattern = lazy_terms(cls, "tokens", cls.spec.strings("tokens", required=True))
        elif "tokens" in cls.spec.data:
            raise PackError(cls.spec.at("tokens", "not used with count: words"))
        cls.max = cls.spec.get("max", int, None)
        cls.min = cls.spec.get("min", int, None)
        if cls.max is None and cls.min is None:
            raise PackError(cls.spec.at("max", "required: max, min or both"))
        for key in ("max", "min"):
            value = getattr(cls, key)
            if value is not None and value < 0:
                raise PackError(cls.spec.at(key, "must be zero or more"))
        if cls.max is not None and cls.min is not None and cls.min > cls.max:
            raise PackError(cls.spec.at("min", f"{cls.min} is more than max {cls.max}"))

    def count(self, doc: Document, unit: Span) -> int:
        if self.pattern is not None:
            return sum(1 for _ in self.matches(doc, self.pattern, unit))
        words = doc.words
        first = bisect.bisect_left(words, unit.start, key=lambda w: w.span.start)
        n = 0
        for w in words[first:]:
            if w.span.end > unit.end:
                break
            n += self.check_quotes or not doc.in_quote(w.span)
        return n

    def check(self, doc: Document) -> Iterator[Finding]:
        for unit in scope_units(doc, self.scope):
            if unit.start == unit.end:
                continue
            n = self.count(doc, unit)
            too_many = self.max is not None and n > self.max
            too_few = self.min is not None and n < self.min
            if not (too_many or too_few):
                continue
            span = unit
            if self.scope in ("story", "body", "paragraph"):
                line = doc.line_of(unit.start).span
                span = doc.trim(Span(unit.start, min(line.end, unit.end)))
            snippet = doc.snippet(span)
            snippet = snippet if len(snippet) <= _SNIPPET else snippet[:_SNIPPET].rstrip() + "..."
            yield Finding(span, self.message(count=n, max=self.max, min=self.min, match=snippet))


KIND = OccurrenceRule
