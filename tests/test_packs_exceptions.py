"""Substitution exceptions are searched one by one (or a few together) and mostly settled where a
match starts; what they leave alone must be exactly what one overlapped search of their whole
alternation leaves alone, as the rule was first written."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.packs.kinds._terms import compile_terms
from newslint.packs.loader import load_builtin_packs
from newslint.packs.units import scope_units
from newslint.types import Span

RULES = [r for r in load_builtin_packs() if r.spec.data.get("exceptions")]


def _reference(rule, doc: Document, unit: Span, found: list) -> list:
    joined = compile_terms(rule.spec, "exceptions", rule.spec.strings("exceptions"), whole_word=False)
    spans = [
        Span(m.start(), m.end()) for m in joined.finditer(doc.text, unit.start, unit.end, overlapped=True)
    ]
    if not rule.check_quotes:
        spans = [s for s in spans if not doc.in_quote(s)]
    return [m for m in found if not any(s.start <= m.start() and s.end >= m.end() for s in spans)]


def _assert_same(text: str, rules: list | None = None) -> None:
    doc = Document(text)
    for rule_class in RULES if rules is None else rules:
        rule = rule_class()
        for unit in scope_units(doc, rule.scope):
            found = list(rule.matches(doc, rule.pattern, unit))
            kept = rule.not_excepted(doc, unit, found) if found else []
            assert [m.span() for m in kept] == [m.span() for m in _reference(rule, doc, unit, found)]


def test_the_shipped_rules_have_exceptions_searched_apart():
    assert RULES and all(r().exceptions_split for r in RULES)


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nThe 3 men met on June 5 at 4pm; 2 of them (aged 9) scored 7 goals.",
        "Table\n\nMen  3  4  5\nWomen\t6\t7\n\n1. First\n2) Second\n\n1 2 3 »",
        'Talks\n\nShe said: "3 times, page 4," and left (49 receptions, 4 TD) the govt.intl site.',
    ],
)
def test_exceptions_leave_alone_what_their_alternation_did(text):
    _assert_same(text)


_BITS = st.sampled_from(
    [" ", "\n", "\n\n", "  ", "\t", ", ", ". ", ": ", "(", ")", '"', "“", "”", "-", "–", "/", "%", "$",
     "1", "3", "7", "9", "12", "2021", "page", "Page", "Channel", "June", "pm", "a.m.", "aged",
     "years old", "million", "for", "TD", "INT", "st", "and", "to", "govt", "intl", "x", "Mr"]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_BITS, max_size=30).map("".join))
def test_exceptions_leave_alone_what_their_alternation_did_on_any_text(text):
    _assert_same("Headline\n\n" + text)


def _desk_rule(exceptions: list[str], regex: bool = True):
    """A substitution rule whose exceptions overlap, so that which one an overlapped search finds
    first at a position decides what is left alone."""
    import tempfile
    from pathlib import Path

    from newslint.packs.loader import load_pack_dirs

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "pack.yml").write_text("prefix: DX\n", encoding="utf-8")
        listed = "".join(f"  - '{e}'\n" for e in exceptions)
        (folder / "rule.yml").write_text(
            f"code: DX001\nname: dx\nextends: substitution\nregex: {str(regex).lower()}\nmessage: m\n"
            f"swap: {{ab: AB, b: B, '1': one}}\nexceptions:\n{listed}",
            encoding="utf-8",
        )
        (rule,) = load_pack_dirs((folder,))
    return rule


DESK_RULES = [
    _desk_rule([" ", "a", " ab", "c", '"', "b(?= )", '[ "]+ab c', r"\d", "x", r"\d+ ?b", "1a"]),
    _desk_rule([" ", "x", " a", "ab c", " ab", "a", '"ab'], regex=False),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["a", "b", "c", "x", "1", " ", "\n", '"']), max_size=24).map("".join))
def test_overlapping_exceptions_are_settled_as_their_alternation_did(text):
    _assert_same(text, DESK_RULES)
