"""The spelling rules' shortcuts must give what the plain computation gives.

Each shortcut (per-process verdict caches, pruned candidate generation, a bounded slip cost,
word offsets from one split) is checked here against the slow, obvious version.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import lint_text
from newslint.checks.spelling import rank as spelling_rank
from newslint.checks.spelling.lexicon import load_lexicon
from newslint.checks.spelling.tokens import _TOKEN_RE, StoryWords, shape
from newslint.config import Config
from newslint.document import Document

TYPOS = ["tunned", "goverment", "kazahkstan", "sayd", "wellcome", "unbelieveably", "teh", "don't", "recieve"]


def _sp(text: str, **config) -> list[str]:
    found = lint_text(text, "story.txt", Config(select=("SP",), **config))
    return [text[d.span.start : d.span.end] for d in found if d.code.startswith("SP")]


def test_accepted_words_do_not_leak_between_configs_in_one_process(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("zorbs\n", encoding="utf-8")
    text = "The zorbs rolled down the hill."
    assert _sp(text) == ["zorbs"]
    assert _sp(text, accepted_words=(words,)) == []
    assert _sp(text) == ["zorbs"]


@pytest.mark.parametrize("typo", TYPOS)
def test_one_edit_candidates_pruned_by_trigrams_are_all_the_known_ones(typo):
    lexicon = load_lexicon()
    plain = {w for w in spelling_rank._edits1(typo) if w != typo and lexicon.known(w)}
    assert spelling_rank._one_edit_words(typo, lexicon) == plain


@settings(max_examples=300, deadline=None)
@given(st.text("abcdeghilnorstuy", min_size=1, max_size=10))
def test_pruned_one_edit_candidates_miss_no_known_word(typo):
    lexicon = load_lexicon()
    plain = {w for w in spelling_rank._edits1(typo) if w != typo and lexicon.known(w)}
    assert spelling_rank._one_edit_words(typo, lexicon) == plain


@pytest.mark.parametrize("typo", TYPOS + ["aboutroughly", "thay", "firt", "ferst", "motorcyle"])
@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
def test_ranking_searched_tier_by_tier_starts_as_the_full_ranking(typo, locale):
    lexicon = load_lexicon()
    spelling_rank._candidates.cache_clear()
    heads = {want: spelling_rank.rank(typo, lexicon, locale, want=want) for want in (1, 3, 5)}
    full = spelling_rank.rank(typo, lexicon, locale)
    spelling_rank._candidates.cache_clear()
    assert spelling_rank.rank(typo, lexicon, locale) == full
    for want, head in heads.items():
        assert head[:want] == full[:want] and len(head) >= min(want, len(full))


@settings(max_examples=300, deadline=None)
@given(st.text("abdeilmnorstt'", min_size=1, max_size=10))
def test_cheap_slip_found_among_cheap_edits_as_among_all_one_edit_words(typo):
    lexicon = load_lexicon()
    one_edit = spelling_rank._one_edit_words(typo, lexicon)
    plain = any(spelling_rank.slip_and_letter_cost(w, typo) <= 0.6 for w in one_edit)
    assert spelling_rank.has_cheap_slip(typo, lexicon, 0.6) == plain


KNOWN = ["thay", "firt", "throught", "shold", "containt", "childres", "writter", "colum"]


@pytest.mark.parametrize("typo", KNOWN)
@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
def test_ranking_keys_order_fixes_as_the_full_ranking_does(typo, locale):
    lexicon = load_lexicon()
    full = [w for w, _, _ in spelling_rank.rank(typo, lexicon, locale)]
    shown = list(lexicon.misspellings.get(typo) or ()) + full[:4] + ["favourite", "favorite", "zzzz"]
    keys = spelling_rank.ranking_keys(typo, shown, lexicon, locale)
    assert sorted(keys, key=keys.__getitem__) == [w for w in full if w in shown]


@pytest.mark.parametrize("typo", TYPOS)
def test_no_cheap_slip_means_no_cheap_candidate_in_the_ranking(typo):
    lexicon = load_lexicon()
    if not spelling_rank.has_cheap_slip(typo, lexicon, 0.6):
        assert all(cost > 0.6 for _, _, cost in spelling_rank.rank(typo, lexicon))


@settings(max_examples=300, deadline=None)
@given(st.text("abcdeilnorst'", min_size=1, max_size=9), st.text("abcdeilnorst'", min_size=1, max_size=9))
def test_bounded_slip_cost_is_exact_or_over_the_bound(word, typo):
    full = spelling_rank.slip_cost(word, typo)
    bounded = spelling_rank.slip_cost(word, typo, 1.0)
    assert bounded == full or (math.isinf(bounded) and full > 1.0)


@settings(max_examples=200, deadline=None)
@given(st.text("ab’'- .5@#[]\nÉé", max_size=40))
def test_words_from_one_split_sit_where_the_regex_finds_them(text):
    words = StoryWords(Document(text))
    matches = {m.start(): m.group() for m in _TOKEN_RE.finditer(text)}
    assert words.raw_counts == Counter(matches.values())
    for token in words.candidates():
        raw = matches[token.span.start]
        assert text[token.span.start : token.span.end] == token.text
        assert raw.startswith(token.text) and len(raw) - len(token.text) <= 1


def _walked_tokens(words: StoryWords, wanted) -> list:
    """The plain walk over every word that ``candidates`` shortcuts through ``_where``."""
    parts = words._parts
    return words._tokens_at([i for i in range(1, len(parts), 2) if wanted is None or parts[i] in wanted])


def _walked(words: StoryWords, wanted) -> list[str]:
    return [repr(t) for t in _walked_tokens(words, wanted)]


@settings(max_examples=200, deadline=None)
@given(st.text("aAbB’'- .5@#[]\nÉé", max_size=60), st.sets(st.text("aAbB’'", min_size=1, max_size=3), max_size=6))
def test_candidates_for_wanted_strings_are_the_walk_filtered(text, wanted):
    words = StoryWords(Document(text))
    assert [repr(t) for t in words.candidates()] == _walked(words, None)
    raws = set(words.raw_counts)
    for chosen in (wanted, wanted | raws, {r for r in raws if r[:1].isupper()}, frozenset(list(raws)[:2])):
        assert [repr(t) for t in words.candidates(chosen)] == _walked(words, chosen)
        assert [repr(t) for t in words.candidates(list(chosen))] == _walked(words, chosen)


@settings(max_examples=200, deadline=None)
@given(st.text("aAbBcC’'- .\n5", max_size=60))
def test_name_uses_counts_as_the_counter_over_every_capitalised_word(text):
    words = StoryWords(Document(text))
    wanted = {raw for raw in words.raw_counts if raw[:1].isupper() and not raw.isupper()}
    plain = Counter(t.lower for t in _walked_tokens(words, wanted) if not t.sentence_start)
    for lower in set(plain) | {shape(raw).core.lower() for raw in words.raw_counts} | {"zz"}:
        assert words.name_uses(lower) == plain[lower]


def test_stories_without_link_marks_skip_nothing_and_with_them_skip_links():
    plain = StoryWords(Document("The talks were tunned to the audience."))
    assert plain._skipped == []
    linked = StoryWords(Document("See exmaple.com/storry and desk@newsroomm.org [sic] today."))
    skipped = [linked.doc.text[s.start : s.end] for s in linked._skipped]
    assert skipped == ["exmaple.com/storry", "desk@newsroomm.org", "[sic]"]
    assert not re.search("storry|newsroomm", " ".join(t.text for t in linked.tokens))
