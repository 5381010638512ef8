"""newslint batch on a LocalCluster of 2 workers, memory:// storage: the rows are lint_paths's.

The cluster runs its workers as threads of this process, so they share its memory:// file
system (test_batch_processes.py kills a worker process, with local files).
"""

from __future__ import annotations

import uuid

import fsspec
import pyarrow.parquet as pq
import pytest
from batch_support import (
    ALL_NAMES,
    STORY,
    copy_to_memory,
    desk_config,
    expected,
    relative,
    relative_files,
    threads_without_ctrl_c,
    write_stories,
)
from click.testing import CliRunner

from newslint import __version__
from newslint.batch.output import read_output
from newslint.batch.shipping import config_hash, ship
from newslint.batch.writers import diagnostics_schema, files_schema
from newslint.cli import cli
from newslint.config import DEFAULT_CONFIG, load_config_file

distributed = pytest.importorskip("distributed")



@pytest.fixture(scope="module", autouse=True)
def _threads_without_ctrl_c():
    with threads_without_ctrl_c():
        yield

@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    return write_stories(tmp_path_factory.mktemp("batch") / "stories")


@pytest.fixture(scope="module")
def archive(stories):
    return copy_to_memory(stories, f"archive-{uuid.uuid4().hex}")


def new_output() -> str:
    return f"memory:///out-{uuid.uuid4().hex}"


def batch(scheduler, *args):
    return CliRunner().invoke(cli, ["batch", "--scheduler", scheduler, *args], catch_exceptions=False)


@pytest.mark.parametrize("output_format", ["jsonl", "parquet"])
def test_rows_are_lint_paths_diagnostics_and_files(scheduler, stories, archive, output_format):
    output = new_output()
    result = batch(scheduler, "--no-config", "--input", archive, "--output", output, "--format", output_format,
                   "--files-per-partition", "3")
    assert result.exit_code == 1, result.output
    manifest, records, files = read_output(output)
    want_records, want_files = expected(stories)
    assert relative(records, f"{archive}/") == want_records
    assert relative_files(files, f"{archive}/") == want_files
    broken = next(f for f in files if f["path"].endswith("broken.txt"))
    assert broken["error"] == f"{archive}/broken.txt: invalid utf-16-le after a byte-order mark at byte 0"
    assert broken["bytes"] == 11 and broken["diagnostics"] == 0

    fs = fsspec.filesystem("memory")
    root = output.removeprefix("memory://")
    parts = sorted(p.removeprefix(f"{root}/") for p in fs.find(root))
    numbered = [f"part-{i:05d}.{output_format}" for i in range(3)]  # 9 stories, 3 a partition
    assert parts == ["_SUCCESS", *[f"diagnostics/{n}" for n in numbered], *[f"files/{n}" for n in numbered]]
    for name in parts[1:]:
        data = fs.cat(f"{root}/{name}")
        if output_format == "jsonl":
            assert data == b"" or data.endswith(b"\n"), name
        else:
            schema = diagnostics_schema() if name.startswith("diagnostics/") else files_schema()
            assert pq.read_schema(fs.open(f"{root}/{name}")).equals(schema, check_metadata=True), name

    severity = {s: sum(1 for r in want_records if r["severity"] == s) for s in ("error", "warning", "info")}
    assert {k: manifest[k] for k in ("newslint_version", "config_sha256", "format", "files", "diagnostics",
                                     "severity", "files_with_errors", "files_with_notices", "partitions",
                                     "workers")} == {
        "newslint_version": __version__, "config_sha256": config_hash(ship(DEFAULT_CONFIG)),
        "format": output_format, "files": len(ALL_NAMES), "diagnostics": len(want_records), "severity": severity,
        "files_with_errors": 1, "files_with_notices": 2, "partitions": 3, "workers": 2}
    assert manifest["tables"]["diagnostics"] == [f"diagnostics/{n}" for n in numbered]
    assert manifest["wall_seconds"] >= manifest["lint_wall_seconds"] > 0
    assert manifest["worker_cpu_seconds"] > 0
    assert result.output.startswith(f"newslint: 9 stories, {len(want_records)} diagnostic(s) (")
    assert "1 could not be linted, 2 with notices (see the files table)" in result.output


