"""``newslint lsp`` code actions and commands: quick fixes, fix-all as ``--fix``, word lists,
suppressions, and config changes re-linting the open stories."""

from __future__ import annotations

import shutil
import subprocess
import sys

from lsp import fixtures
from lsp.client import apply_text_edits, edits_of
from lsp.fixtures import by_code, text_at
from lsp.stories import MARKDOWN, STORY, with_breaks

start_server = fixtures.start_server


def _actions(client, uri, rng, only=None):
    context = {"diagnostics": [], **({"only": only} if only else {})}
    return client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": rng, "context": context})


def _cli_fix(path) -> str:
    """What ``newslint check --fix`` writes for a copy of the file."""
    copy = path.with_name("cli-" + path.name)
    shutil.copyfile(path, copy)
    subprocess.run([sys.executable, "-m", "newslint", "check", "--fix", "-q", str(copy)], capture_output=True)
    return copy.read_bytes().decode("utf-8")


def test_quick_fixes_per_finding(start_server, tmp_path):
    client = start_server()
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, STORY)
    found = by_code(client.diagnostics(uri, version=1))
    typo = found["SP001"][0]
    actions = _actions(client, uri, typo["range"])
    titles = [a["title"] for a in actions if a["kind"] == "quickfix"]
    assert titles == ["Replace with 'tuned'", "Add 'tunned' to accepted words", "Ignore SP001 in this file"]
    fix = actions[0]
    assert fix["isPreferred"] is True and fix["diagnostics"][0]["code"] == "SP001"
    fixed = apply_text_edits(client.text(uri), edits_of(fix["edit"], uri), client.encoding)
    assert fixed == STORY.replace("tunned", "tuned")
    assert fix["edit"]["documentChanges"][0]["textDocument"]["version"] == 1
    acronym = [a["title"] for a in _actions(client, uri, found["AC001"][0]["range"]) if a["kind"] == "quickfix"]
    assert acronym[:2] == ["Write 'NCFA'", "Add 'NCFC' to acronyms"]


def test_unsafe_fixes_are_labelled_and_not_preferred(start_server, tmp_path):
    client = start_server()
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, "The council met on Tuesday. The mayor said the barreir was ready for the town.\n")
    typo = by_code(client.diagnostics(uri, version=1))["SP001"][0]
    fixes = [a for a in _actions(client, uri, typo["range"]) if "edit" in a]
    # the rule's guess, then its other suggestions: one action each, none preferred
    assert [a["title"] for a in fixes] == [
        "Replace with 'barrier' (unsafe)", "Replace with 'barred' (unsafe)", "Replace with 'barrel' (unsafe)"]
    assert not any(a.get("isPreferred") for a in fixes)
    for action, word in zip(fixes, ("barrier", "barred", "barrel"), strict=True):
        edits = edits_of(action["edit"], uri)
        assert [(text_at(client, uri, e["range"]), e["newText"]) for e in edits] == [("barreir", word)]


def test_fix_all_writes_what_check_fix_writes(start_server, tmp_path):
    client = start_server()
    stories = {"story.txt": STORY, "story-crlf.txt": with_breaks(STORY, "\r\n"), "story.md": MARKDOWN}
    for name, text in stories.items():
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8"))
        uri = path.as_uri()
        client.open(uri, text, "markdown" if name.endswith(".md") else "plaintext")
        client.diagnostics(uri, version=1)
        expected = _cli_fix(path)
        assert expected != text
        eager = _actions(client, uri, {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                         only=["source.fixAll"])
        assert [a["kind"] for a in eager] == ["source.fixAll.newslint"]
        assert apply_text_edits(text, edits_of(eager[0]["edit"], uri), client.encoding) == expected, name
        lazy = [a for a in _actions(client, uri, {"start": {"line": 0, "character": 0},
                                                  "end": {"line": 0, "character": 0}})
                if a["kind"] == "source.fixAll.newslint"]
        assert len(lazy) == 1 and "edit" not in lazy[0]
        resolved = client.request("codeAction/resolve", lazy[0])
        assert apply_text_edits(text, edits_of(resolved["edit"], uri), client.encoding) == expected, name
    assert client.close() == 0


def test_fix_all_command_for_clients_without_resolve(start_server, tmp_path):
    client = start_server(resolve=False)
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, STORY)
    client.diagnostics(uri, version=1)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    origin = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
    action = next(a for a in _actions(client, uri, origin) if a["kind"] == "source.fixAll.newslint")
    assert action["command"]["command"] == "newslint.fixAll"
    result = client.request("workspace/executeCommand", action["command"])
    assert result == {"applied": True}
    assert client.text(uri) == _cli_fix(tmp_path / "story.txt")
    assert by_code(client.diagnostics(uri, version=2)).keys() == set()
    assert client.close() == 0


