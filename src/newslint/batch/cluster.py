"""A Dask client: on a cluster of local worker processes (``--local N``) or an existing scheduler.

Local workers are processes with one thread each: linting is pure Python, so a second thread
in a worker would only wait for the first one's GIL. Dask's own log lines are kept to errors,
so a worker restarted after a crash does not bury newslint's one-line summary.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

CONNECT_TIMEOUT = "20s"


class ClusterError(RuntimeError):
    """No cluster to run on; the message names the scheduler or the problem."""


@contextmanager
def dask_client(local_workers: int | None, scheduler: str | None) -> Iterator:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"{scheduler}: cannot reach the Dask scheduler: {exc}") from None
        with client:
            yield client
        return
    cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        yield client


def worker_count(client) -> int:
    return len(client.nthreads())
