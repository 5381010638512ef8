"""The shape of one story, as the structural boilerplate rule needs it.

A pasted web page leaves short lines that are not sentences (menu words, teaser headlines,
section tabs) among the paragraphs. A story has short lines of its own too (headline, subheads,
datelines, bylines), so nothing here is a fixed list: each line is judged against the story it
sits in. Where is the body (first to last real paragraph)? Does the line share words with the
body, as a subhead does, or is it about something else, as a menu or another story's headline is?
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

from ...document import Document
from ...packs.units import scope_units
from ...types import Span
from ..facts.entities import PatternOnFirstUse  # patterns compiled on first use (cold start)

WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# Speed: on a line of ASCII text WORD_RE finds exactly what this finds (``[^\W_]`` is
# ``[A-Za-z0-9]`` there, and ’ is not ASCII), at less than half the cost; and lower-casing ASCII
# moves no word's edges, so the lower-case words are the words lower-cased
# (test_boilerplate_speed checks both against the plain pattern).
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['.\-][A-Za-z0-9]+)*")
_TERMINAL_RE = re.compile(r"""[.!?…]["'”’)\]]*$|["”’]$""")
_QUOTE_START_RE = re.compile(r"""^["“‘'«„]""")
# "- Post-Soviet structure -", "— Analysis —", "## Reaction", "**Reaction**": a marked subhead.
_SUBHEAD_MARK_RE = re.compile(r"^(?:[-–—=*#]+\s*\S.*\S\s*[-–—=*#]+|#{1,6}\s+\S.*|\*\*[^*]+\*\*)$")
# "ALMATY, Jan 7 (AFP) -", "WASHINGTON —", "LONDON (Reuters) -": a dateline on a line of its own.
_DATELINE_RE = PatternOnFirstUse(
    r"^[A-Z][A-Z .'’-]{2,}(?=.*(?:[,(]|[-–—:]$))(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"(?:\s*\([\w .&-]{2,30}\))?\s*(?:[-–—:]+)?$"
)
_BYLINE_RE = PatternOnFirstUse(
    r"^(?:(?i:by|with|words by|reporting by|additional reporting by|contributing|written by|story by)[:\s]+)"
    r"(?:[A-Z][\w'’.-]*|(?i:and|&|de|van|von|der|da|al|el|bin))(?:[\s,]+(?:[A-Z][\w'’.-]*|(?i:and|&|de|van|von|der|da|al|el|bin|in)))*\W*$"
)
# "Friday, 25 February", "2000 GMT", "12/01/2008 10:15": a bare date or time, dateline-like.
_DATE_WORDS = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"[ap]\.?m\.?|gmt|bst|utc|[ecmp][sd]t|noon|midnight|\d{1,4}(?:[:./-]\d{1,4}){0,2}(?:st|nd|rd|th)?"
)
_DATE_ONLY_RE = PatternOnFirstUse(rf"^(?:(?:{_DATE_WORDS})[\s,.|/()–—-]*)+$", re.IGNORECASE)
# "Barry Knight (Kent)", "Lansdowne Road, Dublin": a name with a place, as in a credit or venue line.
_NAME_PLACE_RE = PatternOnFirstUse(
    r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: \([A-Z][\w .'’-]+\)|, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)$"
)
_MENU_SEPARATOR_RE = re.compile(r"[|»›>•·]")
_CLAUSE_RE = re.compile(r",\s+[a-z]")
_LIST_ITEM_RE = re.compile(r"^(?:[-•*·▪►]\s|\(?\d{1,2}[.)]\s|[a-z][.)]\s)")
# Not ":" "|" or arrows: menus share those too ("Font size:", "Article from:").
# Figures, "v"/"vs", currency and per cent signs, and dashes between spaces: what the rows of a
# table or a fixture list share. Not full stops, bars or arrows: menus and sentences share those.
_MARKER_RE = re.compile(r"\d+|\b[vV]s?\b|[$£€¥%]|\s[-–—]\s")
_MINOR_WORDS = frozenset("a an the and or but of to in on at by for with from as vs v per via".split())
_FINITE_VERBS = frozenset(
    "is are was were has have had will would can could should may might must said says told "
    "went came took made gave got left met won lost ran saw fell rose began became did does".split()
)
_STOPWORDS = frozenset(
    "a an the and or but of to in on at by for with from as is was are were be been being it its this "
    "that these those he she they we you i his her their our my your not no new says said say will "
    "would can could may might has have had do does did after over up out into about more than how "
    "what why who when where which all one two three first last just now here there".split()
    # a web page's own vocabulary: a line made of these names the page, not the story
    + "news story stories article articles page home latest related video videos photo photos "
    "read full click print email share comment comments follow today homepage headline headlines "
    "top recent picks tools links site online forum forums blog blogs sport sports entertainment".split()
)

REAL_MIN_WORDS = 8  # a real paragraph: a sentence of at least this many words ...
SHORT_SENTENCE_WORDS = 3  # ... or this many with a verb, ending in a full stop ...
LONG_WORDS = 20  # ... or this many words whatever its ending
SHORT_MAX_WORDS = 14  # a candidate residue line in Title Case (a headline) is at most this long
STANDFIRST_MIN_WORDS = 5
LIST_MIN_ROWS = 3
LIST_SHARE = 0.6
SENTENCE_CASE_MAX_WORDS = 8  # longer sentence-case lines are sentences that lost their full stop


@dataclass(frozen=True)
class StoryLine:
    index: int  # position among the story's non-blank lines
    number: int  # line number in the text, to tell lines glued into one block from separate ones
    span: Span
    text: str

    @cached_property
    def words(self) -> list[str]:
        text = self.text
        return (_ASCII_WORD_RE if text.isascii() else WORD_RE).findall(text)

    @cached_property
    def lower_words(self) -> list[str]:
        """The words in lower case (the same tokens: case does not move a word's edges)."""
        if self.text.isascii():
            return " ".join(self.words).lower().split(" ") if self.words else []
        return WORD_RE.findall(self.text.lower())

    @cached_property
    def content(self) -> set[str]:
        return content_words(self.words)

    @cached_property
    def ends_sentence(self) -> bool:
        return bool(_TERMINAL_RE.search(self.text))

    @cached_property
    def is_real_paragraph(self) -> bool:
        """A paragraph of prose: long, or a sentence of some length, or a short sentence with a
        verb in it ("Crews arrived early.")."""
        n = len(self.words)
        if n >= LONG_WORDS or (n >= REAL_MIN_WORDS and self.ends_sentence):
            return True
        return n >= SHORT_SENTENCE_WORDS and self.ends_sentence and self.text[-1] == "." and self.has_verb

    @property
    def has_verb(self) -> bool:
        """A finite verb among the words: a common one, or a past tense in -ed."""
        return any(w in _FINITE_VERBS or (len(w) > 4 and w.endswith("ed")) for w in self.lower_words[1:])

    @property
    def is_quote(self) -> bool:
        return bool(_QUOTE_START_RE.match(self.text))

    @property
    def is_marked_subhead(self) -> bool:
        return bool(_SUBHEAD_MARK_RE.match(self.text))

    @property
    def is_dateline(self) -> bool:
        """A dateline, a bare date or time, a name-and-place credit, or a note in brackets
        ("(AFP)", "(Reporting by ...; Editing by ...)"): legitimate in some stories."""
        if self.text.startswith("(") and self.text.endswith(")"):
            return True
        if len(self.words) > 8:
            return False
        return any(p.match(self.text) for p in (_DATELINE_RE, _DATE_ONLY_RE, _NAME_PLACE_RE))

    @property
    def reads_as_standfirst(self) -> bool:
        """A sentence-case summary of several words with no menu separators in it."""
        return (
            not self.is_title_case
            and len(self.words) >= STANDFIRST_MIN_WORDS
            and not _MENU_SEPARATOR_RE.search(self.text)
        )

    @property
    def is_prose_fragment(self) -> bool:
        """ "Hillary, the first person to climb the world's": a sentence-case clause after a comma,
        a piece of a sentence broken over lines rather than a line of page furniture."""
        return not self.is_title_case and bool(_CLAUSE_RE.search(self.text))

    @property
    def is_byline(self) -> bool:
        return bool(_BYLINE_RE.match(self.text)) and len(self.words) <= 10

    @property
    def is_list_item(self) -> bool:
        return bool(_LIST_ITEM_RE.match(self.text))

    @cached_property
    def is_title_case(self) -> bool:
        words = [w for w in self.words if w.lower() not in _MINOR_WORDS]
        return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)

    @property
    def is_lead_in(self) -> bool:
        """ "Here is what we know:" -- a sentence-case line ending in a colon introduces what follows."""
        return self.text.endswith(":") and len(self.words) >= 3 and not self.is_title_case

    @cached_property
    def is_short_non_sentence(self) -> bool:
        """Not a sentence: short and unpunctuated (a Title Case line may be longer: a headline),
        or one or two capitalised words whatever their ending ("Sorry!")."""
        n = len(self.words)
        if n > SHORT_MAX_WORDS:
            return False
        if n == 0:
            return bool(self.text.strip()) and not any(ch.isdigit() for ch in self.text)
        if any(ch.isdigit() for ch in self.text) and not any(ch.isalpha() for ch in self.text):
            return False  # a figure on its own line ("27,595"): part of a table, not residue
        if self.is_lead_in:
            return False
        limit = SHORT_MAX_WORDS if self.is_title_case else SENTENCE_CASE_MAX_WORDS
        return (n <= limit and not self.ends_sentence) or (n <= 2 and self.is_title_case)

    @cached_property
    def markers(self) -> frozenset[str]:
        """Figures, "v" and table symbols in the line: what the rows of a table or a fixture list share."""
        found = _MARKER_RE.findall(self.text)
        return frozenset("0" if m[0].isdigit() else m.strip().lower() for m in found)


_SUFFIX_RE = re.compile(r"(?:['’]s|ings?|ed|es|s)$")


def content_words(words: list[str]) -> set[str]:
    """Lower-cased words that carry meaning, cut to a stem-like prefix so that 'clashes' meets
    'clash' and 'cost' meets 'costed'."""
    if len(_STEMS) > STEM_CACHE_SIZE:
        _STEMS.clear()
    out = set(map(_STEMS.__getitem__, words))  # map over a dict: no Python call per known word (speed)
    out.discard("")
    return out


class _StemCache(dict):
    """Each word's stem, worked out on first sight (a dict lookup in C costs less than half an
    ``lru_cache`` call, and a story's words are looked up once per line)."""

    def __missing__(self, word: str) -> str:
        stem = self[word] = _stem(word)
        return stem


STEM_CACHE_SIZE = 65536
_STEMS = _StemCache()


def _stem(word: str) -> str:
    low = word.lower().strip("'’.-")
    if len(low) < 3 or low in _STOPWORDS or low.isdigit():
        return ""
    stem = _SUFFIX_RE.sub("", low)
    return (stem if len(stem) >= 3 else low)[:5]


class StoryShape:
    """Lines of one story, where its body starts and ends, and the vocabulary of that body."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        spans = scope_units(doc, "line")  # the lines trimmed, as the pack rules have them
        self.lines = [
            StoryLine(i, ln.number, span, doc.text[span.start : span.end])
            for i, (ln, span) in enumerate(zip(doc.nonblank_lines, spans, strict=True))
        ]
        real = [ln.index for ln in self.lines if ln.is_real_paragraph and ln.index > 0]
        self.body_start = real[0] if real else None
        self._relevance: dict[int, float] = {}
        self.body_end = real[-1] if real else None

    def zone(self, line: StoryLine) -> str:
        """'top' (between headline and body), 'body', or 'bottom' (after the last paragraph)."""
        if self.body_start is None or line.index < self.body_start:
            return "top"
        if line.index > self.body_end:  # type: ignore[operator]
            return "bottom"
        return "body"

    @cached_property
    def _story_words(self) -> tuple[dict[int, set[str]], dict[str, int]]:
        """Content words of each line that is copy for sure (the paragraphs and longer lines), and
        in how many of those lines each word occurs. Short lines are left out, so that residue
        lines cannot vouch for one another."""
        per_line = {
            ln.index: ln.content
            for ln in self.lines
            if not ln.is_short_non_sentence or ln.is_quote or ln.is_marked_subhead
        }
        counts = Counter(chain.from_iterable(per_line.values()))  # counted in C (speed)
        return per_line, counts

    def relevance(self, line: StoryLine) -> float:
        """Share of the line's content words that the story's copy (other lines) also uses (0..1).
        Worked out once a line: the headline, structure and feature tests all ask (speed)."""
        known = self._relevance.get(line.index)
        if known is not None:
            return known
        own = line.content
        if not own:
            share = 0.0
        else:
            per_line, counts = self._story_words
            mine = per_line.get(line.index, set())
            share = sum(1 for w in own if counts.get(w, 0) - (w in mine) > 0) / len(own)
        self._relevance[line.index] = share
        return share

    def in_short_block(self, line: StoryLine) -> bool:
        """True when the line is glued (no blank line between) to another short non-sentence line:
        an information box or a table ("Tickets" over "VIP: 60"), which a web page does not leak
        one line at a time."""
        for other in self.lines[max(0, line.index - 1) : line.index + 2]:
            if other is not line and abs(other.number - line.number) == 1 and other.is_short_non_sentence:
                return True
        return False

    def list_rows(self, candidates: list[StoryLine]) -> set[int]:
        """Indexes of candidate lines that are rows of a list or table: three or more in a row
        where most carry the same symbol or figure ("Derby v Watford", "VIP : 60,000")."""
        rows: set[int] = set()
        run: list[StoryLine] = []
        for line in candidates + [None]:  # type: ignore[list-item]
            if line is not None and run and line.index == run[-1].index + 1:
                run.append(line)
                continue
            if len(run) >= LIST_MIN_ROWS:
                counts: dict[str, int] = {}
                for row in run:
                    for m in row.markers:
                        counts[m] = counts.get(m, 0) + 1
                if counts and max(counts.values()) >= LIST_SHARE * len(run):
                    rows.update(row.index for row in run)
            run = [line] if line is not None else []
        return rows
