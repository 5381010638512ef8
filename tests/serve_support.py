"""Helpers for the serve and HTML-report tests: an app, a live server in a thread, Chromium."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
import warnings
from pathlib import Path

import pytest

from newslint.serve.app import create_app
from newslint.serve.command import listening_socket
from newslint.serve.settings import Settings

STORIES = Path(__file__).parent / "stories" / "serve"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def story(name: str = "desk-story.txt") -> str:
    return (STORIES / name).read_text(encoding="utf-8")


def make_client(settings: Settings | None = None):
    """Starlette's TestClient (imported here: it warns that httpx2 is preferred to httpx)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    return TestClient(create_app(settings or Settings(warm_up=False)), raise_server_exceptions=True)


@contextlib.contextmanager
def live_server(settings: Settings | None = None):
    """uvicorn serving the app on a free loopback port in a thread; yields the base URL."""
    import uvicorn

    sock = listening_socket("127.0.0.1", 0)
    config = uvicorn.Config(create_app(settings or Settings()), log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:  # start-up includes the warm-up lint; bounded, not a guess
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def chromium_path() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@contextlib.contextmanager
def chromium_page():
    """A page in headless Chromium (Debian's package; never a downloaded browser), with every
    console error and uncaught page error collected in ``page.errors``. Skips, with the reason
    shown in pytest's summary, only where Chromium is not installed."""
    executable = chromium_path()
    if executable is None:
        pytest.skip("Chromium not found (apt-get install chromium): the browser test cannot run here")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 860}, accept_downloads=True)
            page.errors = []
            page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: page.errors.append(str(e)))
            page.set_default_timeout(20_000)
            yield page
        finally:
            browser.close()
