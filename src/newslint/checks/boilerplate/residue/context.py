"""What the line features need to know about the whole story, worked out once a story: which
words its paragraphs use, which names it writes, how many of its lines are short, which lines
share a shape, how many teaser-like lines its body holds. Learning from the story itself is
what keeps a story's own lists, crossheads and vocabulary from being taken for residue."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ..shape import _DATE_ONLY_RE, StoryLine, StoryShape
from . import lexicon
from .shapes import is_headline_shaped, teaser_label
from .words import WordCounts, occurrences

SUBHEAD_RELEVANCE = 0.34  # a short line sharing more than this with the story is a subhead
# A line below the first is the headline when it shares at least this much with the story, and
# this much more than the first line does.
HEADLINE_RELEVANCE = 0.34
HEADLINE_MARGIN = 0.2
HEADLINE_MIN_WORDS = 3
STANDFIRST_WORDS = 12  # a line taken for the headline this long is a standfirst under a title
KIN_LINES = 3  # this many other short lines in the body count as 1 (``kin_in_body``)
SAME_SHAPE_LINES = 2  # this many other lines of one shape count as 1 (``same_shape``)
SAME_SHAPE_MAX_WORDS = 12
_FURNITURE_MARKS_RE = re.compile(r"[|»«>]|<<|\s[-–—]\s.*\s[-–—]\s")
_ADDRESS_RE = re.compile(r"[@©/]|https?:|www\.|\.com\b")
_PLAIN_KEYS = frozenset({"W", "W .", "0"})
_SHAPE_TOKEN_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*|\S")


def shape_key(line: StoryLine) -> str:
    """The line's symbols in order, each run of words written W and each run of figures 0:
    "[ Tom's Guide ]" -> "[ W ]", "Chart of the estuary for $12" -> "W $ 0". Empty for a line
    too long to be one item of a designed list."""
    if len(line.words) > SAME_SHAPE_MAX_WORDS:
        return ""
    out: list[str] = []
    for token in _SHAPE_TOKEN_RE.findall(line.text):
        c = token[0]
        mark = "0" if c.isdigit() else "W" if c.isalpha() else token
        if not (out and mark in ("W", "0") and out[-1] == mark):
            out.append(mark)
    return " ".join(out)


def _furniture(line: StoryLine, relevance: float) -> bool:
    """A line that is plainly a page's, not a headline: a menu with separators, web words (in
    a line that does not share words with the story as a headline does: "Thomas brace sees
    Sale home"), an order to the reader, a label with a colon, a byline or a date."""
    low = line.lower_words
    return (
        bool(_FURNITURE_MARKS_RE.search(line.text))
        or (relevance < HEADLINE_RELEVANCE and not lexicon.WEB_WORDS.isdisjoint(low))
        or (bool(low) and low[0] in lexicon.READER_VERBS)
        or line.is_byline
        or bool(_DATE_ONLY_RE.match(line.text))
        or teaser_label(line.text)[0]
    )


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


