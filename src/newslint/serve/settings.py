"""What ``newslint serve`` was started with, in a form worker processes can be handed (JSON in
an environment variable: uvicorn starts each worker by importing the app factory)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from .limits import DEFAULT_MAX_BYTES

ENV = "NEWSLINT_SERVE_SETTINGS"
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass(frozen=True)
class Settings:
    config_file: str | None = None  # None: the config found from the folder the server starts in
    allow_origins: tuple[str, ...] = ()  # browser origins allowed to call the API (CORS)
    max_bytes: int = DEFAULT_MAX_BYTES
    trusted_hosts: tuple[str, ...] | None = None  # Host headers answered; None: any
    warm_up: bool = True  # lint a line at start-up, so the first request does not load the rules

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> Settings:
        raw = json.loads(os.environ.get(ENV, "{}"))
        for key in ("allow_origins", "trusted_hosts"):
            if raw.get(key) is not None:
                raw[key] = tuple(raw[key])
        return cls(**raw)

    def load_config(self):
        """The Config every request starts from (raises ConfigError with a one-line message)."""
        from .. import api
        from ..config import ConfigError, load_config_file

        if self.config_file is None:
            return api.config_for(Path.cwd())
        path = Path(self.config_file)
        if not path.is_file():
            raise ConfigError(f"{self.config_file}: config file not found")
        return load_config_file(path.resolve())


def hosts_for(host: str, port: int) -> tuple[str, ...] | None:
    """Bound to loopback, answer only Host headers naming loopback: a web page elsewhere cannot
    reach the API through a DNS name rebound to 127.0.0.1. Bound wider: any Host."""
    if host not in LOOPBACK:
        return None
    return LOOPBACK
