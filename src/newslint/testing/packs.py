"""Run a pack's ``examples`` so a desk can test its own rules (``newslint test-pack PATH``).

(Rule-case files for any rule, Python or pack: ``newslint.testing.cases``.)

Each rule runs alone through the real engine (quoted speech, ``[sic]`` and all), on each example
text as a plain-text story: every ``fail`` text must give at least one finding of the rule,
every ``pass`` text none, and ``fixed[i]`` must equal ``fail[i]`` after the rule's fixes (safe
and unsafe alike) are applied once. Usable from a desk's own test suite::

    from newslint.testing import check_pack
    def test_our_pack():
        assert check_pack("style/rules").failures == []
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from ..document import Document
from ..engine import run_rules
from ..fix import apply_edits
from ..plural import plural
from ..rule import Rule
from ..types import Applicability, Diagnostic, Edit


@dataclass(frozen=True)
class ExampleFailure:
    """One example that does not behave as its rule file says."""

    origin: str
    code: str
    key: str  # "fail", "pass" or "fixed"
    index: int
    problem: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.code} examples.{self.key}[{self.index}]: {self.problem}"


@dataclass
class PackReport:
    rules: int = 0
    examples: int = 0
    untested: list[str] = field(default_factory=list)  # codes of rules without examples
    failures: list[ExampleFailure] = field(default_factory=list)


def _findings(rule_cls: type[Rule], text: str, config: Config) -> list[Diagnostic]:
    result = run_rules(Document(text, "<example>"), [rule_cls(None, config)], config)
    return [d for d in result.diagnostics if d.code == rule_cls.code or d.code.startswith("NL")]


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic]) -> str:
    """``text`` with every fix of ``diagnostics`` applied once; overlapping edits after the first
    are left out, as ``--fix`` would leave them for its next pass."""
    edits: list[Edit] = []
    for d in diagnostics:
        if d.fix is not None and d.fix.applicability is not Applicability.DISPLAY_ONLY:
            edits.extend(d.fix.edits)
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        if kept and (edit.span.start < kept[-1].span.end or edit.span == kept[-1].span):
            continue
        kept.append(edit)
    return apply_edits(text, [(edit.span, edit.replacement) for edit in kept])


def _describe(diagnostics: list[Diagnostic]) -> str:
    return "; ".join(f"{d.start.line}:{d.start.column} {d.message}" for d in diagnostics[:3])


def check_examples(rule_cls: type[Rule], config: Config | None = None) -> list[ExampleFailure]:
    """The examples of one pack rule that fail; an empty list when all pass."""
    config = config or Config()
    examples = getattr(rule_cls, "examples", None)
    if examples is None:
        return []
    out: list[ExampleFailure] = []

    def failure(key: str, index: int, problem: str) -> None:
        out.append(ExampleFailure(rule_cls.origin, rule_cls.code, key, index, problem))

    for i, text in enumerate(examples.fail):
        found = _findings(rule_cls, text, config)
        internal = [d for d in found if d.code != rule_cls.code]
        if internal:
            failure("fail", i, _describe(internal))
        elif not found:
            failure("fail", i, "expected a finding, got none")
        elif i < len(examples.fixed):
            fixed = apply_fixes(text, found)
            if fixed != examples.fixed[i]:
                failure("fixed", i, f"after fixing got {fixed!r}, expected {examples.fixed[i]!r}")
    for i, text in enumerate(examples.passing):
        found = _findings(rule_cls, text, config)
        if found:
            failure("pass", i, f"expected no finding, got {_describe(found)}")
    return out


def check_rules(rules: Iterable[type[Rule]], config: Config | None = None) -> PackReport:
    report = PackReport()
    for rule_cls in rules:
        examples = getattr(rule_cls, "examples", None)
        if examples is None:
            continue
        report.rules += 1
        report.examples += examples.count
        if not examples.fail and not examples.passing:
            report.untested.append(rule_cls.code)
        report.failures.extend(check_examples(rule_cls, config))
    return report


def check_pack(path: str | Path, config: Config | None = None) -> PackReport:
    """Load the pack(s) at ``path`` (a pack folder or a folder of packs) and run their examples.
    A broken pack raises ``PackError`` with ``file:line: key: problem``."""
    from ..packs.loader import load_pack_dirs
    from ..packs.spec import PackError

    rules = load_pack_dirs((Path(path),))
    if not rules:
        raise PackError(f"{path}: no pack rules found (expected <name>.yml files beside a pack.yml)")
    return check_rules(rules, config)


def report_lines(path: str | Path, report: PackReport) -> list[str]:
    """What ``newslint test-pack`` prints: one line per failure or untested rule, then a total."""
    lines = [str(f) for f in report.failures]
    lines += [f"{path}: {code}: no examples to run" for code in report.untested]
    status = "FAILED" if report.failures else "ok"
    lines.append(
        f"{path}: {plural(report.rules, 'rule')}, {plural(report.examples, 'example')}, {len(report.failures)} failed: {status}"
    )
    return lines
