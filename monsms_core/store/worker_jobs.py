"""The queue of background work and the heartbeats of the workers that run it.

Life of a job: "queued" → "running" (claimed with a lease) → "done" | "failed" | "paused", or back to
"queued" (a retry after a backoff, or a worker that stopped in the middle). A worker renews the lease of
its running jobs with every heartbeat; a job whose lease ran out belongs to a dead (or hung) worker and
is claimed again by the next worker that asks, which first settles whatever the dead one left unknown.

Claims are atomic: on PostgreSQL the candidate row is locked with SELECT … FOR UPDATE SKIP LOCKED (many
workers never queue on the same row), and on every backend the UPDATE is a compare-and-set on the
status and attempt count read, so of two claimers exactly one gets the job.
"""

from __future__ import annotations

import builtins  # the repositories have a method named `list`
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.db import Database, checked_statuses, now_utc

JOB_STATUSES = ("queued", "running", "done", "failed", "paused")
ACTIVE_STATUSES = ("queued", "running")
_jobs, _workers = schema.worker_jobs, schema.workers


@dataclass(frozen=True)
class WorkerJob:
    """One piece of background work. `target` names what it works on (an outbox entry id…)."""

    id: int
    kind: str
    target: str
    active_key: str | None
    status: str
    actor: str
    payload: dict[str, Any]
    result: dict[str, Any] | None
    error: str | None
    attempts: int
    max_attempts: int
    run_after: datetime
    lease_owner: str | None
    lease_until: datetime | None
    stop_requested: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Claim:
    """A job a worker now holds; `taken_over` when its previous holder's lease ran out (it died)."""

    job: WorkerJob
    taken_over: bool


@dataclass(frozen=True)
class WorkerRecord:
    """A worker process as its heartbeats describe it."""

    id: str
    host: str
    pid: int
    embedded: bool
    started_at: datetime
    heartbeat_at: datetime
    stopped_at: datetime | None


def _job(row: Row[Any]) -> WorkerJob:
    return WorkerJob(**row._mapping)


def active_key(kind: str, target: str) -> str:
    """The key a live job of `kind` on `target` holds (one at a time)."""
    return f"{kind}:{target}"


