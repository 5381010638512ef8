"""A small LSP client for driving ``newslint lsp`` over stdio, as an editor would.

Written from the protocol, not with pygls, so the tests check what goes over the wire. It
keeps its own copy of each open document, applies ``workspace/applyEdit`` requests to it and
sends the change back (as editors do), and answers the server's other requests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

LINE_RE = re.compile(r"\r\n|\r|\n")


class LspError(Exception):
    def __init__(self, error: dict) -> None:
        super().__init__(f"{error.get('code')}: {error.get('message')}")
        self.code = error.get("code")
        self.error = error


def offset_of(text: str, position: dict, encoding: str) -> int:
    """Code-point offset of an LSP position (lines end at CRLF, CR or LF)."""
    starts = [0] + [m.end() for m in LINE_RE.finditer(text)]
    line = position["line"]
    if line >= len(starts):
        return len(text)
    start = starts[line]
    end = len(text) if line + 1 >= len(starts) else starts[line + 1]
    content = LINE_RE.sub("", text[start:end])
    units = 0
    for i, ch in enumerate(content):
        if units >= position["character"]:
            return start + i
        units += 1 if encoding == "utf-32" or ord(ch) < 0x10000 else 2
    return start + len(content)


def position_of(text: str, offset: int, encoding: str) -> dict:
    starts = [0] + [m.end() for m in LINE_RE.finditer(text)]
    line = max(i for i, s in enumerate(starts) if s <= offset)
    chunk = text[starts[line] : offset]
    units = len(chunk) if encoding == "utf-32" else len(chunk.encode("utf-16-le")) // 2
    return {"line": line, "character": units}


def apply_text_edits(text: str, edits: list[dict], encoding: str) -> str:
    """Apply LSP TextEdits, all given against ``text`` (as the protocol says)."""
    spans = sorted(
        ((offset_of(text, e["range"]["start"], encoding), offset_of(text, e["range"]["end"], encoding), e["newText"])
         for e in edits),
        key=lambda s: (s[0], s[1]),
    )
    out, done = [], 0
    for start, end, new in spans:
        assert start >= done, f"overlapping edits: {edits}"
        out.append(text[done:start])
        out.append(new)
        done = end
    out.append(text[done:])
    return "".join(out)


def edits_of(workspace_edit: dict, uri: str) -> list[dict]:
    edits = list(workspace_edit.get("changes", {}).get(uri, []))
    for change in workspace_edit.get("documentChanges", []):
        if change["textDocument"]["uri"] == uri:
            edits += change["edits"]
    return edits


class LspClient:
    def __init__(self, cwd: Path | None = None, env: dict | None = None, command: list[str] | None = None) -> None:
        full_env = {**os.environ, **(env or {})}
        self.proc = subprocess.Popen(
            command or [sys.executable, "-m", "newslint", "lsp"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=full_env,
        )
        self.encoding = "utf-16"
        self.docs: dict[str, tuple[int, str]] = {}
        self.notifications: list[dict] = []
        self.server_requests: list[dict] = []
        self.responses: dict = {}
        self.stderr = b""
        self.apply_edits = True
        self._next_id = 0
        self._cond = threading.Condition()
        self._write_lock = threading.Lock()
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    # -- wire ----------------------------------------------------------------------------------
    def send_raw(self, body: bytes) -> None:
        with self._write_lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def _send(self, message: dict) -> None:
        self.send_raw(json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8"))

    def _read_stdout(self) -> None:
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:
                threading.Thread(target=self._answer, args=(message,), daemon=True).start()
                continue
            with self._cond:
                if "method" in message:
                    self.notifications.append(message)
                else:  # with how many notifications came before it, to order the two
                    self.responses[message.get("id")] = {**message, "_after": len(self.notifications)}
                self._cond.notify_all()

    def _read_stderr(self) -> None:
        for chunk in iter(lambda: self.proc.stderr.read1(4096), b""):
            self.stderr += chunk

    def _answer(self, request: dict) -> None:
        """The editor's side of the server's requests."""
        with self._cond:
            self.server_requests.append(request)
            self._cond.notify_all()
        method, result = request["method"], None
        if method == "workspace/applyEdit":
            result = {"applied": False, "failureReason": "refused by the test"}
            if self.apply_edits:
                for uri in list(self.docs):
                    edits = edits_of(request["params"]["edit"], uri)
                    if edits:
                        self.edit(uri, edits)
                result = {"applied": True}
        elif method == "workspace/configuration":
            result = [None for _ in request["params"]["items"]]
        self._send({"id": request["id"], "result": result})

    # -- messages ------------------------------------------------------------------------------
    def request_async(self, method: str, params=None):
        with self._cond:
            self._next_id += 1
            msg_id = self._next_id
        self._send({"id": msg_id, "method": method, "params": params})
        return msg_id

    def response(self, msg_id, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        with self._cond:
            while msg_id not in self.responses:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise TimeoutError(f"no response to {msg_id}; stderr: {self.stderr[-2000:]!r}")
                self._cond.wait(min(left, 0.5))
            return self.responses.pop(msg_id)

    def request(self, method: str, params=None, timeout: float = 60.0):
        message = self.response(self.request_async(method, params), timeout)
        if "error" in message:
            raise LspError(message["error"])
        return message.get("result")

    def notify(self, method: str, params=None) -> None:
        self._send({"method": method, "params": params})

    def wait_for(self, predicate, timeout: float = 60.0, what: str = "a notification") -> dict:
        """The first notification received (ever) that ``predicate`` accepts."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for message in self.notifications:
                    if predicate(message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no {what}; stderr: {self.stderr[-2000:]!r}")
                self._cond.wait(min(left, 0.5))

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 60.0, after: int = 0) -> dict:
        """The first publishDiagnostics for ``uri`` (at ``version``, when given) received after
        the ``after``-th notification."""
        def match(m):
            return (m["method"] == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
                    and (version is None or m["params"].get("version") == version)
                    and self.notifications.index(m) >= after)
        return self.wait_for(match, timeout, f"diagnostics for {uri} v{version}")["params"]

    def published(self, uri: str) -> list[dict]:
        with self._cond:
            return [m["params"] for m in self.notifications
                    if m["method"] == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri]

    def sync(self) -> int:
        """A request the server answers at once: when its answer is here, the server has handled
        every message sent before it. Returns how many notifications had arrived by then."""
        message = self.response(self.request_async(
            "textDocument/hover", {"textDocument": {"uri": "untitled:sync"}, "position": {"line": 0, "character": 0}}))
        return message["_after"]

    def mark(self) -> int:
        with self._cond:
            return len(self.notifications)

    # -- the editor ----------------------------------------------------------------------------
    def initialize(self, root: Path, encodings: list[str] | None = None, options: dict | None = None,
                   resolve: bool = True) -> dict:
        capabilities = {
            "general": {"positionEncodings": encodings} if encodings else {},
            "workspace": {"applyEdit": True, "workspaceEdit": {"documentChanges": True},
                          "didChangeWatchedFiles": {"dynamicRegistration": True, "relativePatternSupport": True}},
            "textDocument": {
                "publishDiagnostics": {"versionSupport": True},
                "codeAction": {"resolveSupport": {"properties": ["edit"]} if resolve else None,
                               "dataSupport": True},
            },
        }
        result = self.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(),
                                             "capabilities": capabilities, "initializationOptions": options})
        self.encoding = result["capabilities"].get("positionEncoding", "utf-16")
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, language: str = "plaintext", version: int = 1) -> None:
        self.docs[uri] = (version, text)
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language,
                                                              "version": version, "text": text}})

    def edit(self, uri: str, edits: list[dict]) -> int:
        """Apply TextEdits to the local copy and send them as one incremental change; sent in
        reverse document order, so each change's range holds in the text the previous one left."""
        version, text = self.docs[uri]
        ordered = sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
                         reverse=True)
        new = apply_text_edits(text, edits, self.encoding)
        version += 1
        self.docs[uri] = (version, new)
        changes = [{"range": e["range"], "text": e["newText"]} for e in ordered]
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": changes})
        return version

    def replace(self, uri: str, start: int, end: int, new_text: str) -> int:
        """Replace code-point offsets [start, end) of the local copy, as one change."""
        text = self.docs[uri][1]
        rng = {"start": position_of(text, start, self.encoding), "end": position_of(text, end, self.encoding)}
        return self.edit(uri, [{"range": rng, "newText": new_text}])

    def text(self, uri: str) -> str:
        return self.docs[uri][1]

    def close(self, timeout: float = 30.0) -> int:
        """shutdown, exit, and the exit code."""
        try:
            self.request("shutdown", None, timeout)
            self.notify("exit")
            return self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
