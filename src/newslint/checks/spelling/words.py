"""Is this word known? The dictionary (every form Hunspell's affix rules allow, and common words
wordfreq has seen), news vocabulary and the user's lists, with regular inflections of those lists.
Nothing else is guessed: "businesss", "bradcasting", "revealled" and "hardwear" are not
words, however they split into known parts.

Also decides the story's locale when config says "auto": the side whose distinctive spellings
("organisation" vs "organization") the story uses more.
"""

from __future__ import annotations

import weakref
from functools import cached_property

from .lexicon import Lexicon, news_vocabulary
from .tokens import SpellToken, StoryWords, checkable, normalise_apostrophes, shape, shouted

# American forms that British English also writes, in another sense: no evidence of en-US.
_SHARED_FORMS = frozenset(
    "story stories check checks checked program programs draft drafts tire tires tired curb curbs "
    "meter meters practice license licensed licenses dialog analog disk disks inquiry inquiries "
    "annex jail jails mold molds".split()
)
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ism", "ist", "ists")
# Per lexicon and accepted-word set, verdicts about a word's string (see ``_memo``): they depend
# on nothing in the story, and a batch run meets the same few thousand words again and again.
_VERDICTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
VERDICT_MEMO = 200_000
WORD_SETS_KEPT = 4


class WordSets:
    def __init__(self, lexicon: Lexicon, config, words: StoryWords) -> None:
        self.lexicon = lexicon
        self.config = config
        self.words = words

    @cached_property
    def accepted(self) -> frozenset[str]:
        if self.config is None:
            return frozenset()
        return frozenset(w.lower() for w in self.config.word_list("accepted_words"))

    @cached_property
    def names(self) -> frozenset[str]:
        if self.config is None:
            return frozenset()
        return frozenset(self.config.word_list("names"))

    @cached_property
    def tokens(self) -> list[SpellToken]:
        """The story's checkable words that no list holds: all that either rule can report."""
        return [t for t in self._unlisted if checkable(t.core)]

    @cached_property
    def capitals(self) -> list[SpellToken]:
        """Shouted words ("TUNNED") that no list holds."""
        return [t for t in self._unlisted if shouted(t.core)]

    @cached_property
    def _unlisted(self) -> list[SpellToken]:
        looks = self._memo[1]
        wanted = set()
        for raw in self.words.raw_counts:
            verdict = looks.get(raw)
            if verdict is None:
                form = shape(raw)
                verdict = (checkable(form.core) or shouted(form.core)) and not self.text_listed(form.text, form.core)
                if len(looks) < VERDICT_MEMO:
                    looks[raw] = verdict
            if verdict:
                wanted.add(raw)
        return self.words.candidates(wanted) if wanted else []

    def is_listed(self, token: SpellToken) -> bool:
        """In the dictionary, the news vocabulary or the user's accepted words."""
        return self.text_listed(token.text, token.core)

    def text_listed(self, text: str, core: str) -> bool:
        """``is_listed`` for a token written ``text`` (``core`` without its possessive)."""
        listed = self._memo[0]
        cached = listed.get(text)
        if cached is None:
            cached = self._is_listed(text, core)
            if len(listed) < VERDICT_MEMO:
                listed[text] = cached
        return cached

    @cached_property
    def _memo(self) -> tuple[dict[str, bool], dict[str, bool]]:
        """This process's verdicts for this lexicon and accepted words: listed, by token text;
        worth a look (checkable or shouted, and not listed), by matched string."""
        per_lexicon = _VERDICTS.setdefault(self.lexicon, {})
        if self.accepted not in per_lexicon and len(per_lexicon) >= WORD_SETS_KEPT:
            del per_lexicon[next(iter(per_lexicon))]  # a long-lived process whose lists change
        return per_lexicon.setdefault(self.accepted, ({}, {}))

    def _is_listed(self, text: str, core: str) -> bool:
        whole = normalise_apostrophes(text).lower()
        lower = whole if core == text else normalise_apostrophes(core.lower())
        freq, vocab, accepted = self.lexicon.freq, news_vocabulary(), self.accepted
        for word in (whole,) if lower == whole else (whole, lower):  # ``_known_word``, inlined
            if freq(word) > 0 or word in vocab or word in accepted:
                return True
        return self._inflected(lower)

    def known_text(self, lower: str) -> bool:
        """A lower-case word or compound ("add-ons") in the dictionary or one of the lists."""
        return self.lexicon.known(lower) or lower in news_vocabulary() or lower in self.accepted

    def _inflected(self, lower: str) -> bool:
        vocab = news_vocabulary()
        for ending in _INFLECTIONS:
            if lower.endswith(ending) and len(lower) - len(ending) >= 3:
                stem = lower[: -len(ending)]
                if stem in vocab or stem in self.accepted or stem + "e" in vocab:
                    return True
        return False

    def reads_as_name(self, token: SpellToken) -> bool:
        """A capitalised word at a sentence's start that is a name all the same: the story
        writes it with a capital inside a sentence too, a dictionary knows it as a name, or a
        capitalised word stands beside it ("Winn-Dixie", "Ponting said" after "Ricky Ponting")."""
        from .context import capitalised_neighbour, compound_span

        text = self.words.doc.text
        if self.words.name_uses(token.lower) or self.lexicon.is_dictionary_name(token.lower):
            return True
        if token.in_compound:
            span = compound_span(text, token.span)
            whole = text[span.start : span.end]
            if any(part[:1].isupper() for part in whole.split("-") if part != token.text):
                return True
        return capitalised_neighbour(text, token.span)

    def is_name(self, token: SpellToken) -> bool:
        """Listed in the user's names file (exactly, or as one word of a listed full name)."""
        return token.core in self.names or token.core in self._name_parts

    @cached_property
    def _name_parts(self) -> frozenset[str]:
        return frozenset(part for name in self.names for part in name.split())

    @cached_property
    def locale(self) -> str:
        configured = getattr(self.config, "locale", "auto") if self.config is not None else "auto"
        if configured != "auto":
            return configured
        gb = us = 0
        to_us, to_gb = self.lexicon.british_to_american, self.lexicon.american_to_british
        for word, count in self.words.counts.items():
            if word in to_us:
                gb += count
            elif word in to_gb and word not in _SHARED_FORMS:
                us += count
        return "en-US" if us > gb else "en-GB"
