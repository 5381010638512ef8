"""Features of one line of a story, hand-defined, each a number in [0, 1]: what the line looks
like (a sentence? a headline? a credit? a caption? an author's blurb? a time stamp?), whom it
addresses (the reader, in the imperative or the second person), what vocabulary it uses (a web
page's own, site and agency names), where it stands (above, among or below the paragraphs) and
how much it shares with the story's own words and names.

The model in ``model.py`` weighs them; the weights are fitted by ``benchmarks/fit_residue.py``.
``FEATURES`` fixes the order of the numbers; changing a feature means refitting.
"""

from __future__ import annotations

import re

from ..shape import _MENU_SEPARATOR_RE, StoryLine, StoryShape
from . import lexicon, shapes
from .context import StoryContext

FEATURES = (
    # sentence-ness
    "words",
    "one_word",
    "no_letters",
    "ends_sentence",
    "ends_colon_or_ellipsis",
    "title_case",
    "all_caps",
    "lower_share",
    "prose_verbs",
    # address to the reader
    "imperative_start",
    "second_person",
    "site_first_person",
    # web vocabulary
    "web_words",
    "url_or_handle",
    "menu_separators",
    "copyright",
    # site and brand names
    "site_name",
    # credit, caption, author blurb, byline and time stamp shapes
    "credit_shape",
    "credit_tail",
    "caption_shape",
    "full_date",
    "blurb_shape",
    "byline_shape",
    "stamp_shape",
    # headline and teaser shapes
    "headline_shape",
    "teaser_label",
    "label_colon",
    # position
    "zone_top",
    "zone_bottom",
    "first_line",
    "above_headline",
    "glued",
    "residue_neighbours",
    "story_short_lines",
    "kin_in_body",
    "story_has_subheads",
    "same_shape",
    "same_shape_in_body",
    # overlap with the story
    "relevance",
    "shares_half",
    "no_overlap",
    "unknown_names",
    # combinations a linear model cannot form by itself
    "teaser",
    "teaser_among_teasers",
    "short_unrelated",
    "sentence_unrelated",
    "reader_sentence",
    "credited_sentence",
    "long_with_cue",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}

_PROSE_VERBS = frozenset(
    """
    is are was were be been being has have had will would can could should may might must
    said says told added asked called made took gave went came found saw got became began left
    did does do shows showed expected according
    """.split()
)
_STATEMENT_VERBS = frozenset("is are was were has had said says told".split())
_MINOR_WORDS = frozenset("a an the and or but of to in on at by for with from as vs v per via".split())
SHORT_WORDS = 8  # a line of at most this many words without an ending is "short"
LONG_LINE_WORDS = 40  # ``words`` is the word count over this, capped at 1
LONG_CUE_WORDS = 12  # ``long_with_cue``: a line at least this long with a strong sign of residue
UNRELATED_SENTENCE_WORDS = 35
ALL_CAPS_CHARS = 4
_LETTER_RE = re.compile(r"[^\W\d_]")
_DIGIT_RE = re.compile(r"\d")


