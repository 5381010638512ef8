"""Fixes inside quoted speech: only what the rule has a reason to touch there, and safely only
when the fix repeats the story's own form (see README "Fixes")."""

from __future__ import annotations

from fix_support import ST_ONLY

from newslint.document import Document
from newslint.fix_safety import guard_quotes
from newslint.registry import build_registry
from newslint.types import Applicability, Edit, Finding, Fix, Span

TEXT = 'The mayor said "the harbour is is ready" on Tuesday.'
INSIDE = Span(TEXT.index("harbour"), TEXT.index("harbour") + 7)
OUTSIDE = Span(TEXT.index("Tuesday"), TEXT.index("Tuesday") + 7)


class FakeRule:
    """A rule with the quote policy of the real rule ``code`` (or the given ``check_quotes``)."""

    def __init__(self, code: str, check_quotes: bool = True) -> None:
        real = build_registry().find(code)
        self.code, self.check_quotes = code, check_quotes
        self.safe_fix_in_quotes = real.safe_fix_in_quotes


def _applicability(code: str, span: Span, check_quotes: bool = True, given=Applicability.SAFE):
    finding = Finding(span, "x", fix=Fix((Edit(span, "y"),), given))
    guarded = guard_quotes(Document(TEXT), FakeRule(code, check_quotes), finding)
    return guarded.fix.applicability


def test_spelling_and_name_fixes_inside_a_quote_need_unsafe_fixes():
    assert _applicability("SP001", INSIDE) is Applicability.UNSAFE
    assert _applicability("NM001", INSIDE) is Applicability.UNSAFE


def test_the_story_own_forms_stay_safe_inside_a_quote():
    for code in ("AC001", "CN001", "ST001", "BP001"):
        assert _applicability(code, INSIDE) is Applicability.SAFE


def test_a_rule_that_skips_quotes_never_edits_one():
    assert _applicability("PL001", INSIDE, check_quotes=False) is Applicability.DISPLAY_ONLY
    assert _applicability("HS001", INSIDE, check_quotes=False, given=Applicability.UNSAFE) is (
        Applicability.DISPLAY_ONLY
    )


def test_an_edit_that_only_reaches_into_a_quote_counts_as_inside():
    reaching = Span(TEXT.index("said"), TEXT.index("harbour"))
    assert _applicability("PL001", reaching, check_quotes=False) is Applicability.DISPLAY_ONLY


def test_fixes_outside_quotes_are_untouched():
    assert _applicability("SP001", OUTSIDE) is Applicability.SAFE
    assert _applicability("PL001", OUTSIDE, check_quotes=False) is Applicability.SAFE


def test_an_insertion_at_a_quote_boundary_is_outside():
    start = TEXT.index('"')
    assert _applicability("SP001", Span(start, start)) is Applicability.SAFE


def test_repeated_word_in_a_quote_is_fixed(run_cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT + "\n")

    run_cli("check", "--fix", *ST_ONLY, str(path))

    assert path.read_text() == TEXT.replace("is is", "is") + "\n"


def test_a_known_misspelling_in_a_quote_is_fixed_only_with_unsafe_fixes(run_cli, tmp_path):
    quoted = '"Stay tunned for more," she said.\n'
    path = tmp_path / "story.txt"
    path.write_text(quoted)

    shown = run_cli("check", "--format", "json", "--no-config", "--select", "SP001", str(path))
    assert '"applicability": "unsafe"' in shown.stdout  # the output says what --fix will do

    run_cli("check", "--fix", "--no-config", "--select", "SP001", str(path))
    assert path.read_text() == quoted

    run_cli("check", "--fix", "--unsafe-fixes", "--no-config", "--select", "SP001", str(path))
    assert path.read_text() == quoted.replace("tunned", "tuned")
