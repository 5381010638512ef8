"""Bad input never crashes newslint: each case has a defined message and exit code.

Exit 0 when there was nothing wrong to report, 1 for findings, 2 when a file or the config could
not be used; every problem is one line on stderr naming the file, never a traceback.
"""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT

SELECT = ("--no-config", "--select", "ST")
STORY = "Harbour reopens\n\nBoats returned to the the harbour on Monday.\n"


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def assert_one_line_error(result, *needles):
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in result.stderr


def test_missing_path_exits_2_naming_it(tmp_path, run_cli):
    missing = tmp_path / "nope.txt"
    result = run_cli("check", *SELECT, str(missing))
    assert_one_line_error(result, f"newslint: {missing}: no such file or folder")


def test_missing_path_beside_a_good_file_still_lints_the_good_one(tmp_path, run_cli):
    good = write(tmp_path / "good.txt", STORY)
    result = run_cli("check", *SELECT, str(tmp_path / "nope.txt"), str(good))
    assert result.exit_code == 2
    assert f"{good}:3:23: ST001" in result.stdout


def test_folder_with_no_stories_says_so_and_exits_0(tmp_path, run_cli):
    write(tmp_path / "notes.csv", "a,b\n")
    write(tmp_path / ".hidden" / "story.txt", STORY)  # hidden folders are not walked
    write(tmp_path / "node_modules" / "story.txt", STORY)
    result = run_cli("check", *SELECT, str(tmp_path))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert f"No stories to lint in {tmp_path}." in result.stderr


def test_binary_file_is_skipped_with_a_one_line_warning(tmp_path, run_cli):
    binary = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    good = write(tmp_path / "story.txt", STORY)
    result = run_cli("check", *SELECT, str(tmp_path))
    assert result.exit_code == 1  # the good story's finding; the binary is not an error
    warnings = [line for line in result.stderr.splitlines() if "binary" in line]
    assert warnings == [f"newslint: warning: {binary}: looks like a binary file, skipped"]
    assert f"{good}:3:23: ST001" in result.stdout
    only = run_cli("check", *SELECT, str(binary))
    assert only.exit_code == 0 and only.stdout == ""


def test_invalid_utf8_is_read_as_cp1252_with_a_notice(tmp_path, run_cli):
    data = "Café owner’s boat\n\nThe café reopened and and served tea.\n".encode("cp1252")
    path = write(tmp_path / "cafe.txt", data)
    result = run_cli("check", *SELECT, str(path))
    assert result.exit_code == 1
    notices = [line for line in result.stderr.splitlines() if "UTF-8" in line]
    assert len(notices) == 1
    assert notices[0].startswith(f"newslint: warning: {path}: not valid UTF-8 (byte 3)")
    assert "cp1252" in notices[0]
    assert f"{path}:3:23: ST001 [error] 'and' repeats the word before it" in result.stdout  # é is one column


def test_empty_and_blank_files_exit_0_silently(tmp_path, run_cli):
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.txt", "\n\n  \r\n\t\n")
    for path in (empty, blank):
        result = run_cli("check", *SELECT, str(path))
        assert result.exit_code == 0
        assert result.stdout == ""


def test_a_5_mb_file_works(tmp_path, run_cli):
    paragraph = (
        "Councillors met on Monday to discuss the harbour, the barrier and the budget for next year.\n\n"
    )
    repeats = 5 * 1024 * 1024 // len(paragraph) + 1
    text = (
        "Budget talks\n\n" + "".join(f"Item {i}. {paragraph}" for i in range(repeats)) + "It was was late.\n"
    )
    path = write(tmp_path / "big.txt", text)
    assert path.stat().st_size > 5 * 1024 * 1024
    result = run_cli("check", "--no-config", "--select", "ST001", "--format", "json", str(path))
    assert result.exit_code == 1
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert [(d["line"], d["column"]) for d in diagnostics] == [(text.count("\n"), 8)]


def test_file_over_max_file_size_is_refused_with_a_message(tmp_path, run_cli):
    write(tmp_path / "newslint.toml", "max-file-size = 100\n")
    path = write(tmp_path / "long.txt", STORY * 10)
    result = run_cli("check", str(path))
    assert_one_line_error(
        result, f"{path}: file is {len(STORY) * 10} bytes, over max-file-size (100); not linted"
    )


def test_unreadable_file_exits_2_with_a_message(tmp_path, run_cli, monkeypatch):
    locked = write(tmp_path / "locked.txt", STORY)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    result = (
        run_cli("check", *SELECT, "-j", "1", str(locked))
        if _has_jobs()
        else run_cli("check", *SELECT, str(locked))
    )
    assert_one_line_error(result, f"newslint: {locked}: cannot read: Permission denied")


def _has_jobs() -> bool:
    from newslint.cli import check

    return any(p.name == "jobs" for p in check.params)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads any file")
