"""Housekeeping a worker does every little while: queue the sends that have no job (written to the
outbox by an older dashboard, or by a page that died before queueing them), and remove the folders of
imports nobody finished.

A send is queued here only when no job was ever made for it: one that a job already settled (an
inconclusive check, a job given up) waits for a person on its page, it is never retried in a loop.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from monsms_core.importer.isolated import remove_stale_workdirs
from monsms_core.store import Store
from monsms_core.store.db import now_utc
from monsms_core.worker.options import WorkerOptions

SEND = "send"
PENDING_GRACE = timedelta(seconds=30)  # a page queues its send within a second; after this it forgot
PENDING_MAX_AGE = timedelta(hours=24)  # a day-old promotion should not leave unannounced
ABANDONED_IMPORTS = timedelta(hours=6)


def sweep(
    store: Store, options: WorkerOptions, data_dir: Path | None = None, actor: str = "system"
) -> list[int]:
    """Queue a job for every unfinished send without one, and remove import folders abandoned under
    `data_dir`; returns the outbox ids queued."""
    now = now_utc()
    queued: list[int] = []
    quiet = timedelta(seconds=2 * options.lease)
    for entry in store.outbox.list(status=["pending", "sending", "unknown"], limit=1000):
        if store.worker_jobs.latest(SEND, str(entry.id)) is not None:
            continue
        if entry.status == "pending" and not (
            entry.updated_at <= now - PENDING_GRACE and entry.created_at >= now - PENDING_MAX_AGE
        ):
            continue
        if entry.status == "sending" and entry.updated_at > now - quiet:
            continue  # maybe a dashboard of the previous version still sends it in a thread
        store.worker_jobs.enqueue(SEND, str(entry.id), actor=actor, max_attempts=options.max_attempts)
        queued.append(entry.id)
    if data_dir is not None:
        remove_stale_workdirs(data_dir, ABANDONED_IMPORTS)
    return queued
