"""Encodings and typographic characters: the story reads the same, positions stay the file's."""

from __future__ import annotations

import codecs

import pytest

from newslint.config import Config
from newslint.runner import lint_paths
from newslint.sources import read_document
from newslint.sources.decode import decode_bytes, encode_text

STORY = "Talks resume\n\n“Officials said the the talks would resume,” she said.\n"
DOUBLE_AT = (3, STORY.split("\n")[2].index("the talks") + 1)


def found(tmp_path, data: bytes, name: str = "story.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    run = lint_paths([str(path)], Config(select=("ST001",)))
    result = run.files[0]
    return [(d.start.line, d.start.column) for d in result.diagnostics], result.notices


@pytest.mark.parametrize(
    "label, data",
    [
        ("utf-8", STORY.encode("utf-8")),
        ("utf-8 with BOM", codecs.BOM_UTF8 + STORY.encode("utf-8")),
        ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + STORY.encode("utf-16-le")),
        ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + STORY.encode("utf-16-be")),
        ("utf-32 LE with BOM", codecs.BOM_UTF32_LE + STORY.encode("utf-32-le")),
    ],
)
def test_unicode_encodings_read_silently_with_the_same_positions(tmp_path, label, data):
    assert found(tmp_path, data) == ([DOUBLE_AT], []), label


def test_utf16_without_bom_is_recognised_with_a_notice(tmp_path):
    positions, notices = found(tmp_path, STORY.encode("utf-16-le"))
    assert positions == [DOUBLE_AT]
    assert notices == [f"{tmp_path / 'story.txt'}: UTF-16 without a byte-order mark, read as utf-16-le"]


def test_cp1252_falls_back_with_a_notice(tmp_path):
    data = STORY.encode("cp1252")  # curly quotes are 0x93/0x94: not UTF-8
    positions, notices = found(tmp_path, data)
    assert positions == [DOUBLE_AT]
    assert notices == [f"{tmp_path / 'story.txt'}: not valid UTF-8 (byte 14), read as cp1252"]
    decoded = decode_bytes(data, "s.txt")
    assert decoded.text == STORY and encode_text(decoded.text, decoded) == data


def test_bytes_cp1252_leaves_undefined_read_as_latin1_and_round_trip(tmp_path):
    data = b"Caf\xe9 \x81 the the end.\n"  # 0x81 is undefined in cp1252
    positions, notices = found(tmp_path, data)
    assert positions == [(1, 12)]
    assert notices[0].endswith("read as Latin-1")
    decoded = decode_bytes(data, "s.txt")
    assert encode_text(decoded.text, decoded) == data


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_cp1252_markup_files_too(tmp_path, suffix):
    body = "Officials said the the talks would resume – “soon”."
    text = f"<p>{body}</p>\n" if suffix == ".html" else f"{body}\n"
    positions, notices = found(tmp_path, text.encode("cp1252"), f"story{suffix}")
    assert positions == [(1, text.index("the talks") + 1)]
    assert notices and "read as cp1252" in notices[0]


def words(text: str, path: str = "story.txt") -> list[str]:
    doc, _ = read_document(text.encode("utf-8"), path)
    return [w.text for w in doc.words]


def test_smart_quotes_and_apostrophes_keep_words_whole():
    assert words("“Don’t,” she said. ‘Kyiv’s mayor’ – O’Neill’s.") == [
        "Don’t",
        "she",
        "said",
        "Kyiv’s",
        "mayor",
        "O’Neill’s",
    ]


def test_non_breaking_spaces_separate_words_and_keep_columns(tmp_path):
    text = "Port\u00a0Ellery officials\u202fsaid the the talks resumed.\n"
    assert words(text) == ["Port", "Ellery", "officials", "said", "the", "the", "talks", "resumed"]
    assert found(tmp_path, text.encode("utf-8")) == ([(1, text.index("the talks") + 1)], [])


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_soft_hyphens_and_zero_width_spaces_do_not_split_words(tmp_path, suffix):
    text = "The accom\u00admodation of\u200b the the harbour work\u2060ers.\n"
    assert words(text, f"story{suffix}") == ["The", "accommodation", "of", "the", "the", "harbour", "workers"]
    # the column counts the file's characters, invisible ones included
    assert found(tmp_path, text.encode("utf-8"), f"story{suffix}") == (
        [(1, text.index("the harbour") + 1)],
        [],
    )


def test_soft_hyphen_in_html_and_docx(tmp_path):
    import docx

    html = "<p>The accom&shy;mo\u00addation the the harbour.</p>\n"
    assert words(html, "s.html") == ["The", "accommodation", "the", "the", "harbour"]
    document = docx.Document()
    document.add_paragraph("The accom\u00admodation the the harbour.")
    document.save(tmp_path / "s.docx")
    doc, _ = read_document((tmp_path / "s.docx").read_bytes(), "s.docx")
    assert [w.text for w in doc.words] == ["The", "accommodation", "the", "the", "harbour"]


def test_invisible_characters_map_back_exactly():
    text = "Re\u00adsume the\u200b the talks.\n"
    doc, _ = read_document(text.encode("utf-8"), "s.txt")
    assert doc.text == "Resume the the talks.\n" and doc.source == text
    for word in doc.words:
        span = doc.source_span(word.span)
        assert text[span.start : span.end].replace("\u00ad", "") == word.text


def test_binary_is_still_skipped(tmp_path):
    positions, notices = found(tmp_path, b"\x00\x01\x02\x03" * 50 + b"the the")
    assert positions == [] and notices[0].endswith("looks like a binary file, skipped")
