"""Uploads that outlive a browser tab: `run_upload` in a background thread, one per job per process.

    registry = UploadRegistry()                      # one per process (the page keeps it in cache_resource)
    worker = registry.start(store, client, job_id, actor="awa")
    worker.counts, worker.phase, worker.running, worker.result   # polled by the page on each rerun

The state is in the store, not in the thread: a killed process leaves the job with pending (possibly
in-flight) items, and starting a worker for it again continues where it stopped (see
`monsms_core.contacts.upload`). The registry only makes sure two sessions clicking "Reprendre" on the
same job do not run two workers at once, which could send the same batch twice.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from monsms_core.background import BackgroundJob
from monsms_core.client import MonSmsClient
from monsms_core.contacts.upload import UploadResult, run_upload
from monsms_core.store import Store

logger = logging.getLogger("monsms_core.contacts")


class UploadWorker(BackgroundJob[UploadResult]):
    """Runs `run_upload` for one job in a daemon thread; `stop()` pauses between two batches.

    `result` is the run's result once it ended; `error` an unexpected exception that ended the thread
    (API failures are in `result.error`).
    """

    def __init__(
        self, store: Store, client: MonSmsClient, job_id: int, *, actor: str, **options: Any
    ) -> None:
        super().__init__(
            thread_name=f"upload-{job_id}", logger=logger, description=f"upload worker for job {job_id}"
        )
        self.job_id = job_id
        self._store, self._client, self._actor, self._options = store, client, actor, options
        self._counts: dict[str, int] = store.import_jobs.progress(job_id)
        self._phase = "contacts"

    def __repr__(self) -> str:
        return f"UploadWorker(job_id={self.job_id}, running={self.running}, phase={self.phase!r})"

    @property
    def running(self) -> bool:
        """True while the thread works (or is about to start)."""
        return not self.started or super().running

    @property
    def counts(self) -> dict[str, int]:
        """Items per status (pending, created, skipped, failed, total) as last reported."""
        with self._lock:
            return dict(self._counts)

    @property
    def phase(self) -> str:
        """ "contacts" while creating contacts, "group" while completing the group."""
        with self._lock:
            return self._phase

    def _on_progress(self, counts: dict[str, int], phase: str) -> None:
        with self._lock:
            self._counts, self._phase = dict(counts), phase

    def _work(self, stop: threading.Event) -> UploadResult:
        return run_upload(
            self._store,
            self._client,
            self.job_id,
            actor=self._actor,
            progress=self._on_progress,
            stop=stop,
            **self._options,
        )

    def _finished(self, result: UploadResult) -> None:
        self._counts = dict(result.counts)


class UploadRegistry:
    """The upload workers of one process, at most one running per job."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._workers: dict[int, UploadWorker] = {}

    def __repr__(self) -> str:
        return f"UploadRegistry(jobs={sorted(self._workers)})"

    def start(
        self, store: Store, client: MonSmsClient, job_id: int, *, actor: str, **options: Any
    ) -> UploadWorker:
        """The running worker of `job_id`, or a new one started now."""
        with self._lock:
            worker = self._workers.get(job_id)
            if worker is None or not worker.running:
                worker = UploadWorker(store, client, job_id, actor=actor, **options).start()
                self._workers[job_id] = worker
            return worker

    def get(self, job_id: int) -> UploadWorker | None:
        """The last worker started for `job_id` in this process (running or ended), if any."""
        with self._lock:
            return self._workers.get(job_id)
