"""The story's own structure, which is never residue whatever the classifier thinks (issue 20):
wire sign-offs and end tags, datelines, reporting credits in brackets, rows of a table or a
fixture list, labelled fields of a fact check or a review, letter closings, standard feature
subheads, list items, marked subheads and quotes. Each test names why the line is left alone.
"""

from __future__ import annotations

import re

from ...facts.entities import PatternOnFirstUse  # patterns compiled on first use (cold start)
from ..shape import _DATELINE_RE, _NAME_PLACE_RE, StoryLine, StoryShape
from . import lexicon, shapes
from .context import StoryContext

_PUNCT_RE = PatternOnFirstUse(r"[^\w\s'’-]+")
# "(Reporting by A; Editing by B)", "(Additional reporting by C)", "(Compiled by D)"
_WIRE_CREDIT_RE = PatternOnFirstUse(
    r"^\(?\s*(?:(?:additional |with )?reporting|writing|editing|compiled|translated|edited|"
    r"reported|written|produced)\s+by\b|^contributing\s*:",
    re.IGNORECASE,
)
# "— Rep. Ilhan Omar (@Ilhan) November 19, 2019": the credit under a social post embedded in
# the story (the post's text stands on the line above it)
_EMBED_CREDIT_RE = PatternOnFirstUse(r"^[—–-]\s*[^\n()]{1,60}\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$")
# "With Post wires", "With wire services", "With files from The Canadian Press"
_WITH_WIRES_RE = PatternOnFirstUse(r"^[-–—(\s]*with (?:[\w.'’ ]{0,30}\b)?(?:wires?|wire services|files|agencies)\b", re.IGNORECASE)
_NAME_LIST_ITEM_RE = PatternOnFirstUse(r"^(?:[A-Z][\w'’.-]*|de|van|von|der|da|al|el|le|la|di|du|dos|del)(?: (?:[A-Z][\w'’.-]*|de|van|von|der|da|al|el|le|la|di|du|dos|del)){0,3}$")
NAME_LIST_MIN_ITEMS = 4
# "Rating: False", "Director: Ava Lind", "Running time: 98 minutes"
_FIELD_RE = PatternOnFirstUse(r"^([A-Za-z][\w'’ -]{0,24}?)\s*:\s*\S")
_STARS_RE = PatternOnFirstUse(r"^[★☆✩✪✫✬✭✮✯✰*]{3,}\s*$|^\d(?:\.\d)?\s*/\s*(?:5|10)$|^\d\s+stars?$", re.IGNORECASE)
_RULE_RE = PatternOnFirstUse(r"^([-_*=~•·#+])(?:\s*\1){2,}\s*$")
# "Worcester v Sale", "Lind vs Osei": the headline of a match preview or report
_FIXTURE_RE = PatternOnFirstUse(r"\S \b(?:v|vs\.?)\s+[A-Z]")
MATCH_DETAIL_WORDS = 5
# "C Thomson" (not "I Accept", not "A Message"): an initial and a surname, as match officials
_OFFICIAL_RE = PatternOnFirstUse(r"^(?![AI] )[A-Z]\.? [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$")
_ADDRESS_RE = PatternOnFirstUse(r"[@©|/]|https?:|www\.|\.com\b")
_CUE_CHARS_RE = PatternOnFirstUse(r"[©@:|/]|\d|https?:|www\.")
CROSSHEADS = 3  # a story with this many Title Case lines among its paragraphs runs crossheads
CROSSHEAD_MIN_WORDS = 4
FIELD_MIN_LINES = 2  # a story with this many "Label: value" lines writes a box of fields
LIST_ITEM_WORDS = 25
HEADLINE_MIN_WORDS = 3  # ST002 takes a repeat of a headline this long for a repeated headline
QUOTE_MIN_WORDS = 4
OTHER_HEADLINE_RELEVANCE = 0.2
BYLINE_TO_BODY = 3  # a story's byline stands at most this many lines above its first paragraph
BROKEN_ABOVE_WORDS = 8  # a sentence broken over lines runs on from a line of prose this long
_CLOSING_QUOTES = ('"', "”", "’", "'", "»")
# "8,200", "27,595", "£1.2m", "12%": one figure on its own line, a table's cell or an attendance;
# not a bare "2" or "30" (a page number, a count of comments) nor "1 2 3 Next" (pagination)
_FIGURE_RE = PatternOnFirstUse(r"^(?:[$£€¥]\d+(?:,\d{3})*(?:\.\d+)?(?:m|bn|k)?|\d{1,3}(?:,\d{3})+|\d+\.\d+%?|\d+%)$")
# "For further information: ...", "To contact the reporter on this story: ...", "Media contact:":
# the contact lines a press release or a wire story ends with
_PRESS_CONTACT_RE = PatternOnFirstUse(
    r"^(?:for (?:further|more) information\b|to contact the (?:reporters?|editors?)\b|"
    r"(?:media |press )?contacts?\s*:)",
    re.IGNORECASE,
)
# "... was not available to comment. - Sapa": a wire story's last paragraph with its end tag
_TAGGED_END_RE = PatternOnFirstUse(r"""[.!?"”] +[-–—]+ *[A-Z][A-Za-z]{1,12}$""")
DESIGNED_LINES = 3  # this many short lines of one shape among the paragraphs: the page's design  # a list under a lead-in runs on while its lines are at most this long


