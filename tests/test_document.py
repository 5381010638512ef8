"""The document model: lines, columns, paragraphs, sentences, words, quotes and the headline.

Columns count Unicode code points, so a ``ü``, a curly apostrophe or an emoji is one column;
CRLF line ends, a UTF-8 byte-order mark and tabs must not shift anything.
"""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.sources import read_document
from newslint.types import Position, Span


def position_of(doc: Document, needle: str, nth: int = 0) -> Position:
    offset = -1
    for _ in range(nth + 1):
        offset = doc.text.index(needle, offset + 1)
    return doc.position(offset)


def test_lines_and_columns_plain():
    doc = Document("Headline\n\nFirst line of the story.\nSecond line.\n")
    assert position_of(doc, "Headline") == Position(1, 1)
    assert position_of(doc, "story") == Position(3, 19)
    assert position_of(doc, "Second") == Position(4, 1)
    assert [doc.line_text(ln) for ln in doc.lines] == [
        "Headline",
        "",
        "First line of the story.",
        "Second line.",
        "",
    ]


def test_crlf_line_ends_do_not_shift_columns_and_are_not_part_of_lines():
    doc = Document("Headline\r\n\r\nCouncil met in Zürich.\r\nIt voted.\r\n")
    assert position_of(doc, "Zürich") == Position(3, 16)
    assert position_of(doc, "voted") == Position(4, 4)
    assert doc.line_text(doc.lines[2]) == "Council met in Zürich."
    assert doc.snippet(doc.headline) == "Headline"
    assert [doc.snippet(p) for p in doc.paragraphs] == ["Headline", "Council met in Zürich.\r\nIt voted."]


def test_utf8_bom_is_not_a_column():
    doc, notice = read_document("\ufeffHeadline\nThe the vote.\n".encode(), "story.txt")
    assert notice is None
    assert doc.text.startswith("Headline")
    assert position_of(doc, "Headline") == Position(1, 1)
    assert position_of(doc, "vote") == Position(2, 9)


def test_tab_counts_as_one_column():
    doc = Document("\tIndented\tword")
    assert position_of(doc, "Indented") == Position(1, 2)
    assert position_of(doc, "word") == Position(1, 11)


def test_non_ascii_letters_curly_apostrophe_and_emoji_are_one_column_each():
    text = "Kyiv’s mayor 🎉 met Zürich’s mayor in Łódź."
    doc = Document(text)
    assert position_of(doc, "mayor") == Position(1, 8)
    assert position_of(doc, "met") == Position(1, 16)  # the emoji is one code point
    assert position_of(doc, "Zürich’s") == Position(1, 20)
    assert position_of(doc, "Łódź") == Position(1, 38)
    words = [t.text for t in doc.words]
    assert words == ["Kyiv’s", "mayor", "met", "Zürich’s", "mayor", "in", "Łódź"]


def test_positions_survive_decoding_of_a_crlf_bom_file():
    data = "\ufeffTitle\r\n\r\nShe said the the word.\r\n".encode()
    doc, _ = read_document(data, "story.txt")
    assert position_of(doc, "the", 1) == Position(3, 14)


def test_end_position_of_a_span_is_exclusive():
    doc = Document("abc\ndef")
    assert doc.position(3) == Position(1, 4)  # just after 'c', before the line break
    assert doc.position(4) == Position(2, 1)
    assert doc.position(7) == Position(2, 4)


def test_paragraphs_are_blocks_separated_by_blank_lines():
    doc = Document("Head\n\n  One line.\nStill one.  \n\n\n\nTwo.\n   \nThree.")
    assert [doc.snippet(p) for p in doc.paragraphs] == ["Head", "One line.\nStill one.", "Two.", "Three."]


def test_headline_is_first_non_empty_line():
    doc = Document("\n\n   Big news today  \nBody.")
    assert doc.snippet(doc.headline) == "Big news today"
    assert Document("").headline is None
    assert Document(" \n\t\n").headline is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
        ("Mr. Smith and Dr. Jones met. They talked.", ["Mr. Smith and Dr. Jones met.", "They talked."]),
        ("The U.S. Army said so. Others agreed.", ["The U.S. Army said so.", "Others agreed."]),
        ("John F. Kennedy spoke. Crowds cheered!", ["John F. Kennedy spoke.", "Crowds cheered!"]),
        ('"Go home," he said. "Now?" she asked.', ['"Go home," he said.', '"Now?" she asked.']),
        ("Is it over? Yes. It is.", ["Is it over?", "Yes.", "It is."]),
        (
            "Turnout was 60.5 per cent. In 2019 it was lower.",
            ["Turnout was 60.5 per cent.", "In 2019 it was lower."],
        ),
        ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
        ("The answer was no. Then he left.", ["The answer was no.", "Then he left."]),
    ],
)
def test_sentences(text, expected):
    doc = Document(text)
    assert [doc.snippet(s) for s in doc.sentences] == expected


def test_sentences_do_not_cross_paragraphs():
    doc = Document("It ended in a ceasefire\n\nwhich nobody expected. Then talks began.")
    assert [doc.snippet(s) for s in doc.sentences] == [
        "It ended in a ceasefire",
        "which nobody expected.",
        "Then talks began.",
    ]


def test_words_keep_apostrophes_and_hyphens_and_skip_numbers():
    doc = Document("The 20,000-strong force's hand-in-hand work, in 2009.")
    assert [t.text for t in doc.words] == ["The", "strong", "force's", "hand-in-hand", "work", "in"]
    for token in doc.words:
        assert doc.snippet(token.span) == token.text


def test_quotes_straight_curly_and_guillemets():
    text = 'He said "go now" and “stay” and «wait» then.'
    doc = Document(text)
    assert [doc.snippet(q) for q in doc.quotes] == ['"go now"', "“stay”", "«wait»"]
    assert doc.in_quote(Span(text.index("go"), text.index("go") + 2))
    assert not doc.in_quote(Span(text.index("then"), text.index("then") + 4))
    assert not doc.in_quote(Span(0, 2))


def test_unclosed_quote_runs_to_end_of_its_paragraph_only():
    text = 'He said: "We will stay.\n\nThe council said no.'
    doc = Document(text)
    assert [doc.snippet(q) for q in doc.quotes] == ['"We will stay.']
    council = text.index("council")
    assert not doc.in_quote(Span(council, council + 7))


def test_line_of_and_trim():
    doc = Document("one\ntwo  \n  three")
    assert doc.line_of(0).number == 1
    assert doc.line_of(4).number == 2
    assert doc.line_of(len(doc.text)).number == 3
    assert doc.snippet(doc.trim(Span(3, len(doc.text)))) == "two  \n  three"
    assert doc.trim(Span(7, 11)) == Span(9, 9) or doc.snippet(doc.trim(Span(7, 11))) == ""


def test_empty_document_has_one_empty_line_and_no_views():
    doc = Document("")
    assert len(doc.lines) == 1
    assert doc.paragraphs == [] and doc.sentences == [] and doc.words == [] and doc.quotes == []
    assert doc.position(0) == Position(1, 1)


def test_offset_map_points_into_the_source():
    # A reader that dropped markup: text "Hi there" came from source "<b>Hi</b> there".
    source = "<b>Hi</b> there"
    text = "Hi there"
    offsets = [3, 4, 9, 10, 11, 12, 13, 14, 15]
    doc = Document(text, source=source, offsets=offsets)
    assert doc.position(0) == Position(1, 4)
    assert doc.source_span(Span(3, 8)) == Span(10, 15)
    assert doc.source_span(Span(1, 1)) == Span(4, 4)