def line_features(line: StoryLine, shape: StoryShape, story: StoryContext) -> list[float]:
    """The feature vector of ``line`` in its story, in the order of ``FEATURES``."""
    text = line.text
    words = line.words
    n = len(words)
    low = line.lower_words
    digits = bool(_DIGIT_RE.search(text))
    dated = (digits or "day" in text) and bool(shapes.FULL_DATE_RE.search(text))
    own_low = set(low)
    significant = [w for w, lw in zip(words, low, strict=True) if lw not in _MINOR_WORDS]
    caps = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    ends_sentence = line.ends_sentence
    title_case = n >= 2 and caps == len(significant) and not ends_sentence
    has_letters = bool(_LETTER_RE.search(text))
    all_caps = text.isupper() and len(text) >= ALL_CAPS_CHARS
    verbs = sum(1 for w in low if w in _PROSE_VERBS or (len(w) > 4 and w.endswith("ed")))
    web = sum(1 for w in own_low if w in lexicon.WEB_WORDS and not story.in_prose(w, line))
    # an order to the reader: "Share this", not "Comment from officials was unavailable"
    reader = (
        n > 0
        and low[0] in lexicon.READER_VERBS
        and words[0][0].isupper()
        and (_STATEMENT_VERBS.isdisjoint(low[1:6]) or not lexicon.SECOND_PERSON.isdisjoint(low))
    )
    second = not lexicon.SECOND_PERSON.isdisjoint(own_low)
    site_voice = web > 0 and not lexicon.SITE_FIRST_PERSON.isdisjoint(own_low)
    url = shapes.has_url(text)
    copyright = "©" in text or "copyright" in own_low or "reserved" in own_low
    credit = shapes.has_credit(text)
    credit_tail = n >= 6 and shapes.has_credit_tail(text)
    caption = shapes.caption(text, low, dated)
    blurb = shapes.blurb(text, low)
    relevance = shape.relevance(line)
    no_overlap = bool(line.content) and relevance == 0.0
    zone = shape.zone(line)
    headline_shape = shapes.is_headline_shaped(line)
    labelled, teaser_label = shapes.teaser_label(text)
    teaser = story.unrelated_headline(line)
    same_shape = story.same_shape(line)
    values = (
        min(1.0, n / LONG_LINE_WORDS),
        n == 1,
        not has_letters,
        ends_sentence,
        text.endswith(":") or bool(shapes.ELLIPSIS_RE.search(text)),
        title_case,
        all_caps,
        sum(1 for w in words if w[0].islower()) / n if n else 0.0,
        min(1.0, verbs / 2),
        reader,
        second,
        site_voice,
        min(1.0, web / 2),
        url,
        min(1.0, len(_MENU_SEPARATOR_RE.findall(text)) / 2),
        copyright,
        _site_name(line, story),
        credit,
        credit_tail,
        caption,
        dated,
        blurb,
        line.is_byline or (n <= SHORT_WORDS and shapes.byline_with_role(text, low)),
        shapes.stamp(text, low, digits, dated),
        headline_shape,
        teaser_label,
        labelled and not teaser_label,
        zone == "top",
        zone == "bottom",
        line.index == 0,
        line.index < story.headline_index,
        shape.in_short_block(line),
        story.residue_neighbours(line),
        story.short_share,
        story.kin_in_body(line) if zone == "body" else 0.0,
        story.has_subheads_besides(line),
        same_shape,
        same_shape if zone == "body" else 0.0,
        relevance,
        relevance >= 0.5,
        no_overlap,
        _unknown_names(line, story),
        teaser,
        story.unrelated_headlines_besides(line) if teaser else 0.0,
        n <= SHORT_WORDS and not ends_sentence and relevance == 0.0,
        ends_sentence and no_overlap and n <= UNRELATED_SENTENCE_WORDS,
        ends_sentence and web > 0 and (reader or second or site_voice),
        ends_sentence and max(blurb, caption, float(credit_tail)) == 1.0,
        n >= LONG_CUE_WORDS and (web >= 2 or url or copyright or credit or caption == 1.0 or blurb == 1.0),
    )
    return [float(v) for v in values]


def _site_name(line: StoryLine, story: StoryContext) -> bool:
    """A news site, agency or picture agency named in the line (capitalised) and nowhere else
    in the story, or a site's address ("Cleveland.com")."""
    for w in line.words:
        if w[0].isupper() and w.lower() in lexicon.SITE_NAME_WORDS and not story.mentions(w, line):
            return True
        if "." in w and w.lower().endswith((".com", ".co.uk", ".org", ".net")):
            return True
    return False


def _unknown_names(line: StoryLine, story: StoryContext) -> float:
    """Share of the line's capitalised words (not the first) that the story writes nowhere else:
    another story's people and places."""
    names = {w for w in line.words[1:] if w[0].isupper() and w.lower() not in _MINOR_WORDS}
    if not names:
        return 0.0
    return sum(1 for w in names if not story.mentions(w, line)) / len(names)
