"""LanguageTool's /v2 API served by newslint: form, multipart, JSON and ``data`` requests, UTF-16
offsets, rule and category filters, errors as LanguageTool gives them, and a real LanguageTool
client (language_tool_python) pointed at a running newslint."""

from __future__ import annotations

import json

import pytest
from serve_support import live_server, make_client, story

EMOJI_STORY = "Fans 🎉🎉 cheered as the the team said it had recieved the cup 🏆 on Sunday.\n"
MATCH_KEYS = {"message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type",
              "rule", "ignoreForIncompleteSentence", "contextForSureMatch", "newslint"}


@pytest.fixture(scope="module")
def client():
    with make_client() as c:
        yield c


def lt(client, **params):
    response = client.post("/v2/check", data=params)
    assert response.status_code == 200, response.text
    return response.json()


def utf16_slice(text: str, offset: int, length: int) -> str:
    return text.encode("utf-16-le")[2 * offset:2 * (offset + length)].decode("utf-16-le")


def match(payload: dict, rule_id: str) -> dict:
    found = [m for m in payload["matches"] if m["rule"]["id"] == rule_id]
    assert len(found) == 1, [m["rule"]["id"] for m in payload["matches"]]
    return found[0]


def apply(text: str, m: dict, value: str) -> str:
    """Replace as a LanguageTool client does: UTF-16 ``length`` units at ``offset``."""
    units = text.encode("utf-16-le")
    start, end = 2 * m["offset"], 2 * (m["offset"] + m["length"])
    return (units[:start] + value.encode("utf-16-le") + units[end:]).decode("utf-16-le")


def test_form_request_gets_languagetools_response_shape(client):
    payload = lt(client, text=EMOJI_STORY, language="en-US")
    assert set(payload) == {"software", "warnings", "language", "matches"}
    assert payload["software"]["name"] == "newslint" and payload["software"]["apiVersion"] == 1
    assert payload["language"]["code"] == "en-US" and payload["language"]["name"] == "English (US)"
    typo = match(payload, "SP001")
    assert set(typo) == MATCH_KEYS
    assert utf16_slice(EMOJI_STORY, typo["offset"], typo["length"]) == "recieved"
    assert typo["replacements"] == [{"value": "received"}]
    assert typo["rule"]["issueType"] == "misspelling" and typo["rule"]["category"] == {"id": "TYPOS",
                                                                                        "name": "Possible Typo"}
    assert typo["rule"]["description"] and typo["type"] == {"typeName": "UnknownWord"}
    context = typo["context"]
    assert utf16_slice(context["text"], context["offset"], context["length"]) == "recieved"
    assert typo["sentence"] == EMOJI_STORY.strip()
    assert typo["newslint"]["code"] == "SP001" and typo["newslint"]["severity"] == "error"
    assert EMOJI_STORY[typo["newslint"]["offset"]:][:8] == "recieved"  # code points in the extras


def test_replacements_applied_as_a_client_applies_them_give_newslints_fix(client):
    payload = lt(client, text=EMOJI_STORY, language="en-US")
    repeat = match(payload, "ST001")
    assert utf16_slice(EMOJI_STORY, repeat["offset"], repeat["length"]) == " the"  # the fix takes the space too
    assert repeat["rule"]["issueType"] == "duplication"
    assert apply(EMOJI_STORY, repeat, repeat["replacements"][0]["value"]) == EMOJI_STORY.replace("the the", "the")
    typo = match(payload, "SP001")
    assert apply(EMOJI_STORY, typo, "received") == EMOJI_STORY.replace("recieved", "received")


def test_crlf_story_offsets(client):
    text = story().replace("\n", "\r\n")
    payload = lt(client, text=text, language="auto")
    typo = match(payload, "SP001")
    assert utf16_slice(text, typo["offset"], typo["length"]) == "recieved"
    share = match(payload, "BP002")
    assert utf16_slice(text, share["offset"], share["length"]) == "Share this article on Facebook\r\n\r\n"  # the line and one of the blank lines around it
    assert share["replacements"] == [{"value": ""}]
    assert "\r" not in share["context"]["text"] and "\n" not in share["context"]["text"]


def test_multipart_and_json_requests_are_answered_alike(client):
    form = lt(client, text=EMOJI_STORY, language="en-US")
    multipart = client.post("/v2/check", files={"text": (None, EMOJI_STORY), "language": (None, "en-US")})
    as_json = client.post("/v2/check", json={"text": EMOJI_STORY, "language": "en-US"})
    query = client.get("/v2/check", params={"text": EMOJI_STORY, "language": "en-US"})
    for response in (multipart, as_json, query):
        assert response.status_code == 200 and response.json() == form


