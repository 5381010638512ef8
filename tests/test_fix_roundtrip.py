"""--fix round trips: encodings, BOMs, line endings and final newlines survive byte for byte."""

from __future__ import annotations

import json
import os
import stat

import pytest
from fix_support import HEADLINE, ST_ONLY, VARIANTS, Variant, expected_after_fix

VARIANT_IDS = [v.name for v in VARIANTS]


def _safe_fixable(run_cli, path, *select) -> list[dict]:
    result = run_cli("check", "--format", "json", *select, str(path))
    records = json.loads(result.stdout)["diagnostics"]
    return [r for r in records if r["fix"] and r["fix"]["applicability"] == "safe"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_fix_changes_only_the_intended_spans(run_cli, tmp_path, variant: Variant):
    original = variant.original()
    path = tmp_path / "harbour.txt"
    path.write_bytes(variant.encode(original))
    os.chmod(path, 0o640)

    result = run_cli("check", "--fix", *ST_ONLY, str(path))

    assert result.exit_code == 0, result.output
    assert path.read_bytes() == variant.encode(expected_after_fix(original))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert "Fixed 3 problems in 1 file(s)." in result.stderr
    assert _safe_fixable(run_cli, path, *ST_ONLY) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_fix_twice_changes_nothing_more(run_cli, tmp_path, variant: Variant):
    path = tmp_path / "harbour.txt"
    path.write_bytes(variant.encode(variant.original()))
    run_cli("check", "--fix", *ST_ONLY, str(path))
    once = path.read_bytes()
    mtime = path.stat().st_mtime_ns

    result = run_cli("check", "--fix", *ST_ONLY, str(path))

    assert result.exit_code == 0
    assert path.read_bytes() == once
    assert path.stat().st_mtime_ns == mtime  # an unchanged file is not even rewritten
    assert "Fixed 0 problems in 0 file(s)." in result.stderr


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_all_default_rules_leave_nothing_safe_to_fix_and_are_idempotent(run_cli, tmp_path, variant: Variant):
    path = tmp_path / "harbour.txt"
    path.write_bytes(variant.encode(variant.original()))
    run_cli("check", "--fix", "--no-config", str(path))
    once = path.read_bytes()

    assert _safe_fixable(run_cli, path, "--no-config") == []
    run_cli("check", "--fix", "--no-config", str(path))
    assert path.read_bytes() == once
    assert once.startswith(variant.bom)


def test_the_last_line_deleted_keeps_the_missing_final_newline(run_cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(f"{HEADLINE}\r\n\r\nThe vote was close.\r\n{HEADLINE}".encode())

    run_cli("check", "--fix", *ST_ONLY, str(path))

    assert path.read_bytes() == f"{HEADLINE}\r\n\r\nThe vote was close.".encode()


def test_bytes_cp1252_leaves_undefined_survive_a_fix(run_cli, tmp_path):
    """0x81 and 0x9D mean nothing in cp1252; they must come back exactly, not as '?'."""
    path = tmp_path / "story.txt"
    data = b"Caf\xe9 owners \x81 said the the rent \x9d rose \x96 again.\n"
    path.write_bytes(data)

    run_cli("check", "--fix", *ST_ONLY, str(path))

    assert path.read_bytes() == data.replace(b"the the", b"the")


def test_fix_through_a_symbolic_link_keeps_the_link(run_cli, tmp_path):
    target = tmp_path / "story.txt"
    target.write_bytes(b"Talks resumed on on Monday.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)

    run_cli("check", "--fix", *ST_ONLY, str(link))

    assert link.is_symlink()
    assert target.read_bytes() == b"Talks resumed on Monday.\n"


def test_fix_reports_what_remains(run_cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"Talks resumed on on Monday.\n")

    result = run_cli("check", "--fix", "--format", "json", *ST_ONLY, str(path))

    assert result.exit_code == 0
    assert json.loads(result.stdout)["diagnostics"] == []


def test_unsafe_fixes_apply_only_when_asked(run_cli, tmp_path):
    """ST002 deletes a repeated paragraph only as an unsafe fix: an editor may prefer the copy."""
    para = "The harbour budget was approved by nine votes to two on Tuesday."
    text = f"{HEADLINE}\n\n{para}\n\nWork starts in spring.\n\n{para}\n"
    path = tmp_path / "story.txt"
    path.write_text(text)

    kept = run_cli("check", "--fix", *ST_ONLY, str(path))
    assert kept.exit_code == 1 and path.read_text() == text

    fixed = run_cli("check", "--fix", "--unsafe-fixes", *ST_ONLY, str(path))
    assert fixed.exit_code == 0
    assert path.read_text() == f"{HEADLINE}\n\n{para}\n\nWork starts in spring.\n\n"
