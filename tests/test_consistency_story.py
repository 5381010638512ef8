"""The consistency families (AC, NM, CN) on a whole story modelled on the project's seed article."""

from __future__ import annotations

from pathlib import Path

from conftest import lint
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.runner import lint_text

STORY = (Path(__file__).parent / "stories" / "consistency" / "alliance.txt").read_text(encoding="utf-8")
FAMILIES = ("AC", "NM", "CN")


def test_every_planted_slip_is_reported_with_the_right_suggestion_and_nothing_else():
    found = [
        (d.code, d.start.line, d.suggestions)
        for d in lint(STORY)
        if d.code.startswith(FAMILIES) and d.severity.value in ("error", "warning")
    ]
    assert found == [
        ("AC002", 1, ("NATO",)),
        ("AC002", 5, ("NATO",)),
        ("AC001", 25, ("CSTO",)),
        ("AC001", 27, ("CSTO",)),
        ("AC001", 29, ("CSTO",)),
        ("NM001", 29, ("Pascal Ausseur",)),
    ]


def test_second_definition_is_info():
    infos = [(d.code, d.start.line) for d in lint(STORY) if d.code == "AC004"]
    assert infos == [("AC004", 31)]


PIECES = list("AaBbCcNnOoTtSs -'’.,()\"\n") + [
    "NATO",
    "Nato",
    "Mr ",
    "John ",
    "e-mail",
    "email",
    "CSTO",
    "CTSO",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_any_text_gives_spans_inside_the_text_and_no_internal_error(text):
    for d in lint_text(text, "x.txt", Config(select=FAMILIES)):
        assert d.code != "NL001", d.message
        assert 0 <= d.span.start <= d.span.end <= len(text)