def test_data_annotations_offsets_count_the_markup(client):
    data = {"annotation": [
        {"markup": "<p>"}, {"text": "Fishermen said they had "}, {"markup": "<b data-x=\"1\">"},
        {"text": "recieved"}, {"markup": "</b>"}, {"text": " no word."},
        {"markup": "</p>\n<p>", "interpretAs": "\n\n"}, {"text": "They saw the "}, {"markup": "<i>"},
        {"text": "the"}, {"markup": "</i>"}, {"text": " boat 🚤 on the the beach."}, {"markup": "</p>"},
    ]}
    original = "".join(part.get("text", part.get("markup")) for part in data["annotation"])
    payload = lt(client, data=json.dumps(data), language="en-GB")
    typo = match(payload, "SP001")
    assert utf16_slice(original, typo["offset"], typo["length"]) == "recieved"
    assert apply(original, typo, typo["replacements"][0]["value"]).count("<b data-x=\"1\">received</b>") == 1
    repeats = sorted((m for m in payload["matches"] if m["rule"]["id"] == "ST001"), key=lambda m: m["offset"])
    assert [utf16_slice(original, m["offset"], m["length"]) for m in repeats] == ["the", " the"]
    assert repeats[0]["replacements"] == []  # its fix would cross the <i> markup: none offered
    fixed = apply(original, repeats[1], repeats[1]["replacements"][0]["value"])
    assert fixed.endswith("🚤 on the beach.</p>")
    as_object = client.post("/v2/check", json={"data": data, "language": "en-GB"}).json()
    assert as_object["matches"] == payload["matches"]


def test_rule_and_category_filters(client):
    text = story()
    everything = {m["rule"]["id"] for m in lt(client, text=text, language="en-US")["matches"]}
    assert {"SP001", "ST001", "AC001", "BP002"} <= everything
    fewer = lt(client, text=text, language="en-US", disabledRules="SP001,MORFOLOGIK_RULE_EN_US,UPPERCASE_SENTENCE_START")
    assert {m["rule"]["id"] for m in fewer["matches"]} == everything - {"SP001"}
    only = lt(client, text=text, language="en-US", enabledRules="ST001,WHITESPACE_RULE", enabledOnly="true")
    assert {m["rule"]["id"] for m in only["matches"]} == {"ST001"}
    no_typos = lt(client, text=text, language="en-US", disabledCategories="TYPOS")
    assert not any(m["rule"]["id"].startswith("SP") for m in no_typos["matches"])
    typos_only = lt(client, text=text, language="en-US", enabledCategories="TYPOS", enabledOnly="true")
    assert {m["rule"]["id"] for m in typos_only["matches"]} == {"SP001"}
    extra = lt(client, text="I was in the the room as the lexical illusion said.\n", language="en-US",
               enabledRules="PL007")
    assert "PL007" in {m["rule"]["id"] for m in extra["matches"]}  # off by default, switched on


def test_language_picks_the_spelling_locale(client):
    mixed = "The colour of the harbour was gray, and the color of the sea.\n"

    def flagged(**params):
        payload = lt(client, text=mixed, **params)
        return [utf16_slice(mixed, m["offset"], m["length"]) for m in payload["matches"]]

    assert flagged(language="en-US") == ["colour"]
    assert flagged(language="en-GB") == ["color"]
    assert flagged(language="en_GB") == ["color"]
    assert flagged(language="auto", preferredVariants="en-GB,de-AT") == ["color"]


@pytest.mark.parametrize("params, reason", [
    ({"language": "en-US"}, "Error: Missing 'text' or 'data' parameter"),
    ({"text": "Hallo Welt.", "language": "de-DE"},
     "Error: 'de-DE' is not a language code newslint knows (use en, en-US, en-GB or auto)"),
    ({"data": "{not json", "language": "en-US"}, "Error: 'data' is not valid JSON: Expecting property name enclosed "
                                                 "in double quotes"),
    ({"data": '{"annotation": [{"link": "x"}]}', "language": "en-US"},
     "Error: each annotation needs a 'text' or a 'markup' string"),
    ({"text": "x", "language": "en-US", "enabledOnly": "true", "enabledRules": "MORFOLOGIK_RULE_EN_US"},
     "Error: enabledOnly=true needs enabledRules or enabledCategories that newslint knows"),
])
def test_bad_requests_are_400_with_languagetools_one_line_text(client, params, reason):
    response = client.post("/v2/check", data=params)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain") and response.text == reason


def test_broken_json_body_is_400(client):
    response = client.post("/v2/check", content=b'{"text": ', headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.text.startswith("Error: body is not valid JSON")


def test_languages(client):
    assert client.get("/v2/languages").json() == [
        {"name": "English", "code": "en", "longCode": "en"},
        {"name": "English (US)", "code": "en", "longCode": "en-US"},
        {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    ]


def test_a_languagetool_client_works_against_newslint(monkeypatch):
    """language_tool_python, as a desk would use it with a remote LanguageTool server."""
    language_tool_python = pytest.importorskip("language_tool_python")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with live_server() as url:
        tool = language_tool_python.LanguageTool("en-US", remote_server=url.rstrip("/"))
        matches = tool.check(EMOJI_STORY)
        typo = next(m for m in matches if m.rule_id == "SP001")
        assert EMOJI_STORY[typo.offset:typo.offset + typo.error_length] == "recieved"  # client's own UTF-16 maths
        assert typo.replacements == ["received"] and typo.category == "TYPOS"
        assert typo.rule_issue_type == "misspelling"
        corrected = tool.correct(EMOJI_STORY)
        assert corrected == EMOJI_STORY.replace("recieved", "received").replace("the the", "the")
        tool.disabled_rules = {"SP001"}
        assert "SP001" not in {m.rule_id for m in tool.check(EMOJI_STORY)}
        gb = language_tool_python.LanguageTool("en-GB", remote_server=url.rstrip("/"))
        assert [m.rule_id for m in gb.check("The colour of the harbour; the color of the sea.")] == ["CN002"]
