"""JUnit XML: one test case per story, one ``<failure>`` per diagnostic, so a CI test view
lists each story as passed or failed with its problems underneath."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from ..types import Severity
from ._xml import clean, serialise

if TYPE_CHECKING:
    from ..runner import RunResult
    from . import FormatContext

SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}


def render(run: RunResult, context: FormatContext) -> str:
    failures = len(run.diagnostics)
    tests = len(run.files)
    counts = {"tests": str(tests), "failures": str(failures), "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", name="newslint", **counts)
    suite = ET.SubElement(root, "testsuite", name="newslint", **counts)
    for f in run.files:
        case = ET.SubElement(suite, "testcase", name=clean(f.path), classname="newslint", file=clean(f.path))
        for d in f.diagnostics:
            failure = ET.SubElement(
                case, "failure", message=clean(f"{d.code} {d.message}"), type=SEVERITY[d.severity]
            )
            failure.text = clean(
                f"{d.path}:{d.start.line}:{d.start.column}: {d.code} [{SEVERITY[d.severity]}] {d.message}"
            )
    return serialise(root)
