"""Shared machinery for pack rule kinds: scopes, compiled terms, messages and fixes.

User patterns run through the ``regex`` module with a time bound, so a pack with a pattern that
backtracks catastrophically slows one rule down for a moment instead of hanging a commit hook;
a pattern that ran past its bound once is not run again in the same process.
"""

from __future__ import annotations

import string
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import regex

from ...casing import match_case, opens_sentence  # noqa: F401 - the kinds import them from here
from ...document import Document
from ...line_edits import line_deletion
from ...rule import Rule
from ...types import Applicability, Edit, Fix, Span
from ..examples import describe_rule, parse_examples
from ..gate import LazyPattern, lead_positions
from ..spec import PackError, RuleSpec
from ..units import SCOPES, scope_units  # noqa: F401 - the kinds import them from here

MATCH_TIMEOUT = 0.25  # seconds per search over one scope unit
# A search may take longer in proportion to the text it scans: one bound per this many
# characters, so a legitimate pattern on a 5 MB story is not mistaken for a runaway one while
# a catastrophic pattern still stops within a time proportional to the input.
SCAN_CHARS = 50_000
TERM_GROUP = "_nl"  # named groups ``_nl0``, ``_nl1``... say which term of an alternation matched
_TIMED_OUT: set[tuple[str, int]] = set()


class PatternTimeout(RuntimeError):
    """A pack pattern ran past its time bound."""


class _SafeFormat(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, **values: Any) -> str:
    return string.Formatter().vformat(template, (), _SafeFormat(values))


def term_index(match: Any) -> int:
    """Which term of a ``named`` alternation produced ``match``."""
    for name, value in match.groupdict().items():
        if value is not None and name.startswith(TERM_GROUP) and name[len(TERM_GROUP) :].isdigit():
            return int(name[len(TERM_GROUP) :])
    raise ValueError("match has no term group")


def banned(pattern: regex.Pattern) -> bool:
    """Whether ``pattern`` ran past its time bound earlier in this process (see ``finditer``)."""
    return (pattern.pattern, pattern.flags) in _TIMED_OUT


def finditer(
    pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None, overlapped: bool = False
) -> Iterator[Any]:
    """``pattern.finditer`` with a time bound. ``regex`` counts the bound over the whole iteration,
    so a long story with many quick matches (or a busy machine) can run out of it without any
    search being slow: then the search restarts from the last match with a fresh bound, doubled
    (up to 4x) when no match came since the last restart. One search that spent half the bound
    or more in CPU is a runaway pattern: it is stopped and not run again in this process."""
    key = (pattern.pattern, pattern.flags)
    if key in _TIMED_OUT:
        raise PatternTimeout(f"pattern ran past {MATCH_TIMEOUT}s earlier in this run and is skipped; fix it")
    end = len(text) if endpos is None else endpos
    bound = MATCH_TIMEOUT * max(1.0, (end - pos) / SCAN_CHARS)
    budget = bound
    while True:
        matches = pattern.finditer(text, pos, end, overlapped=overlapped, timeout=budget)
        progressed = False
        while True:
            started = time.thread_time()
            try:
                m = next(matches)
            except StopIteration:
                return
            except TimeoutError:
                if time.thread_time() - started >= bound / 2:
                    _TIMED_OUT.add(key)
                if key in _TIMED_OUT or (not progressed and budget >= 4 * bound):
                    raise PatternTimeout(f"pattern took longer than {MATCH_TIMEOUT}s and was stopped") from None
                budget = budget if progressed else budget * 2
                break
            progressed = True
            pos = m.start() + 1 if overlapped or m.end() == m.start() else m.end()
            yield m


def finditer_at(pattern: regex.Pattern, text: str, positions: list[int], pos: int, end: int) -> Iterator[Any]:
    """``finditer(pattern, text, pos, end)`` for a pattern whose matches can begin only at
    ``positions`` (sorted): ``pattern.match`` is tried there alone, as the search would find
    the leftmost match (speed: the insertion rules scanned a whole 10 KB body with ``regex`` to
    find a handful of places that start with one of their words; ``test_packs_gates`` checks it
    against ``finditer``). An empty match or a time-out hands the rest to ``finditer``."""
    resume = pos
    if not banned(pattern):
        for at in positions:
            if at < resume:
                continue
            try:
                m = pattern.match(text, at, end, timeout=MATCH_TIMEOUT)
            except TimeoutError:
                break
            if m is None:
                continue
            if m.end() == m.start():
                break
            yield m
            resume = m.end()
        else:
            return
    yield from finditer(pattern, text, resume, end)


