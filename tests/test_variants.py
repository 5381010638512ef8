"""CN001-CN003: one word written two ways in one story; the majority (or the locale) decides."""

from __future__ import annotations

from conftest import lint


def cn(text, code, **config):
    return [d for d in lint(text, **config) if d.code == code]


def test_hyphenated_minority_is_reported_with_the_closed_majority():
    text = (
        "Truce\n\nA cease-fire was agreed on Monday. The ceasefire held overnight.\n\n"
        "By Wednesday the ceasefire had collapsed.\n"
    )
    found = cn(text, "CN001")
    assert [(d.start.line, d.start.column, d.suggestions) for d in found] == [(3, 3, ("ceasefire",))]
    assert found[0].message == "'cease-fire' (1x) differs from 'ceasefire' (2x)"
    assert found[0].severity.value == "warning"


def test_closed_minority_gets_the_hyphen_of_the_majority_and_keeps_its_case_and_plural():
    text = "Mail\n\nSend an e-mail. The e-mail was read. Emails were lost.\n"
    assert [d.suggestions for d in cn(text, "CN001")] == [("E-mails",)]


def test_hyphen_against_space_is_grammar_and_closed_words_with_another_meaning_are_not_rivals():
    text = (
        "Deal\n\nA well-known trader is well known here. He will re-sign the deal before he can "
        "resign. The follow-up came. They follow up.\n"
    )
    assert cn(text, "CN001") == []


def test_a_form_that_starts_a_name_is_not_a_spelling_of_the_word():
    text = (
        "Spam grows\n\nThe figures, from e-mail filtering firm Email Systems, show e-mails rising.\n\n"
        "Email Systems said most e-mails were spam, according to Email Systems data. The e-mail tide rose.\n"
    )
    assert cn(text, "CN001") == []  # the firm's name, three times, against "e-mail" four times
    slip = text.replace("show e-mails rising", "show emails rising")
    assert [(d.start.line, d.suggestions) for d in cn(slip, "CN001")] == [(3, ("e-mails",))]
    # An adjective before a person's name is no name: its spelling counts.
    person = (
        "Vote\n\nThe euro-sceptic wing grew. The euro-sceptic vote held. "
        "Eurosceptic Kilroy-Silk spoke.\n"
    )
    assert [d.suggestions for d in cn(person, "CN001")] == [("Euro-sceptic",)]


def test_tie_is_not_reported():
    text = "Mail\n\nSend an e-mail. Read the email.\n"
    assert cn(text, "CN001") == []


def test_british_and_american_spellings_mixed_report_the_minority():
    text = (
        "Aid\n\nThe organisation said aid would flow. The organisation's chief agreed.\n\n"
        "The organization did not say when.\n"
    )
    found = cn(text, "CN002")
    assert [(d.start.line, d.suggestions) for d in found] == [(5, ("organisation",))]
    assert found[0].message == "'organization' (1x) differs from 'organisation' (2x)"


def test_locale_decides_over_the_majority():
    text = "Aid\n\nThe organization said aid would flow. The organization agreed. The organisation did not.\n"
    found = cn(text, "CN002", locale="en-GB")
    assert [d.suggestions for d in found] == [("organisation",), ("organisation",)]


def test_spelling_pairs_british_english_keeps_apart_are_not_rivals():
    text = "Race\n\nThe 100 metres was run. The parking meter was broken. Another metre away.\n"
    assert cn(text, "CN002") == []


def test_government_capitalised_once_among_lower_case_uses():
    text = (
        "Budget\n\nThe government said taxes would rise. The government denied cuts.\n\n"
        "Later the Government added detail.\n"
    )
    found = cn(text, "CN003")
    assert [(d.start.line, d.suggestions) for d in found] == [(5, ("government",))]


def test_a_quoted_statement_keeps_its_capitals_but_counts():
    text = (
        "Budget\n\nThe government said taxes would rise. The government denied cuts.\n\n"
        'The charity said: "This makes a mockery of the Government\'s promise."\n'
    )
    assert cn(text, "CN003") == []
    # The quoted capitals count towards the majority: the writer's own lower case is the odd one.
    quoted = (
        'Budget\n\nThe charity said: "The Government failed, and the Government lied."\n\n'
        '"It has ignored us," it added. "And the Government knows it." Later the government replied.\n'
    )
    assert [(d.start.line, d.suggestions) for d in cn(quoted, "CN003")] == [(5, ("Government",))]


def test_capitals_in_names_headlines_and_sentence_starts_are_left_alone():
    text = (
        "The Government falls\n\nThe government said taxes would rise. The government denied cuts. "
        "Government officials met the Internet Service Providers' Association and the Scottish Parliament.\n"
    )
    assert cn(text, "CN003") == []
