"""The rule engine: crashing rules, severities, quotes, [sic], de-duplication, sorting, selection."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newslint import registry
from newslint.config import Config
from newslint.document import Document
from newslint.engine import run_rules
from newslint.engine_codes import InternalError
from newslint.rule import Rule
from newslint.selection import SelectorError, per_file_ignores, select_rules, validate_selectors
from newslint.types import Applicability, Edit, Finding, Fix, Severity, Span


def word_span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word))


class FlagsCouncil(Rule):
    """Test rule: every 'council' (style rule: skips quotes)."""

    code = "ST901"
    name = "test-council"
    summary = "test"
    default_severity = Severity.WARNING
    check_quotes = False

    def check(self, doc: Document) -> Iterator[Finding]:
        start = doc.text.find("council")
        while start >= 0:
            yield Finding(Span(start, start + 7), "council found", suggestions=("board",))
            start = doc.text.find("council", start + 1)


class SameSpanError(Rule):
    """Test rule: the same slip as ST901 at a higher severity."""

    code = "ST902"
    name = "test-council-error"
    summary = "test"
    default_severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in [doc.text.find("council")]:
            if m >= 0:
                yield Finding(Span(m, m + 7), "council again", suggestions=("board",))


class Explodes(Rule):
    """Test rule: yields one finding, then raises."""

    code = "ST903"
    name = "test-explodes"
    summary = "test"
    default_enabled = False

    def check(self, doc: Document) -> Iterator[Finding]:
        yield Finding(Span(0, 1), "first letter")
        raise KeyError("boom")


class OutOfBounds(Rule):
    code = "ST904"
    name = "test-out-of-bounds"
    summary = "test"
    default_enabled = False

    def check(self, doc: Document) -> Iterator[Finding]:
        yield Finding(Span(0, len(doc.text) + 5), "too far")


class Quiet(Rule):
    """Test rule: speaks below its default for one finding."""

    code = "AC901"
    name = "test-quiet"
    summary = "test"
    default_severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        yield Finding(Span(0, 3), "unsure", severity=Severity.INFO)


TEXT = 'The council met.\n"The council is wrong," she said.\nAnother council vote.\n'


def run(rules, text=TEXT, **config):
    cfg = Config(**config)
    return run_rules(Document(text, "story.txt"), [r(None, cfg) for r in rules], cfg)


def test_findings_become_sorted_diagnostics_with_positions():
    result = run([FlagsCouncil])
    assert [(d.code, d.start.line, d.start.column, d.end.column, d.severity) for d in result.diagnostics] == [
        ("ST901", 1, 5, 12, Severity.WARNING),
        ("ST901", 3, 9, 16, Severity.WARNING),
    ]
    assert result.crashed_rules == []


def test_style_rules_skip_quoted_speech_and_others_do_not():
    class Inside(FlagsCouncil):
        code, name, check_quotes = "ST905", "test-inside", True

    lines = sorted(d.start.line for d in run([Inside]).diagnostics)
    assert lines == [1, 2, 3]


def test_a_rule_that_raises_is_reported_and_the_others_still_run():
    result = run([Explodes, FlagsCouncil])
    codes = [d.code for d in result.diagnostics]
    assert codes.count("ST901") == 2
    assert "ST903" in codes  # what it yielded before raising is kept
    crash = [d for d in result.diagnostics if d.code == InternalError.code]
    assert len(crash) == 1
    assert crash[0].severity is Severity.ERROR
    assert "ST903 (test-explodes)" in crash[0].message and "KeyError" in crash[0].message
    assert result.crashed_rules == ["ST903"]


def test_a_span_outside_the_text_is_an_internal_error_not_a_crash():
    result = run([OutOfBounds])
    assert [d.code for d in result.diagnostics] == [InternalError.code]
    assert "outside the text" in result.diagnostics[0].message


def test_a_crashing_rule_makes_the_cli_exit_2(tmp_path, run_cli, monkeypatch):
    classes = registry.builtin_rule_classes() + (Explodes,)
    monkeypatch.setattr(registry, "builtin_rule_classes", lambda: classes)
    story = tmp_path / "story.txt"
    story.write_text("Headline\n\nThe the story.\n", encoding="utf-8")
    result = run_cli("check", "--no-config", "--select", "ST001,ST903", str(story))
    assert result.exit_code == 2
    assert "NL001 [error] internal error in rule ST903" in result.output
    assert "ST001" in result.output


def test_per_finding_severity_and_config_override():
    assert run([Quiet]).diagnostics[0].severity is Severity.INFO
    result = run([Quiet, FlagsCouncil], severity={"AC901": Severity.WARNING, "ST901": Severity.ERROR})
    assert {d.code: d.severity for d in result.diagnostics} == {
        "AC901": Severity.WARNING,
        "ST901": Severity.ERROR,
    }


def test_same_span_same_suggestion_keeps_the_most_severe():
    result = run([FlagsCouncil, SameSpanError])
    first_line = [d for d in result.diagnostics if d.start.line == 1]
    assert [(d.code, d.severity) for d in first_line] == [("ST902", Severity.ERROR)]
    assert [d.code for d in result.diagnostics if d.start.line == 3] == ["ST901"]


def test_sic_suppresses_the_word_before_it():
    text = "She wrote that the council [sic] had met.\nThe council met.\n"
    assert [d.start.line for d in run([FlagsCouncil], text=text).diagnostics] == [2]


def test_fix_positions_are_stamped():
    class Fixes(Rule):
        code, name, summary = "ST906", "test-fixes", "test"

        def check(self, doc):
            span = word_span(doc.text, "council", 1)
            yield Finding(span, "x", ("board",), Fix((Edit(span, "board"),), Applicability.SAFE, "t"))

    d = run([Fixes], text="a\ncouncil council\n").diagnostics[0]
    record = d.to_record()
    assert record["fix"] == {
        "applicability": "safe",
        "edits": [{"line": 2, "column": 9, "end_line": 2, "end_column": 16, "replacement": "board"}],
    }


# -- selection -----------------------------------------------------------------------------------
RULES = [FlagsCouncil, SameSpanError, Explodes, Quiet]


@pytest.mark.parametrize(
    "select, ignore, expected",
    [
        ((), (), ["ST901", "ST902", "AC901"]),  # default set: enabled-by-default rules
        (("ST901",), (), ["ST901"]),  # exact code
        (("st9",), (), ["ST901", "ST902"]),  # prefix, any case: the family's default-on rules only
        (("ST9", "ST903"), (), ["ST901", "ST902", "ST903"]),  # an off-by-default rule by its code
        (("test-explodes",), (), ["ST903"]),  # ... or by its name
        (("ST903",), (), ["ST903"]),
        (("test-quiet",), (), ["AC901"]),  # rule name
        (("ALL",), (), ["ST901", "ST902", "ST903", "AC901"]),
        (("ALL",), ("ST",), ["AC901"]),
        ((), ("test-council",), ["ST902", "AC901"]),
        (("ST",), ("ST90",), []),  # the more specific ignore wins
        (("ST901",), ("ST",), ["ST901"]),  # the more specific select wins
        (("ST901",), ("ST901",), []),  # ignore wins a tie
    ],
)
def test_selection_by_code_prefix_name_and_all(select, ignore, expected):
    assert [r.code for r in select_rules(RULES, select, ignore)] == expected


def test_a_prefix_of_only_off_by_default_rules_selects_them():
    class OffToo(Explodes):
        code, name = "ZZ902", "test-off-too"

    class Off(Explodes):
        code, name = "ZZ901", "test-off"

    rules = [*RULES, Off, OffToo]
    assert [r.code for r in select_rules(rules, ("ZZ",))] == ["ZZ901", "ZZ902"]
    assert [r.code for r in select_rules(rules, ("ZZ", "ST"))] == ["ST901", "ST902", "ZZ901", "ZZ902"]


def test_select_pl_runs_the_default_on_proselint_families_not_pl017(tmp_path, run_cli):
    story = tmp_path / "story.txt"
    story.write_text("Talks resume\n\nThe minister said the plan was very good for the zebras.\n", encoding="utf-8")
    result = run_cli("check", "--no-config", "--format", "json", "--select", "PL", str(story))
    found = {d["code"] for d in json.loads(result.stdout)["diagnostics"]}
    assert found == {"PL024"}  # 'very'; PL017 would flag 'zebras', 'minister' and more
    result = run_cli("check", "--no-config", "--format", "json", "--select", "PL,PL017", str(story))
    assert "PL017" in {d["code"] for d in json.loads(result.stdout)["diagnostics"]}


def test_check_help_says_a_prefix_leaves_off_by_default_rules_off(run_cli):
    text = " ".join(run_cli("check", "--help").output.split())
    assert "off-by-default rules need their exact code or ALL" in text


def test_unknown_selector_is_an_error_naming_where():
    validate_selectors(["ST", "ALL", "test-quiet", "AC901"], RULES, "x")
    with pytest.raises(SelectorError, match="newslint.toml: 'ZZ1' matches no rule"):
        validate_selectors(["ZZ1"], RULES, "newslint.toml")


def test_unknown_select_on_the_command_line_exits_2(tmp_path, run_cli):
    (tmp_path / "s.txt").write_text("x\n", encoding="utf-8")
    result = run_cli("check", "--no-config", "--select", "QQ", str(tmp_path / "s.txt"))
    assert result.exit_code == 2
    assert "'QQ' matches no rule" in result.output


def test_per_file_ignores_match_names_and_paths():
    table = {"*.md": ("ST001",), "wires/*": ("AC",), "sport/**/*.txt": ("NM",)}
    assert per_file_ignores("desk/a.md", table) == ["ST001"]
    assert per_file_ignores("wires/b.txt", table) == ["AC"]
    assert per_file_ignores("/abs/desk/wires/b.txt", table) == ["AC"]
    assert per_file_ignores("sport/x/y.txt", table) == ["NM"]
    assert per_file_ignores("news/c.txt", table) == []


def test_the_suite_uses_a_cache_folder_of_its_own():
    from newslint import usercache

    home = Path(os.path.expanduser("~")) / ".cache" / "newslint"
    assert usercache.cache_dir() != home
    assert "newslint-test-cache-" in str(usercache.cache_dir()) or os.environ.get("NEWSLINT_TEST_KEEP_CACHE")
