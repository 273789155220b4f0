"""A progress bar on standard error for slow work: only on a terminal, and only after about a second."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

SHOW_AFTER_SECONDS = 1.0
STAGES = {"read": "reading", "analyse": "analysing", "questions": "making questions"}


class SourceProgress:
    """One bar over the sources, each source advancing through the pipeline's stages.

    The bar appears only once the work has run for SHOW_AFTER_SECONDS, so a short article prints
    nothing; it is drawn on standard error and only when that is a terminal, never into a pipe.
    """

    def __init__(self, total_sources: int) -> None:
        self.enabled = sys.stderr.isatty()
        self.total = total_sources * len(STAGES)
        self._lock = threading.Lock()
        self._bar: Any = None
        self._task: Any = None
        self._description = ""
        self._done = 0
        self._timer: threading.Timer | None = None
        self._finished = False

    def start(self) -> None:
        if self.enabled:
            # Imported here, in the main thread and only on a terminal: importing from the timer thread
            # while the main thread computes starved the import, and the bar never appeared.
            import rich.console  # noqa: F401
            import rich.progress  # noqa: F401

            self._timer = threading.Timer(SHOW_AFTER_SECONDS, self._show)
            self._timer.daemon = True
            self._timer.start()

    def _show(self) -> None:
        # Imported here: rich's progress module is only needed once work turns out to be slow.
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with self._lock:
            if self._finished:
                return
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task(self._description, total=self.total, completed=self._done)
            self._bar.start()

    def stage_callback(self, source: str) -> Callable[[str], None]:
        """The `on_stage` callback for one source."""
        first = [True]

        def on_stage(stage: str) -> None:
            with self._lock:
                if not first[0]:
                    self._done += 1
                first[0] = False
                self._description = f"{source}: {STAGES.get(stage, stage)}"
                if self._bar is not None:
                    self._bar.update(self._task, description=self._description, completed=self._done)

        return on_stage

    def source_done(self) -> None:
        with self._lock:
            self._done += 1
            if self._bar is not None:
                self._bar.update(self._task, completed=self._done)

    def stop(self) -> None:
        with self._lock:
            self._finished = True
            if self._timer is not None:
                self._timer.cancel()
            if self._bar is not None:
                self._bar.stop()


@contextmanager
def source_progress(total_sources: int) -> Iterator[SourceProgress]:
    progress = SourceProgress(total_sources)
    progress.start()
    try:
        yield progress
    finally:
        progress.stop()
