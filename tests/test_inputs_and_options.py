"""Inputs and options a new user gets wrong: each gets one line saying what is wrong (exit 2),
never click's usage block or silence; pack messages are checked at load; the case of a
multi-word replacement; HTML's <meta charset>; CR-only line endings."""

from __future__ import annotations

import builtins
import json
import os
from pathlib import Path

import pytest

from newslint.packs.loader import load_pack_dirs
from newslint.packs.spec import PackError

STORY = "Flood plan approved\n\nCouncillors said the the plan was sound.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def one_line_error(result, expected: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [expected], result.stderr
    assert "Usage:" not in result.output and "Traceback" not in result.output


def test_an_unreadable_file_named_on_the_command_line_is_one_line_not_a_usage_error(tmp_path, run_cli, monkeypatch):
    locked = write(tmp_path / "locked.txt", STORY)
    real_access, real_open = os.access, builtins.open

    def access(path, mode, *args, **kwargs):  # what click consults
        return False if str(path) == str(locked) else real_access(path, mode, *args, **kwargs)

    def guarded_open(file, *args, **kwargs):  # what newslint's reader meets
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(builtins, "open", guarded_open)
    one_line_error(run_cli("check", "--no-config", "-j", "1", str(locked)),
                   f"newslint: {locked}: cannot read: Permission denied")


def test_stdin_filename_without_dash_is_an_error(tmp_path, run_cli):
    story = write(tmp_path / "story.txt", STORY)
    one_line_error(run_cli("check", "--no-config", "--stdin-filename", "x.md", str(story)),
                   "newslint: --stdin-filename names the story read from standard input: add '-' to the paths")
    assert run_cli("check", "--no-config", "--stdin-filename", "x.md", "-", input=STORY).exit_code == 1


