"""Which acronym a form is a slip of (AC001), and how sure the story lets us be.

Two acronyms one slip apart are often two bodies (ABC and NBC, the CES and its organiser the
CEA), so a form is only taken for a slip on the story's own evidence:

* the rival is defined or used more, and the form stands on its own (not defined, not spelled
  out, not set beside the rival in one sentence);
* or the form is used once and never defined, while the rival is defined or used several times
  (twice; three times to overturn the reviewed list or an everyday word in capitals: CBC, RAC,
  TON): "a lone slip". Two bodies would leave a trace the story lacks: the form in a name of its
  own ("SBC Communications"), a noun introducing it ("US telco SBC"), a gloss in brackets
  that starts with its first letter and does not spell the rival ("RPM (Revenue Per Thousand)"), the pair on the reviewed list of look-alikes that copy names
  together (GPS and GPRS, the CEO at the CES), or the two in one sentence.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ...types import Severity
from .. import common as cons
from .expansions import align, bracket_words
from .index import AcronymIndex

# Capitalised words that say nothing about the name an acronym is part of ("The CBC said").
_NOT_NAME_WORDS = frozenset(
    "The A An In On At For By To Of And Or But As From With Its His Her Their Our Your This That "
    "These Those When While After Before If Then Now Also".split()
)


@cache
def look_alike_pairs() -> frozenset[frozenset[str]]:
    """The reviewed pairs in ``rules/acronyms/look-alikes.txt``, one pair a line."""
    from ...packs.loader import builtin_rules_dir

    path = Path(builtin_rules_dir()) / "acronyms" / "look-alikes.txt"
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) == 2:
            pairs.add(frozenset(words))
    return frozenset(pairs)


def rival_of(form: str, index: AcronymIndex, known: frozenset[str]) -> tuple[str, Severity, bool] | None:
    """(the acronym ``form`` is a slip of, the severity, whether a fix may be safe), or None."""
    if index.spelled_out(form):
        return None  # the story says what it stands for: a body of its own
    pairs = look_alike_pairs()
    candidates = [
        o
        for o in index.look_alikes.of(form)
        if len(o) >= 3 and frozenset((form, o)) not in pairs and form != o + "S" and o != form + "S"  # MMORPGS: a plural
    ]
    if not candidates:
        return None
    if form in known or cons.common_word(form):
        # A real body elsewhere (UTC) or a word in capitals ("USB BUS Power"): a swap of an
        # acronym the story spells out and uses more (UTC in a story about the Trades Union
        # Congress (TUC)), or a lone slip.
        found = _swap_of_backed(form, candidates, index, known if form not in known else frozenset())
        if found is None:
            found = _lone_slip(form, candidates, index, known, several=3)
        return None if found is None else (*found, False)
    found = _rival(form, candidates, index, known)
    if found is not None:
        return (*found, True)
    found = _lone_slip(form, candidates, index, known, several=2)
    return None if found is None else (*found, False)


def _swap_of_backed(form: str, candidates: list[str], index: AcronymIndex, vouched: frozenset[str]):
    """A well-known acronym ("UTC") is a slip only for an acronym the story spells out and uses
    more; a word in capitals ("TEA" in a story about ETA) also for a well-known one, passed in
    ``vouched``."""
    counts = index.counts
    for other in candidates:
        if (
            sorted(other) == sorted(form)
            and (index.spelled_out(other) and counts[other] > counts[form] or other in vouched)
            and counts[other] >= counts[form]
            and not index.same_sentence(form, other)
        ):
            lone = counts[form] == 1 and index.defined(other)  # a lone slip of a defined acronym
            return other, (Severity.ERROR if lone else Severity.WARNING)
    return None


def _rival(form: str, candidates: list[str], index: AcronymIndex, known: frozenset[str]):
    """The acronym ``form`` is a slip of, and how sure we are; None when it stands on its own.
    Of several rivals, the strongest wins: defined or used more, then backed by the story's own
    words (defined or spelled out) over the reviewed list alone ("Securities and Exchange
    Commission (ESC)" is the SEC, not the EST of a timestamp), then the one used more."""
    counts = index.counts
    best = None
    for other in candidates:
        same_length = len(other) == len(form)
        if not (same_length or index.defined(other)):
            continue
        backed = index.defined(other) or other in known or index.spelled_out(other)
        if sorted(other) != sorted(form) and (
            not (backed and counts[other] >= counts[form]) or _side_by_side(form, other, index, known)
        ):
            continue  # one letter off is often another body (AWD/RWD, CES and its organiser CEA)
        if index.defined(other) or (backed and counts[other] >= counts[form]):
            level = 3
        elif counts[other] > counts[form] and counts[form] <= 2:
            level = 2
        elif counts[other] == counts[form] == 1 and _wins_tie(other, form, index):
            level = 1  # a tie: the form written in title case elsewhere, or else the first, wins
        else:
            continue
        # Evidence of a body of its own, for a letter changed (a swap, "phone firm MIC" beside MCI
        # or "the CLP World Tour" beside the CPL, is a slip wherever it falls):
        if sorted(other) != sorted(form) and not index.defined(other):
            if counts[other] == counts[form] and _named_only(form, other, index):
                continue  # a tie, and only the form is part of a name ("SFK Sparta" beside the SFS)
            if _introduced(form, index):
                continue  # "US telco SBC" beside the BBC: a body the story presents as one
        strength = (level, index.spelled_out(other), counts[other])
        if best is None or strength > best[1]:
            best = (other, strength)
    if best is None:
        return None
    other, strength = best
    return other, (Severity.ERROR if strength[0] >= 2 else Severity.WARNING)


def _wins_tie(other: str, form: str, index: AcronymIndex) -> bool:
    """Two forms used once each: ``other`` wins when the story also writes it in title case ("In-Stat/
    Mdr" beside In-Stat/MDR and In-Stat/DMR), or, when that settles nothing, when it comes first."""
    titled = index.title_case_uses
    if titled[other] != titled[form]:
        return titled[other] > titled[form]
    return index.first(other) < index.first(form)


def _lone_slip(form: str, candidates: list[str], index: AcronymIndex, known: frozenset[str], several: int):
    """A form used once and never defined, one slip from an acronym the story defines or uses
    ``several`` times (CBC in a story about the BBC): a warning, an error when the rival is
    defined. Overturning the reviewed list (CBC is a broadcaster too) takes more uses than an
    unknown form does."""
    counts = index.counts
    if counts[form] != 1 or index.defined(form):
        return None
    best = None
    for other in candidates:
        if len(other) != len(form) and not index.defined(other):
            continue
        if not (index.defined(other) or counts[other] + index.title_case_uses[other] >= several):
            continue
        if _side_by_side(form, other, index, known):
            continue
        if _in_a_name_of_its_own(form, other, index) or _introduced(form, index) or _glossed(form, other, index):
            continue
        strength = (index.defined(other), counts[other])
        if best is None or strength > best[1]:
            best = (other, strength)
    if best is None:
        return None
    other, (defined, _) = best
    return other, (Severity.ERROR if defined else Severity.WARNING)


def _glossed(form: str, other: str, index: AcronymIndex) -> bool:
    """ "a lower RPM (Revenue Per Thousand)" beside the CPM: the story glosses the form with words
    of its own, starting with its first letter, even if their initials do not spell it exactly
    (M for mille). A body the writer explains is no slip; unless the gloss spells the rival
    ("Collective Security Treaty Organisation (CTSO)" is the CSTO)."""
    text = index.doc.text
    for span in index.occurrences[form]:
        words = bracket_words(text, span)
        if not words or len(words) < 2 or not all(w[0].isupper() for w in words):
            continue
        before = text[span.start - 1 : span.start] == "("
        gloss = words[-len(form) :] if before else words
        if gloss[0][0] == form[0] and not align(other, words[-len(other) :] if before else words):
            return True
    return False


# Nouns that introduce a body by its acronym ("US telco SBC", "the broadcaster NBC").
_INTRODUCERS = frozenset(
    """firm company group telco carrier operator broadcaster network channel station newspaper paper
    agency regulator watchdog bank insurer lender retailer maker manufacturer airline rival partner
    union body organisation organization party club team chain giant conglomerate consortium label
    studio publisher exchange fund charity institute council ministry unit subsidiary brand
    provider developer supplier distributor""".split()
)


def _introduced(form: str, index: AcronymIndex) -> bool:
    """The story introduces the form as a body of its own: a noun naming what it is comes first."""
    text = index.doc.text
    for span in index.occurrences[form]:
        before = text[max(0, span.start - 24) : span.start].split()
        if before and before[-1] in _INTRODUCERS:
            return True
    return False


def _side_by_side(form: str, other: str, index: AcronymIndex, known: frozenset[str]) -> bool:
    """Named in one sentence, as two bodies are ("ABC and NBC"); unless the form is neither known
    nor a word and shares the rival's name ("BBC Radio 1 ... and OBC Radio 2")."""
    if not index.same_sentence(form, other):
        return False
    if form in known or cons.common_word(form):
        return True
    return (index.neighbours(form) & index.neighbours(other)) <= _NOT_NAME_WORDS


def _named_only(form: str, other: str, index: AcronymIndex) -> bool:
    """ "SFK Sparta" beside "the SFS": the form is part of a name and the rival never is (both in
    names, "BCB News" beside "BBC Radio", say nothing)."""
    return bool(index.neighbours(form) - _NOT_NAME_WORDS) and not index.neighbours(other) - _NOT_NAME_WORDS


def _in_a_name_of_its_own(form: str, other: str, index: AcronymIndex) -> bool:
    """ "SBC Communications", "SFK Sparta": the form is part of a name the rival never shares."""
    own = index.neighbours(form) - _NOT_NAME_WORDS
    return bool(own) and own.isdisjoint(index.neighbours(other))
