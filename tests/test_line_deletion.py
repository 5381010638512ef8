"""A deleted line takes one line break with it, and one blank line when it stood alone between
blank lines, so ``--fix`` never leaves two blank lines where a residue line was (issue 23)."""

from __future__ import annotations

import pytest

from newslint.api import fix_text
from newslint.config import Config
from newslint.document import Document
from newslint.line_edits import line_deletion
from newslint.types import Span


def deleted(text: str, needle: str = "Share this article") -> str:
    doc = Document(text)
    at = text.index(needle)
    span = line_deletion(doc, Span(at, at + len(needle)))
    return text[: span.start] + text[span.end :]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a paragraph of its own between two paragraphs: one blank line stays
        ("Head\n\nFirst.\n\nShare this article\n\nSecond.\n", "Head\n\nFirst.\n\nSecond.\n"),
        # glued to the paragraph below: only the line goes
        ("Head\n\nFirst.\n\nShare this article\nSecond.\n", "Head\n\nFirst.\n\nSecond.\n"),
        # inside a block: only the line goes
        ("Head\n\nFirst.\nShare this article\nSecond.\n", "Head\n\nFirst.\nSecond.\n"),
        # the last paragraph: the blank line above goes, the final line break stays
        ("Head\n\nFirst.\n\nShare this article\n", "Head\n\nFirst.\n"),
        # no final line break: none is left either
        ("Head\n\nFirst.\n\nShare this article", "Head\n\nFirst."),
        ("Head\n\nFirst.\nShare this article", "Head\n\nFirst."),
        ("Head\n\nFirst.\nShare this article\n", "Head\n\nFirst.\n"),
        # the first line
        ("Share this article\n\nHead\n\nFirst.\n", "Head\n\nFirst.\n"),
        ("Share this article", ""),
        # Windows line endings
        ("Head\r\n\r\nShare this article\r\n\r\nFirst.\r\n", "Head\r\n\r\nFirst.\r\n"),
        ("Head\r\n\r\nFirst.\r\n\r\nShare this article\r\n", "Head\r\n\r\nFirst.\r\n"),
    ],
)
def test_a_deleted_line_leaves_no_gap_and_no_double_blank_line(text, expected):
    assert deleted(text) == expected


def test_fix_removes_a_residue_line_between_paragraphs_with_one_blank_line_left():
    text = (
        "Harbour board backs channel dredging\n\n"
        "The harbour board voted on Tuesday to dredge the eastern channel before the storms.\n\n"
        "Share this article\n\n"
        "Dredging will cost the board about two million pounds, its finance director said.\n"
    )
    outcome = fix_text(text, config=Config(select=("BP",)))
    assert outcome.text == text.replace("Share this article\n\n", "")
    assert "\n\n\n" not in outcome.text


def test_fix_removes_two_residue_paragraphs_in_a_row_with_one_blank_line_left():
    text = (
        "Harbour board backs channel dredging\n\n"
        "The harbour board voted on Tuesday to dredge the eastern channel before the storms.\n\n"
        "Share this article\n\n"
        "Follow us on Twitter\n\n"
        "Dredging will cost the board about two million pounds, its finance director said.\n"
    )
    outcome = fix_text(text, config=Config(select=("BP",)))
    assert outcome.text == text.replace("Share this article\n\nFollow us on Twitter\n\n", "")
