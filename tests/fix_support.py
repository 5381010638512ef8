"""Stories and helpers shared by the fix tests (tests/test_fix*.py).

The harbour story is written for these tests: a repeated headline under the headline, two
doubled words, curly quotes, an en dash and accented letters (so cp1252, UTF-16 and BOM files
have bytes worth losing), built line by line so each test can pick its own line endings.
"""

from __future__ import annotations

from dataclasses import dataclass

HEADLINE = "Council approves new harbour budget"
STORY = [
    HEADLINE,
    "",
    HEADLINE,
    "The council voted on Tuesday to to approve a budget for the harbour, café owners included.",
    "",
    "“We have waited a long time for this,” said the mayor, Ana Ruiz.",
    "",
    "Work on the the north pier – the oldest in Zürich’s twin-town harbour – will start in spring.",
]
# What ST001/ST002 must do to it: drop line 3, undouble two words; nothing else.
REPEATED_HEADLINE_LINE = 2
DOUBLES = {"to to": "to", "the the": "the"}


@dataclass(frozen=True)
class Variant:
    """How a story is stored: codec, byte-order mark and the line ending after each line."""

    name: str
    encoding: str = "utf-8"
    bom: bytes = b""
    endings: str = "lf"  # lf, crlf, mixed
    final_newline: bool = True

    def ending(self, index: int) -> str:
        if self.endings == "crlf" or (self.endings == "mixed" and index % 2):
            return "\r\n"
        return "\n"

    def encode(self, lines: list[tuple[str, str]]) -> bytes:
        return self.bom + "".join(text + end for text, end in lines).encode(self.encoding)

    def original(self, story: list[str] = STORY) -> list[tuple[str, str]]:
        lines = [(text, self.ending(i)) for i, text in enumerate(story)]
        if not self.final_newline:
            lines[-1] = (lines[-1][0], "")
        return lines


VARIANTS = [
    Variant("lf"),
    Variant("crlf", endings="crlf"),
    Variant("mixed-endings", endings="mixed"),
    Variant("utf8-bom", bom=b"\xef\xbb\xbf"),
    Variant("no-final-newline", final_newline=False),
    Variant("crlf-no-final-newline", endings="crlf", final_newline=False),
    Variant("cp1252", encoding="cp1252"),
    Variant("utf16-bom", encoding="utf-16-le", bom=b"\xff\xfe", endings="crlf"),
]


def expected_after_fix(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The intended result: the repeated headline line gone (with its own line ending) and the
    doubled words undoubled; every other character, line ending included, as it was."""
    out = []
    for i, (text, end) in enumerate(lines):
        if i == REPEATED_HEADLINE_LINE:
            continue
        for double, single in DOUBLES.items():
            text = text.replace(double, single)
        out.append((text, end))
    return out


ST_ONLY = ("--no-config", "--select", "ST001,ST002")