@pytest.mark.parametrize("args, expected", [
    (["--write-baseline", "b.json", "--baseline", "b.json"], "--write-baseline records every current finding"),
    (["--write-baseline", "b.json", "--baseline", "other.json"], "--write-baseline records every current finding"),
    (["--write-baseline", "b.json", "--fix"], "--write-baseline cannot be combined with --fix or --diff"),
    (["--write-baseline", "b.json", "--diff"], "--write-baseline cannot be combined with --fix or --diff"),
    (["--diff", "-o", "b.json"], "--diff prints the fixes, not a report"),
])
def test_baseline_options_that_would_be_ignored_are_errors(tmp_path, run_cli, monkeypatch, args, expected):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "story.txt", STORY)
    result = run_cli("check", "--no-config", *args, "story.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"newslint: {expected}") and result.stderr.count("\n") == 1
    assert not (tmp_path / "b.json").exists()
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == STORY


PACK_META = "prefix: DK\ndescription: test\n"


@pytest.mark.parametrize("kind, message, bad", [
    ("extends: substitution\nswap: {FLOTUS: the first lady}", "write '{replacement}', not '{matchh}'", "{matchh}"),
    ("extends: existence\ntokens: [govt]", "avoid '{replacement}'", "{replacement}"),
    ("extends: existence\ntokens: [govt]", "avoid '{}'", "{}"),
    ("extends: occurrence\nscope: sentence\ncount: words\nmax: 3", "{count} words, over {maxx}", "{maxx}"),
])
def test_a_pack_message_with_an_unknown_placeholder_is_refused_at_load(tmp_path, kind, message, bad):
    write(tmp_path / "style" / "pack.yml", PACK_META)
    write(tmp_path / "style" / "rule.yml", f'code: DK001\nname: r\nmessage: "{message}"\n{kind}\n')
    with pytest.raises(PackError) as exc:
        load_pack_dirs((tmp_path / "style",))
    assert str(exc.value).startswith(f"{tmp_path / 'style' / 'rule.yml'}:3: message: unknown placeholder {bad}")


def test_a_broken_brace_in_a_pack_message_is_refused(tmp_path):
    write(tmp_path / "style" / "pack.yml", PACK_META)
    write(tmp_path / "style" / "rule.yml", 'code: DK001\nname: r\nextends: existence\ntokens: [govt]\nmessage: "bad {match"\n')
    with pytest.raises(PackError, match=r"rule.yml:5: message: .*brace"):
        load_pack_dirs((tmp_path / "style",))


def test_the_readme_substitution_keeps_a_multi_word_replacement_lower_case_mid_sentence(tmp_path, run_cli):
    write(tmp_path / "style" / "pack.yml", "prefix: DK\ndescription: test\nseverity: warning\n")
    write(tmp_path / "style" / "flotus.yml", "code: DK001\nname: no-flotus\nextends: substitution\n"
          "message: \"write '{replacement}', not '{match}'\"\nfix: safe\nswap: {FLOTUS: the first lady}\n")
    write(tmp_path / "newslint.toml", 'packs = ["style"]\nselect = ["DK"]\n')
    story = write(tmp_path / "story.txt", "Later Flotus visited.\n\nFlotus spoke. Then FLOTUS left. \"Flotus!\"\n")
    result = run_cli("check", "--format", "json", str(story))
    assert [d["suggestions"][0] for d in json.loads(result.stdout)["diagnostics"]] == [
        "the first lady", "The first lady", "the first lady"]  # quoted speech is left alone
    run_cli("check", "--fix", str(story))
    assert story.read_text(encoding="utf-8") == (
        "Later the first lady visited.\n\nThe first lady spoke. Then the first lady left. \"Flotus!\"\n")


# -- item 13: encodings and line endings ----------------------------------------------------
@pytest.mark.parametrize("meta", ['<meta charset="windows-1252">', "<meta charset=iso-8859-1>",
                                  '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'])
def test_html_meta_charset_decides_the_encoding(tmp_path, run_cli, meta):
    page = f"<html><head>{meta}</head><body><p>The caf\xe9 said the the plan was \u201cgood\u201d.</p></body></html>"
    path = write(tmp_path / "page.html", page.encode("cp1252"))
    result = run_cli("check", "--no-config", "--select", "ST001", "--format", "json", str(path))
    assert result.stderr == ""  # the page says its encoding: no guess, no notice
    (d,) = json.loads(result.stdout)["diagnostics"]
    assert d["column"] == page.index("the plan") + 1
    run_cli("check", "--no-config", "--select", "ST001", "--fix", str(path))
    assert path.read_bytes() == page.replace("the the", "the").encode("cp1252")  # written back as read


def test_html_meta_charset_that_the_bytes_contradict_falls_back_with_a_notice(tmp_path, run_cli):
    page = "<html><head><meta charset='utf-8'></head><body><p>The caf\xe9 and and more.</p></body></html>"
    path = write(tmp_path / "page.html", page.encode("cp1252"))
    result = run_cli("check", "--no-config", "--select", "ST001", str(path))
    assert result.exit_code == 1
    assert "not valid utf-8 as its <meta charset> says" in result.stderr and "cp1252" in result.stderr


def test_html_meta_charset_shift_jis(tmp_path, run_cli):
    page = "<html><head><meta charset=\"shift_jis\"></head><body><p>東京で the the 会議.</p></body></html>"
    path = write(tmp_path / "page.html", page.encode("shift_jis"))
    result = run_cli("check", "--no-config", "--select", "ST001", "--format", "json", str(path))
    assert [d["column"] for d in json.loads(result.stdout)["diagnostics"]] == [page.index("the the") + 5]


def test_cr_only_line_endings_count_lines_and_fix_keeps_them(tmp_path, run_cli):
    story = "Flood plan\r\rCouncillors said the the plan was sound.\r\rGet it on Google Play\r\rMore.\r"
    path = write(tmp_path / "mac.txt", story)
    result = run_cli("check", "--no-config", "--select", "ST001,BP001", "--format", "json", str(path))
    got = [(d["code"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert got == [("ST001", 3, 22), ("BP001", 5, 1)]
    shown = run_cli("check", "--no-config", "--select", "ST001", "--show-source", str(path)).stdout.splitlines()
    assert shown[1] == "    Councillors said the the plan was sound."
    run_cli("check", "--no-config", "--select", "ST001,BP001", "--fix", str(path))
    fixed = path.read_bytes()
    assert b"\n" not in fixed and b"the the" not in fixed and b"Google" not in fixed
    assert fixed.startswith(b"Flood plan\r\rCouncillors said the plan was sound.\r\r")
