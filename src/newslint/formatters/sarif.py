"""SARIF 2.1.0: the log GitHub code scanning and most code-review tools import.

One run, with every available rule's metadata in ``tool.driver.rules`` (built-in rules, the
shipped packs and the packs named in config), one result per diagnostic with its region, and
the fix as an artifact change when a diagnostic has one. Columns count Unicode code points and
end columns are exclusive, as in newslint's own JSON; the log says so in ``columnKind``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..baseline import file_fingerprints
from ..types import Severity
from ._paths import uri

if TYPE_CHECKING:
    from ..rule import Rule
    from ..runner import FileResult, RunResult
    from ..types import Diagnostic
    from . import FormatContext

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _rule(rule: type[Rule]) -> dict[str, Any]:
    doc = rule.documentation()
    first_paragraph = " ".join(doc.split("\n\n", 1)[0].split()) or rule.summary  # unwrapped
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": first_paragraph},
        "help": {"text": doc or rule.summary or rule.name},
        "defaultConfiguration": {"level": LEVEL[rule.default_severity], "enabled": bool(rule.default_enabled)},
        "properties": {"fixAvailability": rule.fix_availability},
    }


def _fix(d: Diagnostic, record: dict[str, Any], location: dict[str, str]) -> list[dict[str, Any]]:
    fix = record["fix"]
    if not fix or not fix["edits"]:
        return []
    replacements = [
        {
            "deletedRegion": _region(e["line"], e["column"], e["end_line"], e["end_column"]),
            "insertedContent": {"text": e["replacement"]},
        }
        for e in fix["edits"]
    ]
    title = d.fix.title if d.fix is not None and d.fix.title else f"{fix['applicability']} fix"
    return [{
        "description": {"text": f"{title} ({fix['applicability']})"},
        "artifactChanges": [{"artifactLocation": location, "replacements": replacements}],
    }]


def _result(d: Diagnostic, rule_index: dict[str, int]) -> dict[str, Any]:
    record = d.to_record()
    location = {"uri": uri(d.path)}
    result: dict[str, Any] = {
        "ruleId": d.code,
        "level": LEVEL[d.severity],
        "message": {"text": d.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": location,
                "region": _region(record["line"], record["column"], record["end_line"], record["end_column"]),
            }
        }],
    }
    if d.code in rule_index:
        result["ruleIndex"] = rule_index[d.code]
    fixes = _fix(d, record, location)
    if fixes:
        result["fixes"] = fixes
    if record["suggestions"]:
        result["properties"] = {"suggestions": record["suggestions"]}
    return result


def _fingerprinted(f: FileResult, rule_index: dict[str, int]) -> list[dict[str, Any]]:
    out = []
    for d, fp in zip(f.diagnostics, file_fingerprints(f), strict=True):
        result = _result(d, rule_index)
        result["partialFingerprints"] = {"newslintFinding/v1": fp}
        out.append(result)
    return out


def render(run: RunResult, context: FormatContext) -> str:
    rules = sorted({r.code: r for r in context.rules}.values(), key=lambda r: r.code)
    rule_index = {r.code: i for i, r in enumerate(rules)}
    notifications = [
        {"level": "error", "message": {"text": e}} for e in run.errors
    ] + [{"level": "warning", "message": {"text": n}} for n in run.notices + [n for f in run.files for n in f.notices]]
    invocation: dict[str, Any] = {"executionSuccessful": not run.errors and not run.crashed}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "newslint",
                "version": context.version,
                "semanticVersion": context.version,
                "rules": [_rule(r) for r in rules],
            }},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": [r for f in run.files for r in _fingerprinted(f, rule_index)],
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
