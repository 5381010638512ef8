"""newslint serve, its own API: the JSON contract plus offsets into the text sent, fixes, uploads,
limits and one-line errors (Starlette's TestClient, no network)."""

from __future__ import annotations

import io
import json

import pytest
from serve_support import make_client, story

import newslint
from newslint.config import Config
from newslint.serve import checking
from newslint.serve.settings import LOOPBACK, Settings

CONTRACT_KEYS = {"path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message",
                 "suggestions", "fix"}


@pytest.fixture(scope="module")
def client():
    with make_client() as c:
        yield c


SERVE_EXTRAS = {"offset", "length", "insert", "title"}


def contract_only(record: dict) -> dict:
    """The record without what the server adds (offsets, and each fix's title and edit inserts)."""
    out = {k: v for k, v in record.items() if k not in SERVE_EXTRAS}
    if out.get("fix"):
        out["fix"] = {k: v for k, v in out["fix"].items() if k not in SERVE_EXTRAS}
        out["fix"]["edits"] = [{k: v for k, v in e.items() if k not in SERVE_EXTRAS} for e in out["fix"]["edits"]]
    return out


def check(client, text, **extra):
    response = client.post("/api/v1/check", json={"text": text, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def flagged(text: str, record: dict) -> str:
    return text[record["offset"]:record["offset"] + record["length"]]


def by_code(payload: dict, code: str) -> dict:
    found = [d for d in payload["diagnostics"] if d["code"] == code]
    assert len(found) == 1, [d["code"] for d in payload["diagnostics"]]
    return found[0]


def test_check_is_the_json_contract_plus_offsets(client):
    text = story()
    payload = check(client, text, path="desk/story.txt")
    assert set(payload) == {"version", "diagnostics", "summary", "offsets", "notices"}
    assert payload["version"] == newslint.__version__ and payload["offsets"] == "codepoints"
    expected = [d.to_record() for d in newslint.lint_text(text, "desk/story.txt", Config())]
    assert len(payload["diagnostics"]) == len(expected) >= 4
    for got, want in zip(payload["diagnostics"], expected, strict=True):
        assert set(got) == CONTRACT_KEYS | {"offset", "length"}
        assert contract_only(got) == want
    assert payload["summary"] == {"files": 1, "diagnostics": len(expected), "error": len(expected),
                                  "warning": 0, "info": 0}
    assert flagged(text, by_code(payload, "SP001")) == "recieved"
    assert flagged(text, by_code(payload, "AC001")) == "KHBT"
    assert flagged(text, by_code(payload, "BP002")) == "Share this article on Facebook"


EMOJI_STORY = "Fans 🎉🎉 cheered as the the team said it had recieved the cup 🏆 on Sunday.\n"


def test_offsets_slice_the_flagged_text_in_code_points_and_utf16(client):
    points = check(client, EMOJI_STORY)
    assert flagged(EMOJI_STORY, by_code(points, "SP001")) == "recieved"
    assert flagged(EMOJI_STORY, by_code(points, "ST001")) == "the"
    units = check(client, EMOJI_STORY, offsets="utf16")
    assert units["offsets"] == "utf16"
    utf16 = EMOJI_STORY.encode("utf-16-le")
    for record in units["diagnostics"]:
        start, length = record["offset"], record["length"]
        piece = utf16[2 * start:2 * (start + length)].decode("utf-16-le")
        same = next(d for d in points["diagnostics"] if d["code"] == record["code"])
        assert piece == flagged(EMOJI_STORY, same)
    assert by_code(units, "SP001")["offset"] == by_code(points, "SP001")["offset"] + 2  # two emoji before it


def test_crlf_story_offsets_and_fix_edits_index_the_text_sent(client):
    text = story().replace("\n", "\r\n")
    payload = check(client, text)
    typo = by_code(payload, "SP001")
    assert flagged(text, typo) == "recieved"
    assert typo["line"] == 13  # a CRLF is one line break
    delete = by_code(payload, "BP002")["fix"]["edits"][0]
    assert text[delete["offset"]:delete["offset"] + delete["length"]] == "Share this article on Facebook\r\n\r\n"  # the line and one of the blank lines around it
    edit = typo["fix"]["edits"][0]
    fixed = text[:edit["offset"]] + edit["insert"] + text[edit["offset"] + edit["length"]:]
    assert "had received no word" in fixed and "\r\n" in fixed


def test_markup_offsets_point_into_the_markdown_and_html_sent(client):
    md = "# Harbour vote\n\nFishermen *on the quay* said they had **recieved** no word.\n"
    record = by_code(check(client, md, path="story.md"), "SP001")
    assert flagged(md, record) == "recieved"
    page = "<article><h1>Harbour vote</h1><p>Fishermen said they had <b>recieved</b> no word &amp; no plan.</p></article>"
    record = by_code(check(client, page, path="story.html"), "SP001")
    assert flagged(page, record) == "recieved"


def test_a_byte_order_mark_and_a_lone_surrogate_keep_offsets_in_place(client):
    text = "\ufeff" + story()
    assert flagged(text, by_code(check(client, text), "SP001")) == "recieved"
    raw = '{"text": "Bad \\ud800 byte, they recieved it.\\n"}'
    response = client.post("/api/v1/check", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 200
    record = by_code(response.json(), "SP001")
    assert record["offset"] == len("Bad \ud800 byte, they ")


def test_path_only_picks_the_reader_and_is_never_opened(client, tmp_path):
    on_disk = tmp_path / "story.md"
    on_disk.write_text("They had recieved the the report.\n", encoding="utf-8")
    assert check(client, "Councillors met on Tuesday.\n", path=str(on_disk))["diagnostics"] == []
    code_span = "Councillors said `recieved` is a typo.\n"
    assert [d["code"] for d in check(client, code_span, path="notes.txt")["diagnostics"]] == ["SP001"]
    assert check(client, code_span, path="notes.md")["diagnostics"] == []  # Markdown code is not prose
    assert check(client, code_span, path="../../word.docx")["diagnostics"][0]["code"] == "SP001"


def test_select_ignore_and_locale(client):
    text = story()
    assert {d["code"][:2] for d in check(client, text, select=["SP"])["diagnostics"]} == {"SP"}
    assert "SP001" not in [d["code"] for d in check(client, text, ignore="SP001,BP")["diagnostics"]]
    mixed = "The colour of the harbour was gray, and the color of the sea.\n"
    us = check(client, mixed, locale="en-US")["diagnostics"]
    gb = check(client, mixed, locale="en-GB")["diagnostics"]
    assert [flagged(mixed, d) for d in us] == ["colour"] and [flagged(mixed, d) for d in gb] == ["color"]


def test_fix_returns_the_fixed_text_and_what_remains(client):
    text = story()
    response = client.post("/api/v1/fix", json={"text": text, "offsets": "utf16"})
    assert response.status_code == 200
    payload = response.json()
    assert payload["changed"] is True and payload["fixes"] == 4
    fixed = payload["text"]
    assert "recieved" not in fixed and "the the" not in fixed and "Share this article" not in fixed
    assert "KHBT" not in fixed and fixed.count("KBHT") == 3
    assert payload["diagnostics"] == [] and payload["summary"]["diagnostics"] == 0
    assert client.post("/api/v1/fix", json={"text": fixed}).json()["changed"] is False
    slip = "Vellamouth council met. Vellamouth voted. Vellamuoth's mayor spoke.\n"
    kept = client.post("/api/v1/fix", json={"text": slip}).json()
    assert kept["changed"] is False and flagged(slip, by_code(kept, "SP002")) == "Vellamuoth"
    unsafe = client.post("/api/v1/fix", json={"text": slip, "unsafe": True}).json()
    assert unsafe["text"] == slip.replace("Vellamuoth", "Vellamouth") and unsafe["diagnostics"] == []


def test_render_gives_the_story_highlighted_and_escaped(client):
    text = "They had recieved <b>nothing</b> & said so.\n"
    html = check(client, text, render=True)["html"]
    assert '<mark class="nl-mark nl-error" data-f="0" title="SP001">recieved</mark>' in html
    assert 'title="BP012">&lt;b&gt;</mark>nothing' in html and "&amp; said so." in html and "<b>" not in html


@pytest.mark.parametrize("body, reason", [
    (b"{not json", "body is not valid JSON: Expecting property name enclosed in double quotes at line 1 column 2"),
    (b"", "empty body: send a JSON object"),
    (b"[1, 2]", "body must be a JSON object"),
    (b'{"path": "a.txt"}', "missing 'text' (a string)"),
    (b'{"text": 42}', "missing 'text' (a string)"),
    (b'{"text": "x", "locale": "fr-FR"}', "'locale' must be one of auto, en-US, en-GB"),
    (b'{"text": "x", "offsets": "bytes"}', "offsets must be one of codepoints, utf16, not 'bytes'"),
    (b'{"text": "x", "select": ["ZZ9"]}', "command line: 'ZZ9' matches no rule code, prefix or name"),
    (b'{"text": "x", "select": 5}', "'select' must be a list of codes or a comma-separated string"),
    (b'{"text": "x", "path": ""}', "'path' must be a file name of 1 to 255 characters"),
])
def test_bad_requests_are_400_with_one_line(client, body, reason):
    for url in ("/api/v1/check", "/api/v1/fix"):
        response = client.post(url, content=body, headers={"content-type": "application/json"})
        assert response.status_code == 400, (url, response.text)
        assert response.json() == {"error": reason}


def test_text_that_looks_binary_is_not_linted(client):
    response = client.post("/api/v1/check", json={"text": "a\x00\x00\x00\x00b"})
    assert response.status_code == 400
    assert response.json() == {"error": "story.txt: looks like a binary file, skipped"}


def test_bodies_over_max_bytes_are_413_announced_or_streamed():
    with make_client(Settings(max_bytes=1000, warm_up=False)) as small:
        response = small.post("/api/v1/check", json={"text": "x" * 2000})
        assert response.status_code == 413
        assert response.json() == {"error": "request body over the 1,000-byte limit (--max-bytes)"}

        def chunks():
            for _ in range(20):
                yield b" " * 100

        streamed = small.post("/api/v1/check", content=chunks(), headers={"content-type": "application/json"})
        assert "content-length" not in {k.lower() for k in streamed.request.headers}
        assert streamed.status_code == 413 and "1,000-byte limit" in streamed.json()["error"]
        lt = small.post("/v2/check", data={"text": "y" * 2000, "language": "en-US"})
        assert lt.status_code == 413 and lt.text == "Error: request body over the 1,000-byte limit (--max-bytes)"
        assert small.post("/api/v1/check", json={"text": "Short story.\n"}).status_code == 200


def test_an_internal_error_is_one_line_500(client, monkeypatch):
    def broken(*args):
        raise RuntimeError("boom\nwith a second line")

    monkeypatch.setattr(checking, "lint_story", broken)
    response = client.post("/api/v1/check", json={"text": "x"})
    assert response.status_code == 500
    assert response.json() == {"error": "internal error: RuntimeError (see the server log)"}


def test_healthz_rules_and_methods(client):
    assert client.get("/healthz").json() == {"status": "ok", "version": newslint.__version__}
    rule = client.get("/api/v1/rules/SP001").json()
    assert rule["code"] == "SP001" and rule["name"] == "misspelled-word"
    assert rule["explain"] == newslint.explain("SP001")
    assert client.get("/api/v1/rules/repeated-word").json()["code"] == "ST001"
    missing = client.get("/api/v1/rules/ZZ999")
    assert missing.status_code == 404 and missing.json() == {"error": "no rule with code or name 'ZZ999'"}
    assert client.get("/api/v1/check").status_code == 405


def test_open_decodes_files_as_check_does(client):
    cp1252 = "They had recieved \u201cnothing\u201d.\n".encode("cp1252")
    opened = client.post("/api/v1/open", files={"file": ("desk/wire.txt", cp1252, "text/plain")}).json()
    assert opened["text"] == "They had recieved \u201cnothing\u201d.\n" and opened["path"] == "wire.txt"
    assert opened["notices"] == ["wire.txt: not valid UTF-8 (byte 18), read as cp1252"]
    import docx

    document = docx.Document()
    document.add_paragraph("Harbour trust approves lifeboat station")
    document.add_paragraph("Fishermen said they had recieved no word.")
    buffer = io.BytesIO()
    document.save(buffer)
    word = client.post("/api/v1/open", files={"file": ("boat.docx", buffer.getvalue())}).json()
    assert word["text"] == "Harbour trust approves lifeboat station\nFishermen said they had recieved no word."
    assert word["format"] == "docx"
    checked = check(client, word["text"], path=word["path"])  # sent back as text: read as plain text
    assert flagged(word["text"], by_code(checked, "SP001")) == "recieved"
    binary = client.post("/api/v1/open", files={"file": ("x.txt", b"\x00\x01\x02" * 50)})
    assert binary.status_code == 400 and binary.json() == {"error": "x.txt: looks like a binary file, skipped"}
    assert client.post("/api/v1/open", data={"text": "x"}).json() == {
        "error": "send the story as a multipart 'file' field"}


def test_the_page_needs_nothing_from_elsewhere(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    for asset in ("page.js", "page.css", "report.css"):
        response = client.get(f"/static/{asset}")
        assert response.status_code == 200
        assert "http:" not in response.text and "https:" not in response.text and "//cdn" not in response.text
    assert "http" not in page.text.replace('http-equiv', '')
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/index.py").status_code == 404


def test_cors_only_for_allowed_origins():
    allowed = "https://cms.example.org"
    with make_client(Settings(allow_origins=(allowed,), warm_up=False)) as c:
        ok = c.options("/api/v1/check", headers={"origin": allowed, "access-control-request-method": "POST"})
        assert ok.headers["access-control-allow-origin"] == allowed
        other = c.post("/api/v1/check", json={"text": "x"}, headers={"origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    with make_client() as c:
        plain = c.post("/api/v1/check", json={"text": "x"}, headers={"origin": allowed})
        assert "access-control-allow-origin" not in plain.headers


def test_loopback_server_answers_only_loopback_host_names():
    with make_client(Settings(trusted_hosts=LOOPBACK, warm_up=False)) as c:
        assert c.get("/healthz", headers={"host": "127.0.0.1:8765"}).status_code == 200
        assert c.get("/healthz", headers={"host": "localhost:8765"}).status_code == 200
        assert c.get("/healthz", headers={"host": "[::1]:8765"}).status_code == 200
        assert c.get("/healthz", headers={"host": "rebound.example:8765"}).status_code == 400


def test_options_configs_are_reused_not_rebuilt(client):
    """One Config per distinct option set: the rules built for it are cached per Config object."""
    base = Config()
    first = checking.options_config(base, {"select": ["SP"], "locale": "en-GB"})
    assert checking.options_config(base, {"select": "SP", "locale": "en-GB"}) is first
    assert checking.options_config(base, {"select": ["ST"]}) is not first
    assert json.loads(json.dumps(first.select)) == ["SP"]
