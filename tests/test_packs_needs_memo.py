"""The analysis of pack terms is kept between runs, and a broken memo is rebuilt, not trusted."""

from __future__ import annotations

import pytest

from newslint.packs import needs, needs_memo

TERM = r"(?:photo|image) ?credit:"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    needs_memo.forget()
    yield tmp_path
    needs_memo.forget()


def test_a_term_is_analysed_once_and_read_back_on_the_next_run(cache, monkeypatch):
    fresh = needs.term_needs(TERM, True, True)
    assert fresh is not None
    assert needs_memo.term_needs(TERM, True, True) == fresh
    assert needs_memo.stands_alone(TERM, True) == needs.stands_alone(TERM, True)
    needs_memo.save()
    assert (cache / needs_memo.memo_name()).is_file()
    needs_memo.forget()  # a new run
    monkeypatch.setattr(needs, "term_needs", lambda *args: pytest.fail("analysed again"))
    monkeypatch.setattr(needs, "stands_alone", lambda *args: pytest.fail("analysed again"))
    assert needs_memo.term_needs(TERM, True, True) == fresh
    assert needs_memo.stands_alone(TERM, True) is True


def test_an_unreadable_memo_is_analysed_afresh(cache):
    (cache / needs_memo.memo_name()).write_bytes(b"not a memo")
    assert needs_memo.term_needs("cookie policy", False, True) == needs.term_needs("cookie policy", False, True)
    needs_memo.save()
    needs_memo.forget()
    assert needs_memo.term_needs("cookie policy", False, True) == needs.term_needs("cookie policy", False, True)


def test_the_memo_is_named_after_the_analysing_code():
    needs_memo.forget()
    assert needs_memo.memo_name().startswith(needs_memo.PREFIX)
    assert needs_memo.memo_name() != f"{needs_memo.PREFIX}0.1.0-00000000.marshal"
