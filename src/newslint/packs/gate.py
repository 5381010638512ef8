"""A pack pattern compiled on first use, behind a gate: a test with plain string methods on the
case-folded story that says when a unit cannot hold a match (see ``needs``). Most units of most
stories fail the gate, so their pattern is not searched there, and a shipped pattern that no
story gets past its gate is never compiled at all.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

import regex

from ..document import Document
from .needs import Needs, fold

# What may stand before the first term of ``match: whole|start`` (``_EDGE`` in kinds/existence).
EDGE = r"[\s\W_]*"
_LEAD = regex.compile(EDGE)
_last: tuple[weakref.ref[Document], dict[Any, Any]] | None = None


def story_memo(doc: Document) -> dict[Any, Any]:
    """A dict that lives as long as the story is the one being linted, for what every pack rule
    would otherwise work out again (folded text, scope units, word counts)."""
    global _last
    last = _last
    if last is not None and last[0]() is doc:
        return last[1]
    memo: dict[Any, Any] = {}
    _last = (weakref.ref(doc), memo)
    return memo


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
    strings is tested there only."""

    def __init__(self, needs: Iterable[Needs | None], starts: bool = False) -> None:
        tight: list[str] = []
        loose: list[str] = []
        contains: list[str] = []
        self.starts = starts
        self.always = False
        for need in needs:
            if need is not None and starts and need.starts:
                for s in need.starts:
                    (loose if _LEAD.match(s[0]).end() else tight).append(s)
            elif need is not None and need.contains:
                contains.extend(need.contains)
            else:
                self.always = True
        self.tight = _prefixes(tight)
        self.loose = _prefixes(loose)
        self._by_first: dict[str, tuple[str, ...]] = {}  # tight strings by first character
        for s in self.tight:
            self._by_first[s[0]] = self._by_first.get(s[0], ()) + (s,)
        self.contains = _substrings(contains)

    def passes(self, doc: Document, start: int, end: int) -> bool:
        if self.always:
            return True
        text = folded(doc)
        if self.tight or self.loose:
            lead = _LEAD.match(doc.text, start, end).end()
            tight = self._by_first.get(text[lead : lead + 1])
            if tight and text.startswith(tight, lead, end):
                return True
            if self.loose and any(text.startswith(self.loose, i, end) for i in range(start, lead + 1)):
                return True
        return any(text.find(s, start, end) >= 0 for s in self.contains)


class GateSet:
    """The gates of several patterns (one per term of ``match: start``) tested in one look at a
    unit: which of them may match there."""

    def __init__(self, gates: list[Gate]) -> None:
        self.always = {i for i, g in enumerate(gates) if g.always}
        self.tight: dict[str, list[tuple[str, int]]] = {}
        for i, g in enumerate(gates):
            for p in g.tight:
                self.tight.setdefault(p[0], []).append((p, i))
        self.loose = [(p, i) for i, g in enumerate(gates) for p in g.loose]
        self.contains = [(s, i) for i, g in enumerate(gates) for s in g.contains]

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


class LazyPattern:
    """``source`` compiled when first searched (at once when ``defer`` is false, so a user's pack
    reports a bad term at load). ``on_error`` raises the pack error a user sees instead of a
    compile error, naming the term's key."""

    def __init__(
        self,
        source: str,
        flags: int,
        gate: Gate,
        on_error: Callable[[regex.error], NoReturn],
        defer: bool = True,
    ) -> None:
        self.source = source
        self.flags = flags
        self.gate = gate
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
