"""Streamed reports (issue 23 item 7, issue 21 item 2): the same bytes as the whole-run
computation, stories in path order, documents dropped once reported, a progress bar only on a
terminal."""

from __future__ import annotations

import io
import json
from collections import Counter

import pytest

from newslint import __version__
from newslint import progress as progress_module
from newslint.config import Config
from newslint.formatters import FormatContext
from newslint.formatters import json as json_format
from newslint.formatters import text as text_format
from newslint.parallel import iter_lint_files
from newslint.report import ReportOptions, stream_report
from newslint.results import FileResult, RunResult
from newslint.runner import lint_file, lint_paths, stream_paths

STORIES = {
    "b.txt": "Council meets\n\nThe the council met on Monday. It it agreed a café budget.\n",
    "a.txt": "Clean headline\n\nNothing is wrong here.\n",
    "c.md": "# Harbour wall\n\nThe wall was was finished — at last “quietly”.\n",
    "d.txt": "Another one\n\nThe mayor said said nothing.\n",
}


@pytest.fixture
def folder(tmp_path):
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def plain_json(run: RunResult, context: FormatContext) -> str:
    """The contract computed the plain way: one payload, one json.dumps."""
    records = [r for f in run.files for r in json_format.file_records(f)]
    counts = Counter(d.severity.value for d in run.diagnostics)
    summary = {"files": len(run.files), "diagnostics": len(run.diagnostics), "error": counts["error"],
               "warning": counts["warning"], "info": counts["info"]}
    payload = {"version": context.version, "diagnostics": records, "summary": summary}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def test_streamed_json_is_byte_identical_to_one_dump(folder):
    run = lint_paths([str(folder)], Config(), overrides={"select": ("ALL",)})
    assert run.diagnostics, "the stories must have findings for the comparison to mean anything"
    context = FormatContext("9.9")
    assert "".join(json_format.render_stream(run.files, context)) == plain_json(run, context)
    assert json_format.render(run, context) == plain_json(run, context)


@pytest.mark.parametrize("files", [[], [FileResult("x.txt")], [FileResult("x.txt"), FileResult("y.txt")]])
def test_streamed_json_without_findings_matches_one_dump(files):
    run = RunResult(files)
    context = FormatContext("1")
    assert json_format.render(run, context) == plain_json(run, context)


def test_streamed_text_matches_the_whole_report(folder):
    run = lint_paths([str(folder)], Config(), overrides={"select": ("ALL",)})
    context = FormatContext("1", show_source=True, statistics=True)
    lines = []
    for f in run.files:
        for d in f.diagnostics:
            lines.append(text_format._line(d, False))
            from newslint.formatters._source import source_lines

            shown = source_lines(d, f.document)
            if shown is not None:
                lines.extend(shown)
    counts = Counter((d.code, d.name) for d in run.diagnostics)
    lines += [f"{n:6d}  {c}  {name}" for (c, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    assert text_format.render(run, context) == "\n".join(lines) + "\n"


def test_stream_comes_in_path_order_whatever_the_argument_order(folder):
    names = ["d.txt", "b.txt", "c.md", "a.txt"]
    stream = stream_paths([str(folder / n) for n in names], Config())
    assert stream.count == 4
    assert [r.path.rsplit("/", 1)[1] for r in stream.results] == sorted(names)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_parallel_stream_gives_the_serial_results_in_order(folder, jobs):
    tasks = [(str(p), Config()) for p in sorted(folder.iterdir())] * 3
    serial = [lint_file(path, config) for path, config in tasks]
    streamed = list(iter_lint_files(tasks, lint_file, None, jobs))
    assert [r.path for r in streamed] == [r.path for r in serial]
    assert [r.diagnostics for r in streamed] == [r.diagnostics for r in serial]
    assert all(r.config is c for r, (_, c) in zip(streamed, tasks, strict=True))


def test_stream_report_drops_documents_and_keeps_what_the_summary_needs(folder, capsys):
    stream = stream_paths([str(folder)], Config())
    seen = []

    def accept(f):  # the formatter receives each story with its document, before it is dropped
        seen.append(f.document is not None)

    run = stream_report(stream, ReportOptions("json", quiet=True), accept)
    assert seen == [True] * 4
    assert [f.document for f in run.files] == [None] * 4
    whole = lint_paths([str(folder)], Config())
    assert [f.diagnostics for f in run.files] == [f.diagnostics for f in whole.files]
    assert capsys.readouterr().out == json_format.render(whole, FormatContext(__version__))


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_quiet():
    assert progress_module.Progress(100, stream=FakeTerminal()).enabled
    assert not progress_module.Progress(100, stream=io.StringIO()).enabled
    assert not progress_module.Progress(100, enabled=False, stream=FakeTerminal()).enabled  # --quiet
    assert not progress_module.Progress(1, stream=FakeTerminal()).enabled  # one story: nothing to show


def test_progress_bar_is_drawn_after_the_delay_and_wiped_at_the_end(monkeypatch):
    monkeypatch.setattr(progress_module, "DELAY_SECONDS", 0.0)
    terminal = FakeTerminal()
    with progress_module.Progress(10, stream=terminal) as bar:
        for _ in range(5):
            bar.advance()
        with bar.paused():
            pass
    drawn = terminal.getvalue()
    assert "5/10" in drawn and "story" in drawn
    assert drawn.endswith("\r")  # leave=False: the line is cleared, nothing is left behind


def test_progress_bar_stays_away_on_a_short_run():
    terminal = FakeTerminal()
    with progress_module.Progress(10, stream=terminal) as bar:  # the default delay is not reached
        for _ in range(9):
            bar.advance()
    assert terminal.getvalue() == ""


def test_lint_text_without_a_config_reuses_one_engine():
    """No config means the one default Config, so the rules are built once, not on every call
    (a fresh Config() per call missed the per-config caches and filled them up)."""
    import newslint
    from newslint.runner import engine_for

    newslint.lint_text("Headline\n\nThe the council met.\n")
    before = engine_for.cache_info()
    first = newslint.lint_text("Headline\n\nThe the council met.\n")
    second = newslint.lint_text("Headline\n\nThe the council met.\n")
    after = engine_for.cache_info()
    assert first == second and [d.code for d in first].count("ST001") == 1
    assert after.misses == before.misses and after.hits == before.hits + 2


def test_a_streamed_report_on_a_terminal_draws_the_bar_and_prints_the_same_report(folder, monkeypatch, capsys):
    monkeypatch.setattr(progress_module, "DELAY_SECONDS", 0.0)
    plain = stream_report(stream_paths([str(folder)], Config()), ReportOptions("json"))
    expected = capsys.readouterr().out
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stderr", terminal)
    run = stream_report(stream_paths([str(folder)], Config()), ReportOptions("json"))
    assert capsys.readouterr().out == expected
    assert "/4" in terminal.getvalue() and "story" in terminal.getvalue()
    assert [f.diagnostics for f in run.files] == [f.diagnostics for f in plain.files]
    quiet = FakeTerminal()
    monkeypatch.setattr("sys.stderr", quiet)
    stream_report(stream_paths([str(folder)], Config()), ReportOptions("json", quiet=True))
    assert quiet.getvalue() == ""
