"""From paths and config to results: find files, read them, pick rules per file, run the engine.

This is the library API the CLI sits on (``lint_text``, ``lint_paths``), so a CMS can lint a
story without a subprocess. Nothing here prints; problems come back as values.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from . import sources
from .config import Config, ConfigError, discover_config
from .document import Document
from .engine import run_rules
from .registry import Registry, build_registry
from .rule import OptionsError, Rule
from .selection import per_file_ignores, select_rules, validate_selectors
from .types import Diagnostic

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"})


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # one-line warnings (binary skipped, cp1252)
    error: str | None = None  # the file could not be linted: exit 2
    crashed: bool = False  # a rule raised: exit 2 after reporting
    document: Document | None = None
    config: Config | None = None


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for f in self.files for d in f.diagnostics]

    @property
    def errors(self) -> list[str]:
        return [f.error for f in self.files if f.error]

    @property
    def crashed(self) -> bool:
        return any(f.crashed for f in self.files)


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


def lint_document(doc: Document, config: Config | None = None) -> FileResult:
    config = config or Config()
    ignores = tuple(per_file_ignores(doc.path, config.per_file_ignores))
    result = run_rules(doc, rules_for(config, ignores), config)
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


# -- files ---------------------------------------------------------------------------------------
def _excluded(path: Path, patterns: Sequence[str], base: Path) -> bool:
    if not patterns:
        return False
    try:
        rel = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    return any(
        fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(rel, f"{p.rstrip('/')}/*")
        for p in patterns
    )


def iter_files(paths: Iterable[str], config_for, notices: list[str]) -> Iterator[str]:
    """Expand folders into lintable files (skipping hidden and vendored folders and excludes)."""
    suffixes = sources.lintable_suffixes()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield raw
            continue
        seen_dirs: set[tuple[int, int]] = set()
        for folder, dirs, files in os.walk(path, followlinks=True, onerror=lambda e: notices.append(
            f"{e.filename}: cannot read folder: {e.strerror}, skipped"
        )):
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen_dirs:
                notices.append(f"{folder}: symbolic link loop, skipped")
                dirs[:] = []
                continue
            seen_dirs.add((st.st_dev, st.st_ino))
            config = config_for(Path(folder))
            dirs[:] = sorted(
                d for d in dirs
                if not d.startswith(".") and d not in SKIP_DIRS
                and not _excluded(Path(folder) / d, config.exclude, config.base_dir)
            )
            for name in sorted(files):
                full = Path(folder) / name
                if full.suffix.lower() in suffixes and not name.startswith(".") and not _excluded(
                    full, config.exclude, config.base_dir
                ):
                    if not full.is_file():  # a pipe would block the run; a dangling link is not a story
                        notices.append(f"{full}: not a regular file (broken link, pipe or device), skipped")
                        continue
                    yield str(full)


def read_file(path: str, config: Config, input_format: str | None = None) -> tuple[Document | None, FileResult]:
    result = FileResult(path, config=config)
    try:
        size = os.path.getsize(path)
        if size > config.max_file_size:
            result.error = f"{path}: file is {size} bytes, over max-file-size ({config.max_file_size}); not linted"
            return None, result
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        result.error = f"{path}: no such file or folder"
        return None, result
    except IsADirectoryError:
        result.error = f"{path}: is a folder"
        return None, result
    except OSError as exc:
        result.error = f"{path}: cannot read: {exc.strerror or exc}"
        return None, result
    try:
        doc, notice = sources.read_document(data, path, input_format)
    except sources.BinaryFileError as exc:
        result.notices.append(str(exc))
        return None, result
    except sources.InputError as exc:
        result.error = str(exc)
        return None, result
    if notice:
        result.notices.append(notice)
    return doc, result


def lint_file(path: str, config: Config, input_format: str | None = None) -> FileResult:
    doc, result = read_file(path, config, input_format)
    if doc is None:
        return result
    linted = lint_document(doc, config)
    linted.notices = result.notices
    return linted


def lint_paths(
    paths: Sequence[str],
    config: Config | None = None,
    *,
    overrides: dict | None = None,
    input_format: str | None = None,
    jobs: int = 1,
) -> RunResult:
    """Lint files and folders. With ``config`` None, each file uses the nearest config file;
    ``jobs`` > 1 lints in that many processes (same results, same order)."""
    overrides = overrides or {}

    @cache
    def overridden(base: Config) -> Config:
        return base.with_overrides(**overrides) if overrides else base

    def config_for(folder: Path) -> Config:
        return overridden(config if config is not None else discover_config(folder))

    from .parallel import lint_files

    run = RunResult()
    tasks = [(path, config_for(Path(path).parent)) for path in iter_files(paths, config_for, run.notices)]
    run.files = lint_files(tasks, input_format, jobs)
    run.files.sort(key=lambda f: f.path)  # output is sorted by path, whatever the argument order
    return run


def rule_classes(run: RunResult) -> tuple[type[Rule], ...]:
    """Every rule the run's configs know (built-ins, shipped packs, config packs): report metadata."""
    from .registry import builtin_rule_classes

    found = {r.code: r for r in builtin_rule_classes()}
    for config in {id(f.config): f.config for f in run.files if f.config is not None}.values():
        found.update((r.code, r) for r in registry_for(config).rules)
    return tuple(sorted(found.values(), key=lambda r: r.code))
