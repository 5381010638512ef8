"""From paths and config to results: find files, read them, pick rules per file, run the engine.

This is the library API the CLI sits on (``lint_text``, ``lint_paths``), so a CMS can lint a
story without a subprocess. Nothing here prints; problems come back as values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from . import sources
from .config import DEFAULT_CONFIG, Config, ConfigError, discover_config
from .document import Document
from .engine import Engine
from .files import iter_files, read_file
from .parallel import iter_lint_files
from .registry import Registry, build_registry
from .results import FileResult, RunResult
from .rule import OptionsError, Rule
from .selection import per_file_ignores, select_rules, validate_selectors
from .types import Diagnostic

__all__ = ["FileResult", "PathStream", "RunResult", "engine_for", "lint_document", "lint_file", "lint_paths", "lint_text",
           "registry_for", "rules_for", "stream_paths"]


# -- rules per config ----------------------------------------------------------------------------
@lru_cache(maxsize=32)
def registry_for(config: Config) -> Registry:
    return build_registry(config.packs)


@lru_cache(maxsize=256)
def rules_for(config: Config, extra_ignores: tuple[str, ...] = ()) -> tuple[Rule, ...]:
    """Instantiate the selected rules with their validated options (once per config)."""
    registry = registry_for(config)
    where = str(config.path) if config.path else "command line"
    validate_selectors(config.select + config.extend_select + config.ignore, registry.rules, where)
    select = config.select + config.extend_select if config.select else ()
    classes = select_rules(registry.rules, select, config.ignore + extra_ignores)
    if config.extend_select and not config.select:
        extra = select_rules(registry.rules, config.extend_select, config.ignore + extra_ignores)
        classes = sorted(set(classes) | set(extra), key=lambda r: r.code)
    known = {r.name for r in registry.rules}
    for name in config.rules:
        if name not in known:
            raise ConfigError(f"{where}: rules.{name}: no rule has that name")
    codes = {r.code.upper() for r in registry.rules}
    for code in config.severity:  # a typo here would silently leave a rule at its default
        if code not in codes:
            raise ConfigError(f"{where}: severity.{code}: no rule has that code")
    for pattern, ignored in config.per_file_ignores.items():
        validate_selectors(ignored, registry.rules, f"{where}: per-file-ignores.{pattern}")
    out = []
    for cls in classes:
        try:
            options = cls.build_options(config.rules.get(cls.name, {}))
        except OptionsError as exc:
            raise ConfigError(f"{where}: rules.{cls.name}: {exc}") from None
        out.append(cls(options, config))
    from .packs.needs_memo import save

    save()  # what building the pack rules learnt about their terms, for the next run
    return tuple(out)


@lru_cache(maxsize=256)
def engine_for(config: Config, extra_ignores: tuple[str, ...] = ()) -> Engine:
    """The engine for one config (and a file's per-file ignores), built once and reused."""
    known = tuple(r.code for r in registry_for(config).rules)
    return Engine(rules_for(config, extra_ignores), config, known)


def lint_document(doc: Document, config: Config | None = None) -> FileResult:
    config = config or DEFAULT_CONFIG  # one value: the rules and engine built for it are reused
    base = config.path.parent if config.path is not None else None
    ignores = tuple(per_file_ignores(doc.path, config.per_file_ignores, base))
    result = engine_for(config, ignores).lint(doc)
    return FileResult(doc.path, result.diagnostics, crashed=bool(result.crashed_rules), document=doc, config=config)


def lint_text(text: str, path: str | None = None, config: Config | None = None) -> list[Diagnostic]:
    """Lint one story given as text; ``path`` picks the reader (``.md``, ``.html``) and names it.

    A lone surrogate (possible in a Python str, never in a decoded file) becomes U+FFFD, one code
    point for one, so offsets stay put and no rule that encodes text can fail on it."""
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("\ufffd", text)
    doc = sources.document_from_text(text, path or "<text>")
    return lint_document(doc, config).diagnostics


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def lint_file(path: str, config: Config, input_format: str | None = None) -> FileResult:
    doc, result = read_file(path, config, input_format)
    if doc is None:
        return result
    linted = lint_document(doc, config)
    linted.notices = result.notices
    return linted


@dataclass
class PathStream:
    """The stories of a run, linted one by one as ``results`` is read, in path order.

    ``notices`` (from walking the folders) and ``count`` are known before the first story is
    linted, so a report can start, and a progress bar knows its end, at once."""

    notices: list[str]
    count: int
    results: Iterator[FileResult]


def stream_paths(
    paths: Sequence[str],
    config: Config | None = None,
    *,
    overrides: dict | None = None,
    input_format: str | None = None,
    jobs: int = 1,
) -> PathStream:
    """Lint files and folders lazily: each result comes as soon as it (and every story before it in
    path order) is done, so a caller can report and forget it. With ``config`` None, each file uses
    the nearest config file; ``jobs`` > 1 lints in that many processes (same results, same order)."""
    overrides = overrides or {}

    @cache
    def overridden(base: Config) -> Config:
        return base.with_overrides(**overrides) if overrides else base

    def config_for(folder: Path) -> Config:
        return overridden(config if config is not None else discover_config(folder))

    notices: list[str] = []
    tasks = [(path, config_for(Path(path).parent)) for path in iter_files(paths, config_for, notices)]
    # Output is sorted by path, whatever the argument order: the tasks are sorted (stably, as the
    # results used to be once all were in), so results can be reported in order as they come.
    tasks.sort(key=lambda task: task[0])
    return PathStream(notices, len(tasks), iter_lint_files(tasks, lint_file, input_format, jobs))


def lint_paths(
    paths: Sequence[str],
    config: Config | None = None,
    *,
    overrides: dict | None = None,
    input_format: str | None = None,
    jobs: int = 1,
) -> RunResult:
    """Lint files and folders, every result kept (see ``stream_paths`` for a run that need not)."""
    stream = stream_paths(paths, config, overrides=overrides, input_format=input_format, jobs=jobs)
    return RunResult(list(stream.results), stream.notices)


def rule_classes(run: RunResult) -> tuple[type[Rule], ...]:
    """Every rule the run's configs know (built-ins, shipped packs, config packs): report metadata."""
    from .registry import builtin_rule_classes

    found = {r.code: r for r in builtin_rule_classes()}
    for config in {id(f.config): f.config for f in run.files if f.config is not None}.values():
        found.update((r.code, r) for r in registry_for(config).rules)
    return tuple(sorted(found.values(), key=lambda r: r.code))
