"""SP001's judgement of one ordinary word that no list holds: is it a typo, how sure are we, and
may ``--fix`` change it unasked?

* A word of codespell's list of known misspellings is an error. Its fix is safe only when it
  cannot be wrong: one correction, a whole word (never a part of "add-ons" or "Winn-Dixie"),
  not capitalised (unless the story itself writes the correction more often), written far more
  rarely than its correction ("tung" is a tree as often as a slip of "tongue"), and not a known
  word plus a suffix (a coinage such as "brokeness").
* Another word gets ranked corrections. It is a warning when the best is a cheap slip and
  nothing says the word is real: wordfreq knowing a word nearly as common as the correction
  ("mocktail" beside "cocktail") makes it info.
* A part of a hyphenated compound is judged only when the whole is unknown, and only as a plain
  misspelling: no word people write at all ("ons", "mis", "hander" are compound parts), never
  a safe fix.
"""

from __future__ import annotations

from ...casing import match_case
from ...types import Applicability, Finding, Fix, Severity
from .context import compound_span
from .tokens import SpellToken, normalise_apostrophes

# A dictionary guess whose best correction costs at most this many weighted slips is a
# warning; anything less sure is info, which the exit code and the evaluation ignore.
CONFIDENT_COST = 2.0
CHEAP_SLIP = 0.6
MAX_SUGGESTIONS = 3
# A word wordfreq has seen is a typo only if its correction is this many Zipf points commoner
# (a hundredfold): fitted on dev-a (planted typos against the clean stories' unknown words).
ATTESTED_GAP = 2.5
# ... and, for a slip dearer than ~0.5, this many points plus this many per unit of slip cost
# (fitted on dev-a: planted human misspellings against the clean stories' unknown words).
SLIP_ODDS_BASE = 1.5
SLIP_ODDS_PER_COST = 1.0
# A known misspelling's fix is safe only when the correction is this much commoner than the typo.
SAFE_GAP = 2.0
# A compound's part that wordfreq has seen this often is a compound part, not a typo.
PART_SEEN_ZIPF = 1.0
MIN_PART_LETTERS = 4
_COINAGE_SUFFIXES = ("ness", "less", "ful", "ish", "ism", "ist", "ly", "er", "ers", "y")


def known_misspelling(token: SpellToken, options: tuple[str, ...], sets, words) -> Finding:
    """The error for a word of codespell's list, its fixes in the locale's spelling, ranked."""
    from .rank import ranking_keys

    lexicon, locale = sets.lexicon, sets.locale
    swap = lexicon.american_to_british if locale == "en-GB" else {}
    spelt = [swap.get(o, o) for o in options]
    fixes = [match_case(token.core, w) for w in spelt]
    if len(options) > 1:  # codespell's order is alphabetical-ish: those we rank come first, in order
        keys = ranking_keys(token.lower, spelt, lexicon, locale)
        ranked = [match_case(token.core, w) for w in sorted(keys, key=keys.__getitem__)]
        fixes = ranked + [w for w in fixes if w not in ranked]
    safe = len(options) == 1 and _safe_correction(token, spelt[0], sets, words)
    fix = Fix.replace(token.core_span, fixes[0], Applicability.SAFE if safe else Applicability.UNSAFE,
                      f"replace with '{fixes[0]}'")
    return Finding(token.core_span, f"'{token.core}' is a common misspelling of '{fixes[0]}'",
                   suggestions=tuple(fixes[:MAX_SUGGESTIONS]), fix=fix, severity=Severity.ERROR)


def _safe_correction(token: SpellToken, correction: str, sets, words) -> bool:
    lexicon = sets.lexicon
    if " " in correction or token.in_compound:
        return False
    if token.core[:1].isupper() and words.counts[correction.lower()] <= words.counts[token.lower]:
        return False  # "Ponting" is no "Pointing" unless the story writes "pointing" itself
    if lexicon.zipf(token.lower) > lexicon.zipf(correction.lower()) - SAFE_GAP:
        return False
    return not _coinage(token.lower, sets)


def _coinage(lower: str, sets) -> bool:
    """A known word plus a productive suffix ("broke" + "ness"): perhaps meant."""
    return any(
        lower.endswith(suffix) and len(lower) - len(suffix) >= 3 and sets.known_text(lower[: -len(suffix)])
        for suffix in _COINAGE_SUFFIXES
    )


