"""A pack pattern compiled on first use, behind a gate: a test with plain string methods on the
case-folded story that says when a unit cannot hold a match (see ``needs``). Most units of most
stories fail the gate, so their pattern is not searched there, and a shipped pattern that no
story gets past its gate is never compiled at all.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

import regex

from ..document import Document
from ..types import Span
from .needs import Needs, fold

# What may stand before the first term of ``match: whole|start`` (``_EDGE`` in kinds/existence).
EDGE = r"[\s\W_]*"
_LEAD = regex.compile(EDGE)
_TRAIL = regex.compile(f"(?r){EDGE}")  # matched backwards from the end of a unit


def _new_memo(_: Document) -> dict[Any, Any]:
    return {}


def story_memo(doc: Document) -> dict[Any, Any]:
    """What every pack rule would otherwise work out again for the story (folded text, scope
    units, word counts), shared through ``Document.shared``."""
    return doc.shared("packs", _new_memo)


def folded(doc: Document) -> str:
    """The story's text case-folded (same offsets)."""
    memo = story_memo(doc)
    text = memo.get("folded")
    if text is None:
        text = memo["folded"] = fold(doc.text)
    return text


def _prefixes(strings: Iterable[str]) -> tuple[str, ...]:
    """``strings`` without those that start with another one (sorted, a prefix comes first)."""
    kept: list[str] = []
    for s in sorted(set(strings)):
        if not kept or not s.startswith(kept[-1]):
            kept.append(s)
    return tuple(kept)


def _suffixes(strings: Iterable[str]) -> tuple[str, ...]:
    """``strings`` without those that end with another one."""
    return tuple(s[::-1] for s in _prefixes(s[::-1] for s in strings))


def _by_edge(strings: Iterable[str], end: int) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """``strings`` that start (``end`` 0) or end (-1) with a word character, by that character,
    and the others, which may begin or finish inside the punctuation round a unit."""
    tight: dict[str, tuple[str, ...]] = {}
    loose: list[str] = []
    for s in strings:
        if _LEAD.match(s[end]).end():
            loose.append(s)
        else:
            tight[s[end]] = tight.get(s[end], ()) + (s,)
    return tight, tuple(loose)


