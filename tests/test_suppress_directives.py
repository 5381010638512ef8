"""Inline suppression directives in comments, read from the source whatever the reader strips;
malformed directives (NL002) and unused ones (NL003)."""

from __future__ import annotations

import pytest
from conftest import lint

from newslint.types import Severity

DOUBLE = "Officials said the the talks would resume."
RULES = ("ST001", "NL002", "NL003")


def found(text: str, path: str = "story.txt", select=RULES) -> list[tuple[str, int, int]]:
    return [(d.code, d.start.line, d.start.column) for d in lint(text, path, select=select)]


def test_without_directive_the_double_is_found():
    assert found(f"{DOUBLE}\n") == [("ST001", 1, 20)]


@pytest.mark.parametrize("path", ["story.txt", "story.md", "story.html"])
def test_ignore_covers_the_next_line_only(path):
    text = f"<!-- newslint: ignore[ST001] -->\n{DOUBLE}\n\n{DOUBLE}\n"
    if path.endswith(".html"):
        text = f"<p><!-- newslint: ignore[ST001] --></p>\n<p>{DOUBLE}</p>\n\n<p>{DOUBLE}</p>\n"
        assert found(text, path) == [("ST001", 4, 23)]
        return
    assert found(text, path) == [("ST001", 4, 20)]


def test_ignore_skips_blank_lines_to_the_next_text():
    assert found(f"<!-- newslint: ignore[ST001] -->\n\n{DOUBLE}\n") == []


def test_ignore_after_text_covers_its_own_line():
    assert found(f"{DOUBLE} <!-- newslint: ignore[ST001] -->\n{DOUBLE}\n") == [("ST001", 2, 20)]


def test_family_prefix_and_several_codes():
    assert found(f"<!-- newslint: ignore[SP001, ST] -->\n{DOUBLE}\n") == []


@pytest.mark.parametrize("path", ["story.txt", "story.md"])
def test_disable_enable_range(path):
    text = "\n".join([
        DOUBLE, "<!-- newslint: disable[ST001] -->", DOUBLE, "", DOUBLE,
        "<!-- newslint: enable[ST001] -->", DOUBLE, "",
    ])
    assert found(text, path) == [("ST001", 1, 20), ("ST001", 7, 20)]


def test_disable_without_enable_runs_to_the_end():
    text = f"{DOUBLE}\n<!-- newslint: disable[ST001] -->\n{DOUBLE}\n\n{DOUBLE}\n"
    assert found(text) == [("ST001", 1, 20)]


@pytest.mark.parametrize("path", ["story.txt", "story.md"])
def test_file_ignore_anywhere_covers_the_whole_file(path):
    text = f"{DOUBLE}\n\n{DOUBLE}\n\n<!-- newslint: file-ignore[ST001] -->\n"
    assert found(text, path) == []


def test_other_codes_are_not_suppressed():
    assert found(f"<!-- newslint: ignore[ST002] -->\n{DOUBLE}\n", select=("ST001", "ST002")) == [("ST001", 2, 20)]


@pytest.mark.parametrize("directive,reason", [
    ("<!-- newslint: ignore -->", "'ignore' needs the codes"),
    ("<!-- newslint: ignore[] -->", "'ignore' needs the codes"),
    ("<!-- newslint: ingore[ST001] -->", "unknown directive 'ingore[ST001]'"),
    ("<!-- newslint: ignore[XX999] -->", "'XX999' is not a newslint code"),
    ("<!-- newslint: ignore[the the] -->", "'THE THE' is not a newslint code"),
    ("<!-- newslint: enable[ST001] -->", "enable[ST001] without an open disable[ST001]"),
])
def test_malformed_directives_are_reported(directive, reason):
    diagnostics = lint(f"Intro line.\n  {directive}\n{DOUBLE}\n", select=RULES)
    malformed = [d for d in diagnostics if d.code == "NL002"]
    assert len(malformed) == 1, diagnostics
    d = malformed[0]
    assert (d.start.line, d.start.column, d.severity, d.name) == (2, 3, Severity.WARNING, "malformed-suppression")
    assert reason in d.message
    assert "ST001" in [x.code for x in diagnostics]  # a malformed directive suppresses nothing


def test_unused_directive_is_reported_where_it_stands():
    diagnostics = lint("Intro.\n<!-- newslint: ignore[ST001] -->\nA clean line.\n", select=RULES)
    assert [(d.code, d.start.line, d.start.column, d.severity) for d in diagnostics] == [
        ("NL003", 2, 1, Severity.INFO)]
    assert "ST001" in diagnostics[0].message


def test_unused_range_and_used_code_in_one_directive():
    text = f"<!-- newslint: disable[ST001,ST002] -->\n{DOUBLE}\n<!-- newslint: enable[ST001,ST002] -->\n"
    diagnostics = lint(text, select=("ST001", "ST002", "NL003"))
    assert [(d.code, d.start.line) for d in diagnostics] == [("NL003", 1)]
    assert "ST002" in diagnostics[0].message


def test_no_unused_report_for_a_rule_that_did_not_run():
    assert found("<!-- newslint: ignore[ST002] -->\nA clean line.\n") == []


def test_engine_codes_can_be_switched_off():
    text = "<!-- newslint: ignore -->\n<!-- newslint: ignore[ST001] -->\nClean.\n"
    assert found(text, select=("ST001",)) == []
    assert [c for c, _, _ in found(text)] == ["NL002", "NL003"]


def test_sic_still_suppresses_the_word_before_it():
    assert found("Officials said the the [sic] talks would resume.\n") == []


def test_markdown_positions_point_into_the_file():
    text = f"# Talks\n\n<!-- newslint: ignore[ST001] -->\n{DOUBLE}\n\nSecond: {DOUBLE}\n"
    assert found(text, "story.md") == [("ST001", 6, 28)]


def test_rules_and_explain_list_engine_codes(run_cli):
    listing = run_cli("rules").output
    for code in ("NL001", "NL002", "NL003"):
        assert code in listing
    explained = run_cli("explain", "unused-suppression")
    assert explained.exit_code == 0 and "NL003" in explained.output


def test_per_file_ignores_in_config(tmp_path, run_cli, monkeypatch):
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(f"{DOUBLE}\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text(f"{DOUBLE}\n", encoding="utf-8")
    (tmp_path / "newslint.toml").write_text(
        'select = ["ST001"]\n[per-file-ignores]\n"archive/*.txt" = ["ST001"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "-q", ".")
    assert result.stdout == "new.txt:1:20: ST001 [error] 'the' repeats the word before it\n"


def test_markdown_code_shows_directives_without_obeying_them():
    text = (
        "# Our style guide\n\nWrite `<!-- newslint: ignore[ST001] -->` above the line.\n"
        f"{DOUBLE}\n\n```\n<!-- newslint: ignore -->\n```\n\n{DOUBLE}\n"
    )
    assert found(text, "guide.md") == [("ST001", 4, 20), ("ST001", 10, 20)]
