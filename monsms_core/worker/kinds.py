"""What each kind of job does when a worker runs it, and what it leaves behind when given up.

- "send" (target: outbox entry id): an entry found "sending" was left by a runner that died (only one
  live job per entry exists, and only jobs send): it becomes "unknown" and is reconciled with the API
  before anything is sent again; then `sending.execute` sends what is missing, exactly once.
- "upload" (target: import job id): `contacts.upload.run_upload`, which settles a batch left in flight
  before sending the next one.
- "import" (target: a checked file's folder; payload: the check's key, file name, group): creates the
  import job from the check's results on disk (once: its id is recorded in the job), then queues its
  "upload" job.

A run returns an `Outcome`; the worker turns it into the job's next state.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import (
    AuthenticationError,
    ForbiddenError,
    InsufficientCreditError,
    MonSmsError,
)
from monsms_core.contacts.import_jobs import GroupTarget, create_upload_job
from monsms_core.contacts.upload import run_upload
from monsms_core.importer.isolated import checked_upload, remove_workdir
from monsms_core.sending import execute, reconcile
from monsms_core.store import Store, WorkerJob
from monsms_core.worker.options import WorkerOptions

logger = logging.getLogger("monsms_core.worker")

SEND, UPLOAD, IMPORT = "send", "upload", "import"
KINDS = (SEND, UPLOAD, IMPORT)
# Refusals no retry can fix: fix the key or buy credit, then resume from the page.
_FINAL_ERRORS = (AuthenticationError, ForbiddenError, InsufficientCreditError)


@dataclass(frozen=True)
class Outcome:
    """How a run ended.

    done     the work is over (its own record — outbox entry, import job — says how it went)
    failed   over, with `error`, and no retry can help
    retry    a failure: try again after a backoff, give up after the job's attempts
    later    not a failure (too early to reconcile, the worker is stopping): again after `delay`
    paused   somebody asked it to stop; a page resumes it
    """

    status: Literal["done", "failed", "retry", "later", "paused"]
    error: str | None = None
    delay: float = 0.0
    result: dict[str, Any] | None = field(default=None)


@dataclass
class JobContext:
    """What a run gets: the store, a client of the current account (and its `Connection.account_id`,
    under which the store keeps what belongs to the account), when to stop, how to record."""

    store: Store
    job: WorkerJob
    client: MonSmsClient
    account: str
    options: WorkerOptions
    stop: threading.Event  # set when the worker drains, the lease was lost, or a pause was asked
    paused: Callable[[], bool]  # True when `stop` was set by a pause request
    record: Callable[[dict[str, Any]], bool]  # stores the job's result so far; False: lease lost

    def stopped_outcome(self) -> Outcome:
        """Paused when somebody asked for it; otherwise (shutdown, lost lease) queued again at once."""
        return Outcome("paused") if self.paused() else Outcome("later")


def run_job(ctx: JobContext) -> Outcome:
    """Run `ctx.job` according to its kind."""
    runner = {SEND: _send, UPLOAD: _upload, IMPORT: _import}.get(ctx.job.kind)
    if runner is None:
        return Outcome("failed", error="unknown_kind")
    return runner(ctx)


def abandon(store: Store, job: WorkerJob) -> None:
    """Leave what a given-up job worked on in a state its page explains: a send left "sending" becomes
    "unknown" (the page offers to check it); an import keeps its pending rows (it offers to resume)."""
    if job.kind == SEND:
        entry_id = int(job.target)
        if store.outbox.transition(entry_id, ["sending"], "unknown", error="interrupted"):
            store.audit.record(job.actor, "send.interrupted", target=entry_id)


def _send(ctx: JobContext) -> Outcome:
    store, entry_id, actor = ctx.store, int(ctx.job.target), ctx.job.actor
    entry = store.outbox.get(entry_id)
    if entry is None:
        return Outcome("failed", error="missing")
    if entry.status == "sending":
        # Only a job sends, one job per entry: its previous runner died mid-send. Whatever was in flight
        # is settled from the API before a single chunk goes again.
        if store.outbox.transition(entry_id, ["sending"], "unknown", error="interrupted"):
            store.audit.record(actor, "send.interrupted", target=entry_id)
        entry = store.outbox.get(entry_id) or entry
    if entry.status == "unknown":
        settle = timedelta(seconds=ctx.options.settle)
        found = reconcile(store, ctx.client, entry_id, actor=actor, settle=settle)
        if found.outcome == "too_early":
            return Outcome("later", delay=max(1.0, found.retry_after or 1.0))
        if found.outcome == "inconclusive":
            return Outcome("done", result={"status": "unknown", "outcome": "inconclusive"})
        if found.status != "pending":
            return Outcome("done", result={"status": found.status})
    elif entry.status != "pending":
        return Outcome("done", result={"status": entry.status})
    result = execute(store, ctx.client, entry_id, actor=actor, stop=ctx.stop)
    if not result.claimed:
        return Outcome("done", result={"status": result.status, "claimed": False})
    if result.status == "pending":
        return ctx.stopped_outcome()
    if result.status == "unknown":
        return Outcome("retry", error=result.error or "unknown")
    return Outcome("done", result={"status": result.status, "error": result.error})


def _upload(ctx: JobContext) -> Outcome:
    job_id = int(ctx.job.target)
    result = run_upload(
        ctx.store,
        ctx.client,
        job_id,
        actor=ctx.job.actor,
        account=ctx.account,
        stop=ctx.stop,
        sleep=ctx.stop.wait,
    )
    summary = {"import_job_id": job_id, "counts": result.counts}
    if result.finished:
        return Outcome("done", result=summary)
    if result.stopped or ctx.stop.is_set():
        return ctx.stopped_outcome()
    if isinstance(result.error, _FINAL_ERRORS):
        return Outcome("failed", error=result.error.code, result=summary)
    return Outcome("retry", error=result.error.code if result.error else "upload_incomplete", result=summary)


def _import(ctx: JobContext) -> Outcome:
    so_far = ctx.job.result or {}
    known = so_far.get("import_job_id")
    if known is None and so_far.get("creating"):
        known = _created_before(ctx)  # a runner died while creating it: adopt what it made
    if known is None:
        if not ctx.record({"creating": True}):
            return Outcome("later")
        checked = checked_upload(ctx.job.target, str(ctx.job.payload["check"]))
        group = ctx.job.payload.get("group_name")
        target = GroupTarget(group, ctx.job.payload.get("group_id")) if group else None
        known = create_upload_job(
            ctx.store,
            checked.result,
            created_by=ctx.job.actor,
            filename=str(ctx.job.payload.get("filename") or "contacts"),
            group=target,
            existing_ids=checked.existing_ids,
        )
        if not ctx.record({"import_job_id": known}):
            return Outcome("later")  # another worker holds the job now; it adopts this import job
        remove_workdir(ctx.job.target)  # the rows are in the store now; the file's copy is not needed
    # From here on the import job is an upload like any other, with one live runner at most (the
    # "Reprendre" button of the page queues the same job).
    ctx.store.worker_jobs.enqueue(UPLOAD, str(known), actor=ctx.job.actor)
    return Outcome("done", result={"import_job_id": int(known)})


def _created_before(ctx: JobContext) -> int | None:
    """The import job a previous runner of this job created (same author and file, made after the job
    was queued), if it got that far."""
    filename = str(ctx.job.payload.get("filename") or "contacts")
    for candidate in ctx.store.import_jobs.list(ctx.job.actor, limit=20):
        if candidate.filename == filename and candidate.created_at >= ctx.job.created_at:
            return candidate.id
    return None


def describe(error: MonSmsError | BaseException) -> str:
    """A short code for a failure, for the job's `error` column (never a message with data in it)."""
    return error.code if isinstance(error, MonSmsError) else type(error).__name__