def _substrings(strings: Iterable[str]) -> tuple[str, ...]:
    """``strings`` without those that hold another one."""
    kept: list[str] = []
    for s in sorted(set(strings), key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return tuple(kept)


class Gate:
    """Passes a unit holding one of the terms' ``contains`` strings, or any unit when a term has
    none. ``starts=True`` is for ``match: whole|start``, where the (first) term begins at the
    unit's first word character or in the punctuation before it: a term that has ``starts``
    strings is tested there only. ``ends=True`` (``match: whole``) asks as well that the unit
    finishes the way one of the terms can (its last word character, or the punctuation after)."""

    def __init__(self, needs: Iterable[Needs | None], starts: bool = False, ends: bool = False) -> None:
        needs = list(needs)
        begins: list[str] = []
        contains: list[str] = []
        self.starts = starts
        self.ends = ends
        self.always = False
        for need in needs:
            if need is not None and starts and need.starts:
                begins.extend(need.starts)
            elif need is not None and need.contains:
                contains.extend(need.contains)
            else:
                self.always = True
        self.tight, self.loose = _by_edge(_prefixes(begins), 0)
        self.contains = _substrings(contains)
        self.finish = _Finish(needs) if ends else None

    def passes(self, doc: Document, start: int, end: int) -> bool:
        return self._begins(doc, start, end) and (self.finish is None or self.finish.passes(doc, start, end))

    def _begins(self, doc: Document, start: int, end: int) -> bool:
        if self.always:
            return True
        text = folded(doc)
        if self.tight or self.loose:
            lead = _LEAD.match(doc.text, start, end).end()
            tight = self.tight.get(text[lead : lead + 1])
            if tight and text.startswith(tight, lead, end):
                return True
            if self.loose and any(text.startswith(self.loose, i, end) for i in range(start, lead + 1)):
                return True
        return any(text.find(s, start, end) >= 0 for s in self.contains)


class _Finish:
    """For ``match: whole``: can the unit finish the way one of the terms does (its last word
    character, or in the punctuation after it)? A term whose ending we do not know must at least
    be in the unit."""

    def __init__(self, needs: list[Needs | None]) -> None:
        self.always = any(need is None or not (need.ends or need.contains) for need in needs)
        known = [need for need in needs if need is not None and need.ends]
        self.tight, self.loose = _by_edge(_suffixes(s for need in known for s in need.ends), -1)
        unknown = [need for need in needs if need is not None and not need.ends and need.contains]
        self.contains = _substrings(s for need in unknown for s in need.contains)

    def passes(self, doc: Document, start: int, end: int) -> bool:
        if self.always:
            return True
        text = folded(doc)
        trail = _TRAIL.match(doc.text, start, end).start()
        tight = self.tight.get(text[trail - 1 : trail]) if trail > start else None
        if tight and text.endswith(tight, start, trail):
            return True
        if self.loose and any(text.endswith(self.loose, start, i) for i in range(trail, end + 1)):
            return True
        return any(text.find(s, start, end) >= 0 for s in self.contains)


class GateSet:
    """The gates of several patterns (one per term of ``match: start``) tested in one look at a
    unit: which of them may match there."""

    def __init__(self, gates: list[Gate]) -> None:
        self.always = {i for i, g in enumerate(gates) if g.always}
        self.tight: dict[str, list[tuple[str, int]]] = {}
        for i, g in enumerate(gates):
            for first, group in g.tight.items():
                self.tight.setdefault(first, []).extend((p, i) for p in group)
        self.loose = [(p, i) for i, g in enumerate(gates) for p in g.loose]
        self.contains = [(s, i) for i, g in enumerate(gates) for s in g.contains]
        # each group's strings in one tuple, so a unit none of them starts is passed over by one
        # ``str.startswith`` in C (most units of a story) before the loop that names the gates
        self._tight_any = {first: tuple(p for p, _ in group) for first, group in self.tight.items()}

    def passing(self, doc: Document, start: int, end: int) -> list[int]:
        found = set(self.always)
        text = folded(doc)
        if self.tight or self.loose:
            lead = _LEAD.match(doc.text, start, end).end()
            for p, i in self.tight.get(text[lead : lead + 1], ()):
                if text.startswith(p, lead, end):
                    found.add(i)
            for p, i in self.loose:
                if any(text.startswith(p, k, end) for k in range(start, lead + 1)):
                    found.add(i)
        for s, i in self.contains:
            if i not in found and text.find(s, start, end) >= 0:
                found.add(i)
        return sorted(found)

    def passing_units(self, doc: Document, units: list[Span]) -> list[list[int]]:
        """``[self.passing(doc, u.start, u.end) for u in units]`` in one call: the folded text,
        the tables and each unit's first word character (``_leads``, shared by every gate set
        of the story's pack rules) are looked up once, not once per unit and rule (speed: the
        pack rules of one story made ~600 calls of ``passing``). ``test_packs_gates`` checks it
        against ``passing``."""
        text = folded(doc)
        always, loose, contains = self.always, self.loose, self.contains
        tight, tight_any = self.tight, self._tight_any
        leads = _leads(doc, units) if self.tight or loose else [0] * len(units)
        out: list[list[int]] = []
        for unit, lead in zip(units, leads, strict=True):
            start, end = unit.start, unit.end
            found = set(always)
            first = text[lead : lead + 1]
            if first in tight_any and text.startswith(tight_any[first], lead, end):
                for p, i in tight[first]:
                    if text.startswith(p, lead, end):
                        found.add(i)
            for p, i in loose:
                if any(text.startswith(p, k, end) for k in range(start, lead + 1)):
                    found.add(i)
            for s, i in contains:
                if i not in found and text.find(s, start, end) >= 0:
                    found.add(i)
            out.append(sorted(found))
        return out


def _leads(doc: Document, units: list[Span]) -> list[int]:
    """Where each unit's first word character (or its end) stands, worked out once a story for
    a list of units (the lists ``scope_units`` keeps, so the list's identity names it)."""
    memo = story_memo(doc)
    key = ("leads", id(units))
    found = memo.get(key)
    if found is None or found[0] is not units:
        text, match = doc.text, _LEAD.match
        found = memo[key] = (units, [match(text, u.start, u.end).end() for u in units])
    return found[1]


def leads_of(needs: Iterable[Needs | None]) -> tuple[str, ...] | None:
    """The folded strings one of which every match of a pattern that opens with these terms
    starts with (shortest prefixes only), or None when a term's start is unknown."""
    found: set[str] = set()
    for need in needs:
        if need is None or not need.starts or "" in need.starts:
            return None
        found.update(need.starts)
    return _prefixes(found) if found else None


LONG_UNIT = 1024  # characters: a shorter unit is searched as it is (a scan of it costs little)
LEAD_SPACING = 16  # past one possible start per this many characters, the unit is scanned instead


def _occurrences(text: str, s: str) -> list[int]:
    found, i = [], text.find(s)
    while i >= 0:
        found.append(i)
        i = text.find(s, i + 1)
    return found


def lead_positions(doc: Document, leads: tuple[str, ...], start: int, end: int) -> list[int] | None:
    """Where in ``start..end`` a match that starts with one of ``leads`` may begin, in order:
    the offsets of those strings in the folded story (found once a story per string, shared by
    the pack rules through ``story_memo``); None when the unit is short or they are too many to
    be worth it, and the unit is scanned as it is."""
    if end - start < LONG_UNIT:
        return None
    memo, text = story_memo(doc), folded(doc)
    limit = (end - start) // LEAD_SPACING
    found: list[int] = []
    for s in leads:
        at = memo.get(("at", s))
        if at is None:
            at = memo[("at", s)] = _occurrences(text, s)
        found.extend(at[bisect_left(at, start) : bisect_left(at, end)])
        if len(found) > limit:
            return None
    return sorted(set(found))


class LazyPattern:
    """``source`` compiled when first searched (at once when ``defer`` is false, so a user's pack
    reports a bad term at load). ``on_error`` raises the pack error a user sees instead of a
    compile error, naming the term's key. ``leads`` (see ``leads_of``): the strings one of which
    every match starts with, when known, so a long unit is tried only where they stand."""

    def __init__(
        self,
        source: str,
        flags: int,
        gate: Gate,
        on_error: Callable[[regex.error], NoReturn],
        defer: bool = True,
        leads: tuple[str, ...] | None = None,
    ) -> None:
        self.source = source
        self.flags = flags
        self.gate = gate
        self.leads = leads
        self._on_error = on_error
        self._compiled: regex.Pattern | None = None
        if not defer:
            self.compiled()

    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            try:
                self._compiled = regex.compile(self.source, self.flags)
            except regex.error as exc:
                self._on_error(exc)
        return self._compiled
