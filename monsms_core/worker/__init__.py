"""The background worker: `python -m monsms_core worker` runs every long job — sends (plain and
personalised), contact uploads and imports, reconciliation of lost answers, resumption of interrupted
work — with the store as queue and record. Pages only queue work and read progress.

- `queue`: what pages call (enqueue_send, enqueue_upload, enqueue_import, pause, worker_seen…).
- `runner`: the `Worker` (claims with leases renewed by heartbeats, takes over dead workers' jobs).
- `kinds`: what each kind of job does; `sweep`: sends left without a job, abandoned import folders.
- `embedded`: the worker a dashboard starts for itself when none runs (`MONSMS_EMBEDDED_WORKER=0`: off).
- `options`: lease, heartbeat, attempts, backoff; `connection`: which account a job talks to.
"""

from __future__ import annotations

from monsms_core.worker.connection import WorkerNotReady, sandbox_from_data_dir, worker_connection
from monsms_core.worker.embedded import SWITCH, EmbeddedLauncher, embedded_enabled
from monsms_core.worker.kinds import IMPORT, KINDS, SEND, UPLOAD, Outcome
from monsms_core.worker.options import WorkerOptions
from monsms_core.worker.queue import (
    enqueue_import,
    enqueue_send,
    enqueue_upload,
    import_job_of,
    job_problem,
    no_worker_message,
    pause,
    send_job,
    upload_of,
    worker_seen,
)
from monsms_core.worker.runner import Worker
from monsms_core.worker.sweep import sweep

__all__ = [
    "IMPORT",
    "KINDS",
    "SEND",
    "SWITCH",
    "UPLOAD",
    "EmbeddedLauncher",
    "Outcome",
    "Worker",
    "WorkerNotReady",
    "WorkerOptions",
    "embedded_enabled",
    "enqueue_import",
    "enqueue_send",
    "enqueue_upload",
    "import_job_of",
    "job_problem",
    "no_worker_message",
    "pause",
    "sandbox_from_data_dir",
    "send_job",
    "sweep",
    "upload_of",
    "worker_connection",
    "worker_seen",
]
