"""pygls's protocol, with the two things newslint needs done differently.

- Position encoding: pygls takes the client's first preference (UTF-8 included); newslint takes
  UTF-32 whenever it is offered and UTF-16 otherwise, so columns are code points or the
  encoding every client supports.
- Malformed messages: pygls logs a message it cannot read and carries on, leaving a request
  without an answer; here every request gets a JSON-RPC error (parse error, invalid request,
  invalid params) and the server carries on.
- Open documents: pygls keeps a copy of each in its workspace and applies every change to it
  (with its own position codec); newslint keeps its own (``documents``), so pygls's copy is
  not made: it was a third of the event loop's work per keystroke.
"""

from __future__ import annotations

import json
import logging

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method

from .positions import choose_encoding

logger = logging.getLogger(__name__)
PARSE_ERROR, INVALID_REQUEST, INVALID_PARAMS = -32700, -32600, -32602


class _Unreadable:
    """What an unreadable message becomes once answered: pygls ignores it (no ``2.0``)."""

    jsonrpc = None


class NewslintProtocol(LanguageServerProtocol):
    def send_error(self, msg_id, code: int, message: str) -> None:
        self._send_data(types.ResponseErrorMessage(id=msg_id, error=types.ResponseError(code, message)))

    def notify_json(self, method: str, params: dict) -> None:
        """A notification whose params are already JSON (skips the typed conversion)."""
        self._send_data({"jsonrpc": "2.0", "method": method, "params": params})

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        general = params.capabilities.general
        offered = [str(getattr(e, "value", e)) for e in (general.position_encodings or [])] if general else []
        if general is not None:
            general.position_encodings = [types.PositionEncodingKind(choose_encoding(offered))]
        return (yield from super().lsp_initialize(params))

    def _handlers(self, method: str, params):
        handler = self.fm.features.get(method)
        if handler is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):
        yield from self._handlers(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        yield from self._handlers(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):
        yield from self._handlers(types.TEXT_DOCUMENT_DID_CLOSE, params)

    def structure_message(self, data):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if not isinstance(data, dict) or "method" not in data:
                raise
            method = data.get("method")
            if "id" in data:
                code = INVALID_PARAMS if exc.code == INVALID_PARAMS else INVALID_REQUEST
                self.send_error(data["id"], code, f"{method}: the params are not what the method takes")
            else:
                logger.warning("newslint: ignored notification %r with malformed params", method)
            return _Unreadable()

    def handle_message(self, message):
        if isinstance(message, _Unreadable):
            return
        if not hasattr(message, "jsonrpc") or message.jsonrpc != "2.0":
            msg_id = message.get("id") if isinstance(message, dict) else getattr(message, "id", None)
            if not isinstance(msg_id, (int, str)):
                msg_id = None
            self.send_error(msg_id, INVALID_REQUEST, "not a JSON-RPC 2.0 message")
            return
        super().handle_message(message)


class RobustLanguageServer(LanguageServer):
    """A body that is not JSON is answered with a parse error (id null), not a pop-up."""

    def report_server_error(self, error, source):
        if isinstance(error, (json.JSONDecodeError, UnicodeDecodeError)):
            self.protocol.send_error(None, PARSE_ERROR, f"parse error: {error}")
            return
        logger.error("newslint: %s", error)
