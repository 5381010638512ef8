"""The ``newslint serve`` command. Imports only click here: the extra's libraries load when it runs.

The socket is bound here, before uvicorn starts, so a port in use is one line (exit 2), ``--port
0`` prints the port it got, and every worker process shares the one listening socket.
"""

from __future__ import annotations

import click

DEFAULT_MAX_BYTES = 2_000_000  # as newslint.serve.limits, which imports Starlette


def listening_socket(host: str, port: int):
    """A TCP socket listening on ``host:port``, to hand to uvicorn. Made with IPPROTO_TCP named:
    asyncio sets TCP_NODELAY on the connections only for such sockets, and without it each
    response waits ~40 ms for the client's delayed ACK (its headers and body go out apart)."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


class _Stopped(Exception):
    """SIGINT or SIGTERM after uvicorn's graceful shutdown (uvicorn raises the signal again)."""


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback: only this machine; 0.0.0.0: the network).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes (each lints one story at a time).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Config file for every request [default: the one found from this folder].")
@click.option("--allow-origin", "allow_origins", multiple=True, metavar="URL",
              help="A web origin whose pages may call the API (CORS); repeat for more.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(min=1),
              help="Largest request body accepted (413 above).")
def serve(host, port, workers, config_file, allow_origins, max_bytes) -> None:
    """Serve the desk's web page and the HTTP API (newslint's and LanguageTool's /v2)."""
    import inspect
    import os
    import signal
    import sys

    import uvicorn

    from .settings import ENV, Settings, hosts_for

    settings = Settings(config_file, tuple(allow_origins), max_bytes, hosts_for(host, port))
    config = settings.load_config()  # a bad config is a one-line error before anything listens
    try:
        sock = listening_socket(host, port)
    except (OSError, OverflowError) as exc:
        from ..cli import fail

        fail(f"serve: cannot listen on {host}:{port}: {getattr(exc, 'strerror', None) or exc}")
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    where = config.path or "defaults"
    click.echo(f"newslint serve: http://{shown}:{bound}/ (config: {where}; {workers} worker"
               f"{'s' if workers != 1 else ''}; Ctrl-C to stop)")
    sys.stdout.flush()

    def stop(signum, frame):
        raise _Stopped

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    common = {"log_level": "warning", "access_log": False, "lifespan": "on", "timeout_graceful_shutdown": 10}
    try:
        if workers == 1:
            from .app import create_app

            server = uvicorn.Server(uvicorn.Config(create_app(settings), **common))
            server.run(sockets=[sock])
        else:
            from uvicorn.supervisors import Multiprocess

            os.environ[ENV] = settings.to_env()
            uv_config = uvicorn.Config("newslint.serve.app:app_from_environment", factory=True,
                                       workers=workers, **common)
            if "target" in inspect.signature(Multiprocess).parameters:  # uvicorn before 0.5x
                Multiprocess(uv_config, target=uvicorn.Server(uv_config).run, sockets=[sock]).run()
            else:
                Multiprocess(uv_config, sockets=[sock]).run()
    except (_Stopped, KeyboardInterrupt):
        pass
    finally:
        sock.close()
    click.echo("newslint serve: stopped", err=True)
