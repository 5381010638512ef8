"""Person-name consistency (NM001, NM002): one person named two ways in one story."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document
from ...rule import Rule
from ...types import Applicability, Finding, Fix, Severity, Span
from .. import common as cons
from .index import RELATION_RE, Mention, NameIndex, build_index, compatible, given_names


class NameMismatch(Rule):
    """What it does: flags a surname that appears with two different given names when nothing
    in the story says they are two people: "Pascal Ausseur" ... "Pierre Ausseur".

    Why it matters in news copy: a wrong given name misquotes a real person, the costliest
    correction a newsroom runs.

    Example: ``said Pascal Ausseur, a French former soldier ... "..." Pierre Ausseur said.``

    Use instead: ``Pascal Ausseur said.``

    Fix safety: unsafe (a name change always needs a human): the fix writes the first full
    mention. Titles (Mr, President, Prime Minister), initials (J. Smith beside John Smith), short
    forms and nicknames (Alex/Alexander, Bill/William), middle names, particles (de, van, al-)
    and possessives are understood. Two people who share a surname are left alone when the story
    shows it: each full name used at least twice, a family word near them (brother, wife,
    sisters...), "Venus and Serena Williams", or "the Williams sisters". Otherwise the form used
    once is reported (the later one when both are used once), suggesting the other. A slip
    usually keeps the initial (Pascal/Pierre); two given names with different initials more
    often mean two people, so that case is reported as info, unless both mentions hold one
    office ("President Vladimir Putin" ... "President Luis Putin") or the later one carries a
    courtesy title, which marks a reference to someone already introduced ("Vladimir Putin" ...
    "Mr Janet Putin"). A later full name brought in with a role ("said Steven Richter, legal
    counsel for the firm") is someone new, unless it carries a courtesy title. Given names
    one slip apart that are not both real names (Jaason/Jason) are a misspelling, left to the
    spelling rules. At least one of the two given
    names must be on the reviewed list ``rules/person-names/given-names.txt``; in a team sheet
    or list of names, both must.

    Options: none.
    """

    code = "NM001"
    name = "name-mismatch"
    summary = "A surname appears with two different given names"
    default_severity = Severity.ERROR
    fix_availability = "always"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        index = build_index(doc)
        lexicon = given_names()
        for surname, mentions in index.by_surname.items():
            groups = _group_by_person(mentions, lexicon)
            if len(groups) < 2 or index.lookups.says_several(surname):
                continue
            relatives = {
                id(g) for g in groups if any(_introduced_as_relative(doc.text, m, lexicon) for m in g)
            }
            for group in groups:
                if id(group) in relatives:
                    continue
                rival = _rival(group, [g for g in groups if id(g) not in relatives])
                if rival is None:
                    continue
                later = group[0].span.start > rival[0].span.start
                courteous = later and group[0].title in _COURTESY_TITLES
                if later and not courteous and _introduced_with_role(doc.text, group[0]):
                    continue  # "said Steven Richter, legal counsel for the firm": someone new
                listed = (group[0].given in lexicon) + (rival[0].given in lexicon)
                same_initial = group[0].given[0] == rival[0].given[0]
                if listed == 0 or (listed == 1 and not same_initial and not _acts_as_person(index, surname)):
                    continue  # at least one must read as a given name for sure
                if listed == 1 and index.in_name_list(group[0].span):
                    continue  # a team sheet lines up brothers (Mauro, Mirco Bergamasco): be sure of both
                sure = same_initial or _same_office(group[0], rival[0]) or courteous
                yield from _report(doc, group, rival, None if sure else Severity.INFO)


def _rival(group: list[Mention], groups: list[list[Mention]]) -> list[Mention] | None:
    """The person this group's mentions most likely mean, or None when the group stands on its
    own: it is used twice or more, or it is the first full mention and no more frequent form
    competes. A rival with the same initial wins (Pascal for Pierre); different initials usually
    mean two people, so that case is only reported as info."""
    if len(group) >= 2 or len(group[0].given) == 1:
        return None  # used consistently, or only an initial (team sheets: "A Jones")
    others = [g for g in groups if g is not group and len(g[0].given) > 1]
    earlier_or_more = [g for g in others if len(g) > 1 or g[0].span.start < group[0].span.start]
    if not earlier_or_more:
        return None
    same = [g for g in earlier_or_more if g[0].given[0] == group[0].given[0]]
    pool = same or earlier_or_more
    return max(pool, key=lambda g: (len(g), -g[0].span.start))


# Courtesy titles go with anyone; an office ("President", "Coach") is held by one person at a time.
_COURTESY = frozenset("Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Former Acting Deputy".split())


# A courtesy title marks a later reference to someone already introduced ("Vladimir Putin ... Mr
# Putin"): "Mr Janet Putin" after "Vladimir Putin" is the same man with a wrong given name, not a
# second Putin (a second person is introduced by name and role, not as "Mr").
_COURTESY_TITLES = frozenset("Mr Mrs Ms Miss Mx".split())


def _same_office(a: Mention, b: Mention) -> bool:
    """ "President Vladimir Putin" ... "President Luis Putin": one office, so one person."""
    return bool(a.title) and a.title == b.title and a.title not in _COURTESY


def _one_person(a: str, b: str, lexicon: frozenset[str]) -> bool:
    """Given names of one person: compatible (Bill/William), or one slip apart when they are not
    both real given names ("Jaason"/"Jason": a misspelling, which the spelling rules report, while
    Mary/Mark are two names)."""
    if compatible(a, b):
        return True
    return len(a) > 2 and len(b) > 2 and not (a in lexicon and b in lexicon) and cons.one_edit_or_anagram(a, b)


def _group_by_person(mentions: list[Mention], lexicon: frozenset[str]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for m in mentions:
        for g in groups:
            if _one_person(g[0].given, m.given, lexicon) or f" {m.given} " in f" {g[0].text} ":  # Ortiz Mena
                g.append(m)
                break
        else:
            groups.append([m])
    return groups


def _introduced_as_relative(text: str, mention: Mention, lexicon: frozenset[str]) -> bool:
    """ "his wife Cherie Blair", "Venus and Serena Williams", "Cherie Blair, his wife": the story
    itself presents this mention as another member of the family. "the widow of Ian Curtis" and
    "Tony Blair's son" name the anchor, not a relative; a family word in the sentence before
    says nothing about this one."""
    window = text[max(0, mention.span.start - 30) : mention.span.start]
    before = re.split(r"[.!?:;]\s|\n", window if mention.span.start <= 30 else window.split(" ", 1)[-1])[-1]
    found = list(RELATION_RE.finditer(before))
    relation = found[-1] if found else None
    if relation is not None and not re.match(r"\s+of\b", before[relation.end() :]):
        return True
    pair = re.search(r"(\S*) ([A-Z][a-z]+) (?:and|&) $", " " + before)
    if pair and pair.group(2) in lexicon and not pair.group(1)[:1].isupper():
        return True  # "Venus and Serena Williams", not "Michael Howard and Charles Kennedy"
    after = text[mention.span.end : mention.span.end + 30]
    appositive = re.match(r", (?:his|her|their|the)(?: \w+)? (\w+(?:-in-law)?)", after)
    return bool(appositive and RELATION_RE.fullmatch(appositive.group(1)))


# An appositive that introduces a person by a role: ", legal counsel for", ", a spokesman for"
# (not ", who ...", which follows any mention).
_ROLE_RE = re.compile(r",\s(?:(?:a|an|the|his|her|its|their)\s)?(?:[a-z][\w'’-]*\s){1,3}(?:of|for|at|with|from)\b")


def _introduced_with_role(text: str, mention: Mention) -> bool:
    """A later full name followed by the role it holds is introduced as someone new: a slip of a
    given name does not bring an appositive with it (the person was introduced earlier)."""
    return _ROLE_RE.match(text, mention.span.end) is not None


def _acts_as_person(index: NameIndex, surname: str) -> bool:
    """The surname is used on its own ("Ausseur said", "Mr Ausseur"), as people's surnames are."""
    return index.capitalised_counts[surname] > len(index.by_surname.get(surname, ())) or index.lookups.titled(
        surname
    )


def _report(
    doc: Document, wrong: list[Mention], right: list[Mention], severity: Severity | None
) -> Iterator[Finding]:
    target = right[0]
    suggestion = target.text  # the full mention as first written: "Carlos Baez Silva", "John F. Kennedy"
    line = cons.line_number(doc, target.span.start)
    doubt = "; another person, or a slip?" if severity is Severity.INFO else ""
    for m in wrong:
        written = m.text
        yield Finding(
            m.span,
            cons.rivals_message(
                written, len(wrong), suggestion, len(right), f"first named on line {line}{doubt}"
            )
            if target.span.start < m.span.start
            else cons.rivals_message(
                written, len(wrong), suggestion, len(right), f"used on line {line}{doubt}"
            ),
            suggestions=(suggestion,),
            fix=Fix.replace(m.span, suggestion, Applicability.UNSAFE, f"write '{suggestion}'"),
            severity=severity,
        )


class SurnameVariant(Rule):
    """What it does: flags a person's surname spelled differently once or twice from the way the
    story spells it otherwise: "Nazarbaev" in a story about "Nursultan Nazarbayev".

    Why it matters in news copy: transliterated names drift between wire copy and local copy;
    one story must pick one spelling.

    Example: ``Nursultan Nazarbayev ... Nazarbayev ... Nazarbaev``

    Use instead: ``Nazarbayev``

    Fix safety: unsafe. Only surnames the story uses as a person's name (with a given name or a
    title) are compared, only forms one letter apart, and a variant that has its own, different
    given name is another person (Des Browne beside Gordon Brown). Where the spelling rules see
    the same slip, the engine keeps one diagnostic.

    Options: none.
    """

    code = "NM002"
    name = "surname-variant"
    summary = "A person's surname is spelled two ways"
    default_severity = Severity.ERROR
    fix_availability = "always"
    check_quotes = True
    MIN_LENGTH = 5

    def check(self, doc: Document) -> Iterator[Finding]:
        index = build_index(doc)
        counts = index.capitalised_counts
        for mentions in index.by_surname.values():
            main = mentions[0].surname
            if counts[main] < 2 or len(main) < self.MIN_LENGTH:
                continue
            for other in index.look_alikes.of(main):  # the words one letter from the surname
                n = counts[other]
                if n > 2 or n >= counts[main]:
                    continue
                if not _plausible_slip(other, main) or cons.common_word(other, 200):
                    continue
                if _another_person(index, other, mentions[0].given):
                    continue
                spans = index.lookups.spans(other)
                if not any(_person_context(doc.text, span, mentions[0].given) for span in spans):
                    continue  # "Sheahan, Horan, O'Callaghan": a team sheet, not a misspelt Horgan
                message = cons.rivals_message(other, n, main, counts[main])
                for span in spans:
                    yield Finding(
                        span,
                        message,
                        suggestions=(main,),
                        fix=Fix.replace(span, main, Applicability.UNSAFE, f"write '{main}'"),
                    )


def _another_person(index: NameIndex, surname: str, given: str) -> bool:
    return any(not compatible(m.given, given) for m in index.by_surname.get(surname, ()))


def _plausible_slip(other: str, main: str) -> bool:
    """A slip keeps the first letter and the case, and is not a plural or an adjective of the
    name ("Bidens", "Lankan")."""
    if other[0] != main[0] or other.lower() == main.lower():
        return False
    return not (other.startswith(main) or main.startswith(other))


_SAID_RE = re.compile(
    r"\s+(?:said|says|told|added|insisted|argued|warned|claimed|denied|replied|wrote|was|is|has|had)\b"
)


def _person_context(text: str, span: Span, given: str) -> bool:
    """Used as a person: after a title or the person's given name, before "said", or possessive."""
    before = text[max(0, span.start - 30) : span.start].split()
    if before and (before[-1].rstrip(".") in _PERSON_TITLES or compatible(before[-1], given)):
        return True
    after = text[span.end : span.end + 20]
    return (
        after[:1] in ("'", "’")
        or bool(_SAID_RE.match(after))
        or bool(re.search(r"\bsaid\s+$", text[max(0, span.start - 8) : span.start]))
    )


_PERSON_TITLES = frozenset(
    "Mr Mrs Ms Miss Dr Prof President Minister Sir Lord Lady Gen General Senator Judge".split()
)
