"""What pages do with background work: queue it, pause it, read where it stands, and know whether any
worker is there to run it. Nothing here runs a job."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from monsms_core.contacts.import_jobs import GroupTarget
from monsms_core.i18n import translate
from monsms_core.store import Store, WorkerJob
from monsms_core.worker.kinds import IMPORT, SEND, UPLOAD
from monsms_core.worker.options import WorkerOptions

NO_WORKER_AFTER = timedelta(seconds=WorkerOptions.live_within)


def enqueue_send(store: Store, entry_id: int, actor: str) -> WorkerJob:
    """Queue the send of outbox entry `entry_id` (or get the job already queued for it)."""
    return store.worker_jobs.enqueue(SEND, str(entry_id), actor=actor)


def enqueue_upload(store: Store, import_job_id: int, actor: str) -> WorkerJob:
    """Queue (or resume) the upload of import job `import_job_id`."""
    return store.worker_jobs.enqueue(UPLOAD, str(import_job_id), actor=actor)


def enqueue_import(
    store: Store, folder: Path, check_key: str, *, actor: str, filename: str, group: GroupTarget | None
) -> WorkerJob:
    """Queue the import of a checked file: the worker creates the import job from the check's results
    in `folder`, then uploads it (`upload_of` finds that upload once it exists)."""
    payload = {
        "check": check_key,
        "filename": filename,
        "group_name": group.name if group else None,
        "group_id": group.group_id if group else None,
    }
    return store.worker_jobs.enqueue(IMPORT, str(folder), actor=actor, payload=payload)


def import_job_of(store: Store, job_id: int) -> int | None:
    """The import job an "import" worker job created, once it did."""
    job = store.worker_jobs.get(job_id)
    value = (job.result or {}).get("import_job_id") if job is not None else None
    return int(value) if value is not None else None


def upload_of(store: Store, import_job_id: int) -> WorkerJob | None:
    """The newest upload job of an import job (running, queued, or over)."""
    return store.worker_jobs.latest(UPLOAD, str(import_job_id))


def send_job(store: Store, entry_id: int) -> WorkerJob | None:
    """The newest job of a send."""
    return store.worker_jobs.latest(SEND, str(entry_id))


def pause(store: Store, job_id: int) -> bool:
    """Ask a job to pause (at its next safe point)."""
    return store.worker_jobs.request_stop(job_id)


def worker_seen(store: Store, within: timedelta = NO_WORKER_AFTER) -> bool:
    """True when some worker's heartbeat is younger than `within`."""
    return bool(store.worker_jobs.live_workers(within))


def no_worker_message(lang: str | None = "fr") -> str:
    """The sentence a page that starts work shows when no worker beats."""
    return translate("worker.none", lang, seconds=int(NO_WORKER_AFTER.total_seconds()))


def job_problem(job: WorkerJob | None, lang: str | None = "fr") -> str | None:
    """The sentence for a job that gave up (None while it runs, waits or ended well)."""
    if job is None or job.status != "failed":
        return None
    code = job.error or "gave_up"
    known = translate(f"errors.{code}", lang)
    reason = known if known != f"errors.{code}" else translate("worker.error.internal", lang)
    return translate("worker.gave_up", lang, attempts=job.attempts, reason=reason)
