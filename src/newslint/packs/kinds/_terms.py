"""A rule's terms as patterns: one alternation, or one pattern per term where each means the same
on its own, each behind the gate its terms' needs give (see ``gate`` and ``needs``).

Patterns of the shipped packs are compiled when a unit first gets past their gate; a user's pack
(``defer_compile`` false) compiles at load, so a bad term is reported there as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

import regex

from ..gate import Gate, LazyPattern, leads_of
from ..needs_memo import quick_start, stands_alone, term_needs
from ..spec import PackError, RuleSpec
from ._base import TERM_GROUP

_WORD_EDGE = regex.compile(r"\w")


def _literal(term: str, whole_word: bool) -> str:
    """An escaped term; word boundaries only on an edge that is a word character, so "%" or
    "(AFP)" match after a digit or a space alike."""
    body = regex.escape(term)
    if whole_word and _WORD_EDGE.match(term[0]):
        body = r"(?<![\w-])" + body
    if whole_word and _WORD_EDGE.match(term[-1]):
        body += r"(?![\w-])"
    return body


def _ordered(spec: RuleSpec, terms: list[str], whole_word: bool) -> list[tuple[int, str]]:
    """(index, source) of each term in alternation order: as written, literal terms longest first."""
    use_regex = bool(spec.get("regex", bool, False))
    order = list(range(len(terms)))
    if not use_regex:
        order.sort(key=lambda i: len(terms[i]), reverse=True)
    return [(i, terms[i] if use_regex else _literal(terms[i], whole_word)) for i in order]


def _flags(spec: RuleSpec) -> int:
    return (regex.IGNORECASE if spec.get("ignorecase", bool, True) else 0) | regex.VERSION0


def terms_source(
    spec: RuleSpec, terms: list[str], whole_word: bool = True, named: bool = False
) -> tuple[str, int]:
    """One alternation for all terms (longest first), literal unless ``regex: true``, and its
    flags. With ``named``, term ``i`` sits in group ``_nl<i>`` (see ``term_index``)."""
    parts = _ordered(spec, terms, whole_word)
    body = "|".join(f"(?P<{TERM_GROUP}{i}>{p})" if named else f"(?:{p})" for i, p in parts)
    if whole_word and spec.get("regex", bool, False):
        body = rf"(?<![\w-])(?:{body})(?![\w-])"
    return body, _flags(spec)


def compile_terms(
    spec: RuleSpec, key: str, terms: list[str], whole_word: bool = True, named: bool = False
) -> regex.Pattern:
    """``terms_source`` compiled; a bad pattern is a ``file:line: key: problem`` error."""
    body, flags = terms_source(spec, terms, whole_word, named)
    try:
        return regex.compile(body, flags)
    except regex.error as exc:
        raise PackError(spec.at(key, f"bad regular expression: {exc}")) from None


def _reporter(
    spec: RuleSpec, key: str, terms: list[str], whole_word: bool = True, named: bool = False
) -> Callable[[regex.error], NoReturn]:
    """What to raise when a pattern built from ``terms`` does not compile: the error the whole
    alternation gives, as a user has always seen it, else this pattern's own."""

    def report(exc: regex.error) -> NoReturn:
        compile_terms(spec, key, terms, whole_word, named)
        raise PackError(spec.at(key, f"bad regular expression: {exc}")) from None

    return report


def _needs(spec: RuleSpec, terms: list[str]) -> list[Any]:
    is_regex = bool(spec.get("regex", bool, False))
    ignorecase = bool(spec.get("ignorecase", bool, True))
    return [term_needs(t, is_regex, ignorecase) for t in terms]


def lazy_terms(
    rule: Any,
    key: str,
    terms: list[str],
    whole_word: bool = True,
    named: bool = False,
    wrap: Callable[[str], str] | None = None,
    starts: bool = False,
    ends: bool = False,
    opens: bool | None = None,
) -> LazyPattern:
    """All terms as one alternation (``wrap`` puts it in a larger pattern); ``starts`` for a
    pattern matched at the start of a unit, ``ends`` as well for one that runs to its end.
    ``opens``: the pattern begins with the terms (true without ``wrap``; a wrap that puts them
    first says so), so where a match may begin is known (``LazyPattern.leads``)."""
    spec = rule.spec
    body, flags = terms_source(spec, terms, whole_word, named)
    needs = _needs(spec, terms)
    return LazyPattern(
        wrap(body) if wrap else body,
        flags,
        Gate(needs, starts, ends),
        _reporter(spec, key, terms, whole_word, named),
        rule.defer_compile,
        leads_of(needs) if (wrap is None if opens is None else opens) else None,
    )


def lazy_each(
    rule: Any,
    key: str,
    terms: list[str],
    whole_word: bool = True,
    wrap: Callable[[str], str] | None = None,
    starts: bool = False,
    merge_quick: bool = False,
) -> list[LazyPattern] | None:
    """One pattern per term, in alternation order, each behind its own gate; ``None`` when a term
    may not mean the same alone (it captures or refers to a group, sets a global flag, or uses
    syntax we cannot read): then the rule needs the one alternation. With ``merge_quick``, terms
    next to each other that ``regex`` finds quickly (see ``quick_start``) stay one alternation."""
    spec = rule.spec
    is_regex = bool(spec.get("regex", bool, False))
    ignorecase = bool(spec.get("ignorecase", bool, True))
    if is_regex and not all(stands_alone(t, ignorecase) for t in terms):
        return None
    needs = _needs(spec, terms)
    groups: list[list[tuple[int, str]]] = []
    after_quick = False
    for i, part in _ordered(spec, terms, whole_word):
        quick = merge_quick and (quick_start(terms[i], ignorecase) if is_regex else not terms[i][0].isalpha())
        if quick and after_quick:
            groups[-1].append((i, part))
        else:
            groups.append([(i, part)])
        after_quick = quick
    out = []
    for group in groups:
        body = "|".join(f"(?:{part})" for _, part in group)
        out.append(
            LazyPattern(
                wrap(body) if wrap else body,
                _flags(spec),
                Gate([needs[i] for i, _ in group], starts),
                _reporter(spec, key, terms, whole_word),
                rule.defer_compile,
            )
        )
    return out
