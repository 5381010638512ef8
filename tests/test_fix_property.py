"""Properties of --fix on arbitrary text: it never raises, it is idempotent, and every change it
makes is an edit that a diagnostic of that pass named."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.fix import allowed, apply_edits, fix_text
from newslint.runner import lint_document
from newslint.sources import plain

# Pieces that make the rules fire (doubles, repeated headlines, promo lines, acronym variants,
# quotes, CRLF) mixed with arbitrary characters.
# fmt: off
PIECES = [
    "the", "the the", " ", "  ", "\n", "\n\n", "\r\n", "\t", '"', "“", "”", "'", ".", ",",
    "Harbour budget approved", "Get it on Google Play", "Share this article",
    "the Collective Security Treaty Organisation (CSTO)", "CSTO", "CTSO", "Nato", "NATO",
    "tunned", "goverment", "Kazakhstan", "Kazahkstan", "to to", "is is", "[sic]", "é", "\u00ad",
]
# fmt: on
_PIECE = st.sampled_from(PIECES)
_BODY = st.lists(st.one_of(_PIECE, _PIECE, _PIECE, st.text(max_size=3)), max_size=40).map("".join)
STORIES = st.builds("{}{}".format, st.sampled_from(["", "Harbour budget approved\n\n"]), _BODY)
CONFIG = Config()


def _named_edits(text: str, unsafe: bool) -> set[tuple[int, int, str]]:
    """Every (start, end, replacement) in the file's text that a fix of an applicable diagnostic
    proposes for ``text`` (line breaks in replacements compared as LF)."""
    doc = plain.parse(text, "story.txt")
    applicable = allowed(unsafe)
    named = set()
    for d in lint_document(doc, CONFIG).diagnostics:
        if d.fix is not None and d.fix.applicability in applicable:
            for e in d.fix.edits:
                span = doc.source_span(e.span)
                named.add((span.start, span.end, _lf(e.replacement)))
    return named


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")


def _check(text: str, unsafe: bool) -> None:
    outcome = fix_text(text, "story.txt", CONFIG, unsafe=unsafe)

    assert outcome.converged
    again = fix_text(outcome.text, "story.txt", CONFIG, unsafe=unsafe)
    assert again.text == outcome.text and again.fixes == 0

    assert outcome.history[0] == text and outcome.history[-1] == outcome.text
    for number, (before, after) in enumerate(zip(outcome.history, outcome.history[1:], strict=False), 1):
        edits = [e for e in outcome.applied if e.pass_number == number]
        named = _named_edits(before, unsafe)
        for edit in edits:
            assert (edit.span.start, edit.span.end, _lf(edit.replacement)) in named
        assert apply_edits(before, [(e.span, e.replacement) for e in edits]) == after


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STORIES)
def test_safe_fixes_on_any_text(text):
    _check(text, unsafe=False)


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STORIES)
def test_unsafe_fixes_on_any_text(text):
    _check(text, unsafe=True)
