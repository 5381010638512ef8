"""Standard input as a story: ``newslint check -`` (``--stdin-filename`` names it and picks the reader)."""

from __future__ import annotations

import sys
from pathlib import Path

from . import sources
from .config import Config, discover_config
from .runner import FileResult, lint_document


def read_stdin_bytes() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None or sys.stdin.closed:
        raise sources.InputError("<stdin>: standard input is closed")
    try:
        return stream.read()
    except (OSError, ValueError) as exc:
        raise sources.InputError(f"<stdin>: cannot read standard input: {exc}") from None


def stdin_config(name: str, config: Config | None, overrides: dict) -> Config:
    base = config if config is not None else discover_config(Path(name).resolve().parent if name != "<stdin>" else Path.cwd())
    return base.with_overrides(**overrides)


def lint_stdin(name: str, config: Config | None, overrides: dict, input_format: str | None) -> FileResult:
    cfg = stdin_config(name, config, overrides)
    try:
        data = read_stdin_bytes()
        doc, notice = sources.read_document(data, name, input_format)
    except sources.BinaryFileError as exc:  # skipped with a warning, as a binary file is
        return FileResult(name, notices=[str(exc)], config=cfg)
    except sources.InputError as exc:
        return FileResult(name, error=str(exc), config=cfg)
    result = lint_document(doc, cfg)
    if notice:
        result.notices.append(notice)
    return result
