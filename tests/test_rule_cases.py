"""Every rule case file under tests/rules/ (one per Python rule), each case a test of its own.

The harness is ``newslint.testing.cases``, the one a desk can run on its own case files.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.registry import build_registry
from newslint.testing import check_case_file, load_case_file
from newslint.testing.cases import CaseFileError, run_case

CASES = Path(__file__).parent / "rules"
FILES = sorted(CASES.glob("*.yml"))
ALL_CASES = [(path, case) for path in FILES for case in load_case_file(path)[1]]
SECTIONS = ("What it does", "Why it matters", "Fix safety")


@pytest.mark.parametrize(("path", "case"), ALL_CASES, ids=[f"{p.stem}-{c.name}" for p, c in ALL_CASES])
def test_rule_case(path, case):
    code, _ = load_case_file(path)
    assert list(run_case(code, case, path)) == []


def test_each_case_file_names_a_rule_and_is_named_after_it():
    known = {r.code for r in build_registry().rules}
    for path in FILES:
        code, cases = load_case_file(path)
        assert path.stem == code and code in known and cases


def test_every_rule_has_a_code_a_kebab_name_documentation_and_a_case():
    with_cases = {path.stem for path in FILES}
    for rule in build_registry().rules:
        assert re.fullmatch(r"[A-Z]{2}\d{3}", rule.code), rule.code
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name), rule.name
        assert rule.summary, rule.code
        if rule.origin == "built-in":
            doc = rule.documentation()
            assert all(s in doc for s in SECTIONS), f"{rule.code} lacks one of {SECTIONS}"
            if any(True for _ in getattr(rule.Options, "__dataclass_fields__", {})):
                assert "Options" in doc, f"{rule.code} has options but no Options section"
            assert rule.code in with_cases, f"{rule.code} has no tests/rules/{rule.code}.yml"
        else:
            assert rule.examples.count, f"{rule.code} ({rule.origin}) has no examples"


def test_the_harness_reports_what_went_wrong(tmp_path):
    case_file = tmp_path / "ST001.yml"
    case_file.write_text(
        "rule: ST001\ncases:\n"
        "  wrong-column:\n    fail: 'The the council met.'\n    findings: [{line: 1, column: 9}]\n"
        "  wrongly-clean:\n    pass: 'It was was late.'\n"
        "  wrong-fix:\n    fail: 'A a b.'\n    fixed: 'A b c.'\n",
        encoding="utf-8",
    )
    problems = [(f.case, f.problem) for f in check_case_file(case_file)]
    assert problems[0] == ("wrong-column", "finding 1 at 1:5: column is 5, expected 9")
    assert problems[1][0] == "wrongly-clean" and problems[1][1].startswith("expected no finding")
    assert problems[2][0] == "wrong-fix" and "after --fix got 'A b.'" in problems[2][1]


def test_a_malformed_case_file_names_the_file_and_case(tmp_path):
    case_file = tmp_path / "ST001.yml"
    case_file.write_text("rule: ST001\ncases:\n  both:\n    pass: a\n    fail: b\n", encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"ST001.yml: case 'both': give exactly one of"):
        load_case_file(case_file)
