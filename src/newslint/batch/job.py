"""One batch run: list the inputs, ship the config, lint the partitions on Dask, commit the output.

Everything that can be refused (inputs, output folder, config) is refused on the client before
a cluster starts. Partitions are submitted under names of their own; Dask reruns a partition
whose worker died, and the run fails (writing nothing) only when Dask gives up on one.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .cluster import dask_client, worker_count
from .inputs import BatchInputError, list_inputs
from .manifest import build_manifest
from .output import Output, OutputError
from .shipping import config_hash, ship
from .worker import JobSpec, NewslintSetup, lint_partition

if TYPE_CHECKING:
    from ..config import Config


class BatchRunError(RuntimeError):
    """The cluster could not finish the run; nothing was committed."""


@dataclass(frozen=True)
class BatchRequest:
    inputs: tuple[str, ...]
    output: str
    output_format: str = "jsonl"
    files_per_partition: int = 200
    local_workers: int | None = None  # None with no scheduler: one worker per core
    scheduler: str | None = None
    input_format: str | None = None


def run_batch(request: BatchRequest, config: Config,
              progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Lint every input and commit the output; returns the manifest written to ``_SUCCESS``.
    ``progress(done, total)`` is called as partitions finish (stories done, stories in all)."""
    started = time.time()
    paths = list_inputs(request.inputs)
    if not paths:
        raise BatchInputError(f"no stories to lint in {', '.join(request.inputs)}")
    shipped = ship(config)
    output = Output(request.output)
    output.check_usable()
    size = request.files_per_partition
    partitions = [paths[i : i + size] for i in range(0, len(paths), size)]
    run_id = f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime(started))}-{uuid.uuid4().hex[:8]}"
    local = request.local_workers or (None if request.scheduler else _cores())
    with dask_client(local, request.scheduler) as client:
        plugin = f"newslint-{run_id}"
        try:
            client.register_plugin(NewslintSetup(shipped), name=plugin)
        except Exception as exc:  # raised in a worker's setup and re-raised here, of any type
            raise BatchRunError(f"the workers could not set newslint up: {type(exc).__name__}: {exc}") from None
        try:
            spec = JobSpec(plugin, output.staging(run_id), request.output_format, os.getcwd(), request.input_format)
            lint_started = time.time()
            summaries = _lint_all(client, spec, run_id, partitions, progress)
            linted_seconds = time.time() - lint_started
            workers = worker_count(client)
        finally:
            if request.scheduler:  # a shared scheduler keeps plugins; a local cluster dies with the run
                client.unregister_worker_plugin(plugin)
    manifest = build_manifest(
        summaries=summaries, inputs=list(request.inputs), output_format=request.output_format,
        files_per_partition=size, config_sha256=config_hash(shipped),
        config_path=str(config.path) if config.path else None, workers=workers,
        started=started, linted_seconds=linted_seconds)
    try:
        output.commit(run_id, [name for s in summaries for name in s["parts"]], manifest)
    except OSError as exc:
        raise OutputError(f"{output.url}: cannot move the new parts into place: {exc}; run again") from None
    return manifest


def _lint_all(client, spec: JobSpec, run_id: str, partitions: list[list[str]],
              progress: Callable[[int, int], None] | None) -> list[dict[str, Any]]:
    from distributed import as_completed

    futures = [client.submit(lint_partition, spec, index, paths, key=f"newslint-{run_id}-{index:05d}")
               for index, paths in enumerate(partitions)]
    summaries: list[dict[str, Any]] = []
    done, total = 0, sum(len(p) for p in partitions)
    if progress is not None:
        progress(done, total)
    try:
        for future in as_completed(futures):
            index = int(future.key.rsplit("-", 1)[1])
            if future.status != "finished":
                exc = future.exception()
                raise BatchRunError(f"partition {index} ({partitions[index][0]} ...) failed: "
                                    f"{type(exc).__name__}: {exc}; nothing was written")
            summaries.append(future.result())
            done += len(partitions[index])
            if progress is not None:
                progress(done, total)
            future.release()
    finally:
        client.cancel(futures)
    return sorted(summaries, key=lambda s: s["index"])


def _cores() -> int:
    from ..parallel import default_jobs

    return default_jobs()
