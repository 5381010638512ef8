"""Word .docx: paragraphs and table cells in order; line = paragraph number, column = offset."""

from __future__ import annotations

import json

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from newslint.config import Config
from newslint.runner import lint_paths
from newslint.sources import read_document

SENTENCE = "Officials said the the talks would resume."


def found(path, select=("ST",)) -> list[tuple[str, int, int]]:
    run = lint_paths([str(path)], Config(select=select))
    assert not run.errors, run.errors
    return [(d.code, d.start.line, d.start.column) for d in run.diagnostics]


def test_paragraph_number_and_offset(tmp_path):
    document = docx.Document()
    document.add_paragraph("Talks resume")
    document.add_paragraph("")
    document.add_paragraph("A first paragraph of copy.")
    document.add_paragraph(SENTENCE)
    document.save(tmp_path / "s.docx")
    assert found(tmp_path / "s.docx") == [("ST001", 4, SENTENCE.index("the talks") + 1)]


def test_table_cells_count_in_order_and_are_their_own_paragraphs(tmp_path):
    document = docx.Document()
    document.add_paragraph("Results table")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Harbour"
    table.cell(0, 1).text = "the"  # a cell ending in "the" does not run into the next cell
    table.cell(1, 0).text = "the"
    table.cell(1, 1).text = SENTENCE
    table.cell(2, 0).merge(table.cell(2, 1)).text = "Merged note"  # one cell in Word: read once
    document.add_paragraph("After the table.")
    document.save(tmp_path / "t.docx")
    doc, _ = read_document((tmp_path / "t.docx").read_bytes(), "t.docx")
    assert doc.source.split("\n") == [
        "Results table",
        "Harbour",
        "the",
        "the",
        SENTENCE,
        "Merged note",
        "After the table.",
    ]
    assert found(tmp_path / "t.docx") == [("ST001", 5, SENTENCE.index("the talks") + 1)]


def test_title_style_is_the_headline_and_runs_are_joined(tmp_path):
    document = docx.Document()
    document.add_paragraph("DESK: regional")
    document.add_paragraph("Ferry to resume", style="Title")
    para = document.add_paragraph("Ferry ")
    para.add_run("to").bold = True
    para.add_run(" resume")
    document.save(tmp_path / "h.docx")
    doc, _ = read_document((tmp_path / "h.docx").read_bytes(), "h.docx")
    assert doc.snippet(doc.headline) == "Ferry to resume"
    assert found(tmp_path / "h.docx") == [("ST002", 3, 1)]


def test_tracked_changes_read_as_accepted(tmp_path):
    document = docx.Document()
    para = document.add_paragraph("Officials said ")
    para._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="Ed"><w:r><w:delText>the the </w:delText></w:r></w:del>'
        )
    )
    para._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="2" w:author="Ed"><w:r><w:t xml:space="preserve">the the </w:t></w:r></w:ins>'
        )
    )
    para.add_run("talks\tresumed.")
    document.save(tmp_path / "c.docx")
    doc, _ = read_document((tmp_path / "c.docx").read_bytes(), "c.docx")
    assert doc.source == "Officials said the the talks\tresumed."
    assert found(tmp_path / "c.docx") == [("ST001", 1, 20)]


def test_json_adds_the_paragraph_text(tmp_path, run_cli):
    document = docx.Document()
    document.add_paragraph("Talks resume")
    document.add_paragraph(SENTENCE)
    document.save(tmp_path / "j.docx")
    out = run_cli("check", "--select", "ST001", "--format", "json", str(tmp_path / "j.docx"))
    (record,) = json.loads(out.output)["diagnostics"]
    assert (record["line"], record["column"], record["context"]) == (2, 20, SENTENCE)
    text = tmp_path / "j.txt"
    text.write_text(f"Talks resume\n{SENTENCE}\n")
    plain = json.loads(run_cli("check", "--select", "ST001", "--format", "json", str(text)).output)
    assert "context" not in plain["diagnostics"][0]


def test_fix_is_refused_and_the_file_untouched(tmp_path, run_cli):
    document = docx.Document()
    document.add_paragraph(SENTENCE)
    path = tmp_path / "f.docx"
    document.save(path)
    before = path.read_bytes()
    result = run_cli("check", "--select", "ST001", "--fix", str(path))
    assert result.exit_code != 0
    assert "docx" in result.output and "fix" in result.output
    assert path.read_bytes() == before


def test_bad_word_files_are_one_line_errors(tmp_path, run_cli):
    old = tmp_path / "old.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    for path, message in ((old, "a Word 97-2003 .doc file"), (broken, "not a readable Word .docx file")):
        result = run_cli("check", str(path))
        assert result.exit_code == 2
        assert f"newslint: {path}: {message}" in result.output
        assert "Traceback" not in result.output


def test_word_on_stdin_by_filename_or_forced_format(tmp_path, run_subprocess):
    document = docx.Document()
    document.add_paragraph("Talks resume")
    document.add_paragraph(SENTENCE)
    document.save(tmp_path / "in.docx")
    data = (tmp_path / "in.docx").read_bytes()
    named = run_subprocess(
        "check", "--select", "ST001", "-q", "-", "--stdin-filename", "desk/story.docx", input=data
    )
    assert named.stdout.decode() == "desk/story.docx:2:20: ST001 [error] 'the' repeats the word before it\n"
    forced = run_subprocess("check", "--select", "ST001", "-q", "--input-format", "docx", "-", input=data)
    assert forced.stdout.decode() == "<stdin>:2:20: ST001 [error] 'the' repeats the word before it\n"
