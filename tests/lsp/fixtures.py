"""pytest fixtures for the server tests: a fresh ``newslint lsp`` per test, in its own folder."""

from __future__ import annotations

import pytest

from .client import LspClient


def text_at(client: LspClient, uri: str, rng: dict) -> str:
    """The document text a range covers, read with the client's own position arithmetic."""
    from .client import offset_of

    text = client.text(uri)
    return text[offset_of(text, rng["start"], client.encoding) : offset_of(text, rng["end"], client.encoding)]


def by_code(params: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for d in params["diagnostics"]:
        out.setdefault(d.get("code"), []).append(d)
    return out


@pytest.fixture
def start_server(tmp_path):
    """start(encodings=None, options=None, ...) -> an initialized client (debounce 0 unless set)."""
    clients: list[LspClient] = []

    def start(encodings=None, options=None, env=None, command=None, resolve=True) -> LspClient:
        client = LspClient(cwd=tmp_path, env=env, command=command)
        clients.append(client)
        client.initialize(tmp_path, encodings, {"debounceMs": 0, **(options or {})}, resolve)
        return client

    yield start
    for client in clients:
        if client.proc.poll() is None:
            client.proc.kill()
            client.proc.wait()
