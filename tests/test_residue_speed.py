"""The speed shortcuts of the residue classifier (cheap str tests before the patterns) never
change a result: each is compared with the bare pattern on lines written for the purpose."""

from __future__ import annotations

import itertools

import pytest

from newslint.checks.boilerplate.residue import shapes

PIECES = [
    "The harbour board voted on Tuesday",
    "(AP)",
    "(Reuters file)",
    "Photo: Ada Lind",
    "Picture by Tom Osei",
    "via Getty Images",
    "for AFP",
    "EPA photo",
    "Shutterstock",
    "© Coastline Press 2024",
    "Kofi Mensah/Reuters",
    "Courtesy of the museum",
    "see www.porthaven.gov",
    "porthaven.co.uk",
    "https://example.org/path",
    "mail ada@porthaven.news",
    "follow @porthaven",
    "#dredging",
    "fees rose 4.5 per cent",
    "the A.P. Moller line",
    "a PAC donation",
    "in the apparel trade",
]


def lines() -> list[str]:
    return [" ".join(pair) for pair in itertools.permutations(PIECES, 2)] + PIECES


@pytest.mark.parametrize("text", lines())
def test_the_url_shortcut_agrees_with_the_pattern(text):
    assert shapes.has_url(text) is bool(shapes.URL_RE.search(text))


@pytest.mark.parametrize("text", lines())
def test_the_credit_shortcut_agrees_with_the_patterns(text):
    raw = bool(shapes._CREDIT_RE.search(text)) or ("/" in text and bool(shapes._SLASH_CREDIT_RE.search(text)))
    assert shapes.has_credit(text) is raw