def test_unreadable_file_by_permissions_exits_2(tmp_path, run_subprocess):
    locked = write(tmp_path / "locked.txt", STORY)
    locked.chmod(0)
    proc = run_subprocess("check", *SELECT, str(locked))
    assert proc.returncode == 2
    assert f"{locked}: cannot read: Permission denied".encode() in proc.stderr


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc")
def test_a_file_whose_read_fails_exits_2_in_a_real_process(run_subprocess):
    # /proc/self/mem cannot be read from offset 0 (EIO), even by root: a real unreadable file.
    proc = run_subprocess("check", *SELECT, "/proc/self/mem")
    assert proc.returncode == 2
    assert proc.stderr.startswith(b"newslint: /proc/self/mem: cannot read: ")
    assert b"Traceback" not in proc.stderr


def test_stdin_closed_exits_2_with_a_message():
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", *SELECT, "-"],
        stdin=subprocess.DEVNULL,
        preexec_fn=lambda: os.close(0),
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 2
    assert b"<stdin>: standard input is closed" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_empty_stdin_exits_0(run_cli):
    result = run_cli("check", *SELECT, "-", input="")
    assert result.exit_code == 0 and result.stdout == ""


def test_binary_stdin_is_skipped(run_cli):
    result = run_cli("check", *SELECT, "-", input=b"\x00\x01\x02\x03binary")
    assert result.exit_code == 0
    assert "<stdin>: looks like a binary file, skipped" in result.stderr


def test_dangling_link_and_pipe_in_a_folder_are_skipped(tmp_path, run_cli):
    write(tmp_path / "story.txt", STORY)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    result = run_cli("check", *SELECT, str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path / 'gone.txt'}: not a regular file" in result.stderr
    assert f"{tmp_path / 'pipe.txt'}: not a regular file" in result.stderr


def test_symlink_loop_is_reported_and_skipped(tmp_path, run_cli):
    write(tmp_path / "desk" / "story.txt", STORY)
    (tmp_path / "desk" / "loop").symlink_to(tmp_path / "desk")
    result = run_cli("check", *SELECT, str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.count("ST001") == 1
    assert "symbolic link loop, skipped" in result.stderr


def test_unreadable_subfolder_is_reported_and_skipped(tmp_path, run_cli, monkeypatch):
    write(tmp_path / "story.txt", STORY)
    write(tmp_path / "private" / "secret.txt", STORY)
    real_scandir = os.scandir

    def guarded_scandir(path="."):
        if os.fspath(path).endswith("private"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    result = run_cli("check", *SELECT, str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.count("ST001") == 1
    assert f"{tmp_path / 'private'}: cannot read folder: Permission denied, skipped" in result.stderr


# -- the JSON contract (DESIGN.md section 4) -------------------------------------------------------
RECORD_KEYS = {
    "path": str,
    "line": int,
    "column": int,
    "end_line": int,
    "end_column": int,
    "code": str,
    "name": str,
    "severity": str,
    "message": str,
    "suggestions": list,
}
EDIT_KEYS = {"line": int, "column": int, "end_line": int, "end_column": int, "replacement": str}


def check_contract(payload: dict) -> None:
    assert set(payload) >= {"version", "diagnostics", "summary"}
    assert isinstance(payload["version"], str)
    assert set(payload["summary"]) >= {"files", "diagnostics", "error", "warning", "info"}
    assert payload["summary"]["diagnostics"] == len(payload["diagnostics"])
    for record in payload["diagnostics"]:
        for key, kind in RECORD_KEYS.items():
            assert isinstance(record[key], kind), (key, record)
        assert record["severity"] in ("error", "warning", "info")
        assert record["line"] >= 1 and record["column"] >= 1
        assert (record["end_line"], record["end_column"]) >= (record["line"], record["column"])
        assert all(isinstance(s, str) for s in record["suggestions"])
        fix = record["fix"]
        assert fix is None or isinstance(fix, dict)
        if fix is not None:
            assert fix["applicability"] in ("safe", "unsafe", "display-only")
            for edit in fix["edits"]:
                for key, kind in EDIT_KEYS.items():
                    assert isinstance(edit[key], kind), (key, edit)


def test_json_contract_shape_on_mixed_input(tmp_path, run_cli):
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "b.txt", b"\x00\x00binary")
    write(tmp_path / "c.txt", "Quiet copy.\n")
    write(tmp_path / "d.txt", "Caf\xe9 and and tea\n".encode("latin-1"))
    result = run_cli("check", *SELECT, "--format", "json", str(tmp_path))
    payload = json.loads(result.stdout)
    check_contract(payload)
    assert payload["summary"]["files"] == 4  # every file looked at, the skipped binary one too
    assert {d["path"] for d in payload["diagnostics"]} == {str(tmp_path / "a.txt"), str(tmp_path / "d.txt")}


def test_json_on_error_still_prints_the_object(tmp_path, run_cli):
    result = run_cli("check", *SELECT, "--format", "json", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    payload = json.loads(result.stdout)
    check_contract(payload)
    assert payload["diagnostics"] == []