def test_running_again_over_the_output_replaces_it_whole(scheduler, archive):
    output = new_output()
    assert batch(scheduler, "--no-config", "--input", archive, "--output", output,
                 "--files-per-partition", "2").exit_code == 1
    first, _, _ = read_output(output)
    result = batch(scheduler, "--no-config", "--input", f"{archive}/clean.txt", "--output", output,
                   "--format", "parquet")
    assert result.exit_code == 0, result.output
    manifest, records, files = read_output(output)
    root = output.removeprefix("memory://")
    found = sorted(p.removeprefix(f"{root}/") for p in fsspec.filesystem("memory").find(root))
    assert found == ["_SUCCESS", "diagnostics/part-00000.parquet", "files/part-00000.parquet"]
    assert (first["partitions"], manifest["partitions"], records, [f["path"] for f in files]) == (
        5, 1, [], [f"{archive}/clean.txt"])


def test_the_config_and_its_files_reach_the_workers(scheduler, tmp_path):
    config = desk_config(tmp_path / "desk")
    (tmp_path / "desk" / "story.txt").write_text(STORY, encoding="utf-8")
    archive = copy_to_memory(tmp_path / "desk", f"desk-{uuid.uuid4().hex}")
    output = new_output()
    result = batch(scheduler, "--config", str(config.path), "--select", "DK,SP,ST", "--input",
                   f"{archive}/story.txt", "--output", output)
    assert result.exit_code == 1, result.output
    manifest, records, _ = read_output(output)
    want, _ = expected(tmp_path / "desk", config.with_overrides(select=("DK", "SP", "ST")))
    assert relative(records, f"{archive}/") == want
    assert {r["code"] for r in records} == {"DK001", "SP001", "ST001"}
    assert manifest["config_path"] == str(config.path)
    assert manifest["config_sha256"] == config_hash(ship(config.with_overrides(select=("DK", "SP", "ST"))))


def test_fail_on_sets_the_exit_code_once_the_output_is_committed(scheduler, archive):
    output = new_output()
    result = batch(scheduler, "--no-config", "--fail-on", "never", "-q", "--input", archive, "--output", output)
    assert (result.exit_code, result.output) == (0, "")
    assert read_output(output)[0]["diagnostics"] > 0
    assert batch(scheduler, "--no-config", "--select", "PL009", "--fail-on", "warning", "--input",
                 f"{archive}/storm.md", "--output", new_output()).exit_code == 0  # one info finding
    assert batch(scheduler, "--no-config", "--select", "PL009", "--fail-on", "info", "--input",
                 f"{archive}/storm.md", "--output", new_output()).exit_code == 1


@pytest.mark.parametrize("args, message", [
    (["--select", "XX999"], "newslint: command line: 'XX999' matches no rule code, prefix or name"),
    (["--input", "memory:///nothing-here/"], "newslint: memory:///nothing-here/: no such file or folder"),
    (["--output", "memory:///batch-stranger"], "newslint: memory:///batch-stranger: holds other files (notes.txt)"),
    (["--local", "2"], "newslint: give --local N or --scheduler ADDRESS, not both"),
])
def test_bad_usage_is_one_line_and_exit_2_with_nothing_written(scheduler, archive, args, message):
    fsspec.filesystem("memory").pipe("/batch-stranger/notes.txt", b"mine")
    options = {"--input": archive, "--output": new_output()}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        options[flag] = value
    result = batch(scheduler, "--no-config", *[x for pair in options.items() for x in pair])
    assert result.exit_code == 2
    assert result.output.startswith(message) and result.output.count("\n") == 1, result.output
    fs = fsspec.filesystem("memory")
    assert fs.cat("/batch-stranger/notes.txt") == b"mine" and fs.find("/batch-stranger") == ["/batch-stranger/notes.txt"]
    assert options["--output"] == "memory:///batch-stranger" or not fs.exists(options["--output"][len("memory://"):])


def test_a_story_over_max_file_size_is_a_row_not_a_failure(scheduler, stories, archive, tmp_path):
    (tmp_path / "newslint.toml").write_text("max-file-size = 120\n", encoding="utf-8")
    config = load_config_file(tmp_path / "newslint.toml")
    output = new_output()
    result = batch(scheduler, "--config", str(tmp_path / "newslint.toml"), "--input", archive, "--output", output)
    assert result.exit_code == 1, result.output
    _, records, files = read_output(output)
    want_records, want_files = expected(stories, config)
    assert relative(records, f"{archive}/") == want_records
    refused = {f["path"][len(archive) + 1:]: f for f in files if f["error"] and "max-file-size" in f["error"]}
    assert set(refused) == {f["path"] for f in want_files if f["error"] and "max-file-size" in f["error"]}
    council = refused["council.txt"]
    assert council["bytes"] == len((stories / "council.txt").read_bytes()) > 120
    assert council["error"] == f"{archive}/council.txt: over max-file-size (120 bytes); not linted"
