"""--diff, --fix on standard input, refusals, and files that cannot be written."""

from __future__ import annotations

import os

import pytest
from fix_support import HEADLINE, ST_ONLY

from newslint import writeback
from newslint.sources import available_formats

STORY = f"{HEADLINE}\n\n{HEADLINE}\nThe council voted to to approve it.\n"


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    return path


def test_diff_prints_the_changes_labelled_with_the_path_and_writes_nothing(run_cli, story):
    result = run_cli("check", "--diff", *ST_ONLY, str(story))

    assert result.exit_code == 1
    assert result.stdout == (
        f"--- {story}\n+++ {story}\n@@ -1,4 +1,3 @@\n {HEADLINE}\n \n-{HEADLINE}\n"
        "-The council voted to to approve it.\n+The council voted to approve it.\n"
    )
    assert story.read_text() == STORY
    assert "Would fix 2 problems in 1 file(s)." in result.stderr


def test_diff_exits_0_when_there_is_nothing_to_fix(run_cli, tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text("The council voted to approve it.\n")

    result = run_cli("check", "--diff", *ST_ONLY, str(path))

    assert (result.exit_code, result.stdout) == (0, "")


def test_diff_marks_a_missing_final_newline(run_cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Talks resumed on on Monday.")

    result = run_cli("check", "--diff", *ST_ONLY, str(path))

    assert result.stdout.endswith(
        "-Talks resumed on on Monday.\n\\ No newline at end of file\n"
        "+Talks resumed on Monday.\n\\ No newline at end of file\n"
    )


def test_diff_and_fix_agree(run_cli, story, tmp_path):
    import subprocess

    diff = run_cli("check", "--diff", *ST_ONLY, str(story)).stdout
    copy = tmp_path / "copy.txt"
    copy.write_text(STORY)
    run_cli("check", "--fix", *ST_ONLY, str(copy))
    patched = subprocess.run(
        ["patch", "-o", "-", str(story)], input=diff.encode(), capture_output=True, check=False
    )
    if patched.returncode == 127:
        pytest.skip("patch(1) is not installed")
    assert patched.stdout == copy.read_bytes()


def test_fix_on_stdin_writes_the_fixed_text_to_stdout(run_cli):
    result = run_cli("check", "--fix", *ST_ONLY, "-", input=b"Talks resumed on on Monday.\r\n")

    assert result.exit_code == 0
    assert result.stdout_bytes == b"Talks resumed on Monday.\r\n"
    assert "Fixed 1 problem in 1 file(s)." in result.stderr


def test_fix_on_stdin_keeps_cp1252_and_reports_on_stderr(run_cli):
    # "the the": a double --fix removes ("said said" may be grammatical, so its fix is unsafe)
    data = "Caf\xe9 owners said the the \x93no\x94 vote won.\n".encode("latin-1")

    result = run_cli("check", "--fix", *ST_ONLY, "-", input=data)

    assert result.stdout_bytes == data.replace(b"the the", b"the")


def test_fix_on_stdin_with_findings_left_puts_them_on_stderr(run_cli):
    para = "The harbour budget was approved by nine votes to two on Tuesday."
    text = f"{HEADLINE}\n\n{para}\n\n{para}\n".encode()

    result = run_cli("check", "--fix", *ST_ONLY, "-", input=text)

    assert result.exit_code == 1
    assert result.stdout_bytes == text
    assert "ST002" in result.stderr


def test_diff_on_stdin_uses_the_stdin_filename(run_cli):
    result = run_cli(
        "check", "--diff", *ST_ONLY, "--stdin-filename", "desk/story.txt", "-", input=b"on on it\n"
    )

    assert result.exit_code == 1
    assert result.stdout.startswith("--- desk/story.txt\n+++ desk/story.txt\n")


def test_unsafe_fixes_alone_is_a_usage_error(run_cli, story):
    result = run_cli("check", "--unsafe-fixes", str(story))

    assert result.exit_code == 2
    assert "--unsafe-fixes needs --fix or --diff" in result.stderr


def test_read_only_file_is_reported_and_left_exactly_as_it_was(run_cli, story):
    os.chmod(story, 0o444)
    before = story.stat()

    result = run_cli("check", "--fix", *ST_ONLY, str(story))

    assert result.exit_code == 2
    assert f"{story}: cannot write: the file is read-only; not fixed" in result.stderr
    assert story.read_text() == STORY
    after = story.stat()
    assert (after.st_mode, after.st_mtime_ns, after.st_ino) == (
        before.st_mode,
        before.st_mtime_ns,
        before.st_ino,
    )
    assert sorted(p.name for p in story.parent.iterdir()) == ["story.txt"]


def test_one_read_only_file_does_not_stop_the_others(run_cli, story, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Talks resumed on on Monday.\n")
    os.chmod(story, 0o444)

    result = run_cli("check", "--fix", *ST_ONLY, str(story), str(other))

    assert result.exit_code == 2
    assert other.read_text() == "Talks resumed on Monday.\n"
    assert story.read_text() == STORY


@pytest.mark.skipif("docx" not in available_formats(), reason="the docx reader (sources issue) is not in yet")
def test_fix_refuses_word_files(run_cli, tmp_path):
    import docx

    path = tmp_path / "story.docx"
    document = docx.Document()
    document.add_paragraph("Talks resumed on on Monday.")
    document.save(path)
    before = path.read_bytes()

    result = run_cli("check", "--fix", *ST_ONLY, str(path))

    assert path.read_bytes() == before
    assert f"{path}: --fix does not rewrite docx files" in result.stderr
    assert "ST001" in result.stdout  # still reported, only not fixed


# -- the single write function ---------------------------------------------------------------
def test_write_refuses_a_file_changed_since_it_was_read(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"edited by someone else\n")

    with pytest.raises(writeback.WriteError, match="changed on disk"):
        writeback.write_atomically(str(path), b"fixed\n", expected=b"as read\n")

    assert path.read_bytes() == b"edited by someone else\n"


def test_write_into_a_folder_that_is_gone_fails_cleanly(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "story.txt"
    path.write_bytes(b"as read\n")
    path.unlink()
    folder.rmdir()

    with pytest.raises(writeback.WriteError, match=r"story\.txt: cannot write"):
        writeback.write_atomically(str(path), b"fixed\n", expected=b"as read\n")


def test_interrupted_write_leaves_the_original_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "story.txt"
    path.write_bytes(b"as read\n")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(writeback.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        writeback.write_atomically(str(path), b"fixed\n", expected=b"as read\n")

    assert path.read_bytes() == b"as read\n"
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


def test_fix_on_stdin_through_a_real_pipe(run_subprocess):
    data = "\ufeffTalks resumed on on Monday \u2013 late.\r\nNo newline at the end".encode()

    result = run_subprocess("check", "--fix", *ST_ONLY, "-", input=data)

    assert result.returncode == 0, result.stderr
    assert result.stdout == data.replace(b"on on", b"on")
