"""Lint and fix a story a client sent, with every position as an offset into the text it sent.

The core reports spans in the linted text; readers for Markdown and HTML lint less than the
source (markup left out), so every span goes through ``Document.source_span`` to the source,
which is the client's text. The client's ``path`` only picks the reader: nothing is opened.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from .. import __version__, api
from ..config import LOCALES, Config
from ..types import Diagnostic, Span
from .offsets import Units

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
MAX_PATH = 255


class RequestError(Exception):
    """The request cannot be served as asked; the message is one line for the client (400)."""

    status = 400


@dataclass
class Checked:
    """A lint of the client's text: ``shift`` is what the reader dropped before ``document.source``
    (a byte-order mark), so ``source offset + shift`` indexes ``text``."""

    text: str
    path: str
    diagnostics: list[Diagnostic]
    document: Any  # newslint.document.Document
    notices: list[str] = field(default_factory=list)
    shift: int = 0

    def span(self, span: Span) -> tuple[int, int]:
        """A linted-text span as code-point ``[start, end)`` offsets into the client's text."""
        source = self.document.source_span(span)
        return source.start + self.shift, source.end + self.shift

    def written(self, replacement: str) -> str:
        """A fix's replacement as it must be written into the client's text: HTML escaped in an
        HTML story ('AT&T' stays an entity), CRLF in a story that uses CRLF."""
        if self.document.input_format == "html":
            replacement = html.escape(replacement, quote=False)
        source = self.document.source
        if "\n" in replacement and source.count("\r\n") * 2 > source.count("\n"):
            replacement = replacement.replace("\r\n", "\n").replace("\n", "\r\n")
        return replacement


def clean_text(value: Any, name: str = "text") -> str:
    """A string from the request; a lone surrogate (JSON allows one) becomes U+FFFD, one code point
    for one, so offsets stay put."""
    if not isinstance(value, str):
        raise RequestError(f"missing '{name}' (a string)")
    return _SURROGATE_RE.sub("\ufffd", value)


def reader_path(path: Any) -> str:
    """The name a story is linted under. It picks the reader by suffix and nothing else; Word
    cannot arrive as text, so a ``.docx`` name is read as plain text."""
    if path is None:
        return "story.txt"
    if not isinstance(path, str) or not path.strip() or len(path) > MAX_PATH or "\x00" in path:
        raise RequestError(f"'path' must be a file name of 1 to {MAX_PATH} characters")
    if PurePosixPath(path.replace("\\", "/")).suffix.lower() == ".docx":
        return path + ".txt"
    return path


def _codes(value: Any, name: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RequestError(f"'{name}' must be a list of codes or a comma-separated string")
    return tuple(v.strip() for v in value if v.strip())


def options_config(base: Config, body: dict) -> Config:
    """The server's config with the request's ``select``, ``ignore`` and ``locale``."""
    locale = body.get("locale")
    if locale is not None and locale not in LOCALES:
        raise RequestError(f"'locale' must be one of {', '.join(LOCALES)}")
    return configured(base, _codes(body.get("select"), "select"), _codes(body.get("ignore"), "ignore"), (), locale)


@lru_cache(maxsize=64)
def configured(base: Config, select, ignore, extend_select, locale) -> Config:
    """One Config object per distinct set of options: rule sets are cached per Config object, so
    a new object per request would rebuild every rule (and keep up to 256 of them alive)."""
    config = base.with_overrides(select=select, ignore=ignore, locale=locale)
    if extend_select:
        config = config.with_overrides(extend_select=config.extend_select + tuple(extend_select))
    return config


def lint_story(text: str, path: str, config: Config) -> Checked:
    """Lint the client's text as the reader ``path`` names would read that file's bytes."""
    from ..cli import USER_ERRORS

    shift = 1 if text.startswith("\ufeff") else 0  # the decoder drops a byte-order mark
    try:
        result = api.lint_bytes(text[shift:].encode("utf-8"), path, config)
    except USER_ERRORS as exc:
        raise RequestError(str(exc)) from None
    if result.error or result.document is None:
        reason = result.error or "; ".join(result.notices) or "not linted"
        raise RequestError(reason)
    return Checked(text, path, result.diagnostics, result.document, list(result.notices), shift)


def fix_story(text: str, path: str, config: Config, unsafe: bool):
    """``check --fix`` on the client's text: the fixed text, the fixes applied, what remains."""
    from ..cli import USER_ERRORS
    from ..fix import FixRefused

    try:
        outcome = api.fix_text(text, path, config, unsafe=unsafe)
    except (FixRefused, *USER_ERRORS) as exc:
        raise RequestError(str(exc)) from None
    remaining = Checked(outcome.text, path, outcome.diagnostics, outcome.document)
    return outcome, remaining


def records(checked: Checked, units: Units) -> list[dict]:
    """The JSON contract's records, each with ``offset``/``length`` into the client's text, and
    each fix edit with its ``offset``/``length`` and the string to ``insert`` there."""
    out = []
    for d in checked.diagnostics:
        record = d.to_record()
        record["offset"], record["length"] = units.span(*checked.span(d.span))
        if d.fix is not None:
            for edit, entry in zip(d.fix.edits, record["fix"]["edits"], strict=True):
                entry["offset"], entry["length"] = units.span(*checked.span(edit.span))
                entry["insert"] = checked.written(edit.replacement)
            record["fix"]["title"] = d.fix.title
        out.append(record)
    return out


def summary(diagnostics: list[Diagnostic]) -> dict:
    counts = Counter(d.severity.value for d in diagnostics)
    return {"files": 1, "diagnostics": len(diagnostics), "error": counts["error"],
            "warning": counts["warning"], "info": counts["info"]}


def contract(checked: Checked, units: Units) -> dict:
    """``newslint check --format json`` for one story, plus offsets and the reader's notices."""
    return {
        "version": __version__,
        "diagnostics": records(checked, units),
        "summary": summary(checked.diagnostics),
        "offsets": "utf16" if units.utf16 else "codepoints",
        "notices": checked.notices,
    }
