"""Rule case files: what one rule must and must not report, as data anyone can read and extend.

A case file names one rule and holds named cases (sqlfluff's shape)::

    rule: ST001
    cases:
      doubled-article:
        fail: "The the council met."
        findings: [{line: 1, column: 5, suggestions: [The]}]
        fixed: "The council met."
      two-sentences:
        pass: "It was there. There was no doubt."
      british-story:
        config: {locale: en-GB}          # keys as in newslint.toml
        path: story.md                   # picks the reader (default story.txt)
        pass: "The colour of the flag."

``pass`` texts must give the rule no error, warning or info finding; ``fail`` texts at least one,
and exactly the ``findings`` listed when given (each checks only the keys it names: ``line``,
``column``, ``end_line``, ``end_column``, ``severity``, ``message`` (a part of it),
``suggestions``, ``fix`` (safe, unsafe, display-only or none)); ``fixed`` is the whole text
after ``newslint check --fix`` (``unsafe: true`` for ``--unsafe-fixes``). Each case runs the
rule alone (``select`` set to its code) through the real engine and fixer, so quotes, ``[sic]``,
directives and the readers all apply as they do in a real run.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CASE_KEYS = frozenset({"pass", "fail", "findings", "fixed", "unsafe", "config", "path", "description"})
FINDING_KEYS = ("line", "column", "end_line", "end_column", "severity", "message", "suggestions", "fix")


class CaseFileError(ValueError):
    """A case file is not shaped as this module describes; the message names file and case."""


@dataclass(frozen=True)
class CaseFailure:
    """One case that does not behave as its file says."""

    origin: str
    code: str
    case: str
    problem: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.code} case {self.case!r}: {self.problem}"


@dataclass(frozen=True)
class RuleCase:
    name: str
    text: str
    passes: bool
    findings: tuple[Mapping[str, Any], ...] | None
    fixed: str | None
    unsafe: bool
    config: Mapping[str, Any]
    path: str


def _case(origin: Path, name: str, raw: Any) -> RuleCase:
    where = f"{origin}: case {name!r}"
    if not isinstance(raw, dict):
        raise CaseFileError(f"{where}: expected a mapping")
    unknown = set(raw) - CASE_KEYS
    if unknown:
        raise CaseFileError(f"{where}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(CASE_KEYS))})")
    if ("pass" in raw) == ("fail" in raw):
        raise CaseFileError(f"{where}: give exactly one of 'pass' and 'fail'")
    text = raw.get("pass", raw.get("fail"))
    if not isinstance(text, str):
        raise CaseFileError(f"{where}: the text must be a string")
    findings = raw.get("findings")
    if findings is not None:
        if "pass" in raw or not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
            raise CaseFileError(f"{where}: 'findings' is a list of mappings, for a 'fail' case")
        for f in findings:
            extra = set(f) - set(FINDING_KEYS)
            if extra:
                raise CaseFileError(f"{where}: findings: unknown key {sorted(extra)[0]!r}")
    config = raw.get("config", {})
    if not isinstance(config, dict):
        raise CaseFileError(f"{where}: 'config' is a table of newslint.toml keys")
    return RuleCase(name, text, "pass" in raw, tuple(findings) if findings is not None else None,
                    raw.get("fixed"), bool(raw.get("unsafe", False)), config, str(raw.get("path", "story.txt")))


def load_case_file(path: str | Path) -> tuple[str, list[RuleCase]]:
    """The rule code and the cases of one case file."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CaseFileError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rule"), str) or not isinstance(data.get("cases"), dict):
        raise CaseFileError(f"{path}: expected 'rule: CODE' and a 'cases' mapping")
    return data["rule"], [_case(path, name, raw) for name, raw in data["cases"].items()]


def _mismatch(expected: Mapping[str, Any], d) -> str | None:
    record = d.to_record()
    actual = {
        "line": record["line"], "column": record["column"], "end_line": record["end_line"],
        "end_column": record["end_column"], "severity": record["severity"], "suggestions": list(d.suggestions),
        "fix": d.fix.applicability.value if d.fix is not None else "none",
    }
    for key, want in expected.items():
        if key == "message":
            if str(want) not in d.message:
                return f"message {d.message!r} lacks {want!r}"
        elif actual[key] != want:
            return f"{key} is {actual[key]!r}, expected {want!r}"
    return None


def _describe(found) -> str:
    return "; ".join(f"{d.start.line}:{d.start.column} {d.severity.value} {d.message}" for d in found[:3]) or "none"


def run_case(code: str, case: RuleCase, origin: Path) -> Iterator[str]:
    """The problems of one case (nothing when it behaves as written)."""
    from ..api import fix_text
    from ..config import config_from_table
    from ..runner import lint_text

    config = config_from_table({**case.config, "select": [code]}, origin)
    found = [d for d in lint_text(case.text, case.path, config) if d.code == code]
    if case.passes:
        if found:
            yield f"expected no finding, got {_describe(found)}"
        return
    if not found:
        yield "expected a finding, got none"
        return
    if case.findings is not None:
        if len(found) != len(case.findings):
            yield f"expected {len(case.findings)} finding(s), got {len(found)}: {_describe(found)}"
        for i, (want, d) in enumerate(zip(case.findings, found, strict=False)):
            problem = _mismatch(want, d)
            if problem:
                yield f"finding {i + 1} at {d.start.line}:{d.start.column}: {problem}"
    if case.fixed is not None:
        fixed = fix_text(case.text, case.path, config, unsafe=case.unsafe).text
        if fixed != case.fixed:
            yield f"after --fix{' --unsafe-fixes' if case.unsafe else ''} got {fixed!r}, expected {case.fixed!r}"


def check_case_file(path: str | Path) -> list[CaseFailure]:
    """Every case of one file that fails, with what went wrong."""
    path = Path(path)
    code, cases = load_case_file(path)
    return [CaseFailure(str(path), code, case.name, problem) for case in cases for problem in run_case(code, case, path)]


def check_cases(folder: str | Path) -> list[CaseFailure]:
    """Every failing case of every ``*.yml`` case file in ``folder``."""
    return [f for path in sorted(Path(folder).glob("*.yml")) for f in check_case_file(path)]
