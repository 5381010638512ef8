"""When to lint and what may be published: debounce per document, never a stale result.

A change (re)starts the document's timer; only when the editor has been quiet for the debounce
is the snapshot linted, on the linter thread. A result is published only when the document
is still open at that very version (checked on the event loop, where changes are applied, so
no change can slip in between) and never for a version older than one already published.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from .documents import DocumentStore, Snapshot
from .linting import LintResult

logger = logging.getLogger(__name__)


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

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Lint ``uri`` after ``delay`` seconds of quiet, replacing a lint already waiting."""
        pending = self._tasks.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._tasks[uri] = asyncio.ensure_future(self._run(uri, delay))

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
        result = await self._lint(snap)
        if self.store.get(uri) is not snap:
            return None  # changed or closed while linting: that version's own lint will publish
        self.accept(result)
        return result

    def accept(self, result: LintResult) -> None:
        """Publish a result for the current version (drop it when it is not current)."""
        snap = result.snapshot
        if self.store.get(snap.uri) is not snap:
            return
        last = self._published_version.get(snap.uri)
        if last is not None and snap.version is not None and snap.version < last:
            return
        self.results[snap.uri] = result
        self._published_version[snap.uri] = snap.version
        self._publish(result)

    def invalidate(self) -> None:
        """Config changed: every cached result is out of date (the documents are linted again)."""
        self.results.clear()

    def close(self, uri: str) -> None:
        pending = self._tasks.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self.results.pop(uri, None)
        self._published_version.pop(uri, None)
