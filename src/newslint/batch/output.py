"""Where a run writes, and how it replaces the last run's output without ever mixing the two.

Layout under ``--output``::

    diagnostics/part-00000.jsonl ...   one row per diagnostic
    files/part-00000.jsonl ...         one row per story
    _SUCCESS                           the manifest (JSON), written last

Workers write their partitions under ``_temporary/<run id>/``, each file under a private name
first and then moved to its own, so a partition recomputed after a killed worker replaces the
first attempt whole. When every partition is in, the client removes the old ``_SUCCESS`` and
parts, moves the new parts into place and writes ``_SUCCESS`` last: a reader who sees a
manifest sees one run's complete output, and a failed run leaves the previous output as it was.
"""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

from .inputs import is_url
from .writers import decode, encode

TABLES = ("diagnostics", "files")
MANIFEST = "_SUCCESS"
STAGING = "_temporary"
OWN_NAMES = frozenset({*TABLES, MANIFEST, STAGING})


class OutputError(ValueError):
    """The output cannot be used; the message names it and the problem."""


def absolute(url: str) -> str:
    """A local output path as workers can use it (they do not share the client's current folder)."""
    return url if is_url(url) else os.path.abspath(url)


def part_name(table: str, index: int, output_format: str) -> str:
    return f"{table}/part-{index:05d}.{output_format}"


def _filesystem(url: str):
    import fsspec

    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise OutputError(f"{url}: {exc}") from None


def write_atomically(url: str, data: bytes) -> None:
    """Write ``data`` under a private name beside ``url``, then move it there."""
    fs, path = _filesystem(url)
    folder, name = path.rsplit("/", 1)
    fs.makedirs(folder, exist_ok=True)
    private = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"
    with fs.open(private, "wb") as handle:
        handle.write(data)
    fs.mv(private, path)


def write_part(staging: str, table: str, index: int, rows: list[dict[str, Any]], output_format: str) -> str:
    name = part_name(table, index, output_format)
    write_atomically(f"{staging}/{name}", encode(table, rows, output_format))
    return name


class Output:
    def __init__(self, url: str) -> None:
        self.url = absolute(url).rstrip("/")
        self.fs, self.root = _filesystem(self.url)

    def check_usable(self) -> None:
        """Refuse a file, or a folder holding anything but a newslint batch output."""
        try:
            if not self.fs.exists(self.root):
                return
            if not self.fs.isdir(self.root):
                raise OutputError(f"{self.url}: is a file, not a folder")
            strangers = sorted(name for name in self._names(self.root) if name not in OWN_NAMES)
        except OSError as exc:
            raise OutputError(f"{self.url}: cannot use: {exc}") from None
        if strangers:
            raise OutputError(f"{self.url}: holds other files ({', '.join(strangers[:3])}), not a newslint batch "
                              "output; choose a new or empty folder")

    def _names(self, path: str) -> list[str]:
        return [entry.rstrip("/").rsplit("/", 1)[-1] for entry in self.fs.ls(path, detail=False)]

    def staging(self, run_id: str) -> str:
        return f"{self.url}/{STAGING}/{run_id}"

    def commit(self, run_id: str, parts: list[str], manifest: dict[str, Any]) -> None:
        """Replace the previous output with this run's parts, then write the manifest."""
        staged = f"{self.root}/{STAGING}/{run_id}"
        if self.fs.exists(f"{self.root}/{MANIFEST}"):
            self.fs.rm(f"{self.root}/{MANIFEST}")
        keep = set(parts)
        for table in TABLES:
            if self.fs.exists(f"{self.root}/{table}"):
                for name in self._names(f"{self.root}/{table}"):
                    if f"{table}/{name}" not in keep:
                        self.fs.rm(f"{self.root}/{table}/{name}")
            self.fs.makedirs(f"{self.root}/{table}", exist_ok=True)
        for name in parts:
            self.fs.mv(f"{staged}/{name}", f"{self.root}/{name}")
        text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
        write_atomically(f"{self.url}/{MANIFEST}", text.encode("utf-8"))
        self.fs.rm(f"{self.root}/{STAGING}", recursive=True)


def read_output(url: str) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """(manifest, diagnostics records, files rows) of a finished run, in partition order."""
    output = Output(url)
    try:
        with output.fs.open(f"{output.root}/{MANIFEST}", "rb") as handle:
            manifest = json.loads(handle.read())
    except FileNotFoundError:
        raise OutputError(f"{url}: no {MANIFEST}: not a finished newslint batch output") from None
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        tables[table] = []
        for name in manifest["tables"][table]:
            with output.fs.open(f"{output.root}/{name}", "rb") as handle:
                tables[table].extend(decode(table, handle.read(), manifest["format"]))
    return manifest, tables["diagnostics"], tables["files"]
