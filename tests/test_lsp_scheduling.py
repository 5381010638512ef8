"""The server's own speed tricks, in-process, each checked against what it replaced.

- Diagnostics are published as JSON written directly (``Entry.wire``): it must be exactly what
  lsprotocol's converter makes of the typed diagnostic, in both encodings, with emoji and CRLF.
- A version is linted once: waiters share the lint under way; a change drops the stale lint
  (never published); a config change makes a lint under way count for nothing.
- The heap is frozen once the rules are loaded, and the collector paused during a lint: the
  findings stay the same, and the collector always comes back.
"""

from __future__ import annotations

import asyncio
import gc

import pytest
from lsp.stories import STORY, with_breaks
from lsprotocol import types
from pygls.protocol import default_converter

import newslint
from newslint.lsp.diagnostics import SourceLines, problem_entry, to_entry
from newslint.lsp.documents import DocumentStore
from newslint.lsp.linting import LintResult
from newslint.lsp.positions import UTF16, UTF32, LineIndex
from newslint.lsp.scheduler import LintScheduler

CONVERTER = default_converter()


def _entries(text: str, encoding: str):
    linted = newslint.lint_source(text, "story.txt")
    return [to_entry(d, linted.document, SourceLines(text), LineIndex(text), encoding) for d in linted.diagnostics]


def test_published_json_is_what_lsprotocol_would_send():
    for newline in ("\n", "\r\n"):
        text = with_breaks(STORY, newline)
        for encoding in (UTF16, UTF32):
            entries = _entries(text, encoding)
            assert {"AC001", "SP001", "ST002"} <= {e.code for e in entries}
            for entry in entries:
                assert CONVERTER.unstructure(entry.diagnostic) == entry.wire
                assert entry.range == entry.diagnostic.range
    problem = problem_entry("newslint: bad config", None)
    assert CONVERTER.unstructure(problem.diagnostic) == problem.wire


def test_quick_fix_edits_are_the_published_fix():
    (typo,) = [e for e in _entries(STORY, UTF16) if e.code == "SP001"]
    own = typo.fixes[0]
    assert own.safe and [CONVERTER.unstructure(e) for e in own.edits] == typo.wire["data"]["fix"]["edits"]
    assert [f.title for f in typo.fixes[1:]] == [f"Replace with '{s}' (unsafe)"
                                                  for s in typo.wire["data"]["suggestions"][1:]]


class _FakeLinter:
    """A lint that finishes when the test says so, counting what it was asked to lint."""

    def __init__(self) -> None:
        self.asked: list[int | None] = []
        self.gates: dict[int | None, asyncio.Event] = {}

    async def __call__(self, snap) -> LintResult:
        self.asked.append(snap.version)
        gate = self.gates.setdefault(snap.version, asyncio.Event())
        await gate.wait()
        return LintResult(snap, UTF16)


async def _settle() -> None:
    """Let every task that can run, run (a few turns of the loop)."""
    for _ in range(5):
        await asyncio.sleep(0)


def _setup():
    store, lint, published = DocumentStore(), _FakeLinter(), []
    scheduler = LintScheduler(store, lint, lambda result: published.append(result.snapshot.version))
    uri = "file:///desk/story.txt"
    store.open(types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text="Story.\n"))
    return store, lint, published, scheduler, uri


def _edit(store, uri, version):
    change = types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=f"Story {version}.\n")],
    )
    return store.change(change, UTF16)


def test_waiters_share_the_lint_of_a_version():
    async def run():
        store, lint, published, scheduler, uri = _setup()
        scheduler.schedule(uri)
        await _settle()
        hover = asyncio.ensure_future(scheduler.current(uri))  # asks while the lint runs
        await _settle()
        lint.gates[1].set()
        result = await hover
        await _settle()
        assert lint.asked == [1] and published == [1] and result.snapshot.version == 1
        assert await scheduler.current(uri) is result  # known: not linted again
        assert lint.asked == [1]

    asyncio.run(asyncio.wait_for(run(), 10))


def test_a_change_drops_the_stale_lint_and_it_is_never_published():
    async def run():
        store, lint, published, scheduler, uri = _setup()
        scheduler.schedule(uri)
        await _settle()
        action = asyncio.ensure_future(scheduler.current(uri))  # a code action on version 1
        await _settle()
        _edit(store, uri, 2)
        scheduler.schedule(uri)  # what didChange does
        await _settle()
        assert await action is None  # version 1 is gone: no answer from its text
        lint.gates.setdefault(1, asyncio.Event()).set()
        lint.gates.setdefault(2, asyncio.Event()).set()
        result = await scheduler.current(uri)
        await _settle()
        assert result.snapshot.version == 2 and published == [2] and lint.asked == [1, 2]

    asyncio.run(asyncio.wait_for(run(), 10))


def test_a_config_change_makes_the_lint_under_way_count_for_nothing():
    async def run():
        store, lint, published, scheduler, uri = _setup()
        waiter = asyncio.ensure_future(scheduler.current(uri))
        await _settle()
        scheduler.invalidate()  # a word was added while version 1 was being linted
        lint.gates[1].set()
        await _settle()
        assert lint.asked == [1, 1]  # linted again, under the new config
        result = await waiter
        assert result.snapshot.version == 1 and published == [1]

    asyncio.run(asyncio.wait_for(run(), 10))


def test_the_heap_is_frozen_after_loading_and_lints_the_same():

    from newslint.lsp import worker

    before = [d.sort_key for d in newslint.lint_text(STORY, "story.txt")]
    try:
        worker.settle_heap()
        assert gc.get_freeze_count() > 0  # what was loaded is out of the collector's sight
        collections: list[int] = []

        def seen(phase, info):
            if phase == "start":
                collections.append(info["generation"])

        gc.callbacks.append(seen)
        try:
            with worker.quiet_heap():
                assert not gc.isenabled()
                assert [d.sort_key for d in newslint.lint_text(STORY, "story.txt")] == before
                during = list(collections)
        finally:
            gc.callbacks.remove(seen)
        assert during == [] and collections[:1] == [0]  # none while linting, then the young one
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_the_collector_comes_back_after_a_failing_lint_and_stays_on_for_big_stories():


    from newslint.lsp import worker

    with pytest.raises(RuntimeError), worker.quiet_heap():
        raise RuntimeError("a rule crashed")
    assert gc.isenabled()

    with worker.quiet_heap(worker.QUIET_HEAP_LIMIT + 1):
        assert gc.isenabled()  # a big story: its garbage is collected as it goes
