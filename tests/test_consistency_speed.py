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
