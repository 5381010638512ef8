"""Where a story defines an acronym, and where the words of a definition spell another one.

"Collective Security Treaty Organisation (CSTO)", "CSTO (Collective Security Treaty
Organisation)", "the CSTO, the Collective Security Treaty Organisation" and "SET [science,
engineering and technology]" are definitions; "Collective Security Treaty Organisation (CTSO)"
is a definition whose words spell CSTO.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...types import Span
from .runs import FUNCTION_WORDS

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MAX_LOOKBACK_WORDS = 14
# The expansion after the acronym: "CSTO (Collective ...)" or "SET [science, engineering ...]".
_CLOSERS = {"(": ")", "[": "]"}


@dataclass(frozen=True)
class Definition:
    acronym: str
    span: Span  # the acronym as written in the definition
    expansion: str


def definition_at(text: str, form: str, span: Span) -> Definition | None:
    """A definition around this occurrence: "Expansion (ACR)", "ACR (Expansion)", "ACR [expansion]",
    "ACR, the Expansion"."""
    before = text[max(0, span.start - 2) : span.start]
    after = text[span.end : span.end + 2]
    if before.endswith("(") and after[:1] in (")", ",", ";"):
        words = _words_before(text, span.start - 1)
        found = _aligned_suffix(form, words)
        if found:
            return Definition(form, span, " ".join(found))
    if after[:1] == " " and after[1:2] in _CLOSERS:
        close = text.find(_CLOSERS[after[1]], span.end + 2, span.end + 160)
        if close > 0:
            words = _WORD_RE.findall(text[span.end + 2 : close])
            if words and align(form, words):
                return Definition(form, span, " ".join(words))
    m = re.match(r",\s+(?:the|a|an)\s+([^,.;()]{3,120})", text[span.end : span.end + 140])
    if m:
        words = _WORD_RE.findall(m.group(1))
        for k in range(len(words), 0, -1):
            if align(form, words[:k]):
                return Definition(form, span, " ".join(words[:k]))
    return None


def _words_before(text: str, end: int) -> list[str]:
    chunk = text[max(0, end - 200) : end]
    chunk = re.split(r"[.;:!?()\"“”\n]", chunk)[-1]
    return _WORD_RE.findall(chunk)[-MAX_LOOKBACK_WORDS:]


def _aligned_suffix(form: str, words: list[str]) -> list[str] | None:
    for k in range(1, len(words) + 1):
        suffix = words[-k:]
        if suffix[0].lower() in FUNCTION_WORDS:
            continue
        if align(form, suffix):
            return suffix
    return None


def bracket_words(text: str, span: Span) -> list[str] | None:
    """The words an acronym in brackets stands beside: "Revenue Per Thousand (RPM)", "RPM
    (Revenue Per Thousand)", "SET [science, engineering and technology]"; None when it is not
    written so."""
    if text[max(0, span.start - 1) : span.start] == "(" and text[span.end : span.end + 1] == ")":
        return [w for w in _words_before(text, span.start - 1) if w.lower() not in FUNCTION_WORDS]
    after = text[span.end : span.end + 2]
    if after[:1] == " " and after[1:2] in _CLOSERS:
        close = text.find(_CLOSERS[after[1]], span.end + 2, span.end + 160)
        if close > 0:
            return [w for w in _WORD_RE.findall(text[span.end + 2 : close]) if w.lower() not in FUNCTION_WORDS]
    return None


def _parts(word: str) -> list[str]:
    """Pieces whose initials an acronym may use: hyphen parts and inner capitals (GlaxoSmithKline)."""
    pieces = []
    for part in re.split(r"[-'’/]", word):
        pieces.extend(p for p in re.findall(r"[A-Z][a-z]*|[a-z]+|[A-Z]+(?![a-z])", part) if p)
    return pieces or [word]


def align(form: str, words: list[str]) -> bool:
    """Can the letters of ``form`` be read, in order, from the initials of ``words``? Function
    words may be skipped; every other word gives one letter, or one per hyphen part."""
    letters = form.upper()
    memo: dict[tuple[int, int], bool] = {}

    def go(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        key = (i, j)
        if key in memo:
            return memo[key]
        word = words[j]
        ok = False
        if word.lower() in FUNCTION_WORDS and go(i, j + 1):
            ok = True
        if not ok:
            initials = "".join(p[0] for p in _parts(word)).upper()
            for take in range(1, len(initials) + 1):
                if letters[i : i + take] == initials[:take] and go(i + take, j + 1):
                    ok = True
                    break
        memo[key] = ok
        return ok

    return bool(letters) and go(0, 0)


def mismatched_expansion(text: str, form: str, span: Span) -> tuple[Definition, str] | None:
    """ "Collective Security Treaty Organisation (CTSO)": the capitalised words before the bracket
    spell the acronym with letters swapped or one letter off. Returns the definition and the
    acronym the words actually spell."""
    if text[max(0, span.start - 1) : span.start] != "(" or text[span.end : span.end + 1] != ")":
        return None
    words = [w for w in _words_before(text, span.start - 1) if w.lower() not in FUNCTION_WORDS]
    if len(words) < len(form):
        return None
    tail = words[-len(form) :]
    if not all(w[0].isupper() for w in tail):
        return None
    spelled = "".join(w[0] for w in tail).upper()
    # Letters swapped behind the first one: a slip. A different first letter or a different
    # letter is usually the acronym of the name in its own language (BSI for "Instituto
    # Brasileiro de Siderurgia (IBS)", "Petroleum Authority of Thailand (PTT)").
    if spelled != form and spelled[0] == form[0] and sorted(spelled) == sorted(form):
        return Definition(form, span, " ".join(tail)), spelled
    return None
