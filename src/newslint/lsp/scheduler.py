"""When to lint and what may be published: debounce per document, never a stale result.

A change (re)starts the document's timer; only when the editor has been quiet for the debounce
is the snapshot linted, on the linter thread. A result is published only when the document
is still open at that very version (checked on the event loop, where changes are applied, so
no change can slip in between) and never for a version older than one already published.

A version is linted once: a hover or code action that comes while its lint runs waits for that
lint instead of starting another, and a change cancels the lint of the version it replaces
(dropped from the worker's queue if it has not started), so a burst of keystrokes never
leaves a queue of stale lints ahead of the one that matters.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from .documents import DocumentStore, Snapshot
from .linting import LintResult

logger = logging.getLogger(__name__)


@dataclass
class _Lint:
    snapshot: Snapshot
    task: asyncio.Task
    stale: bool = False  # started before a config change: its result is not published


class LintScheduler:
    def __init__(
        self,
        store: DocumentStore,
        lint: Callable[[Snapshot], Awaitable[LintResult]],
        publish: Callable[[LintResult], None],
    ) -> None:
        self.store = store
        self._lint = lint
        self._publish = publish
        self._tasks: dict[str, asyncio.Task] = {}
        self.results: dict[str, LintResult] = {}  # the last result published, per uri
        self._published_version: dict[str, int | None] = {}
        self._running: dict[str, _Lint] = {}  # the lint under way, per uri

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Lint ``uri`` after ``delay`` seconds of quiet, replacing a lint already waiting."""
        pending = self._tasks.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._drop_stale(uri)
        self._tasks[uri] = asyncio.ensure_future(self._run(uri, delay))

    def _drop_stale(self, uri: str) -> None:
        """Cancel the lint under way for ``uri`` unless it is of the current version."""
        running = self._running.get(uri)
        if running is not None and running.snapshot is not self.store.get(uri):
            running.task.cancel()
            del self._running[uri]

    def schedule_all(self) -> None:
        for snap in self.store.all():
            self.schedule(snap.uri)

    async def _run(self, uri: str, delay: float) -> None:
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            await self.current(uri)
        except asyncio.CancelledError:
            pass
        except Exception:  # never let one document's lint end the loop
            logger.exception("newslint: lint of %s failed", uri)
        finally:
            if self._tasks.get(uri) is asyncio.current_task():
                del self._tasks[uri]

    async def current(self, uri: str) -> LintResult | None:
        """The result for the document's current version, linting it if need be (code actions
        and hover ask this, so they never work from an older text)."""
        snap = self.store.get(uri)
        if snap is None:
            return None
        known = self.results.get(uri)
        if known is not None and known.snapshot is snap:
            return known
        running = self._running.get(uri)
        if running is None or running.snapshot is not snap:
            running = _Lint(snap, asyncio.ensure_future(self._lint(snap)))
            self._running[uri] = running
            running.task.add_done_callback(lambda _, uri=uri, running=running: self._finished(uri, running))
        try:
            result = await asyncio.shield(running.task)  # a cancelled waiter leaves the lint to the others
        except asyncio.CancelledError:
            if not running.task.cancelled():
                raise  # this waiter was cancelled
            if self.store.get(uri) is not snap:
                return None  # a change replaced the version: its own lint will publish
            return await self.current(uri)
        if running.stale:
            return await self.current(uri)  # the config changed while it ran: lint again
        if self.store.get(uri) is not snap:
            return None  # changed or closed while linting: that version's own lint will publish
        self.accept(result)
        return result

    def _finished(self, uri: str, running: _Lint) -> None:
        if self._running.get(uri) is running:
            del self._running[uri]

    def accept(self, result: LintResult) -> None:
        """Publish a result for the current version (drop it when it is not current, or when
        it was published already: several waiters may share one lint)."""
        snap = result.snapshot
        if self.store.get(snap.uri) is not snap or self.results.get(snap.uri) is result:
            return
        last = self._published_version.get(snap.uri)
        if last is not None and snap.version is not None and snap.version < last:
            return
        self.results[snap.uri] = result
        self._published_version[snap.uri] = snap.version
        self._publish(result)

    def invalidate(self, keep: str | None = None) -> None:
        """Config changed: every cached result is out of date (the documents are linted again),
        and so is every lint under way, but ``keep``'s (the lint that saw the change, under the
        new config)."""
        self.results.clear()
        for uri, running in list(self._running.items()):
            if uri != keep:
                running.stale = True
                del self._running[uri]

    def close(self, uri: str) -> None:
        pending = self._tasks.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._drop_stale(uri)
        self.results.pop(uri, None)
        self._published_version.pop(uri, None)
