"""Spelling rules (SP): misspelt ordinary words and slips in proper nouns.

The heavy parts live in small modules loaded on first use: ``spelling_lexicon`` (dictionary,
known misspellings, British forms), ``spelling_tokens`` (what is checked at all),
``spelling_rank`` (ranked corrections) and ``spelling_proper`` (evidence about names).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ...rule import Rule
from ...types import Applicability, Finding, Fix, Severity
from .tokens import SpellToken, StoryWords

# A dictionary guess whose best correction costs at most this many weighted slips is a
# warning; anything less sure is info, which the exit code and the evaluation ignore.
CONFIDENT_COST = 2.0
MAX_SUGGESTIONS = 3
CHEAP_SLIP = 0.6


class _SpellingRule(Rule):
    check_quotes = True  # a misspelt name inside a quote is still misspelt

    def _setup(self, doc: Document):
        """Lexicon, tokens and word sets for ``doc``, shared by both SP rules."""
        from .lexicon import load_lexicon
        from .words import WordSets

        def build(doc: Document):
            lexicon = load_lexicon()
            words = StoryWords(doc)
            return lexicon, words, WordSets(lexicon, self.config, words)

        return doc.shared(("spelling", self.config), build)  # a config hashes by identity


class MisspelledWord(_SpellingRule):
    """What it does: flags an ordinary word that is not in the dictionary ("tunned") and
    suggests the likeliest intended word, keeping the original's capitals.

    Why it matters in news copy: a typo in print costs the story its authority, and spell
    checkers that flag every name are switched off by desks; this rule checks ordinary
    lower-case words and leaves names to SP002.

    Example: ``Stay tunned for updates.``

    Use instead: ``Stay tuned for updates.``

    Fix safety: safe when the word is a known misspelling with a single correction (codespell's
    list); otherwise unsafe: a dictionary guess needs a human eye. British and American forms
    ("organisation", "organization") are both correct here; mixing them is the CN family's
    business. Words used twice or more in a story are taken as deliberate and left alone.

    Options: none; add words to the file named by ``accepted-words`` (``newslint words add``).
    """

    code = "SP001"
    name = "misspelled-word"
    summary = "A word is not in the dictionary ('tunned' for 'tuned')"
    default_severity = Severity.WARNING
    fix_availability = "sometimes"

    def check(self, doc: Document) -> Iterator[Finding]:
        lexicon, words, sets = self._setup(doc)
        for token in sets.capitals:  # only words no list holds, as below
            known_typo = lexicon.misspellings.get(token.lower)
            if known_typo:
                yield _known_misspelling(token, known_typo, sets.locale, lexicon)
        for token in sets.tokens:
            if token.capitalised and not token.sentence_start:
                continue
            known_typo = lexicon.misspellings.get(token.lower)
            if known_typo:
                yield _known_misspelling(token, known_typo, sets.locale, lexicon)
            elif sets.is_derived(token) and not _close_to_word(token, sets.locale, lexicon):
                continue
            elif not token.capitalised and len(token.core) > 2 and words.counts[token.lower] < 2:
                finding = _dictionary_guess(token, sets.locale, lexicon)
                if finding is not None:
                    yield finding


def _known_misspelling(token: SpellToken, options, locale, lexicon) -> Finding:
    from .rank import ranking_keys

    swap = lexicon.american_to_british if locale == "en-GB" else {}
    words = [swap.get(o, o) for o in options]
    fixes = [_restore(token, w) for w in words]
    if len(options) > 1:  # codespell's order is alphabetical-ish: those we rank come first, in order
        keys = ranking_keys(token.lower, words, lexicon, locale)
        ranked = [_restore(token, w) for w in sorted(keys, key=keys.__getitem__)]
        fixes = ranked + [w for w in fixes if w not in ranked]
    safe = len(options) == 1 and " " not in options[0]
    fix = Fix.replace(token.core_span, fixes[0], Applicability.SAFE if safe else Applicability.UNSAFE,
                      f"replace with '{fixes[0]}'")
    return Finding(token.core_span, f"'{token.core}' is a common misspelling of '{fixes[0]}'",
                   suggestions=tuple(fixes[:MAX_SUGGESTIONS]), fix=fix, severity=Severity.ERROR)


def _dictionary_guess(token: SpellToken, locale, lexicon) -> Finding | None:
    from .rank import rank

    ranked = rank(token.lower, lexicon, locale, want=MAX_SUGGESTIONS)
    if not ranked:
        return Finding(token.core_span, f"'{token.core}' is not in the dictionary", severity=Severity.INFO)
    fixes = tuple(_restore(token, w) for w, _, _ in ranked[:MAX_SUGGESTIONS])
    limit = CHEAP_SLIP if len(token.core) <= 3 else CONFIDENT_COST
    sure = ranked[0][2] <= limit and not token.in_compound and not lexicon.is_foreign(token.lower)
    fix = Fix.replace(token.core_span, fixes[0], Applicability.UNSAFE, f"replace with '{fixes[0]}'")
    return Finding(
        token.core_span,
        f"'{token.core}' is not a word; did you mean '{fixes[0]}'?",
        suggestions=fixes,
        fix=fix,
        severity=None if sure else Severity.INFO,
    )


def _close_to_word(token: SpellToken, locale, lexicon) -> bool:
    """One cheap slip from a dictionary word: "wellcome" is a typo, not well + come."""
    from .rank import has_cheap_slip, rank

    if not has_cheap_slip(token.lower, lexicon, CHEAP_SLIP):
        return False  # no candidate that cheap at all: no need to rank them
    return any(cost <= CHEAP_SLIP for _, _, cost in rank(token.lower, lexicon, locale, want=5)[:5])


def _restore(token: SpellToken, word: str) -> str:
    from ...casing import match_case

    return match_case(token.core, word)


class ProperNounTypo(_SpellingRule):
    """What it does: flags a capitalised word that is a slip of a name or place the story writes
    more often ("Kazahkstan's" when the story has "Kazakhstan" ten times), or of a country or
    nationality ("Venezeulan").

    Why it matters in news copy: a misspelt name is a correction the next day; yet most
    capitalised words a dictionary does not know are names that are right, so this rule speaks
    only when the story or a gazetteer says what was meant.

    Example: ``Kazahkstan's government appealed ... Kazakhstan ... Kazakhstan``

    Use instead: ``Kazakhstan's government appealed ...``

    Fix safety: unsafe: two people may really have names one letter apart. Derived forms
    (Korea/Korean, Kazakh/Kazakhs, Niger/Nigeria) and two known places (Iran/Iraq,
    Austria/Australia) are never taken for slips of each other.

    Options: none; list house names in the file named by ``names``.
    """

    code = "SP002"
    name = "proper-noun-typo"
    summary = "A capitalised word is a slip of a name the story uses more often"
    default_severity = Severity.ERROR
    fix_availability = "always"

    def check(self, doc: Document) -> Iterator[Finding]:
        lexicon, words, sets = self._setup(doc)
        seen: dict[str, tuple] = {}
        for token in sets.tokens:  # words no list holds
            if not token.capitalised or sets.is_name(token):
                continue  # compounds and affixes are not excuses here: "Genreal" is no gen + real
            if token.sentence_start and token.lower in lexicon.misspellings:
                continue  # SP001 reports it
            if lexicon.is_foreign(token.lower):
                continue  # "Banque", "Cereais": a foreign name, not a slip of an English one
            evidence = seen.get(token.core)
            if evidence is None:  # a name recurs: weigh the evidence once per story
                evidence = seen[token.core] = _evidence(token.core, words, lexicon)
            fixed, severity, reason = evidence
            if fixed is None:
                continue
            yield Finding(
                token.core_span,
                f"'{token.core}' looks like a slip: {reason} '{fixed}'",
                suggestions=(fixed,),
                fix=Fix.replace(token.core_span, fixed, Applicability.UNSAFE, f"replace with '{fixed}'"),
                severity=severity,
            )


def _evidence(word: str, words: StoryWords, lexicon) -> tuple[str | None, Severity | None, str]:
    """What ``word`` was meant to be, the finding's severity and how we know."""
    from .proper import gazetteer_match, story_majority

    intended = story_majority(word, words, lexicon)
    if intended is not None:
        return intended, None, "the story writes"
    return gazetteer_match(word), Severity.WARNING, "did you mean"


__all__ = ["MisspelledWord", "ProperNounTypo"]
