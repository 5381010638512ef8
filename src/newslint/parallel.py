"""Lint many files in worker processes, with output identical to a serial run.

Files are listed and their configs found in the parent (in the serial order); workers get
each distinct config once, when they start, so the per-config caches of rules and word lists
work inside a worker; results come back in input order. One or two files, or ``jobs`` 1, stay
in this process: starting workers would only slow down the common single-story run.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config
    from .runner import FileResult

# Set in each worker by ``_start_worker``: the run's distinct configs and the input format.
_CONFIGS: tuple[Config, ...] = ()
_INPUT_FORMAT: str | None = None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(configs: tuple[Config, ...], input_format: str | None) -> None:
    global _CONFIGS, _INPUT_FORMAT
    _CONFIGS, _INPUT_FORMAT = configs, input_format


def _lint_one(task: tuple[str, int]) -> tuple[FileResult, int]:
    from .runner import lint_file

    path, config_index = task
    result = lint_file(path, _CONFIGS[config_index], _INPUT_FORMAT)
    result.config = None  # the parent puts its own Config object back (configs compare by identity)
    return result, config_index


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the parent's imported modules, so a worker starts in milliseconds.
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def lint_files(
    tasks: Sequence[tuple[str, Config]], input_format: str | None = None, jobs: int = 1
) -> list[FileResult]:
    """Lint ``(path, config)`` pairs, in parallel when ``jobs`` > 1; results in task order."""
    from .runner import lint_file

    workers = min(jobs, len(tasks) - 1)
    if workers <= 1:
        return [lint_file(path, config, input_format) for path, config in tasks]
    # The first story is linted here: it loads the rules and their word lists once, and the forked
    # workers share them instead of each loading its own copy.
    first = lint_file(tasks[0][0], tasks[0][1], input_format)
    return [first] + _in_workers(tasks[1:], input_format, workers)


def _in_workers(tasks: Sequence[tuple[str, Config]], input_format: str | None, workers: int) -> list[FileResult]:
    configs: list[Config] = []
    index: dict[int, int] = {}
    indexed = []
    for path, config in tasks:
        if id(config) not in index:
            index[id(config)] = len(configs)
            configs.append(config)
        indexed.append((path, index[id(config)]))
    chunk = max(1, min(16, len(tasks) // (workers * 8)))
    with ProcessPoolExecutor(workers, _context(), _start_worker, (tuple(configs), input_format)) as pool:
        results = []
        for result, config_index in pool.map(_lint_one, indexed, chunksize=chunk):
            result.config = configs[config_index]
            results.append(result)
    return results
