"""Which entity a claim is about: a noun phrase, a pronoun or "the bloc" in front of the claim,
turned into one key per entity so that two claims about one organisation or person meet.

The story's own evidence links the names: an acronym's definition ("Collective Security Treaty
Organisation (CSTO)" and "the CSTO" are one key, from the AC index) and person mentions ("John
Smith" and "Smith" are one key when the story names one Smith, from the NM index). Pronouns and
"the bloc" are left unlinked here (``Entity.anaphor``); a rule links them only when exactly one
named entity in the story has a claim of that kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ...document import Document
from ..acronyms.index import build_index as acronym_index
from ..names.index import build_index as name_index
from ..names.index import compatible, surname_key

# A capitalised word ("Russia-led", "O'Brien", "CSTO") and the small words a name may hold.
_CAP_WORD = r"[A-Z][\w’'&.-]*(?<![.’'-])"
NAME_RUN = rf"{_CAP_WORD}(?:[ \t]+(?:(?:of|for|and|on|the|de|du|la|van|von|der|al|bin)[ \t]+)?{_CAP_WORD})*"
# Nouns that stand for an organisation named earlier: "the bloc", "the company".
ORG_NOUNS = frozenset(
    """bloc alliance organisation organization group company firm party club band union league agency
    body treaty pact bank charity network channel service fund movement festival school university
    museum team society council committee association institute foundation business brand website
    magazine newspaper label station programme program coalition federation airline carrier
    exchange trust""".split()
)
ORG_PRONOUNS = frozenset({"it", "its"})
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})
_ACRONYM_RE = re.compile(r"[A-Z]{2,8}s?")
_LEADING_ARTICLE_RE = re.compile(r"^(?:The|the)\s+")


@dataclass(frozen=True)
class Entity:
    """``key`` is what two claims must share; ``label`` how a message names it. An anaphor ("it",
    "the bloc", "his") has ``anaphor`` set to "org" or "person" and no key yet."""

    key: str
    label: str
    person: bool = False
    anaphor: str = ""


def anaphor_of(phrase: str) -> Entity | None:
    """ "its", "the bloc", "he" -> an unlinked anaphor; anything else -> None."""
    low = " ".join(phrase.split()).lower()
    if low.startswith("the ") and low[4:] in ORG_NOUNS:
        return Entity("", low, anaphor="org")
    if low in ORG_PRONOUNS:
        return Entity("", low, anaphor="org")
    if low in PERSON_PRONOUNS:
        return Entity("", low, person=True, anaphor="person")
    return None


class Linker:
    """Names in one story -> entities. The AC and NM indexes are built on first need only, since
    most stories hold no claim at all."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def _expansions(self) -> dict[str, str]:
        """Spelled-out name (case-folded) -> its acronym, from the story's definitions."""
        out: dict[str, str] = {}
        for acronym, definitions in acronym_index(self.doc).definitions.items():
            for d in definitions:
                out.setdefault(d.expansion.casefold(), acronym)
        return out

    @cached_property
    def _people(self) -> dict[str, list[list[str]]]:
        """Surname key -> groups of given names that can be one person ("John"/"J."/"Johnny")."""
        out: dict[str, list[list[str]]] = {}
        for key, mentions in name_index(self.doc).by_surname.items():
            groups: list[list[str]] = []
            for m in mentions:
                for group in groups:
                    if all(compatible(m.given, g) for g in group):
                        group.append(m.given)
                        break
                else:
                    groups.append([m.given])
            out[key] = groups
        return out

    def name(self, run: str) -> Entity | None:
        """The entity a capitalised run names ("The CSTO", "Collective Security Treaty
        Organisation", "President Vladimir Putin", "Acme"), or None when it cannot say which."""
        words = _LEADING_ARTICLE_RE.sub("", run.strip()).replace("’s", "").replace("'s", "").split()
        if not words:
            return None
        last = words[-1]
        if _ACRONYM_RE.fullmatch(last):
            acronym = last.rstrip("s") if last.endswith("s") and last[:-1].isupper() else last
            return Entity(acronym, acronym)
        for k in range(len(words)):  # the longest tail that is a defined acronym's expansion
            acronym = self._expansions.get(" ".join(words[k:]).casefold())
            if acronym is not None:
                return Entity(acronym, acronym)
        person = self.person(words)
        if person is not None:
            return person
        if len(words) == 1 and words[0].lower() in ORG_NOUNS | ORG_PRONOUNS | PERSON_PRONOUNS:
            return None
        label = " ".join(words)
        return Entity("org:" + label.casefold(), label)

    def person(self, words: list[str]) -> Entity | None:
        """A person the story names, by surname; with one given name when the story names two
        people of that surname ("John Smith" and "Mary Smith"), else None."""
        key = surname_key(words[-1])
        groups = self._people.get(key)
        if not groups:
            return None
        if len(groups) == 1:
            return Entity("person:" + key, words[-1], person=True)
        given = words[-2] if len(words) >= 2 else None
        if given is None:
            return None
        for i, group in enumerate(groups):
            if all(compatible(given, g) for g in group):
                return Entity(f"person:{key}:{i}", f"{given} {words[-1]}", person=True)
        return None


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``: the literal a search needs, looked for before the
    search (speed; tests/test_facts.py checks the claims are the same without this gate)."""
    return any(word in text for word in words)


class PatternOnFirstUse:
    """A regular expression compiled when first used. Most stories never reach most of FC's
    patterns (the word gates above and the tails read only after a claim word), and compiling
    them all at import cost about 20 ms of every cold start."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):  # search, finditer, findall, match...
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        value = getattr(self._compiled, name)
        setattr(self, name, value)  # later look-ups find it at once, without __getattr__ (speed)
        return value
