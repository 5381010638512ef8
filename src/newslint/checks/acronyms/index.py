"""What a story says about its acronyms: where each form occurs and where it is defined.

One pass builds an ``AcronymIndex`` that every AC rule reads, so the story is scanned once per
rule run and the rules differ only in the question they ask of it. ALL-CAPS lines (wire
headlines, shouted sub-heads), headings run into the text, datelines and tickers are left out:
there every word is upper case, acronym or not.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from ...document import Document
from ...types import Span
from .. import common as cons
from .expansions import Definition, definition_at, mismatched_expansion
from .runs import capitalised_initials

# An upper-case token of 2-8 letters, optionally with a plural "s" (MPs, DVDs). A lookbehind keeps
# "mini-NATO" and "NATO-member" in, and letters glued to digits ("MP3", "G8") out.
# "<AMO>", "<AKZO.AS>" (wire ticker markup) are left out too.
# (Each lookbehind follows the first capital, so that the engine jumps from capital to capital.)
ACRONYM_RE = re.compile(r"([A-Z](?<![\w&.<][A-Z])[A-Z]{1,7})(s)?(?![\w&]|-[A-Z]*\d)")
TITLE_RE = re.compile(r"([A-Z](?<![\w&.][A-Z])[a-z]{2,7})(?![\w&])")
# Regnal and sequel numbers (Henry VIII, World War II, Rocky IV); DVD and CD are not numerals here.
_ROMAN_RE = re.compile(r"^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$")


@dataclass
class AcronymIndex:
    doc: Document
    occurrences: dict[str, list[Span]] = field(default_factory=dict)
    definitions: dict[str, list[Definition]] = field(default_factory=dict)
    mismatches: list[tuple[Definition, str]] = field(default_factory=list)

    @cached_property
    def counts(self) -> Counter:
        return Counter({form: len(spans) for form, spans in self.occurrences.items()})

    def first(self, form: str) -> int:
        return self.occurrences[form][0].start

    @cached_property
    def _sentences_of(self) -> dict[str, frozenset[int]]:
        """Which sentences (by index) hold each form: one bisection per occurrence, where asking
        every sentence about every pair of forms was quadratic in a long story."""
        sentences = self.doc.sentences
        starts = [s.start for s in sentences]
        out = {}
        for form, spans in self.occurrences.items():
            ids = set()
            for span in spans:
                i = bisect.bisect_right(starts, span.start) - 1
                if i >= 0 and sentences[i].contains(span):
                    ids.add(i)
            out[form] = frozenset(ids)
        return out

    @cached_property
    def title_case_uses(self) -> Counter:
        """How often each form is written in title case ("Mdr" for MDR), outside sentence starts:
        more uses of one acronym, in another case, when two forms are otherwise tied."""
        text = self.doc.text
        return Counter(
            m.group(1).upper()
            for m in TITLE_RE.finditer(text)
            if m.group(1).upper() in self.occurrences and not cons.sentence_initial(text, m.start())
        )

    def same_sentence(self, a: str, b: str) -> bool:
        """True when ``a`` and ``b`` are named in one sentence: two bodies set side by side."""
        return not self._sentences_of[a].isdisjoint(self._sentences_of[b])

    def defined(self, form: str) -> bool:
        return form in self.definitions

    def definition_line(self, form: str) -> int:
        return cons.line_number(self.doc, self.definitions[form][0].span.start)

    @cached_property
    def capitalised_initials(self) -> list[str]:
        """Initials of each run of capitalised words ("Energy Information Administration" ->
        "EIA"), so an acronym spelled out anywhere in the story counts as backed by the story."""
        return capitalised_initials(self.doc.text)

    @cached_property
    def _spelled_runs(self) -> frozenset[str]:
        """Every run's initials and their beginnings and ends: "Metropolitan Police Commissioner
        Sir John Stevens" spells MPC... and ...JS, not the PCS that its middle happens to hold."""
        out = set()
        for run in self.capitalised_initials:
            out.update(run[:k] for k in range(2, len(run) + 1))
            out.update(run[-k:] for k in range(2, len(run) + 1))
        return frozenset(out)

    def spelled_out(self, form: str) -> bool:
        return self.defined(form) or form in self._spelled_runs

    @cached_property
    def look_alikes(self) -> cons.LookAlikes:
        """The forms, indexed to find those one slip (or an anagram) apart."""
        return cons.LookAlikes(self.occurrences, anagrams=True)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.doc.paragraphs]

    def paragraph_of(self, offset: int) -> Span | None:
        """The paragraph holding ``offset`` (by bisection: paragraphs are sorted and disjoint)."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        paragraphs = self.doc.paragraphs
        return paragraphs[i] if i >= 0 and offset < paragraphs[i].end else None

    def neighbours(self, form: str) -> set[str]:
        """The capitalised words written right before or after the form ("SBC Communications",
        "Cardiff AAC"): the name it is part of."""
        text = self.doc.text
        out = set()
        for span in self.occurrences[form]:
            after = _NEXT_NAME_RE.match(text, span.end)
            if after:
                out.add(after.group(1))
            before = _PREVIOUS_NAME_RE.search(text, max(0, span.start - 40), span.start)
            if before:
                out.add(before.group(1))
        return out


# A capitalised word right after or before an acronym (a space or a slash between).
_NEXT_NAME_RE = re.compile(r"(?:s?[ /\u00a0])([A-Z][a-z][\w'’\-]*)")
_PREVIOUS_NAME_RE = re.compile(r"(?<![\w'’\-])([A-Z][a-z][\w'’\-]*)[ /\u00a0]$")


def build_index(doc: Document) -> AcronymIndex:
    """The story's acronym index, built once per document and shared by the AC rules."""
    return doc.shared("acronyms", _build_index)


