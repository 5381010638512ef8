"""The years a story gives for one-off events of an entity: founded, launched, born, died, first
elected. Each claim is found from its event word ("formed in 2002", "its founding in 1999"),
then the text before it says whose event it is:

- verbal: "The CSTO was formed in 2002", "Acme, which was set up in 1990", "Smith died in 2001";
- appositive: "Acme, founded in 1990,", "Smith, born in 1950,", "Jones, first elected in 1997";
- nominal: "its founding in 1999", "Acme's launch in 2004", "the formation of the CSTO in 2002".

"The bloc founded a reaction force in 2009" is no claim about the bloc: the event word must
stand right before "in <year>", and the subject right before the event word (or its "was").
Claims inside quoted speech are left out: a speaker's memory is not the story's fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...document import Document
from ...types import Span
from .entities import NAME_RUN, Entity, Linker, PatternOnFirstUse, anaphor_of, mentions

_MONTH = (
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?"
)
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d\w–-]|['’]s)"
# Each event word (and the nouns for it) -> the kind of event it records.
EVENTS = {
    "formed": "founding", "founded": "founding", "established": "founding", "set up": "founding",
    "created": "founding", "formation": "founding", "founding": "founding",
    "establishment": "founding", "creation": "founding",
    "launched": "launch", "launch": "launch",
    "born": "birth", "birth": "birth",
    "died": "death", "death": "death",
    "elected": "first election", "first election": "first election",
}
# How a message says it: "founded in 2002", "born in 1950".
EVENT_WORDING = {
    "founding": "founded", "launch": "launched", "birth": "born", "death": "died",
    "first election": "first elected",
}
_VERB_RE = PatternOnFirstUse(
    rf"(?<![\w-])(?P<word>formed|founded|established|set\s+up|created|launched|born|elected|died)"
    rf"\s+(?:back\s+)?in\s+{_MONTH}{_YEAR}"
)
# "born on 5 May 1950", "born in Leeds in 1950": the year after a date or a place
_BORN_ON_RE = PatternOnFirstUse(
    rf"(?<![\w-])born\s+(?:on\s+)?(?:\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{{1,2}},?)\s+{_YEAR}"
)
_BORN_AT_RE = PatternOnFirstUse(rf"(?<![\w-])born\s+in\s+{NAME_RUN}(?:,\s+{NAME_RUN})?,?\s+in\s+{_MONTH}{_YEAR}")
_NOUN_RE = PatternOnFirstUse(
    rf"(?<![\w-])(?P<word>founding|formation|establishment|creation|launch|birth|death|first\s+election)"
    rf"\s+in\s+{_MONTH}{_YEAR}"
)
_NOUN_OF_RE = PatternOnFirstUse(
    rf"(?<![\w-])[Tt]he\s+(?P<word>founding|formation|establishment|creation|launch|birth|death)\s+of\s+"
    rf"(?P<np>(?:the\s+)?{NAME_RUN})\s+in\s+{_MONTH}{_YEAR}"
)
_ADVERB = r"(?:(?P<first>first)|originally|officially|formally|initially)"
# The subject, with the acronym a definition puts after it: "the Harbour Trust (HT)".
_NP = rf"(?<![\w’'-])(?P<np>(?:[Tt]he\s+)?{NAME_RUN}|[Tt]he\s+[a-z]+|[Ii]t|[Hh]e|[Ss]he)(?:\s+\([A-Z]{{2,8}}\))?"
# The text before an event verb, read back from it ("\Z" is the verb's start).
_PASSIVE_TAIL_RE = PatternOnFirstUse(
    rf"{_NP}(?:,\s+(?:which|who)|,[^,.;:!?\n]{{1,80}},)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)"
    rf"\s+(?:{_ADVERB}\s+)?\Z"
)
_APPOSITIVE_TAIL_RE = PatternOnFirstUse(rf"{_NP},\s+(?:{_ADVERB}\s+)?\Z")
_DIED_TAIL_RE = PatternOnFirstUse(rf"{_NP}(?:,\s+who)?\s+\Z")
_POSSESSOR_TAIL_RE = PatternOnFirstUse(rf"(?<![\w’'-])(?P<np>[Ii]ts|[Hh]is|[Hh]er|(?:[Tt]he\s+)?{NAME_RUN}['’]s?)\s+\Z")
_LOOKBACK = 160
# Words each search needs, looked for with ``in`` first (speed: a leading look-behind keeps ``re``
# from skipping ahead, so a search of a story without the word costs as much as one with it).
_VERB_WORDS = ("formed", "founded", "established", "set", "created", "launched", "born", "elected", "died")
_NOUN_WORDS = ("founding", "formation", "establishment", "creation", "launch", "birth", "death", "election")


@dataclass(frozen=True)
class EventClaim:
    entity: Entity
    event: str  # "founding", "launch", "birth", "death", "first election"
    year: int
    span: Span  # the year as written
    wording: str  # "formed in 2002", as the story puts it


def event_claims(doc: Document, linker: Linker) -> list[EventClaim]:
    """Every event-year claim outside quotes, in story order, its subject resolved as far as the
    story's names allow (pronouns and "the bloc" stay anaphors)."""
    text = doc.text
    if not re.search(r"(?:1[5-9]|20)\d\d", text):
        return []  # no year, no claim (speed: most stories stop here or at the next search)
    found: dict[int, EventClaim] = {}
    for claim in _all_claims(doc, linker):
        if not doc.in_quote(claim.span):
            found.setdefault(claim.span.start, claim)
    return [found[k] for k in sorted(found)]


