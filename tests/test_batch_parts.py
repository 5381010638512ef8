"""newslint batch without a cluster: listing inputs, shipping the config, the part formats, commit."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import uuid

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from batch_support import (
    ALL_NAMES,
    STORY,
    copy_to_memory,
    desk_config,
    expected,
    threads_without_ctrl_c,
    write_stories,
)

from newslint import lint_paths
from newslint.batch.inputs import BatchInputError, list_inputs
from newslint.batch.output import Output, OutputError, write_atomically
from newslint.batch.shipping import config_hash, ship
from newslint.batch.writers import decode, diagnostics_schema, encode, files_schema
from newslint.config import Config, load_config_file
from newslint.types import Severity


@pytest.fixture(scope="module", autouse=True)
def _threads_without_ctrl_c():
    with threads_without_ctrl_c():
        yield

@pytest.fixture
def stories(tmp_path):
    return write_stories(tmp_path / "stories")


# -- inputs --------------------------------------------------------------------------------------
def test_a_folder_lists_the_files_check_lints(stories):
    assert list_inputs([str(stories)]) == [f.path for f in lint_paths([str(stories)]).files]
    assert list_inputs([str(stories)]) == [str(stories / name) for name in ALL_NAMES]


def test_globs_lists_and_urls_are_merged_sorted_and_deduplicated(stories, tmp_path, monkeypatch):
    monkeypatch.chdir(stories)
    listing = tmp_path / "paths.txt"
    listing.write_text("# stories to audit\n\nclean.txt\n  storm.md  \nmissing.txt\n", encoding="utf-8")
    url = copy_to_memory(stories, f"inputs-{uuid.uuid4().hex}")
    found = list_inputs(["*.txt", f"@{listing}", f"{url}/sport", f"{url}/s*.md"])
    assert found == sorted({"broken.txt", "clean.txt", "council.txt", "image.txt", "windows.txt", "storm.md",
                            "missing.txt", f"{url}/sport/derby.txt", f"{url}/storm.md"})


def test_a_memory_folder_skips_hidden_files_and_non_stories(stories):
    url = copy_to_memory(stories, f"inputs-{uuid.uuid4().hex}")
    assert list_inputs([url]) == [f"{url}/{name}" for name in ALL_NAMES]


@pytest.mark.parametrize("spec, problem", [
    ("nowhere/", "nowhere/: no such file or folder"),
    ("*.nothing", "*.nothing: no files match"),
    ("@absent-list.txt", "absent-list.txt: list of inputs not found"),
    ("memory:///no-such-prefix/x.txt", "memory:///no-such-prefix/x.txt: no such file or folder"),
    ("nosuchprotocol://bucket/x", "nosuchprotocol://bucket/x: Protocol not known: nosuchprotocol"),
])
def test_an_input_that_cannot_be_listed_is_one_line_naming_it(spec, problem, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BatchInputError) as caught:
        list_inputs([spec])
    assert str(caught.value) == problem


# -- the config as a value -----------------------------------------------------------------------
def test_a_shipped_config_lints_alike_where_the_client_files_are_gone(tmp_path):
    config = desk_config(tmp_path / "desk")
    shipped = pickle.loads(pickle.dumps(ship(config)))
    for path in (tmp_path / "desk").rglob("*"):
        if path.is_file():
            path.write_text("", encoding="utf-8")  # the worker cannot see the client's files
    unpacked = shipped.unpack(tmp_path / "worker")
    assert unpacked.packs == (tmp_path / "worker" / "packs" / "0" / "style",)
    assert unpacked.word_list("accepted_words") == frozenset({"grimblish"})
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    records = [d.to_record() for d in lint_paths([str(tmp_path / "story.txt")], unpacked).diagnostics]
    assert {(r["code"], r["severity"]) for r in records} >= {("DK001", "warning"), ("ST001", "warning")}
    assert not any("grimblish" in r["message"] for r in records)
    assert any("snorfly" in r["message"] for r in records)


def test_the_config_hash_follows_settings_and_file_contents_not_places(tmp_path):
    first, second = desk_config(tmp_path / "a"), desk_config(tmp_path / "b")
    assert config_hash(ship(first)) == config_hash(ship(second))
    assert config_hash(ship(first)) != config_hash(ship(first.with_overrides(ignore=("SP",))))
    (tmp_path / "b" / "words.txt").write_text("grimblish\nsnorfly\n", encoding="utf-8")
    assert config_hash(ship(first)) != config_hash(ship(load_config_file.__wrapped__(tmp_path / "b" / "newslint.toml")))
    severity = Config(severity={"ST001": Severity.INFO})
    assert config_hash(ship(severity)) != config_hash(ship(Config()))


# -- part formats --------------------------------------------------------------------------------
def test_parquet_parts_have_the_documented_schema_and_give_the_records_back(stories):
    records, _ = expected(stories)
    data = encode("diagnostics", records, "parquet")
    table = pq.read_table(pa.BufferReader(data))
    assert table.schema.equals(diagnostics_schema(), check_metadata=True)
    assert table.schema.names == ["path", "line", "column", "end_line", "end_column", "code", "name",
                                  "severity", "message", "suggestions", "fix", "extra"]
    assert str(table.schema.field("fix").type) == (
        "struct<applicability: string not null, edits: list<element: struct<line: int32 not null, column: int32 "
        "not null, end_line: int32 not null, end_column: int32 not null, replacement: string not null> not null> not null>")
    docx_row = next(r for r in table.to_pylist() if r["path"] == "memo.docx")
    assert json.loads(docx_row["extra"]) == {"context": "The harbour board approved the the plan on Monday."}
    assert decode("diagnostics", data, "parquet") == records
    empty = pq.read_table(pa.BufferReader(encode("diagnostics", [], "parquet")))
    assert empty.num_rows == 0 and empty.schema.equals(diagnostics_schema())


def test_files_rows_in_both_formats(stories):
    rows = [{"path": "a.txt", "bytes": 12, "diagnostics": 2, "error": None, "notices": ["a.txt: note"],
             "crashed": False},
            {"path": "b.txt", "bytes": None, "diagnostics": 0, "error": "b.txt: no such file or folder",
             "notices": [], "crashed": False}]
    parquet = encode("files", rows, "parquet")
    assert pq.read_table(pa.BufferReader(parquet)).schema.equals(files_schema(), check_metadata=True)
    assert decode("files", parquet, "parquet") == rows
    jsonl = encode("files", rows, "jsonl")
    assert jsonl.endswith(b"\n") and jsonl.count(b"\n") == 2
    assert decode("files", jsonl, "jsonl") == rows


def test_jsonl_keeps_text_unescaped_one_record_a_line():
    record = {"path": "a.txt", "message": "line\nbreak ‘quoted’"}
    data = encode("diagnostics", [record, record], "jsonl")
    assert data.decode("utf-8").splitlines()[0] == '{"path": "a.txt", "message": "line\\nbreak ‘quoted’"}'
    assert decode("diagnostics", data, "jsonl") == [record, record]


# -- output folder -------------------------------------------------------------------------------
def test_an_output_folder_holding_other_files_is_refused(tmp_path):
    (tmp_path / "report.docx").write_bytes(b"x")
    with pytest.raises(OutputError, match=r"holds other files \(report.docx\), not a newslint batch output"):
        Output(str(tmp_path)).check_usable()
    with pytest.raises(OutputError, match="is a file, not a folder"):
        Output(str(tmp_path / "report.docx")).check_usable()
    Output(str(tmp_path / "new")).check_usable()


def test_commit_replaces_the_old_parts_and_writes_the_manifest_last(tmp_path):
    output = Output(f"memory:///commit-{uuid.uuid4().hex}")
    fs = fsspec.filesystem("memory")
    for run, parts in (("one", ["diagnostics/part-00000.jsonl", "diagnostics/part-00001.jsonl"]),
                       ("two", ["diagnostics/part-00000.jsonl"])):
        for name in parts:
            write_atomically(f"{output.staging(run)}/{name}", f"{run}\n".encode())
        output.commit(run, parts, {"run": run})
    assert sorted(p.split("/", 2)[2] for p in fs.find(output.root)) == ["_SUCCESS", "diagnostics/part-00000.jsonl"]
    assert fs.cat(f"{output.root}/diagnostics/part-00000.jsonl") == b"two\n"
    assert json.loads(fs.cat(f"{output.root}/_SUCCESS")) == {"run": "two"}


# -- the command's surface -----------------------------------------------------------------------
def test_the_progress_line_redraws_on_a_terminal_and_is_silent_otherwise(capsys):
    from newslint.batch.summary import progress_bar

    with progress_bar(enabled=False) as progress:
        assert progress is None
    with progress_bar(enabled=True) as progress:
        progress(0, 400)
        progress(200, 400)
    err = capsys.readouterr().err
    assert err == ("\rnewslint: [" + "." * 30 + "] 0/400 stories"
                   "\rnewslint: [" + "#" * 15 + "." * 15 + "] 200/400 stories\n")


def test_loading_the_command_does_not_import_dask():
    code = ("import sys, newslint.batch.command; "
            "print(sorted(m for m in ('dask', 'distributed', 'pyarrow', 'fsspec') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


def test_a_worker_with_another_newslint_version_refuses_to_set_up():
    from newslint.batch.worker import NewslintSetup

    with pytest.raises(RuntimeError, match=r"^worker has newslint \S+, the client 0\.0\.1: install the same$"):
        NewslintSetup(ship(Config()), version="0.0.1").setup()
