"""The language server's pure parts, in-process: positions, document changes, text edits,
suppressions, settings, and the core's api additions they rest on."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from lsp.client import offset_of, position_of
from lsprotocol import types

import newslint
from newslint.lsp.commands import suppression_edit
from newslint.lsp.documents import DocumentStore, Snapshot, uri_to_path
from newslint.lsp.positions import UTF16, UTF32, LineIndex, choose_encoding, clean_text
from newslint.lsp.settings import Settings, update_settings
from newslint.lsp.textedits import diff_spans

PIECES = st.sampled_from(["a", "bc", " ", "\n", "\r", "\r\n", "\U0001F30A", "é", "\u2028", "\x0c", "."])
TEXTS = st.lists(PIECES, max_size=25).map("".join)


def test_choose_encoding():
    assert choose_encoding(["utf-8", "utf-32", "utf-16"]) == UTF32
    assert choose_encoding(["utf-8", "utf-16"]) == UTF16
    assert choose_encoding(None) == UTF16


def test_positions_of_emoji_crlf_and_lone_cr():
    text = "a\U0001F30Ab\r\nc\rd\u2028e"
    index = LineIndex(text)
    assert index.position(text.index("b"), UTF16) == (0, 3)  # the emoji is two UTF-16 units
    assert index.position(text.index("b"), UTF32) == (0, 2)
    assert index.position(text.index("c"), UTF16) == (1, 0)
    assert index.position(text.index("d"), UTF16) == (2, 0)  # a lone CR ends a line
    assert index.position(text.index("e"), UTF16) == (2, 2)  # U+2028 does not
    assert index.position(text.index("\n"), UTF16) == (0, 4)  # inside CRLF: the line's end
    assert index.offset(0, 99, UTF16) == text.index("\r")  # past the end: the line's end
    assert index.offset(9, 0, UTF16) == len(text)
    assert index.offset(0, 2, UTF16) == 2  # inside the emoji's pair: after it


@given(TEXTS, st.data())
def test_offsets_round_trip_and_agree_with_the_test_client(text, data):
    index = LineIndex(text)
    offset = data.draw(st.integers(0, len(text)))
    if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
        offset -= 1  # no LSP position lies between CR and LF
    for encoding in (UTF16, UTF32):
        line, character = index.position(offset, encoding)
        assert index.offset(line, character, encoding) == offset
        assert position_of(text, offset, encoding) == {"line": line, "character": character}
        assert offset_of(text, {"line": line, "character": character}, encoding) == offset


def test_lone_surrogates_become_replacement_characters():
    assert clean_text("a\ud800b") == "a\ufffdb"


def _change(uri, version, rng, text):
    return types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(range=rng, text=text)],
    )


def test_incremental_changes_use_lsp_lines_and_units():
    store = DocumentStore()
    uri = "file:///desk/story.txt"
    store.open(types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text="x\U0001F30Ay\rz\u2028w"))
    rng = types.Range(types.Position(0, 3), types.Position(1, 1))  # after the emoji, across the CR
    snap = store.change(_change(uri, 2, rng, "-"), UTF16)
    assert snap.text == "x\U0001F30A-\u2028w" and snap.version == 2
    full = types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="new")],
    )
    assert store.change(full, UTF16).text == "new"


def test_reader_from_suffix_or_language_id():
    assert Snapshot("file:///d/a.md", 1, "", "markdown", uri_to_path("file:///d/a.md")).lint_path == "/d/a.md"
    untitled = Snapshot("untitled:1", 1, "", "markdown")
    assert untitled.input_format == "markdown" and untitled.lint_path == "untitled.md"
    assert Snapshot("untitled:2", 1, "", "plaintext").input_format is None
    assert uri_to_path("file:///C:/desk/a%20b.txt").as_posix() == "C:/desk/a b.txt"


def _apply(old, spans):
    out, done = [], 0
    for start, end, new in spans:
        assert start >= done
        out += [old[done:start], new]
        done = end
    return "".join(out) + old[done:]


@given(TEXTS, TEXTS)
def test_diff_spans_turn_one_text_into_the_other(old, new):
    spans = diff_spans(old, new)
    assert _apply(old, spans) == new
    for start, end, _ in spans:
        for offset in (start, end):
            assert not (0 < offset < len(old) and old[offset - 1 : offset + 1] == "\r\n")


def test_diff_spans_are_small():
    old = "Line one.\nThe the cat sat.\nA tunned piano.\n"
    new = "Line one.\nThe cat sat.\nA tuned piano.\n"
    assert [(old[s:e], r) for s, e, r in diff_spans(old, new)] == [(" the", ""), ("tunned", "tuned")]


def test_suppression_is_appended_then_extended():
    snap = Snapshot("untitled:1", 1, "Story.\r\nEnd.")
    start, end, text = suppression_edit(snap, "SP001")
    assert (start, end, text) == (len(snap.text), len(snap.text), "\r\n<!-- newslint: file-ignore[SP001] -->\r\n")
    once = snap.text + text
    start, end, text = suppression_edit(Snapshot("untitled:1", 2, once), "AC001")
    assert once[:start] + text + once[end:] == "Story.\r\nEnd.\r\n<!-- newslint: file-ignore[SP001,AC001] -->\r\n"
    assert suppression_edit(Snapshot("untitled:1", 2, once), "SP001") is None


def test_settings():
    settings, problems = update_settings(Settings(), {"newslint": {"debounceMs": 20, "lintOnChange": "no"}})
    assert settings == Settings(debounce_ms=20) and problems == [
        "newslint: setting lintOnChange='no' ignored (expected true or false)"]
    assert update_settings(settings, None) == (settings, [])
    assert update_settings(settings, {"maxFileSize": 10})[0].max_file_size == 10


def test_api_lint_source_and_source_edits():
    text = "<p>Profits at Smith &amp; Sons rose. The the board met.</p>\n"
    result = newslint.lint_source(text, "untitled.txt", input_format="html")
    (repeat,) = [d for d in result.diagnostics if d.code == "ST001"]
    assert result.document.source == text
    edits = newslint.source_edits(result.document, repeat)
    assert [(text[s.start : s.end], r) for s, r in edits] == [(" the", "")]
    fixed = newslint.fix_text(text, "untitled.txt", input_format="html").text
    assert fixed == "<p>Profits at Smith &amp; Sons rose. The board met.</p>\n"


def test_readme_documents_the_settings_and_commands():
    from conftest import ROOT

    from newslint.lsp import actions, settings

    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## In the editor: `newslint lsp`", 1)[1]
    section = section.split("\n## ", 1)[0]
    table = dict(re.findall(r"^\| `(\w+)` \| (\w+) \|", section, re.M))
    defaults = settings.Settings()
    assert table == {key: str(getattr(defaults, name)).lower() for key, name in settings._KEYS.items()}
    for name in (actions.FIX_ALL, actions.FIX_ALL_COMMAND):
        assert name in section
