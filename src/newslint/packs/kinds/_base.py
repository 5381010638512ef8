"""Shared machinery for pack rule kinds: scopes, compiled terms, messages and fixes.

User patterns run through the ``regex`` module with a time bound, so a pack with a pattern that
backtracks catastrophically slows one rule down for a moment instead of hanging a commit hook.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any, ClassVar

import regex

from ...document import Document
from ...rule import Rule
from ...types import Applicability, Edit, Fix, Span
from ..spec import PackError, RuleSpec

SCOPES = ("story", "paragraph", "sentence", "headline", "line")
MATCH_TIMEOUT = 0.25  # seconds per search over one scope unit


class PatternTimeout(RuntimeError):
    """A pack pattern ran past its time bound."""


class _SafeFormat(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, **values: Any) -> str:
    return string.Formatter().vformat(template, (), _SafeFormat(values))


def compile_terms(spec: RuleSpec, key: str, terms: list[str], whole_word: bool = True) -> regex.Pattern:
    """One alternation for all terms (longest first), literal unless ``regex: true``."""
    use_regex = bool(spec.get("regex", bool, False))
    flags = regex.IGNORECASE if spec.get("ignorecase", bool, True) else 0
    parts = terms if use_regex else [regex.escape(t) for t in sorted(terms, key=len, reverse=True)]
    body = "|".join(f"(?:{p})" for p in parts)
    if whole_word:
        body = rf"(?<![\w-])(?:{body})(?![\w-])"
    try:
        return regex.compile(body, flags | regex.VERSION0)
    except regex.error as exc:
        raise PackError(spec.at(key, f"bad regular expression: {exc}")) from None


def finditer(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
    try:
        yield from pattern.finditer(text, pos, len(text) if endpos is None else endpos, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(f"pattern took longer than {MATCH_TIMEOUT}s and was stopped") from None


def scope_units(doc: Document, scope: str) -> list[Span]:
    if scope == "story":
        return [Span(0, len(doc.text))]
    if scope == "paragraph":
        return doc.paragraphs
    if scope == "sentence":
        return doc.sentences
    if scope == "headline":
        return [doc.headline] if doc.headline else []
    return [doc.trim(ln.span) for ln in doc.nonblank_lines]


def line_deletion(doc: Document, span: Span) -> Span:
    """The whole line(s) holding ``span``, with one line break, so deleting leaves no gap."""
    first = doc.line_of(span.start)
    last = doc.line_of(max(span.start, span.end - 1))
    end = last.span.end
    text = doc.text
    if end < len(text) and text[end] == "\r":
        end += 1
    if end < len(text) and text[end] == "\n":
        return Span(first.span.start, end + 1)
    start = first.span.start
    if start > 0 and text[start - 1] == "\n":
        start -= 1
        if start > 0 and text[start - 1] == "\r":
            start -= 1
    return Span(start, end)


class PackRule(Rule):
    """A rule defined by a YAML file; ``spec`` holds the validated mapping."""

    SPEC_KEYS: ClassVar[tuple[str, ...]] = ()
    spec: ClassVar[RuleSpec]
    fix_availability = "never"

    @classmethod
    def compile_spec(cls, lazy: bool = False) -> None:
        cls.scope = cls.spec.choice("scope", SCOPES, cls.default_scope())
        cls.fix_action, cls.fix_applicability = cls._parse_fix()
        if cls.fix_action != "none":
            cls.fix_availability = "sometimes"
        cls._compile_pending = lazy
        if not lazy:
            cls.compile_kind()

    def __init__(self, options: Any = None, config: Any = None) -> None:
        cls = type(self)
        if cls.__dict__.get("_compile_pending"):  # a lazily loaded rule compiles on first use
            cls.compile_kind()
            cls._compile_pending = False
        super().__init__(options, config)

    @classmethod
    def default_scope(cls) -> str:
        return "story"

    @classmethod
    def compile_kind(cls) -> None:  # pragma: no cover - each kind overrides
        raise NotImplementedError

    @classmethod
    def _parse_fix(cls) -> tuple[str, Applicability]:
        raw = cls.spec.get("fix", (str, dict), "none")
        if isinstance(raw, str):
            raw = {"action": raw}
        action = raw.get("action", "none")
        if action not in ("none", "delete-line", "replace"):
            raise PackError(cls.spec.at("fix", f"unknown fix action {action!r}"))
        try:
            applicability = Applicability(raw.get("applicability", "unsafe"))
        except ValueError:
            raise PackError(cls.spec.at("fix", f"bad applicability {raw.get('applicability')!r}")) from None
        return action, applicability

    def message(self, **values: Any) -> str:
        return render(self.spec.data["message"], **values)

    def delete_line_fix(self, doc: Document, span: Span) -> Fix | None:
        if self.fix_action != "delete-line":
            return None
        return Fix((Edit(line_deletion(doc, span), ""),), self.fix_applicability, "delete the line")
