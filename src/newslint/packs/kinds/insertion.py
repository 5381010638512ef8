"""``insertion``: a word is missing between two others ("one the most" -> "one of the most").

``after`` lists what stands before the gap ("one", "according"), ``before`` what follows it
("the", "his"), ``insert`` the missing word. A match is ``after`` + white space (one line break
at most) + ``before``, each as whole words. Two lists say when the same words are grammatical:

- ``not-after``: terms that, written right before the match, make it so ("the one the voters
  trust", "On the contrary the plan ...");
- ``not-before``: terms that the words after the gap start with ("in favour the next day",
  "a lot is at stake").

All four are literal unless ``regex: true``. ``in-quotes: info`` looks inside quoted speech too
but reports there as info and never fixes (a quote records what was said, slips and all); the
default, ``skip``, leaves quotes alone as other style rules do. The fix (``unsafe`` by default)
inserts the word. The gate is the ``after`` terms: a unit without one is not searched.
Message values: ``{match}``, ``{insert}``, ``{replacement}`` (the match with the word put in).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...document import Document
from ...fix_safety import touches_quote
from ...types import Applicability, Edit, Finding, Fix, Severity, Span
from ..examples import describe_rule
from ..spec import PackError
from ._base import PackRule, finditer, scope_units
from ._terms import lazy_terms

# White space between two words of one sentence: a hard-wrapped line may break it, a blank
# line (a new paragraph) may not.
GAP = r"(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)"
_LOOKBACK = 60  # characters before a match that ``not-after`` may look at


def one_line(text: str) -> str:
    """A match as a message quotes it: a line break in it becomes a space."""
    return " ".join(text.split())


def filled(doc: Document, span: Span, at: int, insert: str) -> str:
    """The text of ``span`` with ``insert`` put in at ``at``: "one of the most"."""
    return doc.text[span.start : at] + " " + insert + doc.text[at : span.end]


def missing_word_finding(
    doc: Document,
    span: Span,
    at: int,
    insert: str,
    message: str,
    applicability: Applicability = Applicability.UNSAFE,
    quoted_as_info: bool = True,
) -> Finding:
    """The finding for a word missing at ``at`` inside ``span``: a fix that inserts it, or, in
    quoted speech (when the rule looks there), info with no fix. Shared by the kind and by the
    Python GR rules so that both treat quotes alike."""
    replacement = filled(doc, span, at, insert)
    if quoted_as_info and touches_quote(doc, span):
        return Finding(span, message, suggestions=(replacement,), severity=Severity.INFO)
    fix = Fix((Edit(Span(at, at), " " + insert),), applicability, f"insert '{insert}'")
    return Finding(span, message, suggestions=(replacement,), fix=fix)


class InsertionRule(PackRule):
    SPEC_KEYS = ("insert", "after", "before", "not-after", "not-before", "in-quotes")
    MESSAGE_VALUES = ("match", "insert", "replacement")
    FIX_ACTIONS = ("insert",)
    DEFAULT_FIX = "unsafe"

    @classmethod
    def default_scope(cls) -> str:
        return "body"  # headline style drops function words on purpose

    @classmethod
    def compile_spec(cls, lazy: bool = False) -> None:
        cls.quoted_as_info = cls.spec.choice("in-quotes", ("skip", "info"), "skip") == "info"
        if cls.quoted_as_info:
            cls.check_quotes = True  # found in quotes, then lowered to info (see missing_word_finding)
        super().compile_spec(lazy)

    @classmethod
    def compile_kind(cls) -> None:
        insert = cls.spec.require("insert", str).strip()
        if not insert or not all(w.isalpha() for w in insert.split()):
            raise PackError(cls.spec.at("insert", "expected a word (or words) to insert"))
        cls.insert = insert
        before_terms = cls.spec.strings("before", required=True)
        cls.before = lazy_terms(cls, "before", before_terms)  # compiled alone: errors name the key
        before_src = cls.before.source

        def around(after_src: str) -> str:
            return f"(?P<nl_after>{after_src})(?P<nl_gap>{GAP})(?P<nl_before>{before_src})"

        cls.pattern = lazy_terms(cls, "after", cls.spec.strings("after", required=True), wrap=around, opens=True)
        not_after = cls.spec.strings("not-after")
        not_before = cls.spec.strings("not-before")
        cls.not_after = None
        if not_after:  # searched in the few characters before a match, up to where it starts
            cls.not_after = lazy_terms(cls, "not-after", not_after, wrap=lambda b: rf"(?:{b}){GAP}\Z")
        cls.not_before = lazy_terms(cls, "not-before", not_before) if not_before else None
        if not cls.defer_compile:
            cls.before.compiled()

    @classmethod
    def documentation(cls) -> str:
        quotes = (
            "Quoted speech: reported as info, never fixed."
            if cls.quoted_as_info
            else "Quoted speech: not checked."
        )
        return describe_rule(cls) + "\n\n" + quotes

    def check(self, doc: Document) -> Iterator[Finding]:
        applicability = self.fix_applicability
        for unit in scope_units(doc, self.scope):
            for m in self.matches(doc, self.pattern, unit):
                if self._excepted(doc, m, unit):
                    continue
                span = Span(m.start(), m.end())
                at = m.end("nl_after")
                replacement = one_line(filled(doc, span, at, self.insert))
                message = self.message(match=one_line(m.group()), insert=self.insert, replacement=replacement)
                finding = missing_word_finding(
                    doc, span, at, self.insert, message, applicability, self.quoted_as_info
                )
                if self.fix_action == "none" and finding.fix is not None:
                    finding = Finding(finding.span, finding.message, finding.suggestions)
                yield finding

    def _excepted(self, doc: Document, m: Any, unit: Span) -> bool:
        text = doc.text
        if self.not_before is not None:
            if self.not_before.compiled().match(text, m.start("nl_before"), unit.end) is not None:
                return True
        if self.not_after is not None:
            start = m.start()
            window = max(unit.start, start - _LOOKBACK)
            if any(True for _ in finditer(self.not_after.compiled(), text, window, start)):
                return True
        return False


KIND = InsertionRule
