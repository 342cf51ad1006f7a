"""One piece of work in a daemon thread, watched by the page that started it.

    class MyWorker(BackgroundJob[MyResult]):
        def _work(self, stop: threading.Event) -> MyResult:
            return do_it(..., progress=self._on_progress, stop=stop)

    worker = MyWorker(...).start()
    worker.running, worker.result, worker.error   # polled by the page on each rerun
    worker.stop()                                 # the work pauses at its next safe point

Subclasses add their own progress fields, read and written under `self._lock`, and may override
`_finished` to store the final progress from the result.
"""

from __future__ import annotations

import logging
import threading
from typing import Generic, Self, TypeVar

ResultT = TypeVar("ResultT")


class BackgroundJob(Generic[ResultT]):
    """Runs `_work` once in a daemon thread; keeps its result, or the exception that ended it."""

    def __init__(self, *, thread_name: str, logger: logging.Logger, description: str) -> None:
        """`description` names the job in the log line written if `_work` raises."""
        self._logger, self._description = logger, description
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._result: ResultT | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=thread_name, daemon=True)

    def start(self) -> Self:
        """Start the thread (once; later calls do nothing)."""
        with self._lock:
            if self._thread.ident is None:
                self._thread.start()
        return self

    def stop(self) -> None:
        """Ask the work to pause at its next safe point (between two batches or campaigns)."""
        self._stop.set()

    def join(self, timeout: float | None = None) -> ResultT | None:
        """Wait for the end (up to `timeout` seconds); the result, or None while still running."""
        self._thread.join(timeout)
        return self.result

    @property
    def started(self) -> bool:
        """True once `start()` launched the thread."""
        return self._thread.ident is not None

    @property
    def running(self) -> bool:
        """True while the thread works."""
        return self._thread.is_alive()

    @property
    def result(self) -> ResultT | None:
        """The work's result once it ended."""
        with self._lock:
            return self._result

    @property
    def error(self) -> BaseException | None:
        """An unexpected exception that ended the thread, if one did."""
        with self._lock:
            return self._error

    def _work(self, stop: threading.Event) -> ResultT:
        """The work itself, run in the thread; it should return soon after `stop` is set."""
        raise NotImplementedError

    def _finished(self, result: ResultT) -> None:
        """Called under `self._lock` with the result: lets a subclass keep its final progress."""

    def _run(self) -> None:
        try:
            result = self._work(self._stop)
        except Exception as exc:  # kept for the page; the store already records where the work stands
            self._logger.exception("%s failed", self._description)
            with self._lock:
                self._error = exc
            return
        with self._lock:
            self._result = result
            self._finished(result)
