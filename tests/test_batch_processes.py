"""newslint batch with worker processes: a worker killed mid-partition, and ``--local`` end to end."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from batch_support import expected, relative, relative_files, threads_without_ctrl_c, write_stories
from click.testing import CliRunner

from newslint.batch.output import read_output
from newslint.cli import cli

distributed = pytest.importorskip("distributed")



@pytest.fixture(scope="module", autouse=True)
def _threads_without_ctrl_c():
    with threads_without_ctrl_c():
        yield

@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    return write_stories(tmp_path_factory.mktemp("batch-processes") / "stories")


def output_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "_SUCCESS"}


def test_a_killed_workers_partition_is_recomputed_and_the_output_is_the_same(stories, tmp_path):
    marker = tmp_path / "killed"

    def install_trap() -> None:  # runs in each worker process: die on the first council story
        import newslint.batch.worker as worker

        real = worker.lint_bytes

        def lint_or_die(data, path, config, **kwargs):
            if path.endswith("council.txt") and not marker.exists():
                marker.write_text(str(os.getpid()))
                os._exit(1)
            return real(data, path, config, **kwargs)

        worker.lint_bytes = lint_or_die

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        args = ["batch", "--scheduler", cluster.scheduler_address, "--no-config", "--input", str(stories),
                "--files-per-partition", "2", "--output"]
        clean = CliRunner().invoke(cli, [*args, str(tmp_path / "clean")], catch_exceptions=False)
        pids_before = set(client.run(os.getpid).values())
        client.run(install_trap)
        killed = CliRunner().invoke(cli, [*args, str(tmp_path / "killed-run")], catch_exceptions=False)
        assert int(marker.read_text()) in pids_before  # a worker really died mid-partition
    assert (clean.exit_code, killed.exit_code) == (1, 1), killed.output
    assert output_files(tmp_path / "killed-run") == output_files(tmp_path / "clean")
    assert not (tmp_path / "killed-run" / "_temporary").exists()
    _, records, files = read_output(str(tmp_path / "killed-run"))
    want_records, want_files = expected(stories)
    assert relative(records, f"{stories}/") == want_records
    assert relative_files(files, f"{stories}/") == want_files


def test_local_workers_through_the_real_command(stories, tmp_path, run_subprocess):
    listing = tmp_path / "stories.list"
    listing.write_text("\n".join(["council.txt", "storm.md", "missing.txt", "broken.txt"]) + "\n", encoding="utf-8")
    result = run_subprocess("batch", "--local", "2", "--no-config", "--input", f"@{listing}", "--output",
                            str(tmp_path / "out"), "--format", "parquet", cwd=stories)
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1, stderr
    assert stderr.count("\n") == 1 and "\r" not in stderr  # no progress bar when stderr is not a terminal
    assert stderr.startswith("newslint: 4 stories, ") and "2 could not be linted" in stderr
    manifest, records, files = read_output(str(tmp_path / "out"))
    want_records, want_files = expected(stories)
    assert records == [r for r in want_records if r["path"] in ("council.txt", "storm.md")]
    assert [(f["path"], f["error"]) for f in files] == [
        ("broken.txt", next(f["error"] for f in want_files if f["path"] == "broken.txt")),
        ("council.txt", None), ("missing.txt", "missing.txt: no such file or folder"), ("storm.md", None)]
    assert (manifest["workers"], manifest["format"], manifest["inputs"]) == (2, "parquet", [f"@{listing}"])