def _build_index(doc: Document) -> AcronymIndex:
    caps = cons.caps_line_spans(doc)
    index = AcronymIndex(doc)
    skipped = _not_acronyms(doc)
    for m in ACRONYM_RE.finditer(doc.text):
        form = m.group(1)
        if m.start() in caps or m.start() in skipped or _ROMAN_RE.match(form):
            continue
        if _signs_off(doc, m):
            continue
        index.occurrences.setdefault(form, []).append(Span(m.start(1), m.end(1)))
    for form, spans in index.occurrences.items():
        for span in spans:
            definition = definition_at(doc.text, form, span)
            if definition is not None:
                index.definitions.setdefault(form, []).append(definition)
            else:
                wrong = mismatched_expansion(doc.text, form, span)
                if wrong is not None:
                    index.mismatches.append(wrong)
    return index


# What may follow a sign-off on its line ("REUTER...", "REUTER\x03") and precede it (a sentence end).
_SIGN_OFF_TAIL_RE = re.compile(r"[\W_]*")
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?\"'”’)]) *$", re.MULTILINE)


def _signs_off(doc: Document, m: re.Match) -> bool:
    """A wire sign-off: "REUTER" alone on its line, or closing the last sentence of a paragraph
    ("... in each of the past two years. REUTER...")."""
    line = doc.line_of(m.start()).span
    if _SIGN_OFF_TAIL_RE.fullmatch(doc.text, m.end(), line.end) is None:
        return False
    return _SENTENCE_END_RE.search(doc.text, line.start, m.start()) is not None


def _not_acronyms(doc: Document) -> cons.SpanSet:
    """Capitals that are not acronyms: datelines and lead-ins opening a paragraph, tickers
    ("(NASDAQ:LOGI)", "(NYSE: IBM)") and runs of words in capitals inside a line ("HOW IT ALL
    STARTED The first...", "LAS VEGAS--(Business Wire)")."""
    spans = [span for span in (_dateline(doc, p) for p in doc.paragraphs) if span]
    spans += [Span(m.start(), m.end()) for m in _TICKER_RE.finditer(doc.text)]
    spans += [Span(m.start(), m.end()) for m in _CAPS_RUN_RE.finditer(doc.text) if _shouted(m.group())]
    return cons.SpanSet(cons.merged(spans))


_TICKER_RE = re.compile(r"\b[A-Z]{2,}:[A-Z][A-Z.]{0,5}\b|\([A-Z][A-Za-z]+: ?[A-Z][A-Z.]{0,5}\)")
# Words in capitals, each after a space: a heading run into the text, a dateline, or acronyms side
# by side ("US FDA").
_CAPS_RUN_RE = re.compile(r"(?<![\w&])[A-Z][A-Z'’.\-]*(?: +[A-Z][A-Z'’.\-]*)+(?![\w&])")


def _shouted(run: str) -> bool:
    """Three words in capitals are a heading; two are, unless they read as acronyms side by side:
    one on the well-known list and neither an everyday word ("US FDA", not "BBC NEWS" or "LAS
    VEGAS")."""
    words = [w.strip(".'’-") for w in run.split()]
    words = [w for w in words if len(w) >= 2]
    if len(words) < 2:
        return False
    if len(words) >= 3:
        return True
    known = cons.data_words("acronyms", "well-known.txt")
    acronyms = [w for w in words if w in known]
    everyday = [w for w in words if w not in known and cons.common_word(w)]
    return not acronyms or bool(everyday)


# "ALMATY, Jan 7 (AFP) -", "NEW DELHI:", "LONDON (Reuters) -": a place in capitals opening a story.
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z.'’\- ]*[A-Z.](?:, [A-Z][A-Z.'’\- ]*[A-Z.])*(?=,(?! (?:the|a|an) )| \(|:| -| —| –|--)"
)


# "ANTE COVIC was...", "TELSTRA'S planned...": a lead-in set in capitals, names rather than acronyms.
_LEAD_IN_RE = re.compile(r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)+(?= [a-z])|[A-Z]+(?=['’]S\b)")


def _dateline(doc: Document, paragraph: Span) -> Span | None:
    m = _DATELINE_RE.match(doc.text, paragraph.start, paragraph.end) or _LEAD_IN_RE.match(
        doc.text, paragraph.start, paragraph.end
    )
    return Span(m.start(), m.end()) if m else None


def known_acronyms(config) -> frozenset[str]:
    """The reviewed list of acronyms that need no definition, plus the newsroom's own list."""
    extra = config.word_list("acronyms") if config is not None else frozenset()
    return cons.data_words("acronyms", "well-known.txt") | frozenset(a.upper() for a in extra)
