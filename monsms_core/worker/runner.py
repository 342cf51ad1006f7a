"""The worker process: claims jobs from the store, runs them in threads, keeps their leases alive.

    worker = Worker(store, connect, WorkerOptions.from_env())
    worker.serve()          # until `worker.drain()` (SIGTERM) — the current chunk of every job finishes

One loop claims due jobs (up to `concurrency` at once) and starts a thread per job; a heartbeat thread
renews the leases every `heartbeat` seconds and records the worker as alive. A job whose lease this
worker lost (it stalled longer than the lease and another worker took over) is told to stop; its writes
fail the outbox's compare-and-set anyway. A pause asked from a page reaches the job the same way.
Every `sweep_every` seconds the worker also queues sends nobody is running (`sweep`).
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from monsms_core.client import MonSmsClient
from monsms_core.config import Connection
from monsms_core.store import Claim, Store, WorkerJob
from monsms_core.worker.connection import WorkerNotReady
from monsms_core.worker.kinds import JobContext, Outcome, abandon, describe, run_job
from monsms_core.worker.options import WorkerOptions
from monsms_core.worker.sweep import sweep

logger = logging.getLogger("monsms_core.worker")
NOT_READY_DELAY = 3.0


@dataclass
class _Running:
    job: WorkerJob
    thread: threading.Thread
    stop: threading.Event = field(default_factory=threading.Event)
    pause: threading.Event = field(default_factory=threading.Event)


class Worker:
    """One worker: `serve()` runs until `drain()`; `run_once()` claims and runs a single job (tests)."""

    def __init__(
        self,
        store: Store,
        connect: Callable[[], Connection],
        options: WorkerOptions | None = None,
        *,
        embedded: bool = False,
        data_dir: Path | None = None,
        on_key: Callable[[str], None] | None = None,
        alive: Callable[[], bool] | None = None,
    ) -> None:
        """`connect()` gives the account's connection for each job; `on_key` learns every key used (log
        redaction); `alive()` returning False makes the worker drain (an embedded worker whose
        dashboard is gone); `data_dir` holds the import folders the sweep cleans up."""
        self.store, self.options = store, options or WorkerOptions()
        self.id = f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"
        self._connect, self._embedded = connect, embedded
        self._on_key, self._alive, self._data_dir = on_key, alive, data_dir
        self._draining = threading.Event()
        self._finished = threading.Event()  # serve() returned: the heartbeat thread ends too
        self._lock = threading.Lock()
        self._running: dict[int, _Running] = {}
        self._last_sweep = 0.0

    def __repr__(self) -> str:
        return f"Worker({self.id!r}, running={sorted(self._running)})"

    # --- life cycle --------------------------------------------------------------------------------
    def drain(self) -> None:
        """Stop claiming; every running job stops at its next safe point (after the current chunk or
        batch) and goes back to the queue, then `serve` returns."""
        self._draining.set()
        with self._lock:
            for running in self._running.values():
                running.stop.set()

    @property
    def draining(self) -> bool:
        """True once `drain()` was called."""
        return self._draining.is_set()

    def serve(self) -> None:
        """Claim and run jobs until drained; then wait for the running ones and record the exit."""
        beating = threading.Thread(target=self._heartbeats, name="worker-heartbeat", daemon=True)
        self._beat()
        beating.start()
        logger.info("worker %s started", self.id)
        try:
            while not self._draining.is_set():
                if self._alive is not None and not self._alive():
                    logger.info("worker %s: its dashboard is gone; stopping", self.id)
                    self.drain()
                    break
                self._maybe_sweep()
                started = self._fill()
                if not started:
                    self._draining.wait(self.options.poll)
        finally:
            self._join_all()
            self._finished.set()
            self.store.worker_jobs.stopped(self.id)
            logger.info("worker %s stopped", self.id)

    def run_once(self) -> Outcome | None:
        """Claim one due job and run it in this thread; its outcome, or None when nothing was due."""
        claim = self.store.worker_jobs.claim(self.id, self.options.lease_delta)
        if claim is None:
            return None
        running = _Running(claim.job, threading.current_thread())
        with self._lock:
            self._running[claim.job.id] = running
        try:
            return self._run(claim, running)
        finally:
            with self._lock:
                self._running.pop(claim.job.id, None)

    # --- claiming ----------------------------------------------------------------------------------
    def _fill(self) -> bool:
        """Claim jobs while there is room; True when at least one started."""
        started = False
        while not self._draining.is_set():
            with self._lock:
                self._running = {k: r for k, r in self._running.items() if r.thread.is_alive()}
                if len(self._running) >= self.options.concurrency:
                    return started
            try:
                claim = self.store.worker_jobs.claim(self.id, self.options.lease_delta)
            except Exception:  # the database may be briefly unreachable: try again at the next poll
                logger.exception("worker %s could not claim a job", self.id)
                return started
            if claim is None:
                return started
            self._start(claim)
            started = True
        return started

    def _start(self, claim: Claim) -> None:
        running = _Running(claim.job, threading.Thread())
        running.thread = threading.Thread(
            target=self._run, args=(claim, running), name=f"job-{claim.job.kind}-{claim.job.id}", daemon=True
        )
        with self._lock:
            self._running[claim.job.id] = running
            if self._draining.is_set():
                running.stop.set()
        running.thread.start()

    # --- running one job ---------------------------------------------------------------------------
    def _run(self, claim: Claim, running: _Running) -> Outcome:
        job, jobs = claim.job, self.store.worker_jobs
        if claim.taken_over:
            logger.warning("worker %s takes over job %s (%s %s): its worker stopped", self.id, job.id,
                           job.kind, job.target)  # fmt: skip
        if job.attempts > job.max_attempts:
            abandon(self.store, job)
            outcome = Outcome("failed", error=job.error or "gave_up")
            jobs.settle(job.id, self.id, "failed", error=outcome.error)
            return outcome
        try:
            outcome = self._execute(job, running)
        except WorkerNotReady as reason:
            logger.info("job %s waits: %s", job.id, reason)
            outcome = Outcome("later", delay=NOT_READY_DELAY)
        except Exception as error:
            logger.exception("job %s (%s %s) failed", job.id, job.kind, job.target)
            outcome = Outcome("retry", error=describe(error))
        self._settle(job, outcome)
        return outcome

    def _execute(self, job: WorkerJob, running: _Running) -> Outcome:
        connection = self._connect()
        if self._on_key is not None:
            self._on_key(connection.api_key)
        with MonSmsClient(connection.api_key, base_url=connection.base_url) as client:
            context = JobContext(
                store=self.store,
                job=job,
                client=client,
                account=connection.account_id,
                options=self.options,
                stop=running.stop,
                paused=running.pause.is_set,
                record=lambda result: self.store.worker_jobs.record_result(job.id, self.id, result),
            )
            return run_job(context)

    def _settle(self, job: WorkerJob, outcome: Outcome) -> None:
        jobs, now = self.store.worker_jobs, time.time()
        if outcome.status == "retry":
            if job.attempts >= job.max_attempts:
                abandon(self.store, job)
                held = jobs.settle(job.id, self.id, "failed", error=outcome.error, result=outcome.result)
            else:
                due = _at(now + self.options.backoff(job.attempts))
                held = jobs.settle(job.id, self.id, "queued", error=outcome.error, run_after=due,
                                   result=outcome.result)  # fmt: skip
        elif outcome.status == "later":
            held = jobs.settle(job.id, self.id, "queued", run_after=_at(now + outcome.delay),
                               refund_attempt=True, result=outcome.result)  # fmt: skip
        else:
            held = jobs.settle(job.id, self.id, outcome.status, error=outcome.error, result=outcome.result)
        if not held:
            logger.warning("job %s was taken over by another worker before it ended here", job.id)

    # --- heartbeats and housekeeping ---------------------------------------------------------------
    def _beat(self) -> None:
        self.store.worker_jobs.beat(self.id, host=socket.gethostname()[:200], pid=os.getpid(),
                                    embedded=self._embedded)  # fmt: skip

    def _heartbeats(self) -> None:
        while not self._finished.is_set():
            try:
                self._beat()
                held = self.store.worker_jobs.renew(self.id, self.options.lease_delta)
                self._tell_jobs(held)
            except Exception:  # a missed beat is survivable: the lease outlasts two of them
                logger.exception("worker %s heartbeat failed", self.id)
            self._finished.wait(self.options.heartbeat)

    def _tell_jobs(self, held: dict[int, bool]) -> None:
        with self._lock:
            for job_id, running in self._running.items():
                if job_id not in held:
                    running.stop.set()  # our lease is gone: someone else runs it now
                elif held[job_id]:
                    running.pause.set()
                    running.stop.set()

    def _maybe_sweep(self) -> None:
        if time.monotonic() - self._last_sweep < self.options.sweep_every:
            return
        self._last_sweep = time.monotonic()
        try:
            sweep(self.store, self.options, self._data_dir)
        except Exception:
            logger.exception("worker %s: sweep failed", self.id)

    def _join_all(self) -> None:
        with self._lock:
            threads = [running.thread for running in self._running.values()]
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join()


def _at(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)
