"""``--jobs N``: the same output, in the same order, as a serial run."""

from __future__ import annotations

import pytest

from newslint import parallel
from newslint.config import Config
from newslint.runner import lint_paths

PARAGRAPHS = (
    "Faced with unrest, the the government asked for help overnight.",
    "Officals said the talks would resume in Kazahkstan on Monday.",
    "The CSTO met in Almaty; the CTSO statement followed an hour later.",
    "Stay tuned with our app\nGet it on Google Play",
    "Prices rose by 50 per cent, traders said, and and fell again.",
    "A clean paragraph about the harbour wall and the tide tables.",
)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    folder = tmp_path / "desk"
    folder.mkdir()
    for i in range(14):
        body = "\n\n".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(i % 4 + 1))
        suffix = ".md" if i % 3 == 0 else ".txt"
        (folder / f"story-{i:02d}{suffix}").write_text(f"Headline number {i}\n\n{body}\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_jobs_two_prints_exactly_what_jobs_one_prints(desk, run_cli, fmt):
    serial = run_cli("check", "--no-config", "--format", fmt, "--jobs", "1", "desk", "missing.txt")
    paired = run_cli("check", "--no-config", "--format", fmt, "--jobs", "2", "desk", "missing.txt")
    assert serial.stdout and serial.exit_code == 2  # missing.txt is an input error
    assert (paired.exit_code, paired.stdout, paired.stderr) == (serial.exit_code, serial.stdout, serial.stderr)


def test_parallel_results_keep_order_and_config_identity(desk):
    config = Config()
    serial = lint_paths(["desk"], config, jobs=1)
    paired = lint_paths(["desk"], config, jobs=3)
    assert [f.path for f in paired.files] == [f.path for f in serial.files]
    assert [f.diagnostics for f in paired.files] == [f.diagnostics for f in serial.files]
    assert [f.notices for f in paired.files] == [f.notices for f in serial.files]
    assert all(f.config is config for f in paired.files)
    assert paired.files[1].document.text == serial.files[1].document.text


def test_one_file_never_starts_workers(desk, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for one file")

    import concurrent.futures  # parallel imports the pool lazily, from here

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    run = lint_paths([str(desk / "story-01.txt")], Config(), jobs=4)
    assert [f.path for f in run.files] == [str(desk / "story-01.txt")]


def test_default_jobs_is_the_number_of_usable_cores():
    assert parallel.default_jobs() >= 1


def test_jobs_must_be_positive(run_cli):
    result = run_cli("check", "--jobs", "0", "x.txt")
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_a_document_travels_without_its_views():
    import pickle

    from newslint.document import Document

    doc = Document("One sentence here. Another one.\n\nA second paragraph.", "s.txt")
    assert doc.sentences and doc.words
    copy = pickle.loads(pickle.dumps(doc))
    assert "words" not in copy.__dict__ and "sentences" not in copy.__dict__
    assert (copy.text, copy.path, copy.sentences, copy.words) == (doc.text, doc.path, doc.sentences, doc.words)


def test_diagnostic_transport_keeps_every_field():
    import dataclasses

    from newslint.diagnostics import make_diagnostic
    from newslint.document import Document
    from newslint.types import Applicability, Diagnostic, Finding, Fix, Severity, Span

    assert [f.name for f in dataclasses.fields(Diagnostic)] == [
        "path", "code", "name", "severity", "message", "span", "start", "end", "suggestions", "fix",
        "fix_positions", "extra"], "a new Diagnostic field must travel in parallel.pack/unpack too"
    doc = Document("Say the the word.\nNext line.", "s.txt")
    finding = Finding(Span(8, 11), "repeated", ("the",), Fix.replace(Span(7, 11), "", Applicability.SAFE, "drop"))
    d = make_diagnostic(doc, finding, "ST001", "repeated-word", Severity.ERROR)
    copy = parallel.unpack(parallel.pack(d))
    assert copy == d and copy.to_record() == d.to_record()
