"""Request limits: a body over ``--max-bytes`` is refused (413) before it is read whole, whether
the client announced its length or streams it in chunks."""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BYTES = 2_000_000


def too_large(limit: int) -> str:
    return f"request body over the {limit:,}-byte limit (--max-bytes)"


class BodyLimit:
    """ASGI middleware: answer 413 when Content-Length is over the limit, and stop a streamed body
    as soon as it passes the limit (the endpoint reading it gets the 413)."""

    def __init__(self, app: ASGIApp, max_bytes: int, respond) -> None:
        self.app, self.max_bytes, self.respond = app, max_bytes, respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    announced = int(value)
                except ValueError:
                    announced = -1
                if announced < 0 or announced > limit:
                    status, reason = (413, too_large(limit)) if announced > limit else (400, "bad Content-Length")
                    await self.respond(scope, status, reason)(scope, receive, send)
                    return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise HTTPException(413, too_large(limit))
            return message

        await self.app(scope, counted, send)


def parse_json(body: bytes) -> object:
    """The request body as JSON; a one-line 400 reason when it is not."""
    if not body.strip():
        raise HTTPException(400, "empty body: send a JSON object")
    try:
        return json.loads(body)
    except UnicodeDecodeError:
        raise HTTPException(400, "body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise HTTPException(400, f"body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


def json_object(body: bytes) -> dict:
    value = parse_json(body)
    if not isinstance(value, dict):
        raise HTTPException(400, "body must be a JSON object")
    return value
