"""Baselines: record the findings a desk accepts today so that only new ones fail tomorrow.

A finding is recognised by a fingerprint of its code, the flagged text and a few words around
it inside its own paragraph, never its line number nor other paragraphs, so a baseline survives
edits elsewhere in the story (a new first line above the headline, a paragraph inserted just
above the finding) and a paragraph's lines being re-wrapped. Identical
findings in one file are told apart by their order (the second "the the" in the same words).
The same fingerprints feed the GitLab Code Quality report, which needs stable ids too.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from .runner import FileResult, RunResult
    from .types import Diagnostic

FORMAT_VERSION = 1
CONTEXT_CHARS = 24  # of surrounding text in the finding's paragraph, each side: a few words
_SPACE_RE = re.compile(r"\s+")
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r\f\v]*\n")


class BaselineError(ValueError):
    """The baseline file cannot be read, parsed or written (the message names the file)."""


def _squash(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def _base_key(d: Diagnostic, text: str) -> str:
    start, end = min(d.span.start, len(text)), min(d.span.end, len(text))
    window_start = max(0, start - CONTEXT_CHARS)
    breaks = list(_PARAGRAPH_BREAK_RE.finditer(text, window_start, start))
    if breaks:
        window_start = breaks[-1].end()
    after = text[end : end + CONTEXT_CHARS]
    next_break = _PARAGRAPH_BREAK_RE.search(after)
    before = _squash(text[window_start:start])
    after = _squash(after[: next_break.start()] if next_break else after)
    return "\x1f".join((d.code, _squash(text[start:end]), before, after))


def file_fingerprints(result: FileResult) -> list[str]:
    """One fingerprint per diagnostic of a file, in the file's diagnostic order."""
    text = result.document.text if result.document is not None else ""
    seen: Counter[str] = Counter()
    out = []
    for d in result.diagnostics:
        key = _base_key(d, text)
        occurrence = seen[key]
        seen[key] += 1
        out.append(hashlib.sha256(f"{key}\x1f{occurrence}".encode()).hexdigest()[:20])
    return out


def _relative(path: str, base: Path) -> str:
    if path.startswith("<"):  # <stdin>, <text>
        return path
    return Path(os.path.relpath(os.path.abspath(path), base)).as_posix()


# -- reading and writing -------------------------------------------------------------------------
def write(run: RunResult, file: str) -> int:
    """Record every current finding in ``file`` (atomically); returns how many."""
    target = Path(file)
    base = target.resolve().parent
    findings: dict[str, list[dict]] = {}
    for f in run.files:
        for d, fp in zip(f.diagnostics, file_fingerprints(f), strict=True):
            findings.setdefault(_relative(f.path, base), []).append(
                {"code": d.code, "fingerprint": fp, "message": d.message}
            )
    payload = {"newslint-baseline": FORMAT_VERSION, "findings": dict(sorted(findings.items()))}
    atomic_write_text(target, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return sum(len(v) for v in findings.values())


def atomic_write_text(target: Path, text: str) -> None:
    """Write the baseline through a temporary file and a rename (see ``writeback``); imported
    here, not at import time, since the CLI imports this module on every run."""
    from .writeback import WriteError, write_text_atomically

    try:
        write_text_atomically(target, text)
    except WriteError as exc:
        raise BaselineError(str(exc).replace(": cannot write:", ": cannot write baseline:", 1)) from None


def load(file: str) -> dict[str, Counter[str]]:
    """Path (relative to the baseline's folder) -> accepted fingerprints, with their counts."""
    path = Path(file)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{file}: baseline file not found (create it with --write-baseline)") from None
    except OSError as exc:
        raise BaselineError(f"{file}: cannot read baseline: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{file}: not a newslint baseline (invalid JSON: {exc})") from None
    findings = payload.get("findings") if isinstance(payload, dict) else None
    if payload.get("newslint-baseline") != FORMAT_VERSION or not isinstance(findings, dict):
        raise BaselineError(f"{file}: not a newslint baseline (expected 'newslint-baseline': {FORMAT_VERSION})")
    try:
        return {p: Counter(e["fingerprint"] for e in entries) for p, entries in findings.items()}
    except (TypeError, KeyError):
        raise BaselineError(f"{file}: findings: every entry needs a 'fingerprint'") from None


def apply(run: RunResult, file: str) -> int:
    """Drop the findings recorded in the baseline ``file`` from ``run``; returns how many."""
    drop = file_filter(file)
    return sum(drop(f) for f in run.files)


def file_filter(file: str) -> Callable[[FileResult], int]:
    """A function that drops from one file's result the findings recorded in the baseline
    ``file`` (read once) and returns how many: a streamed run filters each story as it comes."""
    accepted = load(file)
    base = Path(file).resolve().parent

    def drop(f: FileResult) -> int:
        known = accepted.get(_relative(f.path, base))
        if not known:
            return 0
        kept = [d for d, fp in zip(f.diagnostics, file_fingerprints(f), strict=True) if fp not in known]
        dropped = len(f.diagnostics) - len(kept)
        f.diagnostics = kept
        return dropped

    return drop


def filtered(run: RunResult, file: str | None) -> RunResult:
    """``run`` without the findings of the baseline ``file`` (unchanged when there is none)."""
    if file:
        apply(run, file)
    return run
