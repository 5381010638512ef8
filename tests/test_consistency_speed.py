"""The consistency families' indexes (issue 21: linear in story size) give exactly the answer of
the plain computation they replace. Each test compares the two on text built to exercise them."""

from __future__ import annotations

import random
import string

from newslint.checks import common as cons
from newslint.checks.acronyms.index import build_index
from newslint.checks.acronyms.runs import _word_by_word, capitalised_initials
from newslint.document import Document


def _forms(rng: random.Random, n: int, alphabet: str = "ABCDE") -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 5))) for _ in range(n)]


def test_look_alikes_are_exactly_the_forms_one_slip_away_in_order():
    rng = random.Random(7)
    forms = list(dict.fromkeys(_forms(rng, 600)))
    for anagrams in (False, True):
        index = cons.LookAlikes(forms, anagrams=anagrams)
        test = cons.one_edit_or_anagram if anagrams else cons.damerau_at_most_one
        for form in forms[:200] + ["ABC", "ZZZ", "A"]:
            plain = [o for o in forms if o != form and test(form, o)]
            assert index.of(form) == plain, form


def test_same_sentence_by_index_matches_asking_every_sentence():
    rng = random.Random(3)
    words = ["CSTO", "CTSO", "NATO", "ABC", "NBC", "said", "the", "bloc", "met", "Mr", "U.S."]
    paragraphs = []
    for _ in range(40):
        sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) + rng.choice(".?!")
                     for _ in range(rng.randint(1, 4))]
        paragraphs.append(" ".join(sentences))
    doc = Document.from_text("Head\n\n" + "\n\n".join(paragraphs) + "\n")
    index = build_index(doc)
    forms = list(index.occurrences)
    assert len(forms) >= 4
    for a in forms:
        for b in forms:
            plain = any(
                any(s.contains(x) for x in index.occurrences[a]) and any(s.contains(y) for y in index.occurrences[b])
                for s in doc.sentences
            )
            assert index.same_sentence(a, b) == plain, (a, b)


def test_capitalised_runs_read_by_regex_match_the_word_by_word_reading():
    rng = random.Random(11)
    pieces = ["The", "the", "A", "An", "of", "and", "Crown", "Prosecution", "Service", "US", "GlaxoSmithKline",
              "Asia-Pacific", "O'Brien", "de", "said", "(CPS)", ".", ",", "-", "Energy", "Information"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        text += rng.choice(["", ".", " x"]) + "".join(rng.choice(string.ascii_letters) for _ in range(2))
        assert capitalised_initials(text) == _word_by_word(text), text


def test_story_lookups_answer_as_the_plain_searches_do():
    from newslint.checks.names import lookups as lk

    rng = random.Random(5)
    pieces = ["the", "The", "Williams", "William", "Williamses", "Kennedys", "Kennedy", "sisters", "family",
              "brothers", "Mr", "Mr.", "Mrs", "Dr", "O'Brien", "O'Briens", "Kudja", "Kudja-style", "Kudjas",
              "(Williams", "Williams'", "said", "\n", "  ", "familyx", "Smith", "Smiths", "Smithes", "bathe", "al-Assads", "al-Assad"]
    names = ["Williams", "William", "Kennedy", "O'Brien", "Kudja", "Smith", "Smit", "J.", "Kudja-style", "al-Assad"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", ". ", ", ", "\n"]) for _ in range(25))
        found = lk.StoryLookups(text)
        for name in names:
            assert found.says_several(name) == lk.plain_says_several(text, name), (text, name)
            assert found.titled(name) == lk.plain_titled(text, name), (text, name)
            assert found.spans(name) == lk.plain_spans(text, name), (text, name)


def test_whole_word_spans_by_runs_match_those_found_by_str_find():
    from newslint.checks.variants import forms

    rng = random.Random(9)
    pieces = ["e-mail", "email", "emails", "E-mail", "cease-fire", "ceasefire", "re-sign", "-", "x", "mail", "e"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", "-", ". ", "\n", "_"]) for _ in range(30))
        words = sorted({rng.choice(pieces[:7]) for _ in range(4)}, key=len, reverse=True)
        assert forms._spans_by_runs(text, words) == forms._spans_by_find(text, words), (text, words)


def test_paragraph_by_bisection_is_the_paragraph_holding_the_offset():
    doc = Document.from_text("Head\n\nOne para here.\n\n\n  Two para\nstill two.\n\nThree.\n")
    index = build_index(doc)
    for offset in range(len(doc.text) + 1):
        plain = next((p for p in doc.paragraphs if p.start <= offset < p.end), None)
        assert index.paragraph_of(offset) == plain, offset
