"""Run rules over one document and turn their findings into sorted diagnostics.

The engine owns everything rules should not repeat: positions, severities (defaults, per-finding
and config overrides), skipping quoted speech for style rules, suppressions, de-duplication, and
turning a crashing rule into an ``NL`` diagnostic instead of losing the other rules' output.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import suppress
from .config import Config
from .diagnostics import make_diagnostic
from .document import Document
from .engine_codes import InternalError
from .fix_safety import guard_quotes
from .rule import Rule
from .types import Diagnostic, Finding, Severity, Span


@dataclass
class LintResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    crashed_rules: list[str] = field(default_factory=list)


def _severity(rule: Rule, finding: Finding, config: Config) -> Severity:
    override = config.severity.get(rule.code.upper())
    if override is not None:
        return override
    return finding.severity or rule.default_severity


def _dedupe(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """One slip, one diagnostic: of several on the same span proposing the same correction, keep the
    most severe (then the lowest code)."""
    best: dict[tuple, Diagnostic] = {}
    rest: list[Diagnostic] = []
    for d in diagnostics:
        if not d.suggestions:
            rest.append(d)
            continue
        key = (d.span.start, d.span.end, d.suggestions[0])
        kept = best.get(key)
        if kept is None or (d.severity.rank, kept.code) > (kept.severity.rank, d.code):
            best[key] = d
    return rest + list(best.values())


@dataclass(frozen=True, eq=False)
class Engine:
    """The rules one config selects, ready to run on any number of stories. ``known_codes`` is
    every code the registry knows, selected or not, so suppressions can tell a typo'd code from
    a rule that is merely off; the engine is handed them and never looks the registry up."""

    rules: tuple[Rule, ...]
    config: Config
    known_codes: tuple[str, ...]

    def lint(self, doc: Document) -> LintResult:
        return run_rules(doc, self.rules, self.config, self.known_codes)


def run_rules(
    doc: Document, rules: Sequence[Rule], config: Config, known_codes: Sequence[str] | None = None
) -> LintResult:
    """Run ``rules`` on ``doc``; ``known_codes`` defaults to the codes of ``rules`` themselves."""
    if known_codes is None:
        known_codes = tuple(r.code for r in rules)
    result = LintResult()
    raw: list[Diagnostic] = []
    text_len = len(doc.text)
    for rule in rules:
        try:
            for finding in rule.check(doc):
                span = finding.span
                if span.end > text_len:
                    raise ValueError(f"span {span.start}..{span.end} is outside the text")
                if not rule.check_quotes and doc.in_quote(span):
                    continue
                finding = guard_quotes(doc, rule, finding)
                raw.append(make_diagnostic(doc, finding, rule.code, rule.name, _severity(rule, finding, config)))
        except Exception as exc:  # a broken rule must not hide the others' findings
            result.crashed_rules.append(rule.code)
            message = f"internal error in rule {rule.code} ({rule.name}): {type(exc).__name__}: {exc}"
            raw.append(
                make_diagnostic(doc, Finding(Span(0, 0), message), InternalError.code, InternalError.name,
                                InternalError.default_severity)
            )
    kept = suppress.apply(doc, _dedupe(raw), rules, known_codes)
    result.diagnostics = sorted(kept, key=lambda d: d.sort_key)
    return result
