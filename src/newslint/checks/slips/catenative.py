"""GR005: a catenative verb straight before a bare verb, without "to" ("I'm going do", "they
want see"). A Python rule rather than a pack entry: whether "plans", "need" or "hope" is a verb
here depends on the word before it, which the pack kinds cannot ask.

The word lists are ``rules/slips/*.txt``, written by hand: the catenative verbs, those of them
that are nouns too, and the bare verbs that may follow (words that are as often a noun right
after "want" or "need", such as "help" or "work", are left out of it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ...document import Document
from ...packs.kinds.insertion import GAP, missing_word_finding, one_line
from ...rule import Rule
from ...types import Finding, Severity, Span
from ..common import data_words

# A word before the catenative that makes it a noun: "the going", "their hope", "a need".
_DETERMINERS = frozenset(
    "the a an his her its their our my your this that these those no every any each whose what which "
    "some another".split()
)
# An -s form that is a noun too is a verb only after one of these: "he plans go".
_SINGULAR_SUBJECTS = frozenset("he she it who".split())
# "need" is a modal verb too: "all you need do is", "no one need know", "if need be".
_MODAL_NEED_CUES = frozenset(
    "all if no nobody none never neither nor only hardly scarcely nothing one noone".split()
)
_MODAL_NEED_VERBS = frozenset("be do have".split())
# Catenatives never followed by a noun, so a bare verb that is a noun too ("appeal", "finish")
# is a verb after them: "going appeal", "able finish" (but "want work", "refused bail").
_NO_NOUN_AFTER = frozenset("going able unable ought seem seems seemed seeming decide decides decided deciding".split())
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)['’]?[ \t]*\r?\n?[ \t]*\Z")


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Catenatives, those that are nouns too, bare verbs, and bare verbs that are nouns too."""
    return (
        data_words("slips", "catenative-verbs.txt"),
        data_words("slips", "catenative-nouns.txt"),
        data_words("slips", "bare-verbs.txt"),
        data_words("slips", "bare-verbs-also-nouns.txt"),
    )


@cache
def _pattern() -> re.Pattern:
    """One search for every catenative + gap + bare verb, compiled on first use (cold start)."""
    catenatives, _, bare, bare_nouns = _word_lists()

    def alternation(words: frozenset[str]) -> str:
        return "|".join(sorted(words, key=lambda w: (-len(w), w)))

    return re.compile(
        rf"(?<![\w'’-])(?P<verb>{alternation(catenatives)})(?P<gap>{GAP})"
        rf"(?P<bare>{alternation(bare | bare_nouns)})(?![\w'’-])",
        re.IGNORECASE,
    )


# Characters outside ASCII that ``re.IGNORECASE`` takes for an ASCII letter (long s, Kelvin
# sign, dotless and dotted i): with one of them in the text, ``str.lower`` and the pattern
# disagree, and ``matches`` searches the plain way.
_FOLDS_TO_ASCII = "\u017f\u212a\u0131\u0130"


@cache
def _needles() -> tuple[str, ...]:
    """The first four letters of each catenative: every match starts with one of them."""
    return tuple(sorted({verb[:4] for verb in _word_lists()[0]}))


# Two words with a gap between, as the pattern's groups name them; ``matches`` looks the words
# up instead of compiling the pattern's long alternations (about 16 ms at cold start).
_WORD_PAIR_RE = re.compile(rf"(?<![\w'’-])(?P<verb>[^\W\d_]+)(?P<gap>{GAP})(?P<bare>[^\W\d_]+)(?![\w'’-])")


def matches(text: str, start: int = 0) -> Iterator[re.Match]:
    """What ``_pattern().finditer(text, start)`` yields, found faster: ``str.find`` locates the
    few places a catenative can start, a two-word pattern is tried there only and its words are
    looked up in the lists (the pattern's leading look-behind keeps ``re`` from skipping ahead
    on its own: 0.31 -> 0.07 ms a BBC story). tests/test_slips.py compares the two."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(ch in text for ch in _FOLDS_TO_ASCII):
        yield from _pattern().finditer(text, start)
        return
    catenatives, _, bare, bare_nouns = _word_lists()
    starts: set[int] = set()
    for needle in _needles():
        at = lowered.find(needle, start)
        while at != -1:
            starts.add(at)
            at = lowered.find(needle, at + 1)
    end = start
    for at in sorted(starts):
        if at < end or (m := _WORD_PAIR_RE.match(text, at)) is None:
            continue
        if lowered[m.start("verb") : m.end("verb")] in catenatives:
            word = lowered[m.start("bare") : m.end("bare")]
            if word in bare or word in bare_nouns:
                end = m.end()
                yield m


class MissingToBeforeVerb(Rule):
    """What it does: flags a verb that takes "to" before another verb (want, need, going, able,
    try, decide, refuse, manage, vow, plan, hope, agree, fail, seem, ought...) followed straight
    by a bare verb from a closed list (be, do, go, get, make, see, take...): "going do", "want
    see". It covers that one shape only; it is not a grammar checker.

    Why it matters in news copy: "to" is the shortest word in the sentence and the first an edit
    drops; every word left is spelled right.

    Example: ``The council is going approve the plan next week.``

    Use instead: ``The council is going to approve the plan next week.``

    Fix safety: unsafe; the fix inserts "to". Left alone: a noun reading ("the plans make
    sense", "their hopes come true", "a wish come true"), modal "need" ("all you need do is
    call", "no one need know", "if need be"), and bare verbs that are as often nouns ("they
    want work", "the roads need repair"). Quoted speech: reported as info and never fixed, as
    a quote records what was said. Headlines are skipped.

    Options: none.
    """

    code = "GR005"
    name = "missing-to-before-verb"
    summary = "A verb that takes 'to' runs straight into a bare verb ('going do')"
    default_severity = Severity.WARNING
    fix_availability = "sometimes"
    check_quotes = True  # quoted slips are reported as info, without a fix

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        headline = doc.headline
        body_start = headline.end if headline is not None else 0
        for m in matches(text, body_start):
            verb, bare = m.group("verb").lower(), m.group("bare").lower()
            if not _reads_as_catenative(text, m.start(), verb, bare):
                continue
            span = Span(m.start(), m.end())
            at = m.end("verb")
            message = f"'{one_line(m.group())}' is missing 'to': '{m.group('verb')} to {m.group('bare')}'"
            yield missing_word_finding(doc, span, at, "to", message)


def _reads_as_catenative(text: str, start: int, verb: str, bare: str) -> bool:
    """Whether ``verb`` is the verb that takes "to" here, judged from the word before it."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    previous = before.group(1).lower() if before else ""
    _, nouns, bare_verbs, _ = _word_lists()
    if bare not in bare_verbs and verb not in _NO_NOUN_AFTER:
        return False  # "they want work", "refused bail": a noun may follow
    if previous in _DETERMINERS:
        return False  # "the going", "their hope", "a need"
    if verb in nouns and verb.endswith("s") and previous not in _SINGULAR_SUBJECTS:
        return False  # "the plans make sense"
    if verb == "need":
        if bare in _MODAL_NEED_VERBS:
            return False
        window = text[max(0, start - 30) : start].lower().split()[-3:]
        if any(w.strip(",;:'’\"") in _MODAL_NEED_CUES for w in window):
            return False
    return True
