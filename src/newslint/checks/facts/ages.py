"""The ages a story gives a person, in the shapes news copy states an age in:

- "Smith, 34,", "Smith, aged 34,", "Smith, a 34-year-old teacher", "Smith, who is 81";
- "the 82-year-old Smith" (with a role between: "the 34-year-old striker Smith");
- "Smith (34)", except in a match report ("Rooney (23)" is a goal minute) and on a line with
  several ("Kim (66), Perry (66)" is a leaderboard).

Only a person the story names with a given name somewhere ("John Smith") counts, so "Paris,
34," or "Chelsea, 2," is never an age. An age in a sentence that looks back ("then", "at the
time", "years ago", "in 1990, the 40-year-old Smith") is an age at another time and is left out,
and so is an age on a line that lists names (a team sheet), and anything in quoted speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...document import Document
from ...types import Span
from ..names.index import build_index as name_index
from .entities import NAME_RUN, Entity, Linker, PatternOnFirstUse, mentions

_AGE = r"(?P<age>\d{1,3})"
_ROLES = (
    "former ex veteran striker midfielder defender goalkeeper forward winger actor actress singer star "
    "player boss manager coach chief leader president minister champion winner rider driver captain "
    "chairman chairwoman director executive founder businessman businesswoman mother father teacher "
    "doctor nurse worker student lawyer officer soldier farmer writer author artist musician chef owner "
    "campaigner pensioner grandmother grandfather widow widower mum dad priest pilot"
)
_ROLE = "(?:" + "|".join(_ROLES.split()) + ")"
# The age after a name, found from the comma on ("Smith, 34,"); the name is read back from it.
_AFTER_NAME_RE = PatternOnFirstUse(
    rf",\s+(?:"
    rf"{_AGE}(?=,|\s+and\b|\s*[.;)])"
    rf"|aged\s+(?P<aged>\d{{1,3}})\b(?![.,]\d)"
    rf"|who\s+is\s+(?:now\s+)?(?P<who>\d{{1,3}})(?=\s*(?:[,.;:)]|and\b|years?\s+old\b))"
    rf"|an?\s+(?P<yo>\d{{1,3}})-year-old\b)"
)
_NAME_TAIL_RE = PatternOnFirstUse(rf"(?<![\w’'-])(?P<np>{NAME_RUN})\Z")
_LOOKBACK = 80
_BEFORE_NAME_RE = PatternOnFirstUse(
    rf"(?<![\w-])[Tt]he\s+{_AGE}-year-old\s+(?:{_ROLE}\s+){{0,3}}(?P<np>{NAME_RUN})"
)
_BRACKET_RE = PatternOnFirstUse(rf"[ \t]+\({_AGE}\)")
# A match report writes goal minutes as "Rooney (23)": there a bracketed number is no age.
_MATCH_REPORT_RE = PatternOnFirstUse(r"\b(?:goals?|scored|scorers?|penalty|pen|minutes?|mins?|half-time|booked|sent off)\b", re.I)
_LOOKING_BACK_RE = PatternOnFirstUse(
    r"\b(?:then|at the time|at that time|years? ago|back in|when (?:he|she) was)\b|\b(?:1[5-9]|20)\d\d\b"
)


@dataclass(frozen=True)
class AgeClaim:
    entity: Entity
    age: int
    span: Span  # the number as written
    bracketed: bool  # "Smith (34)": a sports report writes goal minutes the same way


def age_claims(doc: Document, linker: Linker) -> list[AgeClaim]:
    """Every age claim about a named person outside quotes, in story order."""
    text = doc.text
    if not re.search(r"\d", text):
        return []
    found: dict[int, AgeClaim] = {}
    for claim in _all_claims(doc, linker):
        if not doc.in_quote(claim.span) and not _looks_back(doc, claim.span) and 0 < claim.age < 120:
            found.setdefault(claim.span.start, claim)
    if found and any(name_index(doc).in_name_list(c.span) for c in found.values()):
        found = {k: c for k, c in found.items() if not name_index(doc).in_name_list(c.span)}
    return [found[k] for k in sorted(found)]


def _all_claims(doc: Document, linker: Linker) -> Iterator[AgeClaim]:
    text = doc.text
    for m in _AFTER_NAME_RE.finditer(text):
        group = next(g for g in ("age", "aged", "who", "yo") if m.group(g) is not None)
        yield from _claim(linker, _name_before(text, m.start()), m, group, bracketed=False)
    # The literal each search needs is looked for first (speed: a story without it is not searched).
    for m in _BEFORE_NAME_RE.finditer(text) if mentions(text, ("-year-old",)) else ():
        yield from _claim(linker, m.group("np"), m, "age", bracketed=False)
    brackets = list(_BRACKET_RE.finditer(text)) if mentions(text, ("(",)) else []
    if not brackets or _MATCH_REPORT_RE.search(text):
        return
    for m in brackets:
        line = doc.line_text(doc.line_of(m.start()))
        if len(_BRACKET_RE.findall(line)) == 1:  # several on a line: a leaderboard or a team sheet
            yield from _claim(linker, _name_before(text, m.start()), m, "age", bracketed=True)


def _name_before(text: str, end: int) -> str | None:
    tail = _NAME_TAIL_RE.search(text, max(0, end - _LOOKBACK), end)
    return tail.group("np") if tail else None


def _claim(linker: Linker, np: str | None, m: re.Match, group: str, bracketed: bool) -> Iterator[AgeClaim]:
    words = re.sub(r"['’]s$", "", np).split() if np else []
    entity = linker.person(words) if words else None
    if entity is not None:
        yield AgeClaim(entity, int(m.group(group)), Span(*m.span(group)), bracketed)


def _looks_back(doc: Document, span: Span) -> bool:
    """Whether the age sits in a sentence that speaks of another time (a year before it counts:
    "In 1990, the 40-year-old Smith ..."; "Smith, 54, who joined in 1990" does not)."""
    for sentence in doc.sentences:
        if sentence.start <= span.start < sentence.end:
            text = doc.text[sentence.start : sentence.end]
            for m in _LOOKING_BACK_RE.finditer(text):
                if not m.group()[:1].isdigit() or sentence.start + m.start() < span.start:
                    return True
            return False
    return False
