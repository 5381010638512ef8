"""Which words of a story are rival spellings of one word (CN rules read this; no rules here).

Rivals are discovered inside the story: "e-mail" is only a variant because the same story also
writes "email". Each finder returns groups of ``Form`` (what was written, where, and the key the
rivals share); the rules decide which form is out of step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document
from ...types import Span
from .. import common as cons

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


def find_forms(doc: Document, words: Iterable[str], ignorecase: bool = False) -> list[Form]:
    """Where ``words`` occur as whole words (hyphenated compounds kept whole), outside
    ALL-CAPS lines. One regex per story over only the words that have a rival."""
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return []
    caps = cons.caps_line_spans(doc)
    if not ignorecase and all(_TOKEN_RE.fullmatch(w) for w in words):
        spans = _whole_word_spans(doc.text, words)
    else:
        pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])",
            re.IGNORECASE if ignorecase else 0,
        )
        spans = [(m.start(), m.end()) for m in pattern.finditer(doc.text)]
    return [Form(doc.text[a:b], Span(a, b)) for a, b in spans if a not in caps]


_TOKEN_RE = re.compile(r"[\w-]+")
_TOKEN_CHAR_RE = re.compile(r"[\w-]")


# Characters str.find may scan (words x story length) before one pass over the story's runs of
# [\w-] is cheaper: a long story with thousands of rival words was quadratic (issue 21).
_FIND_BUDGET = 2_000_000


def _whole_word_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    r"""What the regex above finds. A word made of [\w-] only matches a whole run of such
    characters, so matches cannot overlap: a few words are found by str.find (compiling a regex
    per story cost more), many by one pass over the story's runs."""
    if len(words) * len(text) > _FIND_BUDGET:
        return _spans_by_runs(text, words)
    return _spans_by_find(text, words)


def _spans_by_runs(text: str, words: list[str]) -> list[tuple[int, int]]:
    wanted = set(words)
    return [m.span() for m in _TOKEN_RE.finditer(text) if m.group() in wanted]


def _spans_by_find(text: str, words: list[str]) -> list[tuple[int, int]]:
    out = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not _TOKEN_CHAR_RE.match(text, start - 1)) and not _TOKEN_CHAR_RE.match(
                text, end
            ):
                out.append((start, end))
            start = text.find(word, start + 1)
    out.sort()
    return out


def hyphenation_groups(doc: Document) -> dict[str, dict[str, list[Form]]]:
    """key -> {"hyphenated": [...], "closed": [...]} for words the story writes both ways:
    "e-mail"/"email", "cease-fire"/"ceasefire", "co-operate"/"cooperate"."""
    hyphenated = {
        w
        for w in _HYPHENATED_RE.findall(doc.text)
        if w.lower() not in DIFFERENT_WHEN_CLOSED and len(_key(w)) >= 5
    }
    if not hyphenated:
        return {}  # no hyphenated word: no pair (speed)
    keys = {_key(w) for w in hyphenated}
    # A closed word's key is its lower case, less a plural "s": test that cheaply first (speed).
    wanted = keys | {k + "s" for k in keys}
    words = set(_CLOSED_RE.findall(doc.text))
    closed = {w for w in words if w.lower() in wanted and _key(w) in keys}
    groups: dict[str, dict[str, list[Form]]] = {}
    for f in find_forms(doc, hyphenated | closed):
        if f.text[0].isupper() and _in_a_name(doc.text, f.span):
            continue  # "Email Systems", a firm, says nothing about how the story spells "e-mail"
        style = "hyphenated" if "-" in f.text else "closed"
        groups.setdefault(_key(f.text), {"hyphenated": [], "closed": []})[style].append(f)
    return {k: g for k, g in groups.items() if g["hyphenated"] and g["closed"]}


# The capitalised word after a form: "Email Systems", a firm's name.
_NEXT_CAPITALISED_RE = re.compile(r"[ \u00a0]([A-Z][a-z]+)\b")


def _in_a_name(text: str, span: Span) -> bool:
    """The form is the first word of a name: an everyday word follows it in capitals ("Email
    Systems", "Ceasefire Campaign"). An adjective before a person's name ("Euro-Sceptic
    Kilroy-Silk") is not a name, and a word the dictionary barely knows after it says so."""
    m = _NEXT_CAPITALISED_RE.match(text, span.end)
    return m is not None and cons.common_word(m.group(1), 200)


_HYPHENATED_RE = re.compile(r"(?<![\w-])[A-Za-z]+-[A-Za-z]+(?![\w-])")
_CLOSED_RE = re.compile(r"(?<![\w-])[A-Za-z]{5,}(?![\w-])")
_LOWER_RE = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def _key(word: str) -> str:
    key = word.lower().replace("-", "")
    return key[:-1] if key.endswith("s") and len(key) > 5 else key


def close_up(word: str) -> str:
    return word.replace("-", "")


def hyphenate_like(word: str, model: str) -> str:
    """Put the hyphen of ``model`` ("e-mail") into ``word`` ("Emails" -> "E-mails")."""
    at = model.index("-")
    return word[:at] + "-" + word[at:] if len(word) > at else word


@lru_cache(maxsize=65536)
def _british_forms(word: str) -> tuple[str, ...]:
    from ..spelling.variants import british_forms

    return tuple(british_forms(word)) + ((EXTRA_US_GB[word],) if word in EXTRA_US_GB else ())


# Words seen to have no British form: a set difference skips them in C (speed). Capped in size.
_NO_BRITISH: set[str] = set()
_NO_BRITISH_MAX = 200_000


def spelling_groups(doc: Document) -> dict[str, dict[str, list[Form]]]:
    """us-form -> {"en-US": [...], "en-GB": [...]} for words the story spells both ways."""
    present = set(_LOWER_RE.findall(doc.text))
    pairs: dict[str, str] = {}
    for word in present - _NO_BRITISH:
        gb_forms = _british_forms(word)
        if not gb_forms and len(_NO_BRITISH) < _NO_BRITISH_MAX:
            _NO_BRITISH.add(word)
        for gb in gb_forms:
            if gb in present and gb != word and (word, gb) not in LEGIT_BOTH:
                pairs[word] = gb
    us_of = {form: us for us, gb in pairs.items() for form in (us, gb)}
    groups: dict[str, dict[str, list[Form]]] = {}
    for f in find_forms(doc, us_of):
        us = us_of[f.text]
        groups.setdefault(us, {"en-US": [], "en-GB": []})["en-US" if f.text == us else "en-GB"].append(f)
    return groups
