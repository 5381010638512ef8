"""NM001/NM002: one person named two ways in one story, and two people who share a surname."""

from __future__ import annotations

from conftest import lint

from newslint.types import Applicability


def nm(text, code="NM001"):
    return [d for d in lint(text) if d.code == code]


AUSSEUR = """\
Bloc is 'far behind', says analyst

"There's not much to it," said Pascal Ausseur, a former soldier who now heads a think-tank.

Ausseur called the bloc a "mini-alliance" with Russia in place of the US.

"Sending soldiers is a way of remaining masked," Pierre Ausseur said.
"""


def test_second_given_name_for_one_surname_is_reported_with_the_first_full_mention():
    found = nm(AUSSEUR)
    assert len(found) == 1
    d = found[0]
    assert (d.start.line, d.start.column, d.end.column) == (7, 50, 64)
    assert d.suggestions == ("Pascal Ausseur",)
    assert d.message == "'Pierre Ausseur' (1x) differs from 'Pascal Ausseur' (1x), first named on line 3"
    assert d.severity.value == "error"
    assert d.fix.applicability is Applicability.UNSAFE


def test_titles_initials_nicknames_middle_names_and_possessives_are_one_person():
    text = (
        "Leader speaks\n\nPresident Kassym-Jomart Tokayev spoke on Friday. Tokayev's office said "
        "K. Tokayev would travel.\n\nPrime Minister Tony Blair met Anthony Blair's aides. Mr Blair said "
        "little.\n\nJohn F. Kennedy and John Kennedy are one man. Dominique de Villepin met Mr de Villepin.\n"
    )
    assert nm(text) == []


def test_two_people_sharing_a_surname_used_consistently_are_not_flagged():
    text = (
        "Robinson brothers\n\nCoach Andy Robinson named his side. Jason Robinson will captain it.\n\n"
        "Andy Robinson said the side was ready. Jason Robinson agreed.\n"
    )
    assert nm(text) == []


def test_relatives_named_as_such_are_two_people():
    text = (
        "Leader's wife\n\nTony Blair arrived late. Mr Blair spoke for an hour.\n\n"
        "His wife Cherie Blair sat in the front row. Venus and Serena Williams played.\n"
    )
    assert nm(text) == []


def test_different_initials_are_only_info():
    text = "Howard\n\nMichael Howard spoke in Brighton. Mr Howard said the Tories would win.\n\nJohn Howard won in Australia.\n"
    found = nm(text)
    assert [d.severity.value for d in found] == ["info"]


def test_all_caps_dateline_and_sentence_starts_are_not_names():
    text = (
        "Talks\n\nALMATY, Jan 7 (AFP) - Officials said Nursultan Nazarbayev had left.\n\n"
        "But Nazarbayev returned. Nazarbayev said he was well.\n"
    )
    assert nm(text) == []


def test_names_inside_quotes_are_checked():
    text = 'Vote\n\nDavid Teurtrie spoke.\n\n"I agree with Daniel Teurtrie," she said.\n'
    assert [d.suggestions for d in nm(text)] == [("David Teurtrie",)]


def test_surname_spelled_two_ways():
    text = (
        "Old man out\n\nNursultan Nazarbayev ruled until 2019. Nazarbayev chose Tokayev.\n\n"
        "Protesters shouted at Nazarbayev. Nazarbaev said nothing.\n"
    )
    found = nm(text, "NM002")
    assert [(d.start.line, d.suggestions) for d in found] == [(5, ("Nazarbayev",))]
    assert found[0].message == "'Nazarbaev' (1x) differs from 'Nazarbayev' (3x)"


def test_one_slip_gives_one_diagnostic_even_when_spelling_sees_it_too():
    text = (
        "Old man out\n\nNursultan Nazarbayev ruled until 2019. Nazarbayev chose Tokayev.\n\n"
        "Protesters shouted at Nazarbayev. Nazarbaev said nothing.\n"
    )
    on_slip = [d for d in lint(text) if d.start.line == 5 and d.start.column == 35]
    assert len(on_slip) == 1


def test_similar_surnames_in_a_team_sheet_are_different_players():
    text = (
        "Team news\n\nShane Horgan returns. Horgan said he was fit.\n\n"
        "Ireland: Murphy, Horan, O'Callaghan, Miller, Easterby.\n"
    )
    assert nm(text, "NM002") == []


