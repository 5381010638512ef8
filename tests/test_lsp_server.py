"""``newslint lsp`` over stdio: positions, sync and publishing, as an editor sees them."""

from __future__ import annotations

import pytest
from lsp import fixtures
from lsp.fixtures import by_code, text_at
from lsp.stories import HEADLINE, MARKDOWN, STORY, with_breaks

import newslint

start_server = fixtures.start_server

ENCODINGS = [
    (None, "utf-16"),  # a client that says nothing gets the one every client supports
    (["utf-8", "utf-16"], "utf-16"),  # UTF-8 is never chosen
    (["utf-8", "utf-32", "utf-16"], "utf-32"),  # UTF-32 whenever offered
]


@pytest.mark.parametrize(("offered", "chosen"), ENCODINGS)
def test_ranges_point_at_the_findings_in_each_encoding_and_line_ending(start_server, tmp_path, offered, chosen):
    client = start_server(encodings=offered)
    assert client.encoding == chosen
    for name, newline in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        uri = (tmp_path / f"story-{name}.txt").as_uri()
        client.open(uri, with_breaks(STORY, newline))
        found = by_code(client.diagnostics(uri, version=1))
        # what the library finds in the same text (lone CRs are line breaks to the core too, so
        # the repeated headline is seen in every line ending)
        assert set(found) == {d.code for d in newslint.lint_text(client.text(uri), f"story-{name}.txt")}
        assert {"AC001", "SP001", "ST002"} <= set(found)
        assert [text_at(client, uri, d["range"]) for d in found["AC001"]] == ["NCFC"]
        assert [text_at(client, uri, d["range"]) for d in found["SP001"]] == ["tunned"]
        assert [text_at(client, uri, d["range"]) for d in found["ST002"]] == [HEADLINE]
        typo = found["SP001"][0]["range"]
        line = STORY.splitlines()[5]
        before = line.index("tunned")
        # the emoji before the typo is two UTF-16 units, one code point
        assert typo["start"] == {"line": 5, "character": before + (1 if chosen == "utf-16" else 0)}
    assert client.close() == 0


def test_diagnostic_fields(start_server, tmp_path):
    client = start_server()
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, STORY)
    found = by_code(client.diagnostics(uri, version=1))
    typo = found["SP001"][0]
    assert typo["source"] == "newslint"
    assert typo["severity"] == 1  # the curated misspelling is an error
    assert typo["data"]["suggestions"][0] == "tuned"
    assert typo["data"]["fix"]["applicability"] == "safe"
    assert [e["newText"] for e in typo["data"]["fix"]["edits"]] == ["tuned"]
    assert typo["data"]["fix"]["edits"][0]["range"] == typo["range"]
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": typo["range"]["start"]})
    assert "SP001 misspelled-word" in hover["contents"]["value"]  # newslint explain's text
    assert "'tunned' is a common misspelling" in hover["contents"]["value"]
    assert client.close() == 0


def test_markdown_is_read_as_the_cli_reads_it(start_server, tmp_path):
    client = start_server()
    for uri, language in (((tmp_path / "story.md").as_uri(), "markdown"), ("untitled:Untitled-1", "markdown")):
        client.open(uri, MARKDOWN, language)
        found = by_code(client.diagnostics(uri, version=1))
        assert [text_at(client, uri, d["range"]) for d in found.get("SP001", [])] == ["tunned"]  # not 'recieve'
        assert [text_at(client, uri, d["range"]) for d in found["AC001"]] == ["NCFC"]
    plain = "untitled:Untitled-2"
    client.open(plain, MARKDOWN, "plaintext")  # read as text: the code block's typo counts
    assert "recieve" in [text_at(client, plain, d["range"]) for d in client.diagnostics(plain, 1)["diagnostics"]]
    assert client.close() == 0


def _typo_column(params: dict) -> int:
    return next(d["range"]["start"]["character"] for d in params["diagnostics"] if d["code"] == "SP001")


@pytest.mark.parametrize("debounce", [0, 40])
def test_change_bursts_never_publish_a_stale_version(start_server, tmp_path, debounce):
    """Changes arrive while code actions ask for lints of the versions they were sent at. Once
    the server has read version V (a sync request answered), nothing older may be published;
    and what is published for version v describes version v (each change moves the typo)."""
    client = start_server(options={"debounceMs": debounce})
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, STORY)
    base = _typo_column(client.diagnostics(uri, version=1))
    line_start = STORY.index("A spokesman")
    asks = {"textDocument": {"uri": uri}, "range": {"start": {"line": 5, "character": 0},
                                                    "end": {"line": 5, "character": 0}}, "context": {"diagnostics": []}}
    version, synced = 1, []
    for _ in range(4):
        pending = []
        for _ in range(8):
            version = client.replace(uri, line_start, line_start, "x ")
            pending.append(client.request_async("textDocument/codeAction", asks))
        synced.append((client.sync(), version))
        for msg_id in pending:
            assert "error" not in client.response(msg_id)
    final = client.diagnostics(uri, version=version)
    assert _typo_column(final) == base + 2 * (version - 1)
    with client._cond:
        publishes = [(i, m["params"]) for i, m in enumerate(client.notifications)
                     if m["method"] == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri]
    versions = [p["version"] for _, p in publishes]
    assert versions == sorted(versions)
    for index, params in publishes:
        assert _typo_column(params) == base + 2 * (params["version"] - 1), params["version"]
        for after, read_version in synced:
            assert index < after or params["version"] >= read_version, "published a version older than one read"
    assert client.close() == 0


def test_close_clears_and_big_files_wait_for_save(start_server, tmp_path):
    client = start_server(options={"maxFileSize": 1000})
    big, small = (tmp_path / "big.txt").as_uri(), (tmp_path / "small.txt").as_uri()
    big_text = STORY + "\nThe wall will be built of concrete and stone.\n" * 30
    client.open(big, big_text)
    client.open(small, STORY)
    client.diagnostics(small, version=1)  # linted in order: the big one would have come first
    assert client.published(big) == []
    client.notify("textDocument/didSave", {"textDocument": {"uri": big}})
    assert set(by_code(client.diagnostics(big, version=1))) >= {"SP001", "AC001"}
    mark = client.mark()
    client.notify("textDocument/didClose", {"textDocument": {"uri": small}})
    cleared = client.diagnostics(small, after=mark)
    assert cleared["diagnostics"] == []
    assert client.close() == 0


def test_lint_on_change_off_lints_on_save(start_server, tmp_path):
    client = start_server()
    client.notify("workspace/didChangeConfiguration", {"settings": {"newslint": {"lintOnChange": False}}})
    uri, other = (tmp_path / "story.txt").as_uri(), (tmp_path / "other.txt").as_uri()
    client.open(uri, STORY)
    client.diagnostics(uri, version=1)
    version = client.replace(uri, 0, 0, "x ")
    client.open(other, STORY)
    client.diagnostics(other, version=1)
    assert [p["version"] for p in client.published(uri)] == [1]
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri, version=version)["diagnostics"]
    assert client.close() == 0


def test_a_word_list_open_in_the_editor_is_not_linted(start_server, tmp_path):
    (tmp_path / "words.txt").write_text("Ausseur\n", encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('accepted-words = ["words.txt"]\n', encoding="utf-8")
    client = start_server()
    uri = (tmp_path / "words.txt").as_uri()
    client.open(uri, "Ausseur\ntunned recieve\n")
    assert client.diagnostics(uri, version=1)["diagnostics"] == []
    assert client.close() == 0