class PackRule(Rule):
    """A rule defined by a YAML file; ``spec`` holds the validated mapping."""

    SPEC_KEYS: ClassVar[tuple[str, ...]] = ()
    # The {placeholders} this kind fills in its message; any other name is refused at load,
    # since it would print literally ("{matchh}") in every finding.
    MESSAGE_VALUES: ClassVar[tuple[str, ...]] = ("match",)
    # Fix actions this kind can carry out; ``fix: safe`` (or unsafe) means the first one.
    FIX_ACTIONS: ClassVar[tuple[str, ...]] = ("delete-line",)
    DEFAULT_FIX: ClassVar[str] = "none"
    spec: ClassVar[RuleSpec]
    defer_compile: ClassVar[bool] = False
    fix_availability = "never"

    @classmethod
    def compile_spec(cls, lazy: bool = False) -> None:
        cls._check_message()
        cls.scope = cls.spec.choice("scope", SCOPES, cls.default_scope())
        cls.fix_action, cls.fix_applicability = cls._parse_fix()
        if cls.fix_action != "none":
            cls.fix_availability = "sometimes"
        cls.examples = parse_examples(cls.spec)
        cls.defer_compile = lazy  # patterns too: each compiles when a unit first passes its gate
        cls._compile_pending = lazy
        if not lazy:
            cls.compile_kind()

    @classmethod
    def _check_message(cls) -> None:
        message = cls.spec.require("message", str)
        known = ", ".join("{" + v + "}" for v in cls.MESSAGE_VALUES)
        try:
            fields = [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]
        except ValueError as exc:
            raise PackError(cls.spec.at("message", f"{exc} (write {{{{ and }}}} for a literal brace)")) from None
        for name in fields:
            if name not in cls.MESSAGE_VALUES:
                shown = "{" + name + "}" if name else "{}"
                raise PackError(cls.spec.at("message", f"unknown placeholder {shown} (this kind fills {known})"))

    def __init__(self, options: Any = None, config: Any = None) -> None:
        cls = type(self)
        if cls.__dict__.get("_compile_pending"):  # a lazily loaded rule compiles on first use
            cls.compile_kind()
            cls._compile_pending = False
        super().__init__(options, config)

    @classmethod
    def documentation(cls) -> str:
        """The rule's description plus its message, settings and examples, for `newslint explain`."""
        return describe_rule(cls)

    @classmethod
    def default_scope(cls) -> str:
        return "story"

    @classmethod
    def compile_kind(cls) -> None:  # pragma: no cover - each kind overrides
        raise NotImplementedError

    @classmethod
    def _parse_fix(cls) -> tuple[str, Applicability]:
        raw = cls.spec.get("fix", (str, dict), cls.DEFAULT_FIX)
        if isinstance(raw, str):
            shorthand = raw in {a.value for a in Applicability}
            action = cls.FIX_ACTIONS[0] if cls.FIX_ACTIONS else raw
            raw = {"action": action, "applicability": raw} if shorthand else {"action": raw}
        unknown = set(raw) - {"action", "applicability"}
        if unknown:
            raise PackError(cls.spec.at("fix", f"unknown key {sorted(unknown)[0]!r} (use action, applicability)"))
        action = raw.get("action", "none")
        if action != "none" and action not in cls.FIX_ACTIONS:
            known = ", ".join(("none",) + cls.FIX_ACTIONS)
            raise PackError(cls.spec.at("fix", f"action {action!r} is not one this kind can do ({known})"))
        try:
            applicability = Applicability(raw.get("applicability", "unsafe"))
        except ValueError:
            raise PackError(cls.spec.at("fix", f"bad applicability {raw.get('applicability')!r}")) from None
        return action, applicability

    def message(self, **values: Any) -> str:
        return render(self.spec.data["message"], **values)

    def matches(self, doc: Document, terms: LazyPattern, unit: Span) -> Iterator[Any]:
        """Matches of ``terms`` in ``unit``; outside quoted speech unless the rule looks inside
        quotes (counts for consistency and occurrence must not include a speaker's words)."""
        if not terms.gate.passes(doc, unit.start, unit.end):
            return
        positions = lead_positions(doc, terms.leads, unit.start, unit.end) if terms.leads else None
        if positions is None:
            found = finditer(terms.compiled(), doc.text, unit.start, unit.end)
        else:
            found = finditer_at(terms.compiled(), doc.text, positions, unit.start, unit.end)
        for m in found:
            if self.check_quotes or not doc.in_quote(Span(m.start(), m.end())):
                yield m

    def delete_line_fix(self, doc: Document, span: Span) -> Fix | None:
        if self.fix_action != "delete-line":
            return None
        return Fix((Edit(line_deletion(doc, span), ""),), self.fix_applicability, "delete the line")
