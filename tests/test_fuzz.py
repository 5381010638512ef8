"""Hostile and broken input never crashes newslint (issue 10), checked with hypothesis.

Properties, over arbitrary Unicode, random bytes, Markdown/HTML fragments, very long lines,
deep nesting, zero-width and right-to-left characters and lone surrogates:

* nothing raises, and no rule crashes (an ``NL001`` diagnostic counts as a crash);
* through the CLI the exit code is 0, 1 or 2 and there is never a traceback;
* every diagnostic's span lies inside the text, and its line/column converts back to that span;
* the output is deterministic (twice in one process, and across hash seeds in two processes);
* ``--fix`` is idempotent: a second run changes no byte.

The longer run (many more examples) is ``benchmarks/fuzz_long.py``; CI runs this file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.engine_codes import InternalError
from newslint.runner import lint_document
from newslint.sources import read_document

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONFIG = Config()  # the default rule set: every rule that runs for a user must survive this
# Suppression-directive diagnostics point at an HTML comment in the file, which is not in the text.
MARKUP_CODES = frozenset({"NL002", "NL003"})

ODD_CHARACTERS = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",  # zero-width
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u200f",
    "\u200e",  # bidi controls
    "\u0301",
    "\u0308",
    "\u20dd",  # combining marks
    "\u05d0\u05d1",
    "\u0627\u0644\u0639",
    "\u4e2d\u6587",  # Hebrew, Arabic, CJK
    "\U0001f600",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\u2764\ufe0f",  # emoji, ZWJ family
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    "\x0b",
    "\x0c",
    "\x85",
    "\u2028",
    "\u2029",  # line-ish breaks
    "\x00",
    "\x1b",
    "\x7f",
]
WORDS = [
    "the",
    "the the",
    "The",
    "Council",
    "council",
    "CSTO",
    "CTSO",
    "Nato",
    "NATO",
    "said",
    "Mr.",
    "Dr",
    "U.S.",
    "tunned",
    "recieved",
    "Vellamouth",
    "Vellamuoth",
    "Pascal Ausseur",
    "Pierre Ausseur",
    "Published: 07:43 AM, 7 Jan, 2022",
    "Caption:",
    "Share this article",
    "Get it on Google Play",
    "[sic]",
    "that that",
    "had had",
    "it's",
    "Kyiv’s",
    "Zürich",
    "'",
    "’",
    '"',
    "“",
    "”",
    "«",
    "»",
    "(",
    ")",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "-",
    "--",
    "—",
    "...",
    "…",
    "%",
    "20,000",
    "1953",
]
MARKUP = [
    "# ",
    "## ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "```",
    "`",
    "**",
    "_",
    "[",
    "](",
    ")",
    "![",
    "<",
    ">",
    "---\n",
    "title: x\n",
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<div>",
    "</div>",
    "<br>",
    "<br/>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<!-- newslint: ignore -->",
    "<!-- newslint: disable[ST001] -->",
    "<!-- newslint: enable[ST001] -->",
    "&amp;",
    "&nbsp;",
    "&#x1F600;",
    "&#0;",
    "&#xD800;",
    "&bogus;",
    "<a href='x'>",
    "</a>",
    "<table><tr><td>",
    "|",
    "\\",
]


def _joined(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=8)), max_size=60).map(" ".join)


STORY_TEXT = st.one_of(
    st.text(max_size=400),
    _joined(WORDS + ODD_CHARACTERS),
    st.lists(st.sampled_from(WORDS + ODD_CHARACTERS + MARKUP), max_size=80).map("".join),
)
FRAGMENTS = st.lists(st.sampled_from(MARKUP + WORDS + ["\n", "\n\n", " "]), max_size=80).map("".join)
SUFFIXES = st.sampled_from(["story.txt", "story.md", "story.html"])


def run_cli(*args: str, input: bytes | None = None):
    """In-process CLI (a plain function: hypothesis re-runs a test body, not its fixtures)."""
    from newslint.cli import cli

    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _line_starts(source: str) -> list[int]:
    """After every LF, CRLF or lone CR: lines as an editor shows them (a lone CR is an old Mac
    line ending, so a file written that way has lines, not one)."""
    return [0] + [i + 1 for i, ch in enumerate(source)
                  if ch == "\n" or (ch == "\r" and source[i + 1 : i + 2] != "\n")]


def _offset(starts: list[int], line: int, column: int) -> int:
    return starts[line - 1] + column - 1


def lint_and_check(data: bytes, path: str) -> list[dict]:
    """Lint ``data`` as the file ``path`` and assert the span and position properties."""
    try:
        doc, _ = read_document(data, path)
    except Exception as exc:  # only the reader's own one-line input errors are allowed
        from newslint.sources import InputError

        assert isinstance(exc, InputError), f"reader raised {type(exc).__name__}: {exc}"
        assert "\n" not in str(exc)
        return []
    diagnostics = lint_document(doc, CONFIG).diagnostics
    crashes = [d.message for d in diagnostics if d.code == InternalError.code]
    assert not crashes, crashes
    text_length = len(doc.text)
    starts = _line_starts(doc.source)
    for d in diagnostics:
        assert 0 <= d.span.start <= d.span.end <= text_length, (d.code, d.span, text_length)
        source_span = doc.source_span(d.span)
        assert 0 <= source_span.start <= source_span.end <= len(doc.source)
        if d.code in MARKUP_CODES:  # a directive in a comment the reader removed: no text span
            assert 0 <= _offset(starts, d.start.line, d.start.column) <= len(doc.source), d.code
        elif doc._line_labels is None:  # readers that relabel lines (docx) have no line/column file
            assert _offset(starts, d.start.line, d.start.column) == source_span.start, d.code
            assert _offset(starts, d.end.line, d.end.column) == source_span.end, d.code
        if d.fix is not None:
            for edit in d.fix.edits:
                assert 0 <= edit.span.start <= edit.span.end <= text_length, (d.code, edit)
    return [d.to_record() for d in diagnostics]


@SETTINGS
@given(text=STORY_TEXT, path=SUFFIXES)
def test_any_text_lints_without_crash_with_spans_in_bounds(text, path):
    data = text.encode("utf-8", "surrogatepass")
    first = lint_and_check(data, path)
    assert lint_and_check(data, path) == first  # deterministic within a process


@SETTINGS
@given(data=st.binary(max_size=600), path=SUFFIXES)
def test_random_bytes_never_crash(data, path):
    lint_and_check(data, path)


@SETTINGS
@given(fragment=FRAGMENTS, path=st.sampled_from(["page.md", "page.html", "page.htm", "page.markdown"]))
def test_markdown_and_html_fragments(fragment, path):
    lint_and_check(fragment.encode("utf-8"), path)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word=st.sampled_from(WORDS), repeats=st.integers(min_value=1_000, max_value=5_000), path=SUFFIXES)
def test_very_long_lines(word, repeats, path):
    lint_and_check((("Headline\n\n") + (word + " ") * repeats).encode("utf-8"), path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("deep.html", "<div>" * 3000 + "the the story" + "</div>" * 3000),
        ("deep.html", "<b><i>" * 2000 + "text"),
        ("deep.md", "> " * 2000 + "the the story\n"),
        ("deep.md", "[" * 5000 + "x" + "](" * 5000),
        ("deep.md", "- " * 1000 + "item\n" + "  " * 1000 + "- nested\n"),
        ("deep.md", "*" * 10000 + "\n" + "_" * 10000),
        ("deep.txt", '"' * 20000),
        ("deep.txt", "“" * 10000 + "”" * 10000),
        ("deep.txt", "(" * 10000 + ")" * 10000),
        ("long.txt", "a" * 300_000),  # one 300,000-letter "word" (spelling once took minutes on this)
        ("long.txt", ("word " * 30_000).strip()),
        ("long.txt", "\n" * 100_000),
        ("long.txt", "the\n" * 5_000),
    ],
)
def test_deep_nesting_and_huge_lines(path, text):
    lint_and_check(text.encode("utf-8"), path)


@SETTINGS
@given(
    text=st.lists(
        st.one_of(st.sampled_from(WORDS), st.sampled_from(["\ud800", "\udfff", "\udc80", "\ud83d"])),
        max_size=40,
    ).map(" ".join)
)
def test_lone_surrogates_in_library_input(text):
    """The library takes any str; a lone surrogate must not crash a rule or the reader."""
    from newslint.runner import lint_text

    for path in ("story.txt", "story.md", "story.html"):
        found = lint_text(text, path, CONFIG)
        assert not [d for d in found if d.code == InternalError.code]
        for d in found:
            assert 0 <= d.span.start <= d.span.end


@FEW
@given(data=st.one_of(st.binary(max_size=300), STORY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_cli_on_random_input_exits_0_1_or_2_without_traceback(data):
    result = run_cli("check", "--no-config", "-j", "1", "--format", "json", "-", input=data)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.output
    assert "internal error" not in result.output
    if result.exit_code != 2:
        json.loads(result.stdout)


@FEW
@given(text=STORY_TEXT, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_fix_is_idempotent(tmp_path_factory, text, suffix):
    folder = tmp_path_factory.mktemp("fix")
    path = folder / f"story{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    first = run_cli("check", "--no-config", "-j", "1", "--fix", "-q", str(path))
    assert first.exit_code in (0, 1, 2), first.output
    assert "Traceback" not in first.output and "internal error" not in first.output
    once = path.read_bytes()
    second = run_cli("check", "--no-config", "-j", "1", "--fix", "-q", str(path))
    assert second.exit_code in (0, 1, 2)
    assert path.read_bytes() == once, "a second --fix changed the file again"


def test_output_is_the_same_across_hash_seeds(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Vellamouth floods\n\nThe CFDA and the CDFA met in Vellamouth. Marguerite Okonjo spoke.\n\n"
        "Margaret Okonjo said the the barrier would rise. Vellamuoth agreed. Vellamouth cheered.\n",
        encoding="utf-8",
    )
    outputs = []
    for seed in ("1", "2", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "newslint", "check", "--no-config", "--format", "json", "-j", "1",
             str(story), str(ROOT / "examples")],
            capture_output=True, env=env, timeout=300,
        )  # fmt: skip
        assert proc.returncode in (0, 1), proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
