"""What every match of a pack term must hold, read from the pattern, so that a rule can pass over
a unit that lacks it without searching it (and a shipped pattern that never gets that far is
never compiled: the ``regex`` parser costs ~3 µs a pattern character at start-up).

Python's own parser (``re._parser``, several times faster) reads each term once. From its tree
we keep literal text: the strings one of which every match starts with (``starts``) and the
strings one of which every match contains (``contains``). All are case-folded (``fold``): a
folded comparison can only let more through. A term the parser cannot read (syntax only
``regex`` knows, a global inline flag) has no needs and is always searched, so a need may let a
unit through for nothing but never holds a match back.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

_LIMIT = 64  # most strings a sequence multiplies out (optional parts); past it the set is given up
_WORDS = 1024  # most strings in the set of an alternation's branches
_RARE = 8.0  # a string this rare (see ``_rarity``) is as telling as a longer one
_RANGE = 8  # a character class of up to this many characters counts as literal text
# Letters that ``regex`` matches to an ASCII letter when ignoring case though ``str.lower``
# does not map them there (a test checks this against every character).
_FOLD_FIX = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def fold(text: str) -> str:
    """``text`` lower-cased one character for one, so offsets into it are offsets into ``text``."""
    if not text.isascii() and any(c in text for c in "\u0130\u0131\u017f"):
        text = text.translate(_FOLD_FIX)
    return text.lower()


@dataclass(frozen=True)
class Needs:
    """Folded strings: a match starts with one of ``starts``, ends with one of ``ends`` and
    contains one of ``contains`` (``None``: nothing known)."""

    starts: frozenset[str] | None
    contains: frozenset[str] | None
    ends: frozenset[str] | None = None


class _Info(NamedTuple):
    exact: frozenset[str] | None  # every string the piece can match, when few and literal
    starts: frozenset[str] | None
    contains: frozenset[str] | None
    ends: frozenset[str] | None


_UNKNOWN = _Info(None, None, None, None)
_EMPTY = _Info(frozenset({""}), None, None, None)


class _Unreadable(Exception):
    pass


@lru_cache(maxsize=4096)
def _parse(term: str, ignorecase: bool) -> Any:
    """Python's parse tree of a term, ``None`` when it has syntax only ``regex`` reads or sets a
    global inline flag (which in ``regex`` changes every term of the alternation)."""
    flags = _c.SRE_FLAG_IGNORECASE if ignorecase else 0
    try:
        tree = _sre.parse(term, flags)
    except (_c.error, RecursionError, OverflowError, ValueError):
        return None
    return None if tree.state.flags & ~(flags | _c.SRE_FLAG_UNICODE) else tree


def term_needs(term: str, is_regex: bool, ignorecase: bool) -> Needs | None:
    """The needs of one term (``None`` when nothing is known about its matches)."""
    try:
        if not is_regex:
            info = _sequence([(_c.LITERAL, ord(ch)) for ch in term], ignorecase)
        else:
            tree = _parse(term, ignorecase)
            if tree is None:
                return None
            info = _sequence(tree, ignorecase)
    except (_Unreadable, RecursionError, ValueError, TypeError):
        return None
    if info.starts is None and info.contains is None:
        return None
    return Needs(info.starts, info.contains, info.ends)


def stands_alone(term: str, ignorecase: bool) -> bool:
    """Whether a regular-expression term means the same searched alone as inside its rule's
    alternation: readable, capturing and referring to no group, setting no global flag."""
    tree = _parse(term, ignorecase)
    return tree is not None and tree.state.groups == 1


def quick_start(term: str, ignorecase: bool) -> bool:
    """Whether every match begins with a digit or a given symbol, which ``regex`` skips to:
    such terms search faster in one alternation than one by one (a letter is too common)."""
    tree = _parse(term, ignorecase)
    return tree is not None and _quick(tree)


def _quick(items: Any) -> bool:
    data = getattr(items, "data", items)
    if not data:
        return False
    op, av = data[0]
    if op is _c.LITERAL:
        return not chr(av).isalpha()
    if op is _c.IN:
        return all(_no_letter(o, a) for o, a in av)
    if op in _REPEATS:
        return av[0] >= 1 and _quick(av[2])
    if op is _c.SUBPATTERN:
        return _quick(av[3])
    if op is _c.BRANCH:
        return all(_quick(b) for b in av[1])
    return False


def _no_letter(op: Any, av: Any) -> bool:
    if op is _c.LITERAL:
        return not chr(av).isalpha()
    if op is _c.RANGE:
        return av[1] - av[0] < 256 and not any(chr(c).isalpha() for c in range(av[0], av[1] + 1))
    return op is _c.CATEGORY and av is _c.CATEGORY_DIGIT


def _safe(ch: str, ignorecase: bool) -> bool:
    """A character a folded comparison tests exactly as ``regex`` does: any, when case matters;
    else ASCII, or a symbol with no case at all."""
    if not ignorecase or ch.isascii():
        return True
    return ch.lower() == ch.upper() == ch and not unicodedata.category(ch).startswith("L")


@lru_cache(maxsize=16384)
def _rarity(text: str) -> float:
    """How seldom a string turns up in copy, roughly: a symbol is rarer than a letter."""
    words = text.replace(" ", "")
    if words.isalnum():  # most are: no need to look at each character
        return len(words) + (len(text) - len(words)) / 2
    return sum(1.0 if c.isalnum() else 0.5 if c.isspace() else 3.0 for c in text)


def _best(sets: list[Any]) -> frozenset[str] | None:
    """The most telling set: its commonest string rare (past a point, rare enough), and few
    strings to look for, as each is one search of the unit."""
    usable = [s for s in sets if s and "" not in s]
    if len(usable) < 2:
        return frozenset(usable[0]) if usable else None
    return frozenset(
        max(usable, key=lambda s: (min(_RARE, *map(_rarity, s)) - math.log2(len(s)) / 2, -len(s)))
    )


def _cross(left: set[str] | frozenset[str], right: frozenset[str] | None) -> set[str] | None:
    if right is None or len(left) * len(right) > (_WORDS if len(left) == 1 else _LIMIT):
        return None
    return {a + b for a in left for b in right}


def _sequence(items: Any, ignorecase: bool) -> _Info:
    data = getattr(items, "data", items)  # a parsed SubPattern's list: quicker to walk
    if all(op is _c.LITERAL for op, _ in data):  # plain text, as most branches of a word list are
        text = "".join([chr(av) for _, av in data])
        if text.isascii() or all(_safe(ch, ignorecase) for ch in text):
            exact = frozenset({fold(text)})
            return _Info(exact, *[exact if text else None] * 3)
    run: set[str] = {""}  # literal text since the start or the last unknown piece
    starts: set[str] | None = None
    tail: set[str] | None = {""}  # strings a match so far ends with
    at_start = True
    candidates: list[Any] = []  # sets one of which every match holds
    chars: list[str] = []  # a run of plain characters, joined before it meets anything else
    for op, av in data:
        if op is _c.LITERAL and _safe(chr(av), ignorecase):
            chars.append(chr(av))
            continue
        if chars:
            text = fold("".join(chars))
            run = {r + text for r in run}
            tail = _then(tail, frozenset({text}))
            candidates.append({text})
            chars = []
        info = _node(op, av, ignorecase)
        tail = _then(tail, info.exact) if info.exact is not None else info.ends and set(info.ends)
        joined = _cross(run, info.exact) if info.exact is not None else None
        if joined is not None:
            run = joined
            candidates += (info.exact, info.contains)
            continue
        if at_start:
            starts = _cross(run, info.starts if info.starts is not None else info.exact) or run
            at_start = False
        candidates += (run, info.contains, info.exact)
        run = set(info.exact) if info.exact is not None else {""}
    if chars:
        text = fold("".join(chars))
        run = {r + text for r in run}
        tail = _then(tail, frozenset({text}))
        candidates.append({text})
    if at_start:
        exact = frozenset(run)
        whole = _best([exact])
        return _Info(exact, whole, _best([exact, *candidates]), whole)
    candidates += (run, starts)
    return _Info(None, _best([starts]), _best(candidates), _best([tail]))


def _then(tail: set[str] | None, exact: frozenset[str]) -> set[str] | None:
    """What a match ends with once a piece matching one of ``exact`` follows what ended with
    ``tail``: when the two multiply out to too many, the piece's own strings (and ``tail``
    as well when the piece may match nothing)."""
    if tail is not None:
        crossed = _cross(tail, exact)
        if crossed is not None:
            return crossed
    if "" not in exact:
        return set(exact)
    return None if tail is None else {e for e in exact if e} | tail


def _node(op: Any, av: Any, ignorecase: bool) -> _Info:
    if op is _c.LITERAL:  # a character that ``_sequence`` could not take as plain text
        return _UNKNOWN
    if op is _c.IN:
        return _char_class(av, ignorecase)
    if op in (_c.NOT_LITERAL, _c.ANY):
        return _UNKNOWN
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is _c.SUBPATTERN:
        _group, add, remove, body = av
        icase = (ignorecase or bool(add & _c.SRE_FLAG_IGNORECASE)) and not remove & _c.SRE_FLAG_IGNORECASE
        return _sequence(body, icase)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, ignorecase)
    if op is _c.BRANCH:
        return _branch([_sequence(b, ignorecase) for b in av[1]])
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        return _branch([_sequence(yes, ignorecase), _sequence(no, ignorecase) if no else _EMPTY])
    if op in _REPEATS:
        low, high, body = av
        inner = _sequence(body, ignorecase)
        if low == 0:
            if high == 1 and inner.exact is not None:
                return _Info(inner.exact | {""}, None, None, None)
            return _UNKNOWN
        exact: Any = inner.exact if low == high <= 4 else None
        for _ in range(low - 1):  # "\.{3}" is "..."
            exact = _cross(exact, inner.exact) if exact is not None else None
        exact = frozenset(exact) if exact is not None else None
        return _Info(exact, inner.starts, inner.contains, inner.ends)
    if op is _c.GROUPREF:
        return _UNKNOWN
    raise _Unreadable(str(op))


def _branch(infos: list[_Info]) -> _Info:
    def union(parts: list[frozenset[str] | None]) -> frozenset[str] | None:
        if any(p is None for p in parts):
            return None
        out = frozenset().union(*parts)  # type: ignore[arg-type]
        return out if len(out) <= _WORDS else None

    exact = union([i.exact for i in infos])
    starts = union([i.starts for i in infos])
    contains = union([_best([i.contains, i.exact]) for i in infos])
    ends = union([i.ends for i in infos])
    return _Info(exact, starts, contains, ends)


def _char_class(items: Any, ignorecase: bool) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return _UNKNOWN  # negated, a category such as \d, or a wide range
    if not all(_safe(ch, ignorecase) for ch in chars):
        return _UNKNOWN
    return _Info(frozenset(fold(ch) for ch in chars), None, None, None)