def bare(text: str) -> str:
    """Lower case, punctuation gone, white space folded: "Our ruling." -> "our ruling"."""
    return " ".join(_PUNCT_RE.sub(" ", text).lower().split())


class PageStructure:
    """Which lines of a story are its own structure; built once per story."""

    def __init__(self, shape: StoryShape, story: StoryContext, candidates: list[StoryLine]) -> None:
        self.shape = shape
        self.story = story
        head = story.headline_index
        # rows of a table below the headline (above it stand a page's lines: a calendar, stamps)
        self.rows = shape.list_rows([ln for ln in candidates if ln.index > head])
        crossheads = {ln.index for ln in candidates if self._crosshead_shaped(ln)}
        self.crossheads = crossheads if len(crossheads) >= CROSSHEADS else set()
        labelled = [ln for ln in shape.lines if self._field_label(ln.text) is not None]
        self.field_box = len(labelled) >= FIELD_MIN_LINES
        self.headline_key = bare(shape.lines[head].text) if shape.lines else ""

    def reason(self, line: StoryLine) -> str | None:
        """Why ``line`` is the story's own structure, or None."""
        text = line.text
        key = bare(text)
        if (
            line.index > self.story.headline_index
            and len(self.headline_key.split()) >= HEADLINE_MIN_WORDS
            and key.startswith(self.headline_key)
        ):
            return "repeats the headline"  # ST002 reports it (one diagnostic a line)
        if _RULE_RE.match(text):
            return "section break"  # "---", "* * *", "___"
        if line.is_quote and (len(line.words) >= QUOTE_MIN_WORDS or text.endswith(_CLOSING_QUOTES)):
            return "quote"  # not "« Previous", a menu's arrow
        if line.is_marked_subhead:
            return "marked subhead"
        if line.is_list_item:
            return "list item"
        if line.index in self.rows:
            return "row of a table or list"
        if line.index in self.crossheads:
            return "one of the story's Title Case crossheads"
        if self.shape.zone(line) == "body" and self.story.shape_count(line) >= DESIGNED_LINES:
            return "one of several lines of the same shape"
        if _DATELINE_RE.match(text):
            return "dateline"
        if _EMBED_CREDIT_RE.match(text):
            return "credit of an embedded post"
        if line.index + 1 < len(self.shape.lines) and _EMBED_CREDIT_RE.match(self.shape.lines[line.index + 1].text):
            return "text of an embedded post"
        if self._broken_sentence(line) or self._broken_before(line):
            return "piece of a sentence broken over lines"
        if _FIGURE_RE.match(text):
            return "a figure on its own line"  # an attendance, a table's cell
        if self._headline_over_byline(line):
            return "headline over its byline"
        if line.index == self.story.headline_index + 1 and self._is_standfirst(line, key):
            return "standfirst"
        if self._other_headline(line):
            return "headline or standfirst above the body"
        if _WIRE_CREDIT_RE.match(text) or _WITH_WIRES_RE.match(text):
            return "reporting credit"
        if _NAME_PLACE_RE.match(text) and not line.is_byline and not _has_role_or_site(key):
            return "name and place"  # a referee, a venue, a letter writer: "P Lind (Wales)"
        if _is_name_list(text):
            return "list of names"  # a team line-up: "Lind, Osei, Van Dam, Marsh."
        if key in lexicon.WIRE_SIGNOFFS and self.shape.zone(line) == "bottom":
            return "wire sign-off"
        if self._tagged_end(line):
            return "last paragraph with its wire end tag"
        if self._press_contact(line):
            return "press contact"
        if key in lexicon.STORY_SUBHEADS and self.shape.zone(line) != "top":
            return "feature subhead"
        if self._match_detail(line):
            return "match details under a fixture headline"  # venue, date, kick-off
        if _OFFICIAL_RE.match(text) and self.shape.zone(line) == "bottom":
            return "match official"  # "C Thomson", the referee under a report's line-ups
        if self._writer_note(line):
            return "the writer's note"
        if key in lexicon.LETTER_CLOSINGS or self._after_closing(line):
            return "letter closing"
        if _STARS_RE.match(text):
            return "star rating"
        if line.is_lead_in and lexicon.WEB_WORDS.isdisjoint(key.split()):
            return "lead-in to a list"  # not "Related to this story:", a page's own box
        if self._under_lead_in(line):
            return "item of a list"
        if self._is_field(line, key):
            return "labelled field"
        return None

    def _other_headline(self, line: StoryLine) -> bool:
        """A headline-like line above the body that shares words with the story, when the
        headline was taken to be another line there: a page's title stands above its own
        standfirst ("Don't upgrade to Vista, UK agency tells schools" over "A UK government
        agency has advised..."), or a section label stands above the headline. Another story's
        teaser shares next to nothing with the story; a menu, a stamp or a label is furniture."""
        body = self.shape.body_start
        if body is None or not 0 < line.index < body:
            return False
        if self.story.headline_index == 0 and len(self.shape.lines[0].words) >= HEADLINE_MIN_WORDS:
            return False  # the story starts with its headline: lines under it are judged
        return self.story.is_headline_candidate(line) and self.shape.relevance(line) >= OTHER_HEADLINE_RELEVANCE

    def _match_detail(self, line: StoryLine) -> bool:
        """A short line between a fixture headline ("Worcester v Sale (Fri)") and the body: the
        venue, the date, the kick-off time of a match preview."""
        return (
            self.shape.zone(line) == "top"
            and line.index > self.story.headline_index
            and len(line.words) <= MATCH_DETAIL_WORDS
            and bool(_FIXTURE_RE.search(self.shape.lines[self.story.headline_index].text))
            and lexicon.WEB_WORDS.isdisjoint(line.lower_words)
            and _ADDRESS_RE.search(line.text) is None
        )

    def _writer_note(self, line: StoryLine) -> bool:
        """A line about the story's writer under the story ("Clark Boyd is technology
        correspondent for The World"), with no address, link or call to the reader in it: a
        page's blurb of an author points to more of the author's work."""
        low = line.lower_words
        return (
            self.shape.zone(line) == "bottom"
            and shapes.blurb(line.text, low) >= 1.0
            and _ADDRESS_RE.search(line.text) is None
            and lexicon.WEB_WORDS.isdisjoint(low)
            and lexicon.SECOND_PERSON.isdisjoint(low)
            and lexicon.SITE_FIRST_PERSON.isdisjoint(low)
        )

    def _broken_sentence(self, line: StoryLine) -> bool:
        """A line that starts in lower case under a line that does not end a sentence: the
        rest of that sentence ("... Parry revealed Real Madrid" / "did" / "ask for ..."); or
        any line under a line of prose that breaks off at a comma ("... Director, Public
        Relations of Coverity," / "Inc., +1-415-...")."""
        if line.index == 0:
            return False
        above = self.shape.lines[line.index - 1]  # prose, not a menu ("Share" over "digg it")
        if len(above.words) < BROKEN_ABOVE_WORDS or above.ends_sentence or above.text[-1:] in ":|»>":
            return False
        first = line.words[0] if line.words else ""
        # not "iPhone deals", "e-paper": a brand or a web word in lower case
        return (first.isalpha() and first.islower() and line.text.startswith(first)) or above.text.endswith(",")

    def _broken_before(self, line: StoryLine) -> bool:
        """The first piece of a sentence (or a word) broken over lines: a line that does not end
        a sentence over a line of prose that starts in lower case ("Senior first officer John
        Cowar" / "d, under the command of Captain ...")."""
        if line.ends_sentence or line.index + 1 >= len(self.shape.lines):
            return False
        below = self.shape.lines[line.index + 1]
        first = below.text[:1]
        return first.isalpha() and first.islower() and len(below.words) >= BROKEN_ABOVE_WORDS

    def _headline_over_byline(self, line: StoryLine) -> bool:
        """A headline-shaped line above the body, sharing a word with the story, right over the
        story's byline, which stands at most a few lines above the body ("Latest French Riots
        Test Sarkozy's Focus" / "By David Gauthier-Villars"): the page's headline of the story,
        wherever the page's menus put the first line."""
        body = self.shape.body_start
        lines = self.shape.lines
        if body is None or not line.index + 1 < body or not shapes.is_headline_shaped(line):
            return False
        below = lines[line.index + 1]
        return (
            below.is_byline
            and body - below.index <= BYLINE_TO_BODY
            and self.shape.relevance(line) > 0.0
            and _ADDRESS_RE.search(line.text) is None
            and not shapes.teaser_label(line.text)[0]
        )

    def _tagged_end(self, line: StoryLine) -> bool:
        """The story's last sentence with the agency's tag after it ("... was not available to
        comment. - Sapa")."""
        return (
            line.index >= (self.shape.body_end or 0)
            and len(line.words) >= BROKEN_ABOVE_WORDS
            and _TAGGED_END_RE.search(line.text) is not None
        )

    def _press_contact(self, line: StoryLine) -> bool:
        """ "For further information: ...", "To contact the reporter on this story: ...": the
        contacts under a press release or a wire story, after its last paragraph."""
        return line.index >= (self.shape.body_end or 0) and bool(_PRESS_CONTACT_RE.match(line.text))

    def _crosshead_shaped(self, line: StoryLine) -> bool:
        return (
            self.shape.zone(line) == "body"
            and line.is_short_non_sentence
            and line.is_title_case
            and len(line.words) >= CROSSHEAD_MIN_WORDS
        )

    @staticmethod
    def _field_label(text: str) -> str | None:
        m = _FIELD_RE.match(text)
        if m is None:
            return None
        label = bare(m.group(1))
        return label if label in lexicon.FIELD_LABELS else None

    def _is_field(self, line: StoryLine, key: str) -> bool:
        """ "Rating: False" (a known label with its value), a known label alone on its line
        ("Rating" over "Unproven"), or a known verdict under one."""
        if self._field_label(line.text) is not None:
            return self.field_box or len(line.words) <= 6
        if key in lexicon.FIELD_LABELS or (key.startswith("rated ") and len(line.words) <= 3):
            return True  # "Rating" over its verdict, "(Rated R)"
        if key in lexicon.FIELD_VALUES and line.index > 0:
            above = self.shape.lines[line.index - 1]
            return bare(above.text) in lexicon.FIELD_LABELS or above.text.rstrip().endswith(":")
        return False

    @staticmethod
    def _is_standfirst(line: StoryLine, key: str) -> bool:
        """A summary right under the headline: sentence case, several words, none of a web page's
        or a credit's words, not a byline, no second person ("Fishermen say delays risk lives")."""
        words = key.split()
        return (
            line.reads_as_standfirst
            and not line.is_byline
            and lexicon.WEB_WORDS.isdisjoint(words)
            and lexicon.SECOND_PERSON.isdisjoint(words)
            and lexicon.CREDIT_WORDS.isdisjoint(words)
            and lexicon.STAMP_WORDS.isdisjoint(words)
            and lexicon.ROLE_WORDS.isdisjoint(words)
            and "contributed" not in words
            and shapes.blurb(line.text, words) < 1.0
            and words[0] not in lexicon.READER_VERBS
            and not _CUE_CHARS_RE.search(line.text)
        )

    def _under_lead_in(self, line: StoryLine) -> bool:
        """A short line in a run of short lines under a lead-in ("Topics included:", "On the
        Net:"), or one that ends in a semicolon as list items do."""
        if line.text.endswith(";"):
            return True
        for above in reversed(self.shape.lines[: line.index]):
            above_key = bare(above.text)
            if above.text.endswith(":") and (
                (above.is_lead_in and lexicon.WEB_WORDS.isdisjoint(above_key.split()))
                or above_key in lexicon.STORY_SUBHEADS
            ):
                return True
            if above.is_real_paragraph or len(above.words) > LIST_ITEM_WORDS:
                return False
        return False

    def _after_closing(self, line: StoryLine) -> bool:
        """The writer's name under "Yours sincerely," (at most five words)."""
        if line.index == 0 or len(line.words) > 5:
            return False
        return bare(self.shape.lines[line.index - 1].text) in lexicon.LETTER_CLOSINGS


def _has_role_or_site(key: str) -> bool:
    words = key.split()
    return any(w in lexicon.ROLE_WORDS or w in lexicon.SITE_NAME_WORDS or w.endswith(".com") for w in words)


def _is_name_list(text: str) -> bool:
    """Four or more names in a row, comma-separated, perhaps after a short label, as a team
    line-up or a cast list is."""
    label, colon, names = text.partition(":")
    if colon and len(label.split()) <= 2:
        text = names  # "Subs: Lind, Osei, Marsh, Brandt."
    items = [item.strip() for item in text.rstrip(".").replace(" and ", ", ").split(",")]
    return len(items) >= NAME_LIST_MIN_ITEMS and all(_NAME_LIST_ITEM_RE.match(item) for item in items)

