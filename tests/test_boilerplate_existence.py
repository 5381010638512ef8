"""The ``existence`` pack kind that the boilerplate pack is built on: ``match: anywhere | whole |
start``, ``max-words`` and ``whole-word``, loaded from one-rule packs written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config import Config
from newslint.document import Document
from newslint.engine import run_rules
from newslint.packs.loader import load_pack_dirs
from newslint.packs.spec import PackError
from newslint.types import Applicability


def load(tmp_path: Path, body: str):
    folder = tmp_path / "residue"
    folder.mkdir(exist_ok=True)
    (folder / "pack.yml").write_text("prefix: BX\nseverity: error\n", encoding="utf-8")
    head = "code: BX001\nname: residue\nextends: existence\nscope: line\nmessage: \"residue: '{match}'\"\n"
    (folder / "rule.yml").write_text(head + body, encoding="utf-8")
    (rule,) = load_pack_dirs((folder,))
    return rule


def run(rule, text: str) -> list:
    config = Config()
    return run_rules(Document(text, "story.txt"), [rule(None, config)], config).diagnostics


def lines(diagnostics) -> list[int]:
    return [d.start.line for d in diagnostics]


MENU = "match: whole\ntokens: [print, email, share, text size]\nfix: {action: delete-line, applicability: safe}\n"


def test_whole_matches_a_line_made_only_of_the_terms_and_separators(tmp_path):
    rule = load(tmp_path, MENU)
    text = "Story line one.\nPrint | Email | Share\n» Text size «\nPrint sales fell.\n"
    assert lines(run(rule, text)) == [2, 3]


def test_whole_line_fix_deletes_the_line_with_its_break(tmp_path):
    rule = load(tmp_path, MENU)
    text = "One.\nShare\nTwo.\n"
    (d,) = run(rule, text)
    assert d.fix.applicability is Applicability.SAFE
    (edit,) = d.fix.edits
    assert text[: edit.span.start] + text[edit.span.end :] == "One.\nTwo.\n"


def test_start_flags_the_whole_line_that_begins_with_a_term(tmp_path):
    rule = load(tmp_path, "match: start\nregex: true\ntokens: ['follow us on \\w+']\n")
    text = "Follow us on Twitter for updates\nFollowers rose.\nWe follow us on nothing.\n"
    (d,) = run(rule, text)
    assert (d.start.line, d.start.column, d.end.column) == (1, 1, 33)
    assert d.message == "residue: 'Follow us on Twitter for updates'"


def test_start_needs_a_word_boundary_after_the_term(tmp_path):
    rule = load(tmp_path, "match: start\ntokens: [sign up]\n")
    assert lines(run(rule, "Sign upstairs\nSign up today\n")) == [2]


def test_max_words_limits_whole_and_start_matches(tmp_path):
    rule = load(tmp_path, "match: start\nmax-words: 4\ntokens: ['photo:']\n")
    text = "Photo: Jo Bloggs\nPhoto: the long caption runs on for many words here\n"
    assert lines(run(rule, text)) == [1]


def test_anywhere_with_whole_word_off_finds_terms_inside_words(tmp_path):
    rule = load(tmp_path, "whole-word: false\ntokens: ['&amp;']\n")
    (d,) = run(rule, "Smith&amp;Sons said so.\n")
    assert d.message == "residue: '&amp;'"


def test_anywhere_is_whole_word_by_default(tmp_path):
    rule = load(tmp_path, "tokens: [amp]\n")
    assert [d.start.column for d in run(rule, "The ampere and the amp.\n")] == [20]


@pytest.mark.parametrize(
    "body, problem",
    [
        ("match: all\ntokens: [x]\n", "match: 'all' is not one of"),
        ("max-words: 0\nmatch: whole\ntokens: [x]\n", "max-words"),
    ],
)
def test_bad_settings_name_the_file_and_key(tmp_path, body, problem):
    with pytest.raises(PackError, match=problem):
        rule = load(tmp_path, body)
        rule(None, Config())  # shipped and desk packs may compile on first use
