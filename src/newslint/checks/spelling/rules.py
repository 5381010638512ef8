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
from ..names.index import build_index as name_index
from .tokens import StoryWords


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
        from .context import line_break_join, touches_entity
        from .ordinary import compound_is_known, dictionary_guess, known_misspelling, part_may_be_typo

        lexicon, words, sets = self._setup(doc)
        text = doc.text
        for token in sets.capitals:  # only words no list holds, as below
            options = lexicon.misspellings.get(token.lower)
            if options and not token.in_compound:
                yield known_misspelling(token, options, sets, words)
        for token in sets.tokens:
            if token.capitalised and (not token.sentence_start or sets.reads_as_name(token)):
                continue  # a name: SP002's
            if touches_entity(text, token.span):
                continue  # "caf" of ``caf&#233;``: BP012 reports the entity
            joined = line_break_join(text, token.span)
            if joined is not None and sets.known_text(joined.lower()):
                continue  # "orga- nise": a word the typesetter broke at a line's end
            if token.in_compound:
                if compound_is_known(text, token, sets) or not part_may_be_typo(token, lexicon):
                    continue
            options = lexicon.misspellings.get(token.lower)
            if options:
                yield known_misspelling(token, options, sets, words)
            elif not token.capitalised and len(token.core) > 2 and words.counts[token.lower] < 2:
                finding = dictionary_guess(token, sets)
                if finding is not None:
                    yield finding


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
            fixed, severity, reason, from_story = evidence
            if fixed is None:
                continue
            if from_story and _another_player(doc, token, lexicon):
                continue
            if not from_story and _after_given_name(doc.text, token, lexicon):
                continue  # "Wanderley Luxemburgo" is a man, not a slip of "Luxembourg"
            yield Finding(
                token.core_span,
                f"'{token.core}' looks like a slip: {reason}",
                suggestions=(fixed,),
                fix=Fix.replace(token.core_span, fixed, Applicability.UNSAFE, f"replace with '{fixed}'"),
                severity=severity,
            )


def _evidence(word: str, words: StoryWords, lexicon) -> tuple[str | None, Severity | None, str, bool]:
    """What ``word`` was meant to be, the finding's severity, how we know, and whether the story's
    own forms are the evidence (rather than the gazetteer)."""
    from .ordinary import attested
    from .proper import gazetteer_match, story_majority

    majority = story_majority(word, words, lexicon)
    if majority is not None:
        intended, tie = majority
        if tie:  # written as often, and only the letters say which is the slip: a pair to check
            line = _first_line(words.doc, intended)
            return intended, Severity.WARNING, f"the story writes '{intended}' as often (line {line})", True
        return intended, None, f"the story writes '{intended}'", True
    place = gazetteer_match(word)
    lower = word.lower()
    if place is not None and lower not in lexicon.misspellings and attested(lower, place.lower(), lexicon):
        return None, None, "", False  # people write "Haidian" (a Beijing district): no slip of "Haitian"
    return place, Severity.WARNING, f"did you mean '{place}'", False


def _another_player(doc: Document, token, lexicon) -> bool:
    """A surname people write ("Horan") in a team sheet or name list, where two players a letter
    apart (Horan, Horgan) stand side by side: the story's majority proves nothing there. A form
    nobody writes ("Mutphy") is still a slip."""
    from .proper import NAME_SEEN_ZIPF

    return lexicon.zipf(token.core.lower()) >= NAME_SEEN_ZIPF and name_index(doc).in_name_list(token.core_span)


def _after_given_name(text: str, token, lexicon) -> bool:
    """Straight after a capitalised word that is a name or a title, not a common word ("South",
    "New"): the second half of a person's name, whatever place it resembles."""
    from .context import TITLES, neighbours

    before, _ = neighbours(text, token.span)
    if before is None or not before[:1].isupper() or token.sentence_start:
        return False
    lower = before.lower()
    return before in TITLES or not lexicon.known(lower) or lexicon.is_dictionary_name(lower)


def _first_line(doc: Document, form: str) -> int:
    """The line where ``form`` first stands as a word, searched in the lines that hold it."""
    import re

    from .line_words import search_spans

    text, pattern = doc.text, re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
    for start, end in search_spans(doc, form):
        found = pattern.search(text, start, end)
        if found:
            return text.count("\n", 0, found.start()) + 1
    return 0


__all__ = ["MisspelledWord", "ProperNounTypo"]