def dictionary_guess(token: SpellToken, sets) -> Finding | None:
    """Ranked corrections for an unknown word: a warning when sure, else info."""
    from .rank import rank

    lexicon, locale = sets.lexicon, sets.locale
    ranked = rank(token.lower, lexicon, locale, want=MAX_SUGGESTIONS)
    if not ranked:
        return Finding(token.core_span, f"'{token.core}' is not in the dictionary", severity=Severity.INFO)
    fixes = tuple(match_case(token.core, w) for w, _, _ in ranked[:MAX_SUGGESTIONS])
    best, _, _ = ranked[0]
    # sure when any suggestion is a cheap slip ("yares": "years" costs less than "are", which
    # the frequency weighting ranks first), judged against the first suggestion
    cost = min(c for _, _, c in ranked[:MAX_SUGGESTIONS])
    limit = CHEAP_SLIP if len(token.core) <= 3 else CONFIDENT_COST
    sure = (
        cost <= limit
        and not lexicon.is_foreign(token.lower)
        and not attested(token.lower, best, lexicon, cost)
        and not regular_form(token.lower, cost, lexicon)
    )
    fix = Fix.replace(token.core_span, fixes[0], Applicability.UNSAFE, f"replace with '{fixes[0]}'")
    return Finding(
        token.core_span,
        f"'{token.core}' is not a word; did you mean '{fixes[0]}'?",
        suggestions=fixes,
        fix=fix,
        severity=None if sure else Severity.INFO,
    )


# Prefixes that make new words of whole words ("deregistration", "misallocation", "euromarket");
# the word after them must be long, so that a slip inside a short word ("untill") is no prefix.
_PREFIXES = ("de", "re", "non", "mis", "anti", "euro", "micro", "multi", "over", "under", "counter",
             "super", "inter", "semi", "sub", "pre", "un")
MIN_PREFIXED_STEM = 7
MIN_PLURAL_STEM = 8


def regular_form(lower: str, cost: float, lexicon) -> bool:
    """A word the dictionary lacks only as a regular form of a long word it has: a plain plural
    of a word of eight letters or more ("outstandings", "euromarkets", "misallocations": Hunspell
    gives no plural to a word it files as an adjective or a verb), or a productive prefix before
    a long word with no one-slip correction ("deregistration", "dedramatise"). A coinage more
    often than a typo, so info: a slip rarely lands on a long word plus "s" (the misspelling
    lists hold 16 such in 34,000), while short ones are what people mistype ("stors", "yares",
    "distants"), and "familys" or "businesss" are never a plain plural."""
    stem = lower[:-1]
    if (lower.endswith("s") and len(stem) >= MIN_PLURAL_STEM and not stem.endswith(("s", "x", "z", "sh", "ch", "y"))
            and lexicon.known(stem)):
        return True
    if cost <= 1.0:
        return False  # one slip from a word: "desided" is a typo, whatever its prefix
    return any(
        lower.startswith(prefix) and len(lower) - len(prefix) >= MIN_PREFIXED_STEM and lexicon.known(lower[len(prefix):])
        for prefix in _PREFIXES
    )


def attested(lower: str, correction: str, lexicon, cost: float = 0.0) -> bool:
    """People write ``lower`` too often for a slip of ``correction``. The dearer the slip, the
    rarer it is, so the commoner the correction must be: a noisy channel's odds, in Zipf points
    ("surveil" is 2.6 points under "survey" but 1.7 slips from it: a word; "fone" is 3.1 under
    "phone" and sounds the same: a slip)."""
    seen = lexicon.zipf(lower)
    return seen > 0 and lexicon.zipf(correction) - seen < max(ATTESTED_GAP, SLIP_ODDS_BASE + SLIP_ODDS_PER_COST * cost)


def compound_is_known(text: str, token: SpellToken, sets) -> bool:
    """The hyphenated compound around ``token`` is itself a word ("add-ons", "pre-empted")."""
    span = compound_span(text, token.span)
    whole = normalise_apostrophes(text[span.start : span.end]).lower()
    if whole.endswith("'s"):
        whole = whole[:-2]
    return sets.known_text(whole.rstrip("'"))


def part_may_be_typo(token: SpellToken, lexicon) -> bool:
    """A part of an unknown compound is judged only as a plain misspelling: one of codespell's
    ("goverment-backed"), or a word people do not write at all."""
    if len(token.core) < MIN_PART_LETTERS:
        return False
    return token.lower in lexicon.misspellings or lexicon.zipf(token.lower) < PART_SEEN_ZIPF