class StoryContext:
    def __init__(self, shape: StoryShape) -> None:
        self.shape = shape
        self.short = [ln.is_short_non_sentence for ln in shape.lines]
        self.short_share = _share(sum(self.short[1:]), len(self.short) - 1)

    # -- vocabulary and names ----------------------------------------------------------------
    # A short story asks about a few words and each is found by str.find (C); a long one asks
    # about a word of nearly every line, and then its words are counted once (``words.py``).
    @cached_property
    def _prose(self) -> WordCounts:
        """The story's paragraphs, lower case, one per line."""
        return WordCounts("\n".join(ln.text for ln in self.shape.lines if ln.is_real_paragraph).lower())

    @cached_property
    def _text(self) -> WordCounts:
        return WordCounts(self.shape.doc.text)

    def in_prose(self, word: str, line: StoryLine) -> bool:
        """Whether a paragraph of the story other than ``line`` uses ``word`` (lower case): a
        story about apps writes "app" in its copy, and there the word is no sign of residue."""
        own = occurrences(line.text.lower(), word) if line.is_real_paragraph else 0
        return self._prose.more_than(word, own)

    def mentions(self, word: str, line: StoryLine) -> bool:
        """Whether the story writes ``word`` (as written) outside ``line``."""
        return self._text.more_than(word, occurrences(line.text, word))

    # -- the headline ---------------------------------------------------------------------------
    @cached_property
    def headline_index(self) -> int:
        """Which line above the body is the story's headline: the first line, unless it looks
        like a page's furniture (then the most related headline-like line above the body), or
        a later line above the body shares clearly more with the story (a paste that starts with
        a page's menu or stamp lines above the real headline)."""
        shape = self.shape
        if shape.body_start is None or shape.body_start < 2:
            return 0  # (the cheap test first: most stories go from headline to paragraph)
        first = shape.lines[0]
        candidates = [ln for ln in shape.lines[1 : shape.body_start] if self.is_headline_candidate(ln)]
        if _furniture(first, shape.relevance(first)) or len(first.words) < HEADLINE_MIN_WORDS:
            # a later line takes the first one's place only when it is more related to the story;
            # a short title right over the first paragraph may too ("Battery power")
            above_body = shape.lines[shape.body_start - 1]
            if len(above_body.words) == HEADLINE_MIN_WORDS - 1 and self._may_be_headline(above_body):
                candidates.append(above_body)
            best = max((shape.relevance(ln) for ln in candidates), default=0.0)
            if not candidates or best <= shape.relevance(first):
                return 0
            chosen = next(ln.index for ln in candidates if shape.relevance(ln) == best)
            return self._title_over_standfirst(chosen)
        best, best_relevance = 0, shape.relevance(first) + HEADLINE_MARGIN
        for ln in candidates:
            relevance = shape.relevance(ln)
            if relevance >= HEADLINE_RELEVANCE and relevance > best_relevance:
                best, best_relevance = ln.index, relevance
        return best

    def _may_be_headline(self, line: StoryLine) -> bool:
        """Headline-shaped, no menu marks, address or label, not prose; may start with an order
        ("Don't upgrade to Vista, UK agency tells schools")."""
        return (
            line.words[:1] != [] and line.words[0][0].isupper()
            and not line.is_real_paragraph
            and not line.text.endswith(".")
            and not _FURNITURE_MARKS_RE.search(line.text)
            and not _ADDRESS_RE.search(line.text)
            and not line.is_byline
            and not teaser_label(line.text)[0]
        )

    def _title_over_standfirst(self, index: int) -> int:
        """The line above ``index`` when ``index`` reads as a standfirst (a sentence-case summary)
        and the line above it is a title as related to the story as a headline is."""
        if index < 2:
            return index
        chosen, above = self.shape.lines[index], self.shape.lines[index - 1]
        if (
            chosen.reads_as_standfirst
            and len(chosen.words) >= STANDFIRST_WORDS  # not a headline in sentence case
            and len(above.words) >= HEADLINE_MIN_WORDS
            and self._may_be_headline(above)
            and self.shape.relevance(above) >= HEADLINE_RELEVANCE
        ):
            return index - 1
        return index

    def is_headline_candidate(self, line: StoryLine) -> bool:
        """A line that may be a headline: a few words, not prose, not plainly a page's."""
        return (
            len(line.words) >= HEADLINE_MIN_WORDS
            and not line.is_real_paragraph
            and not _furniture(line, self.shape.relevance(line))
        )

    # -- lines like this one -----------------------------------------------------------------
    def residue_neighbours(self, line: StoryLine) -> float:
        """Share of the two lines around ``line`` that are short non-sentences: residue comes
        in runs (a menu, a share bar), a story's own short line stands between paragraphs."""
        i = line.index
        around = [j for j in (i - 1, i + 1) if 0 < j < len(self.short)]
        return _share(sum(self.short[j] for j in around), 2)

    @cached_property
    def _shape_keys(self) -> tuple[list[str], Counter[str]]:
        keys = [shape_key(ln) for ln in self.shape.lines]
        keys = [key if key not in _PLAIN_KEYS else "" for key in keys]  # plain words prove no design
        counts = Counter(keys)
        del counts[""]
        return keys, counts

    def shape_count(self, line: StoryLine) -> int:
        """How many short lines of the story (this one included) have this line's shape; 0 for
        a line of plain words (or a plain figure), a shape that proves no design."""
        keys, counts = self._shape_keys
        key = keys[line.index]
        return counts[key] if key else 0

    def same_shape(self, line: StoryLine) -> float:
        """How many other short lines have this line's shape ("[ Engadget ]" and "[ The Verge ]",
        "Sonos Move for $400" and "Ring Cam for $60"); two or more count as 1: a page that
        repeats a shape by design, a story's own list."""
        count = self.shape_count(line)
        return min(1.0, (count - 1) / SAME_SHAPE_LINES) if count else 0.0

    def kin_in_body(self, line: StoryLine) -> float:
        """How many other short non-sentences the body holds (three or more count as 1): a story
        with crossheads, a list or a table writes lines like this one itself."""
        start, end = self.shape.body_start, self.shape.body_end
        if start is None or end is None:
            return 0.0
        count = self._short_in_body - (start <= line.index <= end and self.short[line.index])
        return min(1.0, count / KIN_LINES)

    @cached_property
    def _short_in_body(self) -> int:
        """The body's short non-sentences, counted once a story (not once a line judged)."""
        return sum(self.short[self.shape.body_start : self.shape.body_end + 1])  # type: ignore[operator]

    def _is_subhead(self, line: StoryLine) -> bool:
        shape = self.shape
        return self.short[line.index] and shape.zone(line) == "body" and shape.relevance(line) > SUBHEAD_RELEVANCE

    @cached_property
    def _subheads(self) -> int:
        return sum(1 for ln in self.shape.lines[1:] if self._is_subhead(ln))

    def has_subheads_besides(self, line: StoryLine) -> bool:
        """Whether another short non-sentence among the paragraphs shares words with the story,
        as a subhead does: then the story writes subheads, and this line may be one more."""
        return self._subheads - self._is_subhead(line) > 0

    def unrelated_headline(self, line: StoryLine) -> bool:
        """A headline-shaped line among the paragraphs sharing no word with the story: another
        story's headline (a related-story teaser)."""
        shape = self.shape
        return (
            shape.zone(line) == "body"
            and is_headline_shaped(line)
            and bool(line.content)
            and shape.relevance(line) == 0.0
        )

    @cached_property
    def _unrelated_headlines(self) -> int:
        return sum(1 for ln in self.shape.lines[1:] if self.short[ln.index] and self.unrelated_headline(ln))

    def unrelated_headlines_besides(self, line: StoryLine) -> float:
        """How many other teaser-like lines the body holds (two or more count as 1): one such
        line is pasted residue, a run of them through the body is how the page is made."""
        others = self._unrelated_headlines - (self.short[line.index] and self.unrelated_headline(line))
        return min(1.0, others / SAME_SHAPE_LINES)
