"""The HTTP endpoints: the desk's page, newslint's own API (``/api/v1``) and LanguageTool's
(``/v2``). Linting runs in a worker thread, one story at a time per process (the rules share
caches; the GIL would serialise them anyway), so the event loop stays free for health checks."""

from __future__ import annotations

import functools
import logging
from importlib import resources
from pathlib import PurePosixPath

import anyio
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from .. import __version__, api
from ..formatters import _html_report as report
from . import checking, languagetool
from .checking import RequestError
from .limits import json_object
from .offsets import Units

log = logging.getLogger("newslint.serve")
PAGE_HEADERS = {
    # The page needs nothing from elsewhere: a browser refuses any outside script, style or call.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8"}


def error_response(request_path: str, status: int, reason: str) -> Response:
    """One line, as JSON for newslint's API and the page, as text for LanguageTool clients."""
    reason = " ".join(str(reason).split())
    if request_path.startswith("/v2/"):
        return PlainTextResponse(f"Error: {reason}", status_code=status)
    return JSONResponse({"error": reason}, status_code=status)


def endpoint(handler):
    """Request errors become a one-line 400; a bug becomes a one-line 500 (and one log line)."""

    @functools.wraps(handler)
    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except RequestError as exc:
            return error_response(request.url.path, exc.status, str(exc))
        except HTTPException:
            raise
        except Exception as exc:  # never a traceback to the client
            log.error("internal error on %s: %s: %s", request.url.path, type(exc).__name__, exc)
            return error_response(request.url.path, 500, f"internal error: {type(exc).__name__} (see the server log)")

    return wrapped


async def in_worker(request: Request, func, *args):
    state = request.app.state
    if getattr(state, "limiter", None) is None:
        state.limiter = anyio.CapacityLimiter(1)
    return await anyio.to_thread.run_sync(functools.partial(func, *args), limiter=state.limiter)


# -- the page ----------------------------------------------------------------------------------
@functools.cache
def static_file(name: str) -> bytes:
    if name == "report.css":
        return report.stylesheet().encode("utf-8")
    return resources.files(__package__).joinpath("static", name).read_bytes()


async def page(request: Request) -> Response:
    return Response(static_file("index.html"), media_type=STATIC_TYPES[".html"], headers=PAGE_HEADERS)


async def static(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in ("page.js", "page.css", "report.css"):
        raise HTTPException(404, "not found")
    return Response(static_file(name), media_type=STATIC_TYPES[PurePosixPath(name).suffix], headers=PAGE_HEADERS)


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok", "version": __version__})


# -- newslint's API ----------------------------------------------------------------------------
def _units(text: str, body: dict) -> Units:
    try:
        return Units(text, body.get("offsets") or "codepoints")
    except ValueError as exc:
        raise RequestError(str(exc)) from None


def _rendered(payload: dict, checked: checking.Checked, body: dict) -> dict:
    if body.get("render"):
        marks = report.marks_for(checked.document, checked.diagnostics, checked.shift)
        payload["html"] = report.story_html(checked.text, marks)
    return payload


def _check(base, body: dict) -> dict:
    text = checking.clean_text(body.get("text"))
    checked = checking.lint_story(text, checking.reader_path(body.get("path")), checking.options_config(base, body))
    return _rendered(checking.contract(checked, _units(text, body)), checked, body)


def _fix(base, body: dict) -> dict:
    text = checking.clean_text(body.get("text"))
    config = checking.options_config(base, body)
    outcome, remaining = checking.fix_story(text, checking.reader_path(body.get("path")), config,
                                            bool(body.get("unsafe")))
    payload = checking.contract(remaining, _units(outcome.text, body))
    payload.update(text=outcome.text, changed=outcome.text != text, fixes=outcome.fixes)
    return _rendered(payload, remaining, body)


@endpoint
async def check(request: Request) -> Response:
    body = json_object(await request.body())
    return JSONResponse(await in_worker(request, _check, request.app.state.config, body))


@endpoint
async def fix(request: Request) -> Response:
    body = json_object(await request.body())
    return JSONResponse(await in_worker(request, _fix, request.app.state.config, body))


def _open(config, data: bytes, name: str) -> dict:
    result = api.lint_bytes(data, name, config)
    if result.document is None:
        raise RequestError(result.error or "; ".join(result.notices) or f"{name}: cannot read")
    return {"text": result.document.source, "path": name, "format": result.document.input_format,
            "notices": result.notices}


@endpoint
async def open_file(request: Request) -> Response:
    """A story file as text (Word included), decoded as ``newslint check`` decodes it."""
    form = await request.form(max_files=1, max_fields=4, max_part_size=request.app.state.settings.max_bytes)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise RequestError("send the story as a multipart 'file' field")
    name = PurePosixPath((upload.filename or "story.txt").replace("\\", "/")).name or "story.txt"
    checking.reader_path(name)
    return JSONResponse(await in_worker(request, _open, request.app.state.config, await upload.read(), name))


@endpoint
async def rule(request: Request) -> Response:
    config = request.app.state.config
    found = api.find_rule(request.path_params["code"], config)
    if found is None:
        raise HTTPException(404, f"no rule with code or name {request.path_params['code']!r}")
    return JSONResponse({"code": found.code, "name": found.name, "severity": found.default_severity.value,
                         "summary": found.summary, "explain": api.explain(found.code, config)})


# -- LanguageTool's API ------------------------------------------------------------------------
async def _lt_params(request: Request):
    if request.method == "GET":
        return request.query_params
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return json_object(await request.body())
    return await request.form(max_files=0, max_fields=64, max_part_size=request.app.state.settings.max_bytes)


def _lt_check(state, params) -> dict:
    options = languagetool.parse_request(params, state.config, state.known)
    checked = checking.lint_story(options.annotated.plain, "story.txt", options.config)
    return languagetool.response(options, checked, state.summaries)


@endpoint
async def lt_check(request: Request) -> Response:
    params = await _lt_params(request)
    return JSONResponse(await in_worker(request, _lt_check, request.app.state, params))


async def lt_languages(request: Request) -> Response:
    return JSONResponse(languagetool.languages())