def test_a_relative_named_as_such_is_never_the_form_to_copy():
    text = (
        "Singer\n\nHe wrote songs with June Carter Cash, the future wife of Johnny Cash. "
        "June Carter Cash toured. June Carter Cash sang.\n\nThe widow of Ian Curtis spoke. "
        "Later Ivan Curtis was named.\n"
    )
    found = nm(text)
    assert [(d.suggestions, d.severity.value) for d in found] == [(("Ian Curtis",), "error")]


def test_a_surname_that_is_also_a_title_is_a_person_after_a_listed_given_name():
    text = (
        "Hostages freed\n\nAmerican Kevin King and Australian Tim Weeks were freed on Tuesday.\n\n"
        "Keith King and Weeks were abducted in 2016. Prime Minister Imran Khan welcomed the news.\n"
    )
    found = nm(text)
    assert [(d.start.line, d.start.column, d.end.column, d.suggestions) for d in found] == [
        (5, 1, 11, ("Kevin King",))
    ]


def test_a_name_in_a_compound_is_a_mention_of_the_person():
    text = (
        "Half-time show\n\nThe singer avoided any Janet Jackson-style controversy.\n\n"
        "He did not refer to Jorge Jackson's performance last year.\n"
    )
    found = nm(text)
    assert [(d.start.line, d.suggestions, d.severity.value) for d in found] == [(5, ("Janet Jackson",), "error")]


def test_one_office_means_one_person_even_when_the_initials_differ():
    text = (
        "Yukos sale\n\nRussian President Vladimir Putin has defended the sale.\n\n"
        "Analysts blame President Luis Putin's clampdown on rivals. Putin said nothing.\n"
    )
    found = nm(text)
    assert [(d.start.line, d.suggestions, d.severity.value) for d in found] == [(5, ("Vladimir Putin",), "error")]
    # "Mr" is no office, but a courtesy title before a later full name marks a reference to the
    # man already introduced, so the clash is reported as surely as one office would be.
    courtesy = text.replace("President Luis Putin's", "Mr Luis Putin's")
    assert [(d.start.line, d.severity.value) for d in nm(courtesy)] == [(5, "error")]
    plain = text.replace("President Luis Putin's", "Luis Putin's")
    assert [d.severity.value for d in nm(plain)] == ["info"]  # different initials, nothing else: two people?


def test_a_later_courtesy_title_means_the_person_already_introduced():
    text = (
        "Putin defends sale\n\nVladimir Putin has defended the sale of the oil firm.\n\n"
        '"Everything was done by market methods," Mr Janet Putin said in Moscow. Putin smiled.\n'
    )
    assert [(d.start.line, d.suggestions, d.severity.value) for d in nm(text)] == [
        (5, ("Vladimir Putin",), "error")
    ]
    # A role after the name would otherwise introduce someone new; the title says otherwise.
    judges = (
        "Prize shortlist\n\nThe panel is chaired by Claire Armistead, the paper's literary editor.\n\n"
        '"It is a fine book," said Ms Craig Armistead, chair of the judges.\n'
    )
    assert [(d.start.line, d.suggestions) for d in nm(judges)] == [(5, ("Claire Armistead",))]
    assert nm(judges.replace("said Ms Craig Armistead", "said Craig Armistead")) == []
    # The earlier mention carrying the title changes nothing: the later one is a new full name.
    early = "Howard\n\nMr Michael Howard spoke in Brighton.\n\nJohn Howard won in Australia.\n"
    assert [d.severity.value for d in nm(early)] == ["info"]


def test_a_misspelt_given_name_is_left_to_the_spelling_rules():
    text = (
        "Sprint\n\nJaason Gardener won the 60m on Saturday.\n\nJason Gardener said he was pleased with the time.\n"
    )
    assert nm(text) == []
    two_names = text.replace("Jaason Gardener", "Mary Gardener").replace("Jason Gardener", "Mark Gardener")
    assert [d.suggestions for d in nm(two_names)] == [("Mary Gardener",)]


def test_a_later_full_name_introduced_with_a_role_is_someone_new():
    text = (
        "Spam king\n\nScott Richter, the man behind the firm, is seeking bankruptcy protection.\n\n"
        "\"It has been a distraction,\" said Steven Richter, legal counsel for the firm.\n"
    )
    assert nm(text) == []
    slip = text.replace("Steven Richter, legal counsel for the firm.", "Steven Richter on Friday.")
    assert [d.suggestions for d in nm(slip)] == [("Scott Richter",)]
