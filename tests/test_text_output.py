"""The text report as people read it: severity on each line, colour on a terminal (a real
pseudo-terminal) and never with NO_COLOR or in a pipe, the closing summary, --output-file, and
--show-source's caret under the right character whatever the line holds."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

STORY = "Flood plan approved\n\nCouncillors said the the plan was sound.\n\nGet it on Google Play\n"
CLEAN = "Flood plan approved\n\nCouncillors said the plan was sound.\n"
ESC = "\x1b["
LINE_RE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]{2}\d{3}) \[(?P<sev>error|warning|info)\] (?P<msg>.+)$")


def on_a_terminal(args: list[str], cwd: Path, **env: str) -> str:
    """Run newslint with stdout and stderr on a pseudo-terminal; what the terminal showed."""
    main, child = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS")}
    environment.update(env)
    proc = subprocess.Popen([sys.executable, "-m", "newslint", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=child, stderr=child, env=environment)
    os.close(child)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def desk(tmp_path) -> Path:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_on_a_terminal_and_none_with_no_color(desk):
    args = ["check", "--no-config", "--select", "ST001,BP001", "story.txt"]
    shown = on_a_terminal(args, desk)
    assert f"{ESC}31m{ESC}1m[error]{ESC}0m" in shown  # the severity in bold red
    assert f"{ESC}1mstory.txt:3:22:{ESC}0m" in shown
    assert f"{ESC}31m{ESC}1mFound 2 problems (2 errors) in 1 file.{ESC}0m" in shown
    plain = on_a_terminal(args, desk, NO_COLOR="1")
    assert ESC not in plain
    assert "story.txt:3:22: ST001 [error] 'the' repeats the word before it" in plain
    forced = on_a_terminal([*args, "--color", "always"], desk, NO_COLOR="1")  # the flag wins
    assert ESC in forced
    assert ESC not in on_a_terminal([*args, "--color", "never"], desk)


def test_no_colour_in_a_pipe_unless_always(desk, run_subprocess):
    args = ("check", "--no-config", "--select", "ST001", "story.txt")
    assert b"\x1b[" not in run_subprocess(*args, cwd=desk).stdout
    assert b"\x1b[31m" in run_subprocess(*args, "--color", "always", cwd=desk).stdout


def test_every_line_keeps_path_line_col_code_first_and_names_its_severity(desk, run_subprocess):
    result = run_subprocess("check", "--no-config", "story.txt", cwd=desk)
    lines = result.stdout.decode().splitlines()
    assert lines and all(LINE_RE.match(line) for line in lines), lines
    assert "story.txt:5:1: BP001 [error] app-store promo" in result.stdout.decode()


def test_summary_all_clear_and_fixable_counts(desk, run_subprocess):
    clean = run_subprocess("check", "--no-config", "clean.txt", cwd=desk)
    assert clean.returncode == 0
    assert clean.stderr.decode() == "All clear: no problems in 1 file.\n"
    found = run_subprocess("check", "--no-config", "--select", "ST001,BP001,SP001", "story.txt", cwd=desk)
    assert found.stderr.decode().splitlines() == [
        "Found 2 problems (2 errors) in 1 file.",
        "2 fixable with --fix.",
    ]
    (desk / "typo.txt").write_text("Flood plan\n\nThe the plan was welcomed by the glorpish snerk.\n", encoding="utf-8")
    mixed = run_subprocess("check", "--no-config", "--select", "ST001,SP001", "typo.txt", cwd=desk)
    assert mixed.stderr.decode().splitlines() == [
        "Found 3 problems (1 error, 1 warning, 1 info) in 1 file.",
        "1 fixable with --fix (1 more with --unsafe-fixes).",  # 'the the'; 'snerk' -> 'sneak' is a guess
    ]
    two = run_subprocess("check", "--no-config", "clean.txt", "typo.txt", "--select", "ST", cwd=desk)
    assert "in 2 files." in two.stderr.decode() and "(s)" not in two.stderr.decode()
    assert run_subprocess("check", "--no-config", "-q", "clean.txt", cwd=desk).stderr == b""


def test_output_file_gets_the_report_and_stdout_stays_empty(desk, run_subprocess):
    result = run_subprocess("check", "--no-config", "--format", "json", "--output-file", "report.json",
                            "story.txt", cwd=desk)
    assert result.returncode == 1 and result.stdout == b""
    assert '"code": "ST001"' in (desk / "report.json").read_text(encoding="utf-8")
    text = run_subprocess("check", "--no-config", "-o", "report.txt", "--color", "auto", "story.txt", cwd=desk)
    assert text.stdout == b"" and b"Found" in text.stderr
    assert (desk / "report.txt").read_text(encoding="utf-8").startswith("story.txt:3:22: ST001 [error]")


def test_output_file_that_cannot_be_written_is_one_line_exit_2(desk, run_subprocess):
    result = run_subprocess("check", "--no-config", "-o", "no-such-folder/report.txt", "story.txt", cwd=desk)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[-1].startswith(
        "newslint: no-such-folder/report.txt: cannot write the report:")
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("prefix, caret_at", [
    ("\t", 8),  # a tab: to the next tab stop
    ("\t\t", 16),
    ("ab\t", 8),
    ("東京の ", 7),  # three double-width characters and a space
    ("🌊 ", 3),  # an emoji is two cells
    ("e\u0301e\u0301 ", 3),  # combining accents take no cell
    ("\x07", 1),  # a control character shows as one replacement character
])
def test_show_source_puts_the_caret_under_the_flagged_word(tmp_path, run_cli, prefix, caret_at):
    story = tmp_path / "story.txt"
    story.write_text(f"Flood plan\n\n{prefix}the the plan.\n", encoding="utf-8")
    result = run_cli("check", "--no-config", "--select", "ST001", "--show-source", str(story))
    lines = result.stdout.splitlines()
    shown, caret = lines[1][4:], lines[2][4:]
    from wcwidth import wcswidth

    assert "\t" not in shown and "\x07" not in shown
    assert caret == " " * (caret_at + 4) + "^^^"  # under the second 'the'
    assert wcswidth(shown[: len(shown) - len("the plan.")]) == caret_at + 4
