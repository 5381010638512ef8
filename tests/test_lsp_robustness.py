"""``newslint lsp`` stays up: malformed messages get JSON-RPC errors, crashes become NL001."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lsp import fixtures
from lsp.client import LspError
from lsp.fixtures import by_code
from lsp.stories import STORY

start_server = fixtures.start_server
CRASHING = [sys.executable, str(Path(__file__).parent / "lsp" / "crashing_server.py")]


def _still_answers(client, tmp_path, name: str) -> None:
    uri = (tmp_path / name).as_uri()
    client.open(uri, STORY)
    assert "SP001" in by_code(client.diagnostics(uri, version=1))


def test_malformed_messages_get_errors_and_the_server_carries_on(start_server, tmp_path):
    client = start_server()
    client.send_raw(b"{this is not json")
    parse = client.response(None)
    assert parse["error"]["code"] == -32700
    msg_id = client.request_async("textDocument/codeAction", {"textDocument": 7})
    assert client.response(msg_id)["error"]["code"] == -32602
    with pytest.raises(LspError) as unknown:
        client.request("newslint/noSuchMethod", {})
    assert unknown.value.code == -32601
    client.send_raw(b'{"jsonrpc": "1.0", "id": 99, "method": "shutdown"}')
    assert client.response(99)["error"]["code"] == -32600
    client.send_raw(b"[1, 2, 3]")
    assert client.response(None)["error"]["code"] == -32600
    client.notify("textDocument/didChange", {"textDocument": "nonsense"})  # a notification: no answer
    with pytest.raises(LspError) as bad_command:
        client.request("workspace/executeCommand", {"command": "newslint.addWord", "arguments": ["nope"]})
    assert bad_command.value.code == -32602 and "Traceback" not in str(bad_command.value.error)
    _still_answers(client, tmp_path, "story.txt")
    assert client.close() == 0
    log = client.stderr.decode()
    assert "Traceback" not in log and "newslint lsp: " in log  # one line per problem in the editor's log


def test_a_crashing_rule_is_an_nl001_diagnostic(start_server, tmp_path):
    client = start_server(command=CRASHING, env={"NEWSLINT_TEST_CRASH": "rule"})
    uri = (tmp_path / "crash.txt").as_uri()
    client.open(uri, STORY + "CRASH-ME\n")
    found = by_code(client.diagnostics(uri, version=1))
    assert "planted fault" in found["NL001"][0]["message"] and "ST001" in found["NL001"][0]["message"]
    assert {"SP001", "AC001"} <= set(found)  # the other rules still report
    _still_answers(client, tmp_path, "story.txt")
    assert client.close() == 0


def test_a_crash_outside_the_rules_is_an_nl001_diagnostic(start_server, tmp_path):
    client = start_server(command=CRASHING, env={"NEWSLINT_TEST_CRASH": "lint"})
    uri = (tmp_path / "crash.txt").as_uri()
    client.open(uri, STORY + "CRASH-ME\n")
    (problem,) = client.diagnostics(uri, version=1)["diagnostics"]
    assert problem["code"] == "NL001" and "internal error: RuntimeError: planted fault" in problem["message"]
    assert problem["range"]["start"] == {"line": 0, "character": 0}
    _still_answers(client, tmp_path, "story.txt")
    assert client.close() == 0


def test_exit_without_shutdown_is_exit_code_1(start_server):
    client = start_server()
    client.notify("exit")
    assert client.proc.wait(30) == 1


def test_lsp_command_help_does_not_load_pygls():
    import subprocess

    code = ("import sys; from click.testing import CliRunner; from newslint.cli import cli; "
            "r = CliRunner().invoke(cli, ['lsp', '--help']); "
            "print(r.exit_code, 'pygls' in sys.modules, 'Run the language server' in r.output)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "False", "True"]
