"""Which lines of a story the classifier judges, and how sure it is that each is page residue.
The rule (BP101) and the fitting script both go through ``feature_rows``, so the model is
fitted on exactly the lines and numbers it later scores."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..shape import StoryLine, StoryShape
from . import lexicon
from .context import StoryContext
from .features import line_features
from .model import Model
from .structure import PageStructure

MAX_WORDS = 60  # longer lines are paragraphs of prose: no residue line seen runs this long
# A sentence is judged only with a sign of residue in it (``_has_cue``).
_STRONG_CUE_WORDS = (
    lexicon.SECOND_PERSON
    | lexicon.SITE_FIRST_PERSON
    | lexicon.CREDIT_WORDS
    | lexicon.ROLE_WORDS
    | {"contributed", "getty", "reuters", "ap", "afp"}
)
_CUE_WORDS = _STRONG_CUE_WORDS | lexicon.WEB_WORDS  # one set: one pass over the words (speed)
_CUE_CHARS = frozenset("©@/|")
UNRELATED_PROSE = 0.2
SHORT_NOTE_WORDS = 3
TEASER_MIN_WORDS = 8  # a sentence sharing next to nothing with the story may be another's teaser


@dataclass(frozen=True)
class Judgement:
    line: StoryLine
    probability: float
    kind: str


def feature_rows(shape: StoryShape) -> Iterator[tuple[StoryLine, list[float]]]:
    """Each judged line of the story with its features; the headline (``headline_index``: the
    first line, or a later one above the body when lines of a page stand above it) and the
    story's own structure (sign-offs, datelines, tables, fields...) are not judged."""
    if shape.body_start is None:
        return  # no paragraph to judge against: a headline list, a caption, a fragment
    story = StoryContext(shape)
    head = story.headline_index
    judged = [ln for ln in shape.lines if ln.index != head and ln.text.strip()]
    structure = None  # built for the first line that passes the cheap tests (speed: most stories have none)
    for line in judged:
        if len(line.words) > MAX_WORDS or (_is_sentence(line) and not _has_cue(line, shape)):
            continue
        if structure is None:
            structure = PageStructure(shape, story, [ln for ln in judged if not ln.is_real_paragraph])
        if structure.reason(line) is None:
            yield line, line_features(line, shape, story)


def _is_sentence(line: StoryLine) -> bool:
    """A paragraph of prose, or a note of a few words without a verb ending in a full stop, as a
    story ends ("More soon.", "Developing story."); not a label that exclaims ("Garden Buzz!")
    or asks ("Why now?"), as a page's boxes do."""
    if line.is_real_paragraph:
        return True
    text = line.text
    return (
        text.endswith(".")
        and not text.endswith("..")
        and len(line.words) <= SHORT_NOTE_WORDS
        and not line.has_verb
    )


def _has_cue(line: StoryLine, shape: StoryShape) -> bool:
    """Whether a sentence carries a sign of residue worth a closer look: a symbol of an address
    or a credit, an order to the reader, the second person, a word of the web, of a credit or
    a role, or next to nothing in common with the story in a sentence long enough to be
    another story's teaser."""
    text = line.text
    if not _CUE_CHARS.isdisjoint(text) or "http" in text or "www." in text:
        return True
    low = line.lower_words
    if low and low[0] in lexicon.READER_VERBS:
        return True
    if not _CUE_WORDS.isdisjoint(low):
        return True
    return len(line.words) >= TEASER_MIN_WORDS and shape.relevance(line) < UNRELATED_PROSE


def judge(shape: StoryShape, model: Model) -> Iterator[Judgement]:
    for line, x in feature_rows(shape):
        yield Judgement(line, model.probability(x), model.kind(x))
