"""``newslint serve`` as a process: prints its URL, answers, stops cleanly on SIGTERM and Ctrl-C
(SIGINT), one line for a port in use or a missing config."""

from __future__ import annotations

import json
import selectors
import signal
import socket
import subprocess
import sys
import urllib.request

import pytest

STARTUP_SECONDS = 90


def start(*args: str, cwd) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "newslint", "serve", "--port", "0", *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with selectors.DefaultSelector() as sel:  # the URL line, or the process's end: no fixed sleep
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout=STARTUP_SECONDS):
            proc.kill()
            pytest.fail("newslint serve printed nothing")
    line = proc.stdout.readline()
    assert line.startswith("newslint serve: http://127.0.0.1:"), line + proc.stderr.read()
    return proc, line.split()[2]


def get(url: str) -> dict:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=STARTUP_SECONDS) as response:
        return json.loads(response.read())


def post(url: str, payload: dict) -> dict:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(url, json.dumps(payload).encode(), {"Content-Type": "application/json"})
    with opener.open(request, timeout=STARTUP_SECONDS) as response:
        return json.loads(response.read())


def stop(proc: subprocess.Popen, sig: int) -> tuple[int, str]:
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("newslint serve did not stop")
    return proc.returncode, err


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_its_url_answers_and_stops_cleanly(tmp_path, sig):
    (tmp_path / "newslint.toml").write_text('ignore = ["ST001"]\n', encoding="utf-8")
    proc, url = start(cwd=tmp_path)
    try:
        assert get(url + "healthz")["status"] == "ok"
        codes = [d["code"] for d in post(url + "api/v1/check", {"text": "They had recieved the the news.\n"})["diagnostics"]]
        assert codes == ["SP001"]  # the config found from the folder it started in: ST001 ignored
    finally:
        code, err = stop(proc, sig)
    assert code == 0, err
    assert err.strip().splitlines()[-1] == "newslint serve: stopped"
    assert "Traceback" not in err


def test_serve_with_two_workers(tmp_path):
    proc, url = start("--workers", "2", cwd=tmp_path)
    try:
        for _ in range(4):
            assert post(url + "api/v1/check", {"text": "They had recieved it.\n"})["summary"]["diagnostics"] == 1
    finally:
        code, err = stop(proc, signal.SIGTERM)
    assert code == 0 and "Traceback" not in err, err


def test_port_in_use_and_missing_config_are_one_line(tmp_path):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = str(taken.getsockname()[1])
    try:
        busy = subprocess.run([sys.executable, "-m", "newslint", "serve", "--port", port], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
    finally:
        taken.close()
    assert busy.returncode == 2
    assert busy.stderr == f"newslint: serve: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    missing = subprocess.run([sys.executable, "-m", "newslint", "serve", "--config", "nope.toml"], cwd=tmp_path,
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and missing.stderr == "newslint: nope.toml: config file not found\n"


def test_connections_on_the_listening_socket_send_without_delay():
    """asyncio sets TCP_NODELAY only on connections of an IPPROTO_TCP socket; without it each
    response waited ~40 ms for the client's delayed ACK (a 30 ms check took 70 ms)."""
    import asyncio

    from newslint.serve.command import listening_socket

    async def nodelay() -> int:
        seen = asyncio.get_running_loop().create_future()

        async def handle(reader, writer):
            seen.set_result(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        sock = listening_socket("127.0.0.1", 0)
        server = await asyncio.start_server(handle, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection(*sock.getsockname())
            value = await asyncio.wait_for(seen, 30)
            writer.close()
        return value

    assert asyncio.run(nodelay()) == 1
