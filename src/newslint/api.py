"""The library surface the editor server, the web service and the archive runner build on.

Everything a caller outside the CLI needs, so none of them reaches into ``runner``, ``sources``,
``fix`` or ``registry`` internals: lint bytes or text, fix text, look a rule up, find the config a
file would use, and forget cached config when files on disk change (a long-lived server must).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .types import Diagnostic, Span

if TYPE_CHECKING:
    from .config import Config
    from .document import Document
    from .fix import FixOutcome
    from .results import FileResult
    from .rule import Rule


def lint_bytes(data: bytes, path: str, config: Config | None = None, *, input_format: str | None = None) -> FileResult:
    """Lint one story given as a file's bytes (any format a reader knows, Word included).

    Never raises for bad input: an undecodable or binary file comes back as ``FileResult.error``
    or a notice, exactly as ``lint_paths`` reports it for a file on disk."""
    from .config import DEFAULT_CONFIG
    from .files import read_bytes
    from .results import FileResult
    from .runner import lint_document

    config = config or DEFAULT_CONFIG
    result = FileResult(path, config=config)
    if len(data) > config.max_file_size:
        result.error = f"{path}: {len(data)} bytes, over max-file-size ({config.max_file_size}); not linted"
        return result
    doc, result = read_bytes(data, path, result, input_format)
    if doc is None:
        return result
    linted = lint_document(doc, config)
    linted.notices = result.notices
    return linted


def lint_source(text: str, path: str, config: Config | None = None, *, input_format: str | None = None) -> FileResult:
    """Lint a story held as text (an editor's buffer) and keep its ``document``, whose
    ``source`` is ``text``: positions and ``source_edits`` point into it. ``input_format``
    overrides the reader the path's suffix picks (an untitled Markdown buffer)."""
    from . import sources
    from .config import DEFAULT_CONFIG
    from .runner import lint_document

    return lint_document(sources.document_from_text(text, path, input_format), config or DEFAULT_CONFIG)


def source_edits(document: Document, diagnostic: Diagnostic, *, unsafe: bool = True) -> list[tuple[Span, str]]:
    """A diagnostic's fix as (span of ``document.source``, replacement) pairs, exactly as
    ``check --fix`` would splice it (HTML escaped, the file's line endings); [] when ``--fix``
    never would (display-only, an edit across markup the reader removed)."""
    from .fix import source_edits as _source_edits

    return _source_edits(document, diagnostic, unsafe)


def fix_text(
    text: str,
    path: str = "story.txt",
    config: Config | None = None,
    *,
    unsafe: bool = False,
    input_format: str | None = None,
) -> FixOutcome:
    """Apply the safe (or also unsafe) fixes to a story held as text, as ``check --fix`` does;
    the outcome's ``text`` is the fixed story and ``diagnostics`` what remains."""
    from .fix import fix_text as _fix_text

    return _fix_text(text, path, config, unsafe=unsafe, input_format=input_format)


def config_for(path: str | Path) -> Config:
    """The config the CLI would use for a file at ``path``: the nearest config file above it."""
    from .config import discover_config

    return discover_config(Path(path).resolve())


def rules(config: Config | None = None) -> tuple[type[Rule], ...]:
    """Every rule known under ``config`` (built-ins, shipped packs and the config's packs)."""
    from .config import DEFAULT_CONFIG
    from .runner import registry_for

    return registry_for(config or DEFAULT_CONFIG).rules


def find_rule(key: str, config: Config | None = None) -> type[Rule] | None:
    """A rule by code or name, or None."""
    from .config import DEFAULT_CONFIG
    from .runner import registry_for

    return registry_for(config or DEFAULT_CONFIG).find(key)


def explain(key: str, config: Config | None = None) -> str | None:
    """What ``newslint explain KEY`` prints, or None when no rule has that code or name. Under a
    config file, a line says the severity and on/off that config gives the rule."""
    rule = find_rule(key, config)
    if rule is None:
        return None
    off = "" if rule.default_enabled else ", off by default"
    head = f"{rule.code} {rule.name} ({rule.default_severity.value}{off})\n{rule.summary}\nsource: {rule.origin}\n"
    if config is not None and config.path is not None:
        from .runner import rules_for

        severity = config.severity.get(rule.code.upper(), rule.default_severity).value
        on = "on" if any(r.code == rule.code for r in rules_for(config)) else "off"
        head += f"in {config.path}: {severity}, {on}\n"
    return f"{head}\n{rule.documentation()}"


def add_words(words: list[str], kind: str = "accepted_words", config: Config | None = None,
              folder: Path | None = None):
    """Append words to the config's accepted-words, names or acronyms list (``kind``), as
    ``newslint words add`` does; returns what was added, what was already there and the file.
    With no config file, ``folder`` (default: the current folder) gets the list and a
    ``newslint.toml`` naming it. Call ``clear_caches()`` afterwards so the next lint reads it."""
    from .config import DEFAULT_CONFIG
    from .word_edits import add_accepted_words

    return add_accepted_words(list(words), config or DEFAULT_CONFIG, kind, folder)


def clear_caches() -> None:
    """Forget every config file, word list and rule set read so far, so the next lint reads them
    again from disk (a server calls this when a config or word-list file changes)."""
    from . import config as config_module
    from . import runner

    config_module.load_config_file.cache_clear()
    config_module.Config.word_list.cache_clear()
    config_module.find_config_file.cache_clear()
    runner.registry_for.cache_clear()
    runner.rules_for.cache_clear()
    runner.engine_for.cache_clear()