class WorkerJobs:
    """Enqueue, claim, renew and settle background jobs; record worker heartbeats."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- the pages' side ---------------------------------------------------------------------------
    def enqueue(
        self,
        kind: str,
        target: str,
        *,
        actor: str,
        payload: dict[str, Any] | None = None,
        max_attempts: int = 5,
    ) -> WorkerJob:
        """A new queued job, or the live (queued/running) job already doing the same thing. A queued one
        waiting out a backoff is made due now: somebody asked for it."""
        now = now_utc()
        key = active_key(kind, target)
        try:
            with self._db.write() as conn:
                conn.execute(
                    insert(_jobs).values(
                        kind=kind, target=target, active_key=key, status="queued", actor=actor,
                        payload=payload or {}, result=None, error=None, attempts=0,
                        max_attempts=max_attempts, run_after=now, lease_owner=None, lease_until=None,
                        stop_requested=False, created_at=now, updated_at=now,
                    )
                )  # fmt: skip
        except IntegrityError:
            with self._db.write() as conn:
                conn.execute(
                    update(_jobs)
                    .where(_jobs.c.active_key == key, _jobs.c.status == "queued")
                    .values(run_after=now, stop_requested=False, updated_at=now)
                )
        job = self.active(kind, target)
        if job is None:  # it ended between the insert and this read: ask again
            return self.enqueue(kind, target, actor=actor, payload=payload, max_attempts=max_attempts)
        return job

    def get(self, job_id: int) -> WorkerJob | None:
        """The job with this id, or None."""
        with self._db.read() as conn:
            row = conn.execute(select(_jobs).where(_jobs.c.id == job_id)).first()
        return _job(row) if row else None

    def active(self, kind: str, target: str) -> WorkerJob | None:
        """The queued or running job of `kind` on `target`, if any."""
        with self._db.read() as conn:
            row = conn.execute(select(_jobs).where(_jobs.c.active_key == active_key(kind, target))).first()
        return _job(row) if row else None

    def latest(self, kind: str, target: str) -> WorkerJob | None:
        """The newest job of `kind` on `target`, whatever its status."""
        query = (
            select(_jobs)
            .where(_jobs.c.kind == kind, _jobs.c.target == target)
            .order_by(_jobs.c.id.desc())
            .limit(1)
        )
        with self._db.read() as conn:
            row = conn.execute(query).first()
        return _job(row) if row else None

    def list(self, *, status: str | Iterable[str] | None = None, kind: str | None = None) -> list[WorkerJob]:
        """Jobs, oldest first, optionally by status(es) and kind."""
        query = select(_jobs).order_by(_jobs.c.id)
        if status is not None:
            query = query.where(_jobs.c.status.in_(checked_statuses(status, JOB_STATUSES, "worker job")))
        if kind is not None:
            query = query.where(_jobs.c.kind == kind)
        with self._db.read() as conn:
            return [_job(row) for row in conn.execute(query)]

    def request_stop(self, job_id: int) -> bool:
        """Ask a job to pause: a queued one pauses at once, a running one at its next safe point."""
        now = now_utc()
        with self._db.write() as conn:
            paused = conn.execute(
                update(_jobs)
                .where(_jobs.c.id == job_id, _jobs.c.status == "queued")
                .values(status="paused", active_key=None, updated_at=now)
            ).rowcount
            asked = conn.execute(
                update(_jobs)
                .where(_jobs.c.id == job_id, _jobs.c.status == "running")
                .values(stop_requested=True, updated_at=now)
            ).rowcount
        return bool(paused or asked)

    # --- the workers' side -------------------------------------------------------------------------
    def claim(self, owner: str, lease: timedelta, kinds: Iterable[str] | None = None) -> Claim | None:
        """The oldest due job — queued and past its backoff, or running under an expired lease — now
        held by `owner` for `lease`; None when there is nothing to do (or another worker won the race)."""
        now = now_utc()
        due = or_(
            and_(_jobs.c.status == "queued", _jobs.c.run_after <= now),
            and_(_jobs.c.status == "running", _jobs.c.lease_until < now),
        )
        query = select(_jobs).where(due).order_by(_jobs.c.run_after, _jobs.c.id).limit(1)
        if kinds is not None:
            query = query.where(_jobs.c.kind.in_(list(kinds)))
        if self._db.dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        with self._db.write() as conn:
            row = conn.execute(query).first()
            if row is None:
                return None
            found = _job(row)
            claimed = conn.execute(
                update(_jobs)
                .where(
                    _jobs.c.id == found.id,
                    _jobs.c.status == found.status,
                    _jobs.c.attempts == found.attempts,
                )
                .values(
                    status="running",
                    lease_owner=owner,
                    lease_until=now + lease,
                    attempts=found.attempts + 1,
                    stop_requested=False,
                    updated_at=now,
                )
            ).rowcount
            if claimed != 1:
                return None
            job = _job(conn.execute(select(_jobs).where(_jobs.c.id == found.id)).one())
        return Claim(job, taken_over=found.status == "running")

    def renew(self, owner: str, lease: timedelta) -> dict[int, bool]:
        """Extend the leases `owner` holds; {job id: stop requested} for the jobs it still holds."""
        now = now_utc()
        held = and_(_jobs.c.lease_owner == owner, _jobs.c.status == "running")
        with self._db.write() as conn:
            conn.execute(update(_jobs).where(held).values(lease_until=now + lease))
            rows = conn.execute(select(_jobs.c.id, _jobs.c.stop_requested).where(held)).all()
        return {int(row.id): bool(row.stop_requested) for row in rows}

    def settle(
        self,
        job_id: int,
        owner: str,
        status: str,
        *,
        result: dict[str, Any] | None = None,
        error: str | None = None,
        run_after: datetime | None = None,
        refund_attempt: bool = False,
    ) -> bool:
        """End `owner`'s hold on the job: "done", "failed" or "paused" (over), or "queued" again (due at
        `run_after`; `refund_attempt` when it was not a failure, e.g. a worker stopping). False when the
        job was not held by `owner` any more (its lease ran out and another worker took it)."""
        checked_statuses(status, JOB_STATUSES, "worker job")
        values: dict[str, Any] = {
            "status": status, "lease_owner": None, "lease_until": None, "error": error,
            "stop_requested": False, "updated_at": now_utc(),
        }  # fmt: skip
        if status != "queued":
            values["active_key"] = None
        else:
            values["run_after"] = run_after or now_utc()
        if result is not None:
            values["result"] = result
        if refund_attempt:
            values["attempts"] = _jobs.c.attempts - 1
        with self._db.write() as conn:
            return (
                conn.execute(
                    update(_jobs)
                    .where(_jobs.c.id == job_id, _jobs.c.lease_owner == owner, _jobs.c.status == "running")
                    .values(**values)
                ).rowcount
                == 1
            )

    def record_result(self, job_id: int, owner: str, result: dict[str, Any]) -> bool:
        """Store what the job learnt so far (e.g. the import job it created) while it still holds it."""
        with self._db.write() as conn:
            return (
                conn.execute(
                    update(_jobs)
                    .where(_jobs.c.id == job_id, _jobs.c.lease_owner == owner, _jobs.c.status == "running")
                    .values(result=result, updated_at=now_utc())
                ).rowcount
                == 1
            )

    # --- heartbeats --------------------------------------------------------------------------------
    def beat(self, worker_id: str, *, host: str, pid: int, embedded: bool) -> None:
        """Record that worker `worker_id` is alive now (registering it on its first beat)."""
        now = now_utc()
        with self._db.write() as conn:
            known = conn.execute(select(_workers.c.id).where(_workers.c.id == worker_id)).first()
            conn.execute(
                update(_workers)
                .where(_workers.c.id == worker_id, _workers.c.stopped_at.is_(None))
                .values(heartbeat_at=now)
            )
            if known is None:
                conn.execute(
                    insert(_workers).values(
                        id=worker_id, host=host, pid=pid, embedded=embedded, started_at=now,
                        heartbeat_at=now, stopped_at=None,
                    )
                )  # fmt: skip

    def stopped(self, worker_id: str) -> None:
        """Record a clean exit: the worker no longer counts as live."""
        with self._db.write() as conn:
            conn.execute(update(_workers).where(_workers.c.id == worker_id).values(stopped_at=now_utc()))

    def live_workers(self, within: timedelta) -> builtins.list[WorkerRecord]:
        """Workers that beat within `within` and did not stop."""
        since = now_utc() - within
        query = select(_workers).where(_workers.c.heartbeat_at >= since, _workers.c.stopped_at.is_(None))
        with self._db.read() as conn:
            return [WorkerRecord(**row._mapping) for row in conn.execute(query)]

    def forget_workers(self, older_than: timedelta) -> int:
        """Drop heartbeat rows of workers silent for longer than `older_than` (housekeeping)."""
        with self._db.write() as conn:
            silent = _workers.c.heartbeat_at < now_utc() - older_than
            return conn.execute(delete(_workers).where(silent)).rowcount
