"""Checkstyle XML: one ``<file>`` per linted story, one ``<error>`` per diagnostic (Jenkins,
reviewdog and many CI dashboards read it)."""

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
    root = ET.Element("checkstyle", version="4.3")
    for f in run.files:
        node = ET.SubElement(root, "file", name=clean(f.path))
        for d in f.diagnostics:
            ET.SubElement(
                node,
                "error",
                line=str(d.start.line),
                column=str(d.start.column),
                severity=SEVERITY[d.severity],
                message=clean(f"{d.message} ({d.code})"),
                source=f"newslint.{d.code}.{d.name}",
            )
    return serialise(root)
