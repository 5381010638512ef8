"""The ASGI application: routes, limits, CORS and host checks, error pages, start-up warm-up.

Starlette: a small, well-kept ASGI toolkit with a test client, CORS and trusted-host middleware
and form parsing (python-multipart), and nothing the page needs from a bigger framework.
"""

from __future__ import annotations

import re
from contextlib import asynccontextmanager

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.routing import Route

from .. import api
from . import checking, routes
from .limits import BodyLimit
from .settings import Settings

WARM_UP_STORY = "Councillors met on Tuesday.\n\nThe the council said it had recieved the report.\n"


def _known(config) -> frozenset[str]:
    """Every selector the config's rules answer to: codes, names, families and ALL."""
    known = {"ALL"}
    for r in api.rules(config):
        known.update({r.code.upper(), r.name.upper(), re.match(r"[A-Za-z]*", r.code).group().upper()})
    return frozenset(known)


def _http_error(request: Request, exc: HTTPException):
    return routes.error_response(request.url.path, exc.status_code, exc.detail)


def _respond(scope, status: int, reason: str):
    return routes.error_response(scope.get("path", ""), status, reason)


def create_app(settings: Settings | None = None) -> Starlette:
    """The app for ``settings``; raises ConfigError (one line) when the config cannot be read."""
    settings = settings or Settings()
    config = settings.load_config()

    @asynccontextmanager
    async def lifespan(app: Starlette):
        if settings.warm_up:  # load dictionaries and build the rules before the first request
            await anyio.to_thread.run_sync(checking.lint_story, WARM_UP_STORY, "story.txt", config)
        yield

    middleware = [Middleware(BodyLimit, max_bytes=settings.max_bytes, respond=_respond)]
    if settings.trusted_hosts is not None:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=list(settings.trusted_hosts)))
    if settings.allow_origins:
        middleware.insert(0, Middleware(CORSMiddleware, allow_origins=list(settings.allow_origins),
                                        allow_methods=["GET", "POST"], allow_headers=["Content-Type"]))
    app = Starlette(
        routes=[
            Route("/", routes.page),
            Route("/static/{name}", routes.static),
            Route("/healthz", routes.healthz),
            Route("/api/v1/check", routes.check, methods=["POST"]),
            Route("/api/v1/fix", routes.fix, methods=["POST"]),
            Route("/api/v1/open", routes.open_file, methods=["POST"]),
            Route("/api/v1/rules/{code}", routes.rule),
            Route("/v2/check", routes.lt_check, methods=["GET", "POST"]),
            Route("/v2/languages", routes.lt_languages),
        ],
        middleware=middleware,
        exception_handlers={HTTPException: _http_error},
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.config = config
    app.state.known = _known(config)
    app.state.summaries = {r.code: r.summary for r in api.rules(config)}
    return app


def app_from_environment() -> Starlette:
    """uvicorn's factory for worker processes: the settings come in ``NEWSLINT_SERVE_SETTINGS``."""
    return create_app(Settings.from_env())
