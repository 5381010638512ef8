"""The proselint adapter (PL): family mapping, register-once guard, spans, quotes, selection."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import codes, lint
from proselint.checks import __register__
from proselint.config import DEFAULT
from proselint.registry import CheckRegistry

from newslint.checks.proselint import adapter
from newslint.checks.proselint.families import FAMILIES
from newslint.config import ConfigError
from newslint.types import Severity


def pl(diagnostics, code=None):
    return [d for d in diagnostics if d.code.startswith("PL") and (code is None or d.code == code)]


# -- mapping ---------------------------------------------------------------------------------
def test_every_proselint_family_has_exactly_one_code():
    families = [f.family for f in FAMILIES]
    assert sorted(families) == sorted(DEFAULT["checks"])
    assert len({f.code for f in FAMILIES}) == len(FAMILIES)
    assert [f.code for f in FAMILIES] == [f"PL{i:03d}" for i in range(1, len(FAMILIES) + 1)]


def test_every_registered_check_falls_in_a_mapped_family():
    families = {f.family for f in FAMILIES}
    assert {c.path.split(".")[0] for c in __register__} <= families


def test_default_skips_name_real_check_paths_of_their_family():
    paths = {c.path for c in __register__}
    for info in FAMILIES:
        for skip in info.skip:
            assert skip.startswith(info.family + ".")
            assert any(p == skip or p.startswith(skip + ".") for p in paths), skip


def test_rules_are_info_skip_quotes_and_carry_the_family():
    for rule in adapter.PROSELINT_RULES:
        assert rule.default_severity is Severity.INFO
        assert rule.check_quotes is False
        assert rule.name == "proselint-" + rule.family_info.family.replace("_", "-")


def test_curated_defaults():
    by_family = {r.family_info.family: r for r in adapter.PROSELINT_RULES}
    assert "typography.symbols.curly_quotes" in by_family["typography"].Options().skip
    assert not by_family["restricted"].default_enabled
    assert not by_family["lexical_illusions"].default_enabled
    assert by_family["cliches"].default_enabled


# -- register-once guard ---------------------------------------------------------------------
@pytest.fixture
def fresh_registry(monkeypatch):
    """An empty proselint registry and a guard that has not run yet (restored afterwards)."""
    monkeypatch.setattr(CheckRegistry, "_checks", [])
    monkeypatch.setitem(adapter._state, "registered", False)
    return CheckRegistry()


def test_registers_every_check_once_however_often_it_is_called(fresh_registry):
    adapter.ensure_registered()
    adapter.ensure_registered()
    adapter._state["registered"] = False  # even when the fast path is bypassed
    adapter.ensure_registered()
    assert len(fresh_registry.checks) == len(__register__)


def test_does_not_double_checks_someone_else_registered(fresh_registry):
    fresh_registry.register_many(__register__)  # e.g. proselint's own CLI in this process
    adapter.ensure_registered()
    assert len(fresh_registry.checks) == len(__register__)


def test_one_finding_per_slip_after_repeated_registration(fresh_registry):
    fresh_registry.register_many(__register__)
    for _ in range(3):
        adapter._state["registered"] = False
        adapter.ensure_registered()
    results = adapter.lint_family("It was a very unique day.", "uncomparables")
    assert len(results) == 1


# -- spans, messages, suggestions ------------------------------------------------------------
def test_span_is_shifted_back_onto_our_text():
    text = "Hopefully it rains.\nThey said it was irregardless of cost."
    (finding,) = [
        adapter.to_finding(
            r.check_path,
            r.message,
            r.span,
            r.replacements,
            len(text),
        )
        for r in adapter.lint_family(text, "nonwords")
    ]
    assert text[finding.span.start : finding.span.end] == "irregardless"
    assert finding.suggestions == ("regardless",)
    assert "(proselint: nonwords)" in finding.message


def test_first_word_of_the_story_starts_at_offset_zero():
    (d,) = pl(lint("Hopefully the talks resume.\n"), "PL018")
    assert (d.start.line, d.start.column, d.end.column) == (1, 1, 10)


def test_restricted_family_spans_get_their_extra_shift():
    text = "Zebras graze."
    findings = [
        adapter.to_finding(
            r.check_path, r.message, r.span, None, len(text)
        )
        for r in adapter.lint_family(text, "restricted")
    ]
    assert {text[f.span.start : f.span.end] for f in findings} == {"Zebras", "graze"}


def test_diagnostic_position_code_and_message():
    story = "Talks resume\n\nThe minister said the plan was very unique.\n"
    (d,) = pl(lint(story, extend_select=("PL023",)), "PL023")
    assert (d.start.line, d.start.column, d.end.column) == (3, 32, 43)
    assert d.severity is Severity.INFO
    assert d.message.endswith("(proselint: uncomparables)")


def test_quoted_speech_is_skipped():
    on = {"extend_select": ("PL023",)}
    assert pl(lint('The minister said: "It was very unique," and left.\n', **on), "PL023") == []
    assert pl(lint("The minister said it was very unique and left.\n", **on), "PL023")


def test_curly_quotes_check_is_off_by_default_but_can_be_turned_on():
    text = 'He said "yes" to it.'
    paths = {r.check_path for r in adapter.lint_family(text, "typography", FAMILIES[21].skip)}
    assert "typography.symbols.curly_quotes" not in paths
    paths = {r.check_path for r in adapter.lint_family(text, "typography", ())}
    assert "typography.symbols.curly_quotes" in paths


def test_skip_option_turns_a_check_path_off():
    story = "Prices fell (c) 2024.\n"
    assert pl(lint(story), "PL022")
    config = {"proselint-typography": {"skip": ["typography.symbols.copyright"]}}
    assert pl(lint(story, rules=config), "PL022") == []


def test_skip_option_must_name_a_path_in_the_family():
    with pytest.raises(ConfigError, match="misc.but.*typography"):
        lint("Text.\n", rules={"proselint-typography": {"skip": ["misc.but"]}})


def test_empty_story_gives_nothing():
    assert adapter.lint_family("", "misc") == []
    assert adapter.lint_family("  \n", "misc") == []


# -- selection -------------------------------------------------------------------------------
STYLE_STORY = "Hopefully the very unique plan works. Irregardless, prices rose.\n"


def test_select_and_ignore_by_code_and_prefix():
    # PL023 (uncomparables) is off by default: the costliest family, silent on the dev set
    assert set(codes(pl(lint(STYLE_STORY)))) == {"PL013", "PL018", "PL024"}
    assert set(codes(pl(lint(STYLE_STORY, extend_select=("PL023",))))) == {"PL013", "PL018", "PL023", "PL024"}
    assert set(codes(lint(STYLE_STORY, select=("PL023",)))) == {"PL023"}
    assert pl(lint(STYLE_STORY, ignore=("PL",))) == []
    assert set(codes(pl(lint(STYLE_STORY, ignore=("PL02",))))) == {"PL013", "PL018"}


def test_off_by_default_family_runs_when_selected():
    assert pl(lint("Zebras graze.\n"), "PL017") == []
    assert pl(lint("Zebras graze.\n", select=("PL017",)), "PL017")


def test_pl_never_fails_a_run_at_default_severity():
    assert all(d.severity is Severity.INFO for d in pl(lint(STYLE_STORY)))


# -- cost ------------------------------------------------------------------------------------
def _imports_proselint(code: str) -> bool:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('proselint' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip().splitlines()[-1] == "True"


def test_importing_newslint_and_listing_rules_never_imports_proselint():
    assert not _imports_proselint(
        "import newslint\nfrom newslint.registry import build_registry\nbuild_registry()"
    )


def test_a_run_with_pl_deselected_never_imports_proselint():
    code = (
        "from newslint.config import Config\nfrom newslint.runner import lint_text\n"
        "lint_text('Hopefully the very unique plan works.', 's.txt', Config(ignore=('PL',)))"
    )
    assert not _imports_proselint(code)
    assert _imports_proselint(code.replace("ignore=('PL',)", "select=('PL',)"))


def test_positions_with_windows_line_endings():
    (d,) = pl(lint("Talks resume\r\n\r\nThe plan was very unique.\r\n", extend_select=("PL023",)), "PL023")
    assert (d.start.line, d.start.column, d.end.column) == (3, 14, 25)


def test_lone_surrogates_do_not_crash_proselint():
    text = "It was a very unique \ud800 day."
    (result,) = adapter.lint_family(text, "uncomparables")
    finding = adapter.to_finding(
        result.check_path, result.message, result.span, None, len(text)
    )
    assert text[finding.span.start : finding.span.end] == "very unique"


# -- messages in a newsroom's words -------------------------------------------------------
def test_pl024_speaks_plainly_not_of_damn():
    (d,) = pl(lint("Talks resume\n\nThe minister said the plan was very good.\n"), "PL024")
    assert d.message == "'very' rarely adds anything: cut it, or find the stronger word (proselint: weasel_words.very)"
    assert "damn" not in d.message


def test_every_rewritten_message_names_a_real_check_and_formats():
    from newslint.checks.proselint.messages import NEWSROOM_MESSAGES, newsroom_message

    paths = {check.path for check in __register__}
    assert set(NEWSROOM_MESSAGES) <= paths, set(NEWSROOM_MESSAGES) - paths
    for path in NEWSROOM_MESSAGES:
        said = newsroom_message(path, "proselint's own words", "very", "x")
        assert "{" not in said and "proselint's own words" not in said


def test_no_message_left_that_insults_the_writer_or_says_nothing():
    from newslint.checks.proselint.messages import newsroom_message

    for check in __register__:
        said = newsroom_message(check.path, check.message.replace("{}", "X").replace("{0}", "X").replace("{1}", "Y"),
                                "X", None)
        lowered = said.lower()
        assert not any(word in lowered for word in ("damn", " ass", "goofy", "kids", "a a ")), (check.path, said)
        assert said.strip("'.X ") != "", (check.path, said)  # "'{}'." said nothing


def test_every_family_defaults_to_skipping_its_own_off_checks_and_takes_only_skip():
    """The families with nothing off share one options class (start-up time); each rule's
    default and accepted options are still its family's own."""
    import dataclasses

    from newslint.checks.proselint.adapter import PROSELINT_RULES

    for rule in PROSELINT_RULES:
        assert rule.Options().skip == rule.family_info.skip
        assert [f.name for f in dataclasses.fields(rule.Options)] == ["skip"]
        family = rule.family_info.family
        assert rule.build_options({"skip": [f"{family}.x"]}).skip == (f"{family}.x",)
        assert rule.build_options({}) == rule.Options()
