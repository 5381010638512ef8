"""What a story says about its acronyms: where each form occurs and where it is defined.

One pass builds an ``AcronymIndex`` that every AC rule reads, so the story is scanned once per
rule run and the rules differ only in the question they ask of it. ALL-CAPS lines (wire
headlines, shouted sub-heads) are left out: there every word is upper case, acronym or not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from ...document import Document
from ...types import Span
from .. import common as cons
from .runs import FUNCTION_WORDS, capitalised_initials

# An upper-case token of 2-8 letters, optionally with a plural "s" (MPs, DVDs). A lookbehind keeps
# "mini-NATO" and "NATO-member" in, and letters glued to digits ("MP3", "G8") out.
# "<AMO>", "<AKZO.AS>" (wire ticker markup) are left out too.
# (Each lookbehind follows the first capital, so that the engine jumps from capital to capital.)
ACRONYM_RE = re.compile(r"([A-Z](?<![\w&.<][A-Z])[A-Z]{1,7})(s)?(?![\w&]|-[A-Z]*\d)")
TITLE_RE = re.compile(r"([A-Z](?<![\w&.][A-Z])[a-z]{2,7})(?![\w&])")
# Regnal and sequel numbers (Henry VIII, World War II, Rocky IV); DVD and CD are not numerals here.
_ROMAN_RE = re.compile(r"^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$")
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PARTS_RE = re.compile(r"[-']")
MAX_LOOKBACK_WORDS = 14


@dataclass(frozen=True)
class Definition:
    acronym: str
    span: Span  # the acronym as written in the definition
    expansion: str


@dataclass
class AcronymIndex:
    doc: Document
    occurrences: dict[str, list[Span]] = field(default_factory=dict)
    definitions: dict[str, list[Definition]] = field(default_factory=dict)
    mismatches: list[tuple[Definition, str]] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter({form: len(spans) for form, spans in self.occurrences.items()})

    def first(self, form: str) -> int:
        return self.occurrences[form][0].start

    def same_sentence(self, a: str, b: str) -> bool:
        """True when ``a`` and ``b`` are named in one sentence: two bodies set side by side."""
        for sentence in self.doc.sentences:
            if any(sentence.contains(s) for s in self.occurrences[a]) and any(
                sentence.contains(s) for s in self.occurrences[b]
            ):
                return True
        return False

    def defined(self, form: str) -> bool:
        return form in self.definitions

    def definition_line(self, form: str) -> int:
        return cons.line_number(self.doc, self.definitions[form][0].span.start)

    @cached_property
    def capitalised_initials(self) -> list[str]:
        """Initials of each run of capitalised words ("Energy Information Administration" ->
        "EIA"), so an acronym spelled out anywhere in the story counts as backed by the story."""
        return capitalised_initials(self.doc.text)

    def spelled_out(self, form: str) -> bool:
        return self.defined(form) or any(form in run for run in self.capitalised_initials)


def build_index(doc: Document) -> AcronymIndex:
    """The story's acronym index, built once per document and shared by the AC rules."""
    return doc.shared("acronyms", _build_index)


def _build_index(doc: Document) -> AcronymIndex:
    caps = cons.caps_line_spans(doc)
    index = AcronymIndex(doc)
    datelines = [span for span in (_dateline(doc, p) for p in doc.paragraphs) if span]
    for m in ACRONYM_RE.finditer(doc.text):
        form = m.group(1)
        if m.start() in caps or cons.inside(datelines, m.start()) or _ROMAN_RE.match(form):
            continue
        if doc.snippet(doc.trim(doc.line_of(m.start()).span)) == m.group():  # a sign-off: "REUTER"
            continue
        index.occurrences.setdefault(form, []).append(Span(m.start(1), m.end(1)))
    for form, spans in index.occurrences.items():
        for span in spans:
            definition = _definition_at(doc.text, form, span)
            if definition is not None:
                index.definitions.setdefault(form, []).append(definition)
            else:
                wrong = _mismatched_expansion(doc.text, form, span)
                if wrong is not None:
                    index.mismatches.append(wrong)
    return index


# "ALMATY, Jan 7 (AFP) -", "NEW DELHI:", "LONDON (Reuters) -": a place in capitals opening a story.
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z.'’\- ]*[A-Z.](?:, [A-Z][A-Z.'’\- ]*[A-Z.])*(?=,(?! (?:the|a|an) )| \(|:| -| —| –)"
)


# "ANTE COVIC was...", "TELSTRA'S planned...": a lead-in set in capitals, names rather than acronyms.
_LEAD_IN_RE = re.compile(r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)+(?= [a-z])|[A-Z]+(?=['’]S\b)")


def _dateline(doc: Document, paragraph: Span) -> Span | None:
    m = _DATELINE_RE.match(doc.text, paragraph.start, paragraph.end) or _LEAD_IN_RE.match(
        doc.text, paragraph.start, paragraph.end
    )
    return Span(m.start(), m.end()) if m else None


# -- definitions ---------------------------------------------------------------------------------
def _definition_at(text: str, form: str, span: Span) -> Definition | None:
    """A definition around this occurrence: "Expansion (ACR)", "ACR (Expansion)", "ACR, the Expansion"."""
    before = text[max(0, span.start - 2) : span.start]
    after = text[span.end : span.end + 2]
    if before.endswith("(") and after[:1] in (")", ",", ";"):
        words = _words_before(text, span.start - 1)
        found = _aligned_suffix(form, words)
        if found:
            return Definition(form, span, " ".join(found))
    if after.startswith(" ("):
        close = text.find(")", span.end + 2, span.end + 160)
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


def _mismatched_expansion(text: str, form: str, span: Span) -> tuple[Definition, str] | None:
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


def known_acronyms(config) -> frozenset[str]:
    """The reviewed list of acronyms that need no definition, plus the newsroom's own list."""
    extra = config.word_list("acronyms") if config is not None else frozenset()
    return cons.data_words("acronyms", "well-known.txt") | frozenset(a.upper() for a in extra)
