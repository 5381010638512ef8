"""``substitution``: use X instead of Y. ``swap: {wrong: right}``, with a fix that writes ``right``.

The fix is unsafe unless the rule says ``fix: safe`` (or ``fix: none`` to only suggest). The
replacement follows the case of what it replaces ("Govt" -> "Government", "GOVT" ->
"GOVERNMENT"). ``exceptions`` lists phrases (regular expressions with ``regex: true``) inside
which a match is left alone, e.g. "5" inside "5%". Message values: ``{match}``, ``{replacement}``.
"""

from __future__ import annotations

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

    def excepted(self, doc: Document, unit: Span) -> list[Span]:
        if self.exceptions is None:
            return []
        return [Span(m.start(), m.end()) for m in self.matches(doc, self.exceptions, unit, overlapped=True)]

    def check(self, doc: Document) -> Iterator[Finding]:
        for unit in scope_units(doc, self.scope):
            excepted: list[Span] | None = None
            for m in self.matches(doc, self.pattern, unit):
                span = Span(m.start(), m.end())
                if self.exceptions is not None:
                    excepted = self.excepted(doc, unit) if excepted is None else excepted
                    if any(e.contains(span) for e in excepted):
                        continue
                index = term_index(m)
                replacement = match_case(m.group(), self.right[index], self.wrong[index])
                fix = None
                if self.fix_action == "replace":
                    fix = Fix.replace(span, replacement, self.fix_applicability, f"write '{replacement}'")
                message = self.message(match=m.group(), replacement=replacement)
                yield Finding(span, message, suggestions=(replacement,), fix=fix)


KIND = SubstitutionRule
