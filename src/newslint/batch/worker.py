"""What runs on a Dask worker: a plugin that sets the config up once, and the partition task.

The plugin unpacks the shipped config when the worker joins (a worker that replaces a killed
one gets it too) and lints a line of text, so rules, word lists and dictionaries are built once
per worker and every partition reuses them (newslint's caches are keyed by the Config object).
A partition reads its stories through fsspec, lints them with ``lint_bytes`` and writes its two
part files itself; only a small summary travels back to the client. Reading the same stories
again gives the same parts, so a partition Dask recomputes after a worker died changes nothing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin, get_worker

from .. import __version__
from ..api import lint_bytes
from ..formatters.json import file_records
from .inputs import is_url
from .output import write_part
from .settings import warm_up
from .shipping import ShippedConfig


class NewslintSetup(WorkerPlugin):
    """Gives each worker the run's config, unpacked and warmed up."""

    def __init__(self, shipped: ShippedConfig, version: str = __version__) -> None:
        self.shipped = shipped
        self.version = version
        self.config = None
        self.folder: str | None = None

    def setup(self, worker=None) -> None:
        if self.version != __version__:  # the rows would not be the client's
            raise RuntimeError(f"worker has newslint {__version__}, the client {self.version}: install the same")
        self.folder = tempfile.mkdtemp(prefix="newslint-batch-")
        self.config = self.shipped.unpack(Path(self.folder))
        warm_up(self.config)

    def teardown(self, worker=None) -> None:
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class JobSpec:
    """What every partition of one run shares."""

    plugin: str  # the name NewslintSetup was registered under
    staging: str  # URL of the run's temporary prefix
    output_format: str
    client_cwd: str  # relative local paths are the client's
    input_format: str | None = None


def lint_partition(spec: JobSpec, index: int, paths: list[str]) -> dict[str, Any]:
    """Lint one partition and write its parts; returns the counts for the manifest."""
    config = get_worker().plugins[spec.plugin].config
    started = time.thread_time()
    diagnostics: list[dict[str, Any]] = []
    files: list[dict[str, Any]] = []
    for path in paths:
        data, size, error = read_story(path, spec.client_cwd, config.max_file_size)
        if data is None:
            files.append({"path": path, "bytes": size, "diagnostics": 0, "error": error, "notices": [],
                          "crashed": False})
            continue
        result = lint_bytes(data, path, config, input_format=spec.input_format)
        records = file_records(result)
        diagnostics.extend(records)
        files.append({"path": path, "bytes": size, "diagnostics": len(records), "error": result.error,
                      "notices": list(result.notices), "crashed": result.crashed})
    parts = [write_part(spec.staging, "diagnostics", index, diagnostics, spec.output_format),
             write_part(spec.staging, "files", index, files, spec.output_format)]
    return {
        "index": index,
        "parts": parts,
        "files": len(files),
        "bytes": sum(f["bytes"] or 0 for f in files),
        "diagnostics": len(diagnostics),
        "severity": dict(Counter(r["severity"] for r in diagnostics)),
        "errors": sum(1 for f in files if f["error"]),
        "notices": sum(1 for f in files if f["notices"]),
        "crashed": sum(1 for f in files if f["crashed"]),
        "cpu_seconds": time.thread_time() - started,
    }


def read_story(path: str, client_cwd: str, limit: int) -> tuple[bytes | None, int | None, str | None]:
    """(bytes, size, None), or (None, size or None, one-line error); never raises for a bad file."""
    import fsspec

    url = path if is_url(path) or os.path.isabs(path) else os.path.join(client_cwd, path)
    try:
        with fsspec.open(url, "rb") as handle:
            data = handle.read(limit + 1)
            size = getattr(handle, "size", None)
    except FileNotFoundError:
        return None, None, f"{path}: no such file or folder"
    except IsADirectoryError:
        return None, None, f"{path}: is a folder"
    except OSError as exc:
        return None, None, f"{path}: cannot read: {exc.strerror or exc}"
    except Exception as exc:  # a storage library's own error (credentials, throttling): a row, not a failed job
        return None, None, f"{path}: cannot read: {type(exc).__name__}: {exc}"
    if len(data) > limit:
        return None, size, f"{path}: over max-file-size ({limit} bytes); not linted"
    return data, len(data), None
