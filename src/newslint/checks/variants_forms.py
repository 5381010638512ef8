"""Which words of a story are rival spellings of one word (CN rules read this; no rules here).

Rivals are discovered inside the story: "e-mail" is only a variant because the same story also
writes "email". Each finder returns groups of ``Form`` (what was written, where, and the key the
rivals share); the rules decide which form is out of step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..types import Span
from . import _consistency as cons

_WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)*(?![\w-])")

# Hyphenated words whose closed form is a different word (re-sign/resign, re-cover/recover).
DIFFERENT_WHEN_CLOSED = frozenset(
    """re-sign re-cover re-form re-creation re-press re-count re-lease re-sort re-serve re-treat
    re-collect re-act re-mark re-solve re-sent re-signed re-formed re-covered re-counted re-leased
    re-served re-treated re-collected re-marked re-solved re-pressed re-creations re-sorted
    co-op co-ops un-ionised un-ionized multi-media""".split()
)

# British/American pairs the rule-derived spellings do not cover, written by hand.
EXTRA_US_GB = {
    "gray": "grey",
    "aging": "ageing",
    "mold": "mould",
    "molds": "moulds",
    "skeptic": "sceptic",
    "skeptical": "sceptical",
    "skepticism": "scepticism",
    "aluminum": "aluminium",
    "fulfill": "fulfil",
    "enroll": "enrol",
    "jewelry": "jewellery",
    "plow": "plough",
    "mustache": "moustache",
    "cozy": "cosy",
    "pajamas": "pyjamas",
    "pediatric": "paediatric",
    "pediatrician": "paediatrician",
    "fetus": "foetus",
    "anesthetic": "anaesthetic",
    "estrogen": "oestrogen",
    "diarrhea": "diarrhoea",
    "maneuver": "manoeuvre",
    "maneuvers": "manoeuvres",
    "encyclopedia": "encyclopaedia",
    "medieval": "mediaeval",
}
# Pairs both spellings of which a British writer uses, in different senses (metre/meter).
LEGIT_BOTH = frozenset({("meter", "metre"), ("meters", "metres")})


@dataclass(frozen=True)
class Form:
    text: str
    span: Span


def words(doc: Document) -> list[Form]:
    """Word tokens outside ALL-CAPS lines (hyphenated compounds kept whole)."""
    caps = cons.caps_line_spans(doc)
    return [
        Form(m.group(), Span(m.start(), m.end()))
        for m in _WORD_RE.finditer(doc.text)
        if not cons.inside(caps, m.start())
    ]


def hyphenation_groups(doc: Document) -> dict[str, dict[str, list[Form]]]:
    """key -> {"hyphenated": [...], "closed": [...]} for words the story writes both ways:
    "e-mail"/"email", "cease-fire"/"ceasefire", "co-operate"/"cooperate"."""
    groups: dict[str, dict[str, list[Form]]] = {}
    tokens = words(doc)
    hyphenated = {
        _key(f.text) for f in tokens if f.text.count("-") == 1 and f.text.lower() not in DIFFERENT_WHEN_CLOSED
    }
    for f in tokens:
        key = _key(f.text)
        if key not in hyphenated or len(key) < 5:
            continue
        style = "hyphenated" if "-" in f.text else "closed"
        groups.setdefault(key, {"hyphenated": [], "closed": []})[style].append(f)
    return {k: g for k, g in groups.items() if g["hyphenated"] and g["closed"]}


def _key(word: str) -> str:
    key = word.lower().replace("-", "")
    return key[:-1] if key.endswith("s") and len(key) > 5 else key


def close_up(word: str) -> str:
    return word.replace("-", "")


def hyphenate_like(word: str, model: str) -> str:
    """Put the hyphen of ``model`` ("e-mail") into ``word`` ("Emails" -> "E-mails")."""
    at = model.index("-")
    return word[:at] + "-" + word[at:] if len(word) > at else word


def spelling_groups(doc: Document) -> dict[str, dict[str, list[Form]]]:
    """us-form -> {"en-US": [...], "en-GB": [...]} for words the story spells both ways."""
    from .spelling_variants import british_forms

    tokens = [f for f in words(doc) if f.text.islower() and "-" not in f.text]
    present = {f.text for f in tokens}
    pairs: dict[str, str] = {}
    for word in present:
        gb_forms = list(british_forms(word)) + ([EXTRA_US_GB[word]] if word in EXTRA_US_GB else [])
        for gb in gb_forms:
            if gb in present and gb != word and (word, gb) not in LEGIT_BOTH:
                pairs[word] = gb
    groups: dict[str, dict[str, list[Form]]] = {}
    for f in tokens:
        for us, gb in pairs.items():
            if f.text in (us, gb):
                groups.setdefault(us, {"en-US": [], "en-GB": []})[
                    "en-US" if f.text == us else "en-GB"
                ].append(f)
    return groups
