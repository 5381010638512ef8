"""FC rules: one story, two different values for a fact that has one (a founding year, an age).

Both rules find claims (``events``, ``ages``), link pronouns and "the bloc" to the one named
entity that has a claim of the same kind, and report each later claim that differs from the
first one about its entity, naming both lines. Neither fixes: only the reporter knows which
value is right.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from ...document import Document
from ...rule import Rule
from ...types import Finding, Severity, Span
from ..common import line_number
from .ages import AgeClaim, age_claims
from .entities import Entity, Linker
from .events import EVENT_WORDING, EventClaim, event_claims


class _Claim(Protocol):
    entity: Entity
    span: Span


C = TypeVar("C", bound=_Claim)


def linked(claims: Sequence[C], kind_of) -> list[C]:
    """``claims`` with each anaphor ("its", "the bloc", "he") given the entity it stands for: the
    one named entity of its sort (organisation or person) that has a claim of the same kind in
    the story. An anaphor with none, or with two candidates, is dropped."""
    named: dict[tuple, set[Entity]] = {}
    for c in claims:
        if not c.entity.anaphor:
            named.setdefault((kind_of(c), c.entity.person), set()).add(c.entity)
    out = []
    for c in claims:
        if not c.entity.anaphor:
            out.append(c)
            continue
        candidates = named.get((kind_of(c), c.entity.anaphor == "person"), set())
        if len(candidates) == 1:
            out.append(replace(c, entity=next(iter(candidates))))
    return out


def first_and_later(claims: Sequence[C], kind_of, value_of) -> Iterator[tuple[C, C]]:
    """(first claim, later claim) for each later claim whose value differs from the first one of
    its entity and kind."""
    first: dict[tuple, C] = {}
    for c in claims:
        key = (c.entity.key, kind_of(c))
        if key not in first:
            first[key] = c
        elif value_of(c) != value_of(first[key]):
            yield first[key], c


def _shared_claims(doc: Document, name: str, build):
    return doc.shared(("facts", name), lambda d: build(d, Linker(d)))


class ConflictingEventYear(Rule):
    """What it does: flags a story that gives two different years for one event of one entity:
    when it was formed, founded, established, set up or created, launched, born, died or first
    elected. It reads "X was formed in 2002", "X, founded in 2002,", "X, which was set up in
    2002", "its founding in 1999", "X's launch in 2004" and "the formation of X in 2002", and
    links X through the story's acronym definitions ("Collective Security Treaty Organisation
    (CSTO)" = "the CSTO"), its person mentions ("John Smith" = "Smith"), and "it"/"its"/"the
    bloc"/"he"/"his" when exactly one named entity in the story has that event. It checks only
    these shapes; it is not a fact checker.

    Why it matters in news copy: a background paragraph written from one source and a later one
    from another can disagree on a date, and nobody reads the two side by side.

    Example: ``The alliance was formed in 2002.`` ... ``its first joint action since its founding
    in 1999.``

    Use instead: one year, checked against the record.

    Fix safety: no fix; the message names both lines, and only the reporter knows which is right.
    Years in quoted speech are not compared. Counts ("six states" and "five other states") are
    out of scope.

    Options: none.
    """

    code = "FC001"
    name = "conflicting-event-year"
    summary = "Two different years for one event (founded, born, died...) of one entity"
    default_severity = Severity.WARNING
    check_quotes = False

    def check(self, doc: Document) -> Iterator[Finding]:
        claims = linked(_shared_claims(doc, "events", event_claims), _event)
        for first, later in first_and_later(claims, _event, _year):
            yield Finding(later.span, _event_message(doc, first, later))


def _event(c: EventClaim) -> str:
    return c.event


def _year(c: EventClaim) -> int:
    return c.year


def _event_message(doc: Document, first: EventClaim, later: EventClaim) -> str:
    what = EVENT_WORDING[later.event]
    return (
        f"{later.entity.label} {what} in {later.year} here (line {line_number(doc, later.span.start)}, "
        f"'{later.wording}'), but in {first.year} on line {line_number(doc, first.span.start)} "
        f"('{first.wording}')"
    )


class ConflictingAge(Rule):
    """What it does: flags a story that gives one person two different ages, in the shapes news
    copy states an age: "Smith, 34,", "Smith, aged 34,", "Smith, a 34-year-old teacher", "Smith,
    who is 81", "the 82-year-old Smith" and "Smith (34)". The person is linked by surname
    ("Nursultan Nazarbayev" = "Nazarbayev"), and by given name as well when the story names two
    people of that surname. It checks only these shapes; it is not a fact checker.

    Why it matters in news copy: an age typed in one paragraph and retyped from memory in
    another is a correction waiting to happen.

    Example: ``Jane Marsh, 54, runs the shop.`` ... ``the 56-year-old Marsh said.``

    Use instead: one age, checked against the record.

    Fix safety: no fix; the message names both lines. Left out: ages in quoted speech, in a
    sentence about another time ("then", "at the time", "years ago", a year before the age),
    on a line that lists names (a team sheet), and two bracketed numbers ("Smith (34)" and
    "Smith (78)" may be goal minutes).

    Options: none.
    """

    code = "FC002"
    name = "conflicting-age"
    summary = "Two different ages for one person"
    default_severity = Severity.WARNING
    check_quotes = False

    def check(self, doc: Document) -> Iterator[Finding]:
        claims = _shared_claims(doc, "ages", age_claims)
        for first, later in first_and_later(claims, _one_kind, _age):
            if first.bracketed and later.bracketed:
                continue  # "Rooney (23) ... Rooney (78)": goal minutes, not ages
            yield Finding(later.span, _age_message(doc, first, later))


def _one_kind(_: AgeClaim) -> str:
    return "age"


def _age(c: AgeClaim) -> int:
    return c.age


def _age_message(doc: Document, first: AgeClaim, later: AgeClaim) -> str:
    return (
        f"{later.entity.label} is {later.age} here (line {line_number(doc, later.span.start)}), "
        f"but {first.age} on line {line_number(doc, first.span.start)}"
    )