def _all_claims(doc: Document, linker: Linker) -> Iterator[EventClaim]:
    text = doc.text
    verbs = mentions(text, _VERB_WORDS)
    nouns = mentions(text, _NOUN_WORDS)
    born = verbs and "born" in text
    for m in _VERB_RE.finditer(text) if verbs else ():
        word = " ".join(m.group("word").split())
        np, first = _verbal_subject(text, m.start(), word)
        if word == "elected" and not first:
            continue  # "elected in 2005" may be a re-election; "first elected" is one event
        claim = _claim(linker, np, word, m)
        if claim is not None:
            yield claim
    for m in (*_BORN_ON_RE.finditer(text), *_BORN_AT_RE.finditer(text)) if born else ():
        np, _ = _verbal_subject(text, m.start(), "born")
        claim = _claim(linker, np, "born", m)
        if claim is not None:
            yield claim
    for m in _NOUN_RE.finditer(text) if nouns else ():
        word = " ".join(m.group("word").split())
        tail = _POSSESSOR_TAIL_RE.search(text, max(0, m.start() - _LOOKBACK), m.start())
        claim = _claim(linker, tail.group("np") if tail else None, word, m)
        if claim is not None:
            yield claim
    for m in _NOUN_OF_RE.finditer(text) if nouns else ():
        claim = _claim(linker, m.group("np"), m.group("word"), m)
        if claim is not None:
            yield claim


def _verbal_subject(text: str, start: int, word: str) -> tuple[str | None, bool]:
    """The subject before an event verb at ``start`` and whether "first" stands before it."""
    window = max(0, start - _LOOKBACK)
    tails = [_PASSIVE_TAIL_RE]
    tails.append(_DIED_TAIL_RE if word == "died" else _APPOSITIVE_TAIL_RE)
    for tail in tails:
        m = tail.search(text, window, start)
        if m is not None:
            groups = m.groupdict()
            return m.group("np"), bool(groups.get("first"))
    return None, False


def _claim(linker: Linker, np: str | None, word: str, m: re.Match) -> EventClaim | None:
    if np is None:
        return None
    np = " ".join(np.split())
    entity = anaphor_of(np) or _named(linker, np)
    if entity is None:
        return None
    wording = " ".join(m.group().split())
    return EventClaim(entity, EVENTS[" ".join(word.split())], int(m.group("year")), Span(*m.span("year")), wording)


def _named(linker: Linker, np: str) -> Entity | None:
    if np.split()[-1][:1].islower():
        return None  # "the government": a common noun that is no anaphor we link
    return linker.name(re.sub(r"['’]s?$", "", np))
