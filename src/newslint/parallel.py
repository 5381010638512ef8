"""Lint many files in several processes, with output identical to a serial run.

Files are listed and their configs found in the parent, in the serial order, then cut into
small chunks. ``jobs - 1`` forked workers take chunks from the front of the queue and the
parent lints stories too, so ``jobs`` processes work and no core sits idle waiting for results
(on a 2-core machine ``--jobs 2`` is one worker plus the parent). The parent's own results need
no pickling; workers' results come back by position and are put in input order. Workers
get each distinct config once, when they start, so per-config caches of rules and word lists
work inside them, and they are forked after the parent has linted the first story, so they
inherit its loaded rules. One or two files, or ``jobs`` 1, stay in this process: starting a
worker would only slow down the common single-story run.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .types import Diagnostic, Position, Severity, Span

if TYPE_CHECKING:  # multiprocessing is imported when a pool starts: a one-story run never needs it
    import multiprocessing
    from collections.abc import Callable, Iterator
    from concurrent.futures import Future

    from .config import Config
    from .results import FileResult

    LintFile = Callable[[str, Config, str | None], FileResult]

QUEUED_PER_WORKER = 2  # chunks waiting for each worker, so it never idles while the parent lints
# Set in each worker by ``_start_worker``: the run's distinct configs, the function that lints
# one file (handed in by the runner, so this module never imports it) and the input format.
_CONFIGS: tuple[Config, ...] = ()
_LINT_FILE: LintFile | None = None
_INPUT_FORMAT: str | None = None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(configs: tuple[Config, ...], lint_file: LintFile, input_format: str | None) -> None:
    global _CONFIGS, _LINT_FILE, _INPUT_FORMAT
    _CONFIGS, _LINT_FILE, _INPUT_FORMAT = configs, lint_file, input_format
    # Ctrl-C is the parent's to handle (one "interrupted" line); a worker would print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _lint_chunk(chunk: list[tuple[str, int]]) -> list[tuple[FileResult, list[tuple]]]:
    results = []
    for path, config_index in chunk:
        result = _LINT_FILE(path, _CONFIGS[config_index], _INPUT_FORMAT)
        result.config = None  # the parent puts its own Config back (configs compare by identity)
        packed = [pack(d) for d in result.diagnostics]
        result.diagnostics = []
        results.append((result, packed))
    return results


# Diagnostics travel as tuples of plain values: pickling thousands of small frozen dataclasses
# (and an enum each) costs several times more than the tuples, on both sides of the pipe.
def pack(d: Diagnostic) -> tuple:
    return (d.path, d.code, d.name, d.severity.value, d.message, d.span.start, d.span.end, d.start.line,
            d.start.column, d.end.line, d.end.column, d.suggestions, d.fix, d.fix_positions, d.extra)


def unpack(t: tuple) -> Diagnostic:
    path, code, name, severity, message, s0, s1, line, column, end_line, end_column, *rest = t
    suggestions, fix, fix_positions, extra = rest
    return Diagnostic(path, code, name, Severity(severity), message, Span(s0, s1), Position(line, column),
                      Position(end_line, end_column), suggestions, fix, fix_positions, extra)


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork shares the parent's imported modules, so a worker starts in milliseconds.
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def lint_files(
    tasks: Sequence[tuple[str, Config]], lint_file: LintFile, input_format: str | None = None, jobs: int = 1
) -> list[FileResult]:
    """Lint ``(path, config)`` pairs with ``lint_file``, in ``jobs`` processes when there are
    enough; results in order."""
    return list(iter_lint_files(tasks, lint_file, input_format, jobs))


def iter_lint_files(
    tasks: Sequence[tuple[str, Config]], lint_file: LintFile, input_format: str | None = None, jobs: int = 1
) -> Iterator[FileResult]:
    """The results of ``lint_files`` one by one, in input order, each as soon as it and every
    result before it are done: a caller can report (and forget) a story while the others are linted."""
    if jobs <= 1 or len(tasks) <= 2:
        for path, config in tasks:
            yield lint_file(path, config, input_format)
        return
    # The first story is linted before the fork: it loads the rules (compiled patterns, word
    # lists) once, and the workers inherit them instead of each loading a copy.
    yield lint_file(tasks[0][0], tasks[0][1], input_format)
    yield from _shared(tasks[1:], lint_file, input_format, min(jobs, len(tasks) - 1))


def _shared(
    tasks: Sequence[tuple[str, Config]], lint_file: LintFile, input_format: str | None, jobs: int
) -> Iterator[FileResult]:
    """Workers take chunks from the front of the queue; between two stories of its own the parent
    tops their queues up, so neither side waits for the other. Results are yielded in input order
    as soon as the run of finished ones from the front grows."""
    configs: list[Config] = []
    index: dict[int, int] = {}
    for _, config in tasks:
        if id(config) not in index:
            index[id(config)] = len(configs)
            configs.append(config)
    from concurrent.futures import ProcessPoolExecutor

    workers, total = jobs - 1, len(tasks)
    done: dict[int, FileResult] = {}  # finished but not yet yielded, by position
    pending: dict[Future, tuple[int, int]] = {}
    position = reported = 0

    def ready() -> Iterator[FileResult]:
        nonlocal reported
        while reported in done:
            result = done.pop(reported)
            result.config = tasks[reported][1]  # the parent's own Config (configs compare by identity)
            reported += 1
            yield result

    def received(future: Future, start: int) -> None:
        for offset, result in enumerate(_received(future)):
            done[start + offset] = result

    with ProcessPoolExecutor(workers, _context(), _start_worker, (tuple(configs), lint_file, input_format)) as pool:
        while position < total:
            # Chunks shrink to one story towards the end, so no process is left with a long tail.
            size = max(1, min(4, (total - position) // (jobs * 4)))
            while len(pending) < workers * QUEUED_PER_WORKER and total - position > size:
                chunk = [(path, index[id(config)]) for path, config in tasks[position : position + size]]
                pending[pool.submit(_lint_chunk, chunk)] = (position, position + size)
                position += size
            for future in [f for f in pending if f.done()]:
                received(future, pending.pop(future)[0])
            if position < total:
                path, config = tasks[position]
                done[position] = lint_file(path, config, input_format)
                position += 1
            yield from ready()
        while pending:
            future = next(iter(pending))  # the earliest chunk: the next results to yield
            received(future, pending.pop(future)[0])
            yield from ready()
    yield from ready()
    assert reported == total, "every task gives one result"


def _received(future: Future) -> list[FileResult]:
    out = []
    for result, packed in future.result():
        result.diagnostics = [unpack(t) for t in packed]
        out.append(result)
    return out