def test_add_word_is_written_by_the_server_and_relints(start_server, tmp_path):
    (tmp_path / "words.txt").write_text("# house words\n", encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('accepted-words = ["words.txt"]\n', encoding="utf-8")
    client = start_server()
    uri, other = (tmp_path / "story.txt").as_uri(), (tmp_path / "other.txt").as_uri()
    client.open(uri, STORY)
    client.open(other, STORY)
    typo = by_code(client.diagnostics(uri, version=1))["SP001"][0]
    client.diagnostics(other, version=1)
    add = next(a for a in _actions(client, uri, typo["range"]) if a["title"].startswith("Add "))
    mark = client.mark()
    result = client.request("workspace/executeCommand", add["command"])
    assert result["added"] == ["tunned"]
    assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "# house words\ntunned\n"
    for each in (uri, other):  # every open story is linted again, at the same version
        assert set(by_code(client.diagnostics(each, version=1, after=mark))) == {"ST002", "AC001"}
    assert client.close() == 0


def test_add_word_without_a_list_in_config_takes_effect_at_once(start_server, tmp_path):
    """A config naming no list reads newslint-words.txt beside it by default (``words add``'s rule),
    so the word written there is accepted on the next lint, with no line to add to the config."""
    (tmp_path / "newslint.toml").write_text('ignore = ["PL"]\n', encoding="utf-8")
    client = start_server()
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, STORY)
    assert "SP001" in by_code(client.diagnostics(uri, version=1))
    mark = client.mark()
    arguments = [{"uri": uri, "word": "tunned", "kind": "accepted_words"}]
    result = client.request("workspace/executeCommand", {"command": "newslint.addWord", "arguments": arguments})
    assert result["added"] == ["tunned"] and result["file"] == str(tmp_path / "newslint-words.txt")
    assert (tmp_path / "newslint-words.txt").read_text(encoding="utf-8") == "tunned\n"
    assert set(by_code(client.diagnostics(uri, version=1, after=mark))) == {"ST002", "AC001"}
    assert (tmp_path / "newslint.toml").read_text(encoding="utf-8") == 'ignore = ["PL"]\n'
    assert client.close() == 0


def test_ignore_in_file_inserts_the_directive_through_the_editor(start_server, tmp_path):
    client = start_server()
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, STORY)
    typo = by_code(client.diagnostics(uri, version=1))["SP001"][0]
    ignore = next(a for a in _actions(client, uri, typo["range"]) if a["title"] == "Ignore SP001 in this file")
    assert client.request("workspace/executeCommand", ignore["command"]) == {"applied": True}
    assert client.text(uri) == STORY + "<!-- newslint: file-ignore[SP001] -->\n"
    assert set(by_code(client.diagnostics(uri, version=2))) == {"ST002", "AC001"}
    arguments = [{"uri": uri, "code": "AC001"}]
    client.request("workspace/executeCommand", {"command": "newslint.ignoreInFile", "arguments": arguments})
    assert client.text(uri).endswith("<!-- newslint: file-ignore[SP001,AC001] -->\n")
    assert set(by_code(client.diagnostics(uri, version=3))) == {"ST002"}
    client.apply_edits = False  # an editor that refuses: the writer is told, nothing changes
    arguments = [{"uri": uri, "code": "ST002"}]
    result = client.request("workspace/executeCommand", {"command": "newslint.ignoreInFile", "arguments": arguments})
    assert result == {"applied": False}
    assert "did not apply" in client.wait_for(lambda m: m["method"] == "window/showMessage")["params"]["message"]
    assert client.close() == 0


def test_config_changes_relint_open_documents(start_server, tmp_path):
    client = start_server()
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, STORY)
    assert "ST002" in by_code(client.diagnostics(uri, version=1))
    config = tmp_path / "newslint.toml"
    config.write_text('ignore = ["ST002"]\n', encoding="utf-8")
    mark = client.mark()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]})
    assert set(by_code(client.diagnostics(uri, version=1, after=mark))) == {"AC001", "SP001"}
    # changed again, and no watcher said so: the stat check before the next lint sees it
    config.write_text('ignore = ["SP001", "AC"]\n', encoding="utf-8")
    end = len(STORY)
    version = client.replace(uri, end, end, "The wall will be finished by 2028.\n")
    assert set(by_code(client.diagnostics(uri, version=version))) == {"ST002"}
    config.write_text('ignore = ["XX"]\n', encoding="utf-8")  # a bad config: one line, at the top
    version = client.replace(uri, end, len(client.text(uri)), "")
    problem = client.diagnostics(uri, version=version)["diagnostics"]
    assert len(problem) == 1 and "newslint.toml" in problem[0]["message"] and problem[0]["severity"] == 1
    assert client.close() == 0


def test_config_files_are_watched(start_server, tmp_path):
    (tmp_path / "words.txt").write_text("", encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('accepted-words = ["words.txt"]\n', encoding="utf-8")
    client = start_server()
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, STORY)
    client.diagnostics(uri, version=1)
    client.sync()
    registered = [w["globPattern"] for r in client.server_requests if r["method"] == "client/registerCapability"
                  for reg in r["params"]["registrations"] for w in reg["registerOptions"]["watchers"]]
    assert "**/newslint.toml" in registered and "**/pyproject.toml" in registered
    assert {"baseUri": {"uri": tmp_path.resolve().as_uri(), "name": tmp_path.name}, "pattern": "words.txt"} in [
        p for p in registered if isinstance(p, dict)]
    assert client.close() == 0
