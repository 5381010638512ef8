"""SP001/SP002 after the word-list rewrite (issues 14 and 20): what the Hunspell + wordfreq
dictionary knows, what it no longer guesses, and which fixes ``--fix`` may make unasked.
Every sentence is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import lint_text
from newslint.config import Config
from newslint.fix import fix_text

REAL_WORDS = Path(__file__).parent / "fixtures" / "spelling" / "real_words.txt"
SP = Config(select=("SP",))


def sp(text: str) -> list:
    return [d for d in lint_text(text, "story.txt", SP) if d.code.startswith("SP")]


def reported(text: str) -> dict[str, tuple]:
    """word -> (code, severity, first suggestion), for warnings and errors only."""
    return {
        text[d.span.start : d.span.end]: (d.code, d.severity.value, d.suggestions[0] if d.suggestions else None)
        for d in sp(text)
        if d.severity.value in ("warning", "error")
    }


def fixed(text: str) -> str:
    return fix_text(text, "story.txt", SP).text


def real_words() -> list[str]:
    lines = REAL_WORDS.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


# issue 14 item 1: a word list fit for news -----------------------------------------------
def test_real_news_words_are_rarely_flagged():
    words = real_words()
    assert len(words) >= 200
    story = "\n\n".join(f"Officials said the {w} was discussed at length on Tuesday." for w in words)
    flagged = set(reported(story))
    assert len(flagged) / len(words) <= 0.03, sorted(flagged)


@pytest.mark.parametrize(
    ("typo", "intended"),
    [("businesss", "business"), ("bradcasting", "broadcasting"), ("revealled", "revealed")],
)
def test_glued_or_suffixed_nonwords_are_reported(typo, intended):
    found = reported(f"The report said the {typo} was a matter for the board.")
    assert found[typo][0] == "SP001"
    assert found[typo][2] == intended


def test_hardwear_is_not_a_compound_of_known_words():
    assert "hardwear" in reported("The hardwear shop on the corner closed last week.")


def test_british_and_american_inflections_from_the_affix_rules_are_words():
    text = "The programmes were cancelled, the colour revealed and the jewellery catalogued."
    assert reported(text) == {}


# issue 14 item 3: a real name is no slip of a common word ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The actress Annette Bening arrived late.",
        "Officials from Haidian district met on Monday.",
        "The chef, Chia Song, opened a restaurant.",
        "The meeting in Preson was brief, said Mr Preson.",
    ],
)
def test_a_capitalised_name_is_not_taken_for_a_common_word(text):
    assert reported(text) == {}
    assert fixed(text) == text


def test_the_story_majority_form_still_catches_a_name_slip():
    text = ("Preston council met. The Preston plan was approved. Residents of Preston cheered.\n\n"
            "Later the Preson council said it would appeal.")
    found = reported(text)
    assert found["Preson"][0] == "SP002"
    assert found["Preson"][2] == "Preston"


# issue 14 item 5: fragments around markup -------------------------------------------------
@pytest.mark.parametrize("text", ["She ordered at the caf&#233; on the corner.",
                                  "It was a clich&eacute; of the genre.",
                                  "His fianc&#233;e arrived on Friday."])
def test_word_fragments_glued_to_entities_are_not_spell_checked(text):
    assert reported(text) == {}


def test_a_real_slip_beside_an_entity_is_still_reported():
    found = reported("The caf&#233; was recieved well by locals.")
    assert found == {"recieved": ("SP001", "error", "received")}


# issue 20 item 1: a safe fix cannot be wrong ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Shoppers at Winn-Dixie were told on Monday.",
        "Ricky Ponting said the side had done well. Ponting added nothing.",
        "The council pre-empted the ruling.",
        "The right-hander bowled well.",
        "The table was finished in tung oil.",
        "She bought two add-ons for the game.",
        "The brokeness of the system was plain.",
    ],
)
def test_correct_or_deliberate_words_are_byte_identical_after_fix(text):
    assert fixed(text) == text


def test_a_plain_known_misspelling_is_still_fixed_safely_nearby():
    text = "The right-hander said he recieved the award in Winn-Dixie colours."
    assert fixed(text) == "The right-hander said he received the award in Winn-Dixie colours."


# issue 20 item 3: spell-check the words a reader reads -------------------------------------
@pytest.mark.parametrize("text", ["The add-ons cost extra.", "A mis-step cost them the game.",
                                  "The left-hander was dropped."])
def test_parts_of_a_known_or_plausible_compound_are_not_flagged(text):
    assert reported(text) == {}


def test_a_misspelt_part_of_an_unknown_compound_is_reported():
    found = reported("The goverment-backed scheme opened on Monday.")
    assert found["goverment"][0] == "SP001"
    assert found["goverment"][2] == "government"
    text = "The goverment-backed scheme opened on Monday."
    assert fixed(text) == text  # a part of a compound never gets a safe fix


# issue 14 item 2: names spelled two ways ----------------------------------------------------
def test_a_name_written_once_each_way_is_reported_as_a_pair_with_the_likelier_form():
    text = "Shoppers use Rakuten for gadgets.\n\nA spokesman for Rakutten declined to comment."
    (d,) = [d for d in sp(text) if d.code == "SP002"]
    assert text[d.span.start : d.span.end] == "Rakutten"
    assert (d.severity.value, d.suggestions[0], d.start.line) == ("warning", "Rakuten", 3)
    assert "'Rakuten'" in d.message and "line 1" in d.message
    assert fixed(text) == text  # a pair to check, never a safe fix


def test_two_people_with_close_surnames_stay_quiet():
    text = "Mary Horan spoke first at the hearing.\n\nTom Horgan followed her on Tuesday."
    assert reported(text) == {}


def test_a_tie_between_two_spellings_nobody_writes_picks_the_one_that_reads_like_a_name():
    text = "The firm Activision made the game.\n\nA rival said Activison would appeal."
    found = reported(text)
    assert found == {"Activison": ("SP002", "warning", "Activision")}


def test_a_common_word_opening_sentences_is_no_majority_for_a_name():
    text = ("Being there mattered. Being first mattered more. Being told was enough.\n\n"
            "The film starred Annette Bening and a large cast.")
    assert reported(text) == {}


def test_usual_form_table_matches_a_rescan_of_the_story():
    """``StoryWords.usual_form`` reads a table built in one pass (issue 21: it rescanned the story
    per finding); it must give what a rescan gives."""
    from collections import Counter

    from newslint.checks.spelling.tokens import StoryWords, shape
    from newslint.document import Document

    words = StoryWords(Document("KAZAKHSTAN votes. Kazakhstan's leader and Kazakhstan agreed; kazakhstan, "
                                "Astana and ASTANA's mayor met Astana's council in Astana."))
    for lower in ("kazakhstan", "astana", "leader", "nowhere"):
        forms: Counter[str] = Counter()
        for raw, n in words.raw_counts.items():
            found = shape(raw)
            if found.key == lower:
                forms[found.form] += n
        capitalised = [(n, f) for f, n in forms.items() if f[:1].isupper() and not f.isupper()]
        assert words.usual_form(lower) == (max(capitalised)[1] if capitalised else None)
