"""A progress bar on stderr while a long run streams its report (issue 23 item 7).

Drawn by tqdm, and only when stderr is a terminal and the run is not ``--quiet``; tqdm is
imported only when a bar is drawn (a lazy import for start-up time: a one-story run or a run in
CI never loads it). The bar appears only once a run has taken ``DELAY_SECONDS``, so a short run
never flashes one, and it is wiped before anything else is written to the terminal and redrawn
after, so findings and notices never share a line with it; it leaves nothing behind.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

DELAY_SECONDS = 0.5


def on_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


class Progress:
    """Counts reported stories; draws the bar when it should (see the module's docstring)."""

    def __init__(self, total: int, *, enabled: bool = True, stream: IO[str] | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and total > 1 and on_terminal(self.stream)
        self._started = time.monotonic()
        self._bar = None

    def advance(self) -> None:
        self.done += 1
        if self._bar is not None:
            self._bar.update()
        elif self.enabled and self.done < self.total and time.monotonic() - self._started >= DELAY_SECONDS:
            from tqdm import tqdm

            self._bar = tqdm(total=self.total, initial=self.done, file=self.stream, unit="story", leave=False,
                             dynamic_ncols=True)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Wipe the bar while something else is written to the terminal, then redraw it."""
        if self._bar is None:
            yield
            return
        self._bar.clear()
        try:
            yield
        finally:
            self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
