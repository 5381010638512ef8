"""Property: directive parsing never crashes and engine-code diagnostics stay inside the story."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.runner import lint_text

PIECES = st.sampled_from([
    "<!-- newslint: ignore[ST001] -->", "<!-- newslint: disable[ST] -->", "<!-- newslint: enable[ST] -->",
    "<!-- newslint: file-ignore[ST001,NL003] -->", "<!-- newslint: ignore -->", "<!-- newslint: x[",
    "<!-- newslint:", "-->", "the the", "\n", "\n\n", " ", "word", "<p>", "</p>", "# Head", "é", "\r\n",
])
CONFIG = Config(select=("ST001", "NL002", "NL003"))


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=30), st.sampled_from(["s.txt", "s.md", "s.html"]))
def test_any_mix_of_directives_lints_without_crashing(pieces, path):
    text = "".join(pieces)
    lines = text.split("\n")
    for d in lint_text(text, path, CONFIG):
        assert d.code != "NL001", d.message
        assert 1 <= d.start.line <= len(lines)
        assert 0 <= d.span.start <= d.span.end
