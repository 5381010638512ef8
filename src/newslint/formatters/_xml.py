"""Shared by the XML formats (JUnit, Checkstyle): characters XML 1.0 cannot carry, serialising."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

# Control characters other than tab, line feed and carriage return are not allowed in XML 1.0,
# but a story pasted from a web page can contain them (and messages quote the story).
_NOT_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML_RE.sub("\ufffd", text)


def serialise(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
