"""--fix round trips: encodings, BOMs, line endings and final newlines survive byte for byte."""

from __future__ import annotations

import json
import os
import stat

import pytest
from fix_support import HEADLINE, ST_ONLY, VARIANTS, Variant, expected_after_fix

from newslint.config import Config
from newslint.diagnostics import make_diagnostic
from newslint.document import Document
from newslint.fix import allowed, choose_fixes, fix_text
from newslint.sources import document_from_text
from newslint.sources.decode import DecodedText
from newslint.types import Applicability, Edit, Finding, Fix, Severity, Span

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
    assert "Fixed 3 problems in 1 file." in result.stderr
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
    assert "Fixed 0 problems in 0 files." in result.stderr


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
    # the copy goes with the blank line above it: the story ends with one line break, not a blank line
    assert path.read_text() == f"{HEADLINE}\n\n{para}\n\nWork starts in spring.\n"


# -- the fixpoint --------------------------------------------------------------------------------
ST_CONFIG = Config(select=("ST001", "ST002"))


def test_overlapping_fixes_wait_for_the_next_pass():
    """Line 3 repeats the headline and doubles a word: the line deletion wins, and the doubled
    word inside it is not edited first (which would make the deletion miss)."""
    text = "Budget vote on on Tuesday\n\nBudget vote on on Tuesday\nThe council met.\n"

    outcome = fix_text(text, "story.txt", ST_CONFIG)

    assert outcome.text == "Budget vote on Tuesday\n\nThe council met.\n"
    assert [(e.pass_number, e.code) for e in outcome.applied] == [(1, "ST001"), (1, "ST002")]


def test_choose_fixes_takes_the_first_of_two_overlapping_fixes():
    doc = Document("abcdefgh")
    first = _diagnostic(doc, Span(0, 5), "X")
    second = _diagnostic(doc, Span(3, 8), "Y")
    apart = _diagnostic(doc, Span(6, 8), "Z")

    chosen = choose_fixes(doc, [second, first], allowed(False), DecodedText(doc.text, "utf-8"))
    assert chosen == [("ST001", [(Span(0, 5), "X")])]

    chosen = choose_fixes(doc, [first, apart], allowed(False), DecodedText(doc.text, "utf-8"))
    assert [edits for _, edits in chosen] == [[(Span(0, 5), "X")], [(Span(6, 8), "Z")]]


def _diagnostic(doc, span, replacement):
    fix = Fix((Edit(span, replacement),), Applicability.SAFE)
    return make_diagnostic(doc, Finding(span, "m", fix=fix), "ST001", "repeated-word", Severity.ERROR)


def test_a_cascade_of_doubles_converges():
    outcome = fix_text("It was " + "very " * 2 + "the " * 9 + "end.\n", "story.txt", ST_CONFIG)

    assert outcome.text == "It was very very the end.\n"  # 'very very' is emphasis, not a slip
    assert outcome.converged


# -- marked-up files -----------------------------------------------------------------------------
def test_markdown_fix_keeps_the_markup_around_the_edit(run_cli, tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# Budget approved\n\nThe council voted to approve *the the* plan.\n\n- on on Tuesday\n")

    run_cli("check", "--fix", *ST_ONLY, str(path))

    assert (
        path.read_text() == "# Budget approved\n\nThe council voted to approve *the* plan.\n\n- on Tuesday\n"
    )


def test_html_fix_never_crosses_markup_or_entities(run_cli, tmp_path):
    page = "<p>The council voted to <b>to</b> approve the the plan &amp; more.</p>\n"
    path = tmp_path / "story.html"
    path.write_text(page)

    run_cli("check", "--fix", *ST_ONLY, str(path))

    assert path.read_text() == page.replace("the the", "the")


def test_fixes_left_after_the_last_pass_are_reported(run_cli, tmp_path, monkeypatch):
    monkeypatch.setattr("newslint.fix.MAX_PASSES", 1)
    path = tmp_path / "story.txt"
    path.write_text("It was the the the end.\n")  # one doubled word per pass

    result = run_cli("check", "--fix", *ST_ONLY, str(path))

    assert path.read_text() == "It was the the end.\n"
    assert f"{path}: still fixable after 1 pass; run --fix again" in result.stderr
    assert result.exit_code == 1


def test_html_replacements_are_escaped():
    doc = document_from_text("<p>Shares in ATT rose.</p>\n", "story.html")
    start = doc.text.index("ATT")
    diagnostic = _diagnostic(doc, Span(start, start + 3), "AT&T")

    chosen = choose_fixes(doc, [diagnostic], allowed(False), DecodedText(doc.source, "utf-8"))

    [(_, [(span, replacement)])] = chosen
    assert (doc.source[span.start : span.end], replacement) == ("ATT", "AT&amp;T")
