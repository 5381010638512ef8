"""``existence``: flag any of these words or phrases (or, with ``match: whole``, a scope unit such
as a line that consists of nothing but one of them, which is how pasted web residue looks)."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ...types import Finding, Span
from ._base import PackRule, compile_terms, finditer, scope_units


class ExistenceRule(PackRule):
    SPEC_KEYS = ("tokens", "match")

    @classmethod
    def default_scope(cls) -> str:
        return "story"

    @classmethod
    def compile_kind(cls) -> None:
        cls.whole = cls.spec.choice("match", ("anywhere", "whole"), "anywhere") == "whole"
        terms = cls.spec.strings("tokens", required=True)
        if cls.whole:
            pattern = compile_terms(cls.spec, "tokens", terms, whole_word=False)
            import regex

            cls.pattern = regex.compile(
                r"[\s\W]*(?:" + pattern.pattern + r")[\s\W]*", pattern.flags
            )
        else:
            cls.pattern = compile_terms(cls.spec, "tokens", terms)

    def check(self, doc: Document) -> Iterator[Finding]:
        for unit in scope_units(doc, self.scope):
            if self.whole:
                text = doc.text[unit.start : unit.end]
                try:
                    m = self.pattern.fullmatch(text, timeout=0.25)
                except TimeoutError:
                    m = None
                if m:
                    yield Finding(unit, self.message(match=text.strip()), fix=self.delete_line_fix(doc, unit))
                continue
            for m in finditer(self.pattern, doc.text, unit.start, unit.end):
                span = Span(m.start(), m.end())
                yield Finding(span, self.message(match=m.group()), fix=self.delete_line_fix(doc, span))


KIND = ExistenceRule
