"""One story as desks hold it (.txt, .md, .html, .docx, stdin): the same findings, each pointing
at the right text in its own file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest

from newslint.config import Config
from newslint.runner import lint_paths, lint_text
from newslint.sources import document_from_text, format_for, read_document

STORIES = Path(__file__).parent / "stories" / "sources"
HEADLINE = "Ferry service to resume on northern route"
BODY = [
    "Harbour officials said on Tuesday that the ferry would sail again next week, after a month of "
    "repairs to the the landing stage at Port Ellery.",
    HEADLINE,
    "The operator said tickets bought for cancelled crossings would be honoured, and that a larger "
    "vessel would run at weekends until the end of the summer.",
]
EXPECTED = [("ST001", "the"), ("ST002", HEADLINE)]  # what the story is built to trigger


def write_docx(path: Path, headline: str = HEADLINE, body: list[str] = BODY) -> Path:
    document = docx.Document()
    document.add_paragraph(headline, style="Title")
    document.add_paragraph("")  # the spacer paragraph desks type: it still counts as a paragraph
    for text in body:
        document.add_paragraph(text)
    document.save(path)
    return path


def source_lines(path: Path) -> list[str]:
    """The lines a diagnostic's line/column count in: the file's, or a .docx's paragraphs."""
    if path.suffix == ".docx":
        return [p.text for p in docx.Document(path).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def pointed_at(path: Path, d) -> str:
    assert d.start.line == d.end.line
    return source_lines(path)[d.start.line - 1][d.start.column - 1 : d.end.column - 1]


@pytest.fixture
def story_files(tmp_path) -> list[Path]:
    files = [Path(shutil.copy(STORIES / f"ferry{ext}", tmp_path)) for ext in (".txt", ".md", ".html")]
    return files + [write_docx(tmp_path / "ferry.docx")]


def test_every_format_gives_the_same_codes_pointing_at_its_own_text(story_files):
    run = lint_paths([str(p) for p in story_files], Config(select=("ST",)))
    assert not run.errors
    assert len(run.files) == 4
    for result in run.files:
        path = Path(result.path)
        found = [(d.code, pointed_at(path, d)) for d in result.diagnostics]
        assert found == EXPECTED, path.suffix


def test_positions_are_the_files_own_lines(story_files):
    run = lint_paths([str(p) for p in story_files], Config(select=("ST001",)))
    where = {
        Path(f.path).suffix: (f.diagnostics[0].start.line, f.diagnostics[0].start.column) for f in run.files
    }
    assert where == {".txt": (4, 16), ".md": (9, 16), ".html": (13, 20), ".docx": (3, 110)}


def test_each_format_has_its_reader_and_headline(story_files):
    for path in story_files:
        doc, notice = read_document(path.read_bytes(), str(path))
        assert notice is None
        assert (
            doc.input_format
            == {".txt": "text", ".md": "markdown", ".html": "html", ".docx": "docx"}[path.suffix]
        )
        assert doc.snippet(doc.headline) == HEADLINE


def test_stdin_filename_picks_the_reader(run_subprocess):
    data = (STORIES / "ferry.md").read_bytes()
    proc = run_subprocess(
        "check", "--select", "ST", "--format", "json", "-", "--stdin-filename", "story.md", input=data
    )
    records = json.loads(proc.stdout)["diagnostics"]
    assert proc.returncode == 1
    assert [(r["path"], r["code"], r["line"], r["column"]) for r in records] == [
        ("story.md", "ST001", 9, 16),
        ("story.md", "ST002", 13, 1),
    ]


def test_input_format_forces_the_reader(run_cli, tmp_path):
    data = (STORIES / "ferry.html").read_bytes()
    as_text = run_cli("check", "--select", "ST001", "-q", "-", input=data)
    assert as_text.output.count("ST001") == 2  # read as plain text, the script's "the the" counts too
    forced = run_cli("check", "--select", "ST001", "-q", "--input-format", "html", "-", input=data)
    assert forced.output == "<stdin>:13:20: ST001 [error] 'the' repeats the word before it\n"
    misnamed = tmp_path / "ferry.txt"
    misnamed.write_bytes(data)
    result = run_cli("check", "--select", "ST001", "-q", "--input-format", "html", str(misnamed))
    assert result.output == f"{misnamed}:13:20: ST001 [error] 'the' repeats the word before it\n"


def test_unknown_input_format_is_a_usage_error(run_cli, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Fine copy.\n")
    result = run_cli("check", "--input-format", "rtf", str(story))
    assert result.exit_code == 2
    assert "unknown input format 'rtf'" in result.output


def test_folders_recurse_into_every_story_format(story_files, tmp_path):
    (tmp_path / "~$ferry.docx").write_bytes(b"\x0bJane Editor" + b"\x00" * 40)  # Word's lock file
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 60)  # not a story suffix
    run = lint_paths([str(tmp_path)], Config(select=("ST001",)))
    linted = sorted(Path(f.path).name for f in run.files if f.diagnostics)
    assert linted == ["ferry.docx", "ferry.html", "ferry.md", "ferry.txt"]
    assert not run.errors
    notices = [n for f in run.files for n in f.notices]
    assert notices == [f"{tmp_path / '~$ferry.docx'}: Word lock file, skipped"]


def test_format_for_suffixes():
    assert [
        format_for(f"s{ext}") for ext in (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".rst")
    ] == [
        "plain",
        "markdown",
        "markdown",
        "html",
        "html",
        "docx",
        "plain",
    ]


def test_library_lint_text_reads_markup_by_path():
    md = "# Ferry\n\nRepairs to the `the` stage, then the the landing.\n"
    assert [
        (d.code, d.start.line, d.start.column) for d in lint_text(md, "story.md", Config(select=("ST001",)))
    ] == [("ST001", 3, 38)]
    assert document_from_text("Just text", "story.docx").input_format == "text"  # text cannot be Word


def test_parallel_runs_give_the_same_positions(story_files, run_cli):
    args = ["check", "--select", "ST", "--format", "json", *map(str, story_files)]
    one = json.loads(run_cli(*args, "-j", "1").output)["diagnostics"]
    two = json.loads(run_cli(*args, "-j", "2").output)["diagnostics"]
    assert one == two and len(one) == 8
