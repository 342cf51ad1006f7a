"""Reviews: sends written down for a second person to approve before anything reaches the API.

A row holds the frozen send plan (the same JSON the outbox would hold), its content fingerprint and
where the decision stands: "submitted" (waiting) → "approved" | "rejected" | "returned" (for edits,
then submitted again). `transition` is an atomic compare-and-set that also appends its audit entry in
the same transaction: of two reviewers clicking "approve" together exactly one moves the row, and a
decision is never stored without its trace (nor the trace without the decision).

The rules (who may decide, what voids an approval) live in `monsms_core.review.workflow`; this module only
stores and moves rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, false, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.audit import append_entry
from monsms_core.store.db import Database, checked_statuses, inserted_id, now_utc

STATUSES = ("submitted", "approved", "rejected", "returned")
# Columns a transition may change besides the status (and updated_at, always stamped).
TRANSITION_FIELDS = frozenset(
    {
        "payload",
        "fingerprint",
        "recipients",
        "credits",
        "approved_fingerprint",
        "decided_by",
        "note",
        "override_reason",
        "outbox_id",
        "submitted_at",
        "decided_at",
    }
)
_reviews = schema.reviews


@dataclass(frozen=True)
class ReviewRecord:
    """One send under review. `payload` is `SendPlan.to_payload()`; `revision` counts submissions."""

    id: int
    send_key: str
    created_by: str
    status: str
    payload: dict[str, Any]
    fingerprint: str
    recipients: int
    credits: int
    revision: int
    approved_fingerprint: str | None
    decided_by: str | None
    note: str | None
    override_reason: str | None
    outbox_id: int | None
    submitted_at: datetime
    decided_at: datetime | None
    created_at: datetime
    updated_at: datetime


def _record(row: Row[Any]) -> ReviewRecord:
    return ReviewRecord(**row._mapping)


def _statuses(value: str | Iterable[str]) -> list[str]:
    return checked_statuses(value, STATUSES, "review")


class Reviews:
    """Create, read and move review rows."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self,
        send_key: str,
        *,
        created_by: str,
        payload: dict[str, Any],
        fingerprint: str,
        recipients: int,
        credits: int,
        audit_details: dict[str, Any] | None = None,
    ) -> tuple[ReviewRecord, bool]:
        """A new "submitted" row (audited "review.submitted"), or the existing one for `send_key`.

        Returns (row, created). The key names one composed draft: a double click or a rerun gets the
        same row back instead of a second review.
        """
        if not send_key:
            raise ValueError("send_key must not be empty")
        now = now_utc()
        try:
            with self._db.write() as conn:
                result = conn.execute(
                    insert(_reviews).values(
                        send_key=send_key,
                        created_by=created_by,
                        status="submitted",
                        payload=payload,
                        fingerprint=fingerprint,
                        recipients=recipients,
                        credits=credits,
                        revision=1,
                        submitted_at=now,
                        created_at=now,
                        updated_at=now,
                    )
                )
                new_id = inserted_id(result)
                append_entry(conn, created_by, "review.submitted", new_id, audit_details)
                row = conn.execute(select(_reviews).where(_reviews.c.id == new_id)).one()
            return _record(row), True
        except IntegrityError:
            existing = self.get_by_key(send_key)
            if existing is None:  # the conflicting row vanished: only possible by hand
                raise
            return existing, False

    def get(self, review_id: int) -> ReviewRecord | None:
        """The row with this id, or None."""
        with self._db.read() as conn:
            row = conn.execute(select(_reviews).where(_reviews.c.id == review_id)).first()
        return _record(row) if row else None

    def get_by_key(self, send_key: str) -> ReviewRecord | None:
        """The row created with this send key, or None."""
        with self._db.read() as conn:
            row = conn.execute(select(_reviews).where(_reviews.c.send_key == send_key)).first()
        return _record(row) if row else None

    def get_by_outbox(self, outbox_id: int) -> ReviewRecord | None:
        """The review whose approval created outbox entry `outbox_id`, or None."""
        with self._db.read() as conn:
            row = conn.execute(
                select(_reviews).where(_reviews.c.outbox_id == outbox_id).order_by(_reviews.c.id.desc())
            ).first()
        return _record(row) if row else None

    def transition(
        self,
        review_id: int,
        from_statuses: str | Iterable[str],
        to_status: str,
        *,
        actor: str,
        action: str | None,
        details: Any = None,
        expected_fingerprint: str | None = None,
        outbox_among: Iterable[int | None] | None = None,
        bump_revision: bool = False,
        **values: Any,
    ) -> ReviewRecord | None:
        """Move the row to `to_status` if, and only if, its status is one of `from_statuses` (and, when
        given, its fingerprint is `expected_fingerprint` and its outbox link one of `outbox_among`, where
        None stands for "no link").

        One UPDATE … WHERE: of several concurrent callers exactly one succeeds. On success the audit
        entry (`action` by `actor` on this review, with `details`; none when `action` is None) is written
        in the same transaction, and the updated row is returned; otherwise None.
        """
        sources = _statuses(from_statuses)
        _statuses(to_status)
        unknown = set(values) - TRANSITION_FIELDS
        if unknown:
            raise TypeError(f"cannot set review field(s): {', '.join(sorted(unknown))}")
        changes: dict[str, Any] = {**values, "status": to_status, "updated_at": now_utc()}
        if bump_revision:
            changes["revision"] = _reviews.c.revision + 1
        conditions = [_reviews.c.id == review_id, _reviews.c.status.in_(sources)]
        if expected_fingerprint is not None:
            conditions.append(_reviews.c.fingerprint == expected_fingerprint)
        if outbox_among is not None:
            links = list(outbox_among)
            ids = [link for link in links if link is not None]
            allowed = [_reviews.c.outbox_id.in_(ids)] if ids else []
            if None in links:
                allowed.append(_reviews.c.outbox_id.is_(None))
            conditions.append(or_(*allowed) if allowed else false())
        with self._db.write() as conn:
            result = conn.execute(update(_reviews).where(*conditions).values(**changes))
            if result.rowcount != 1:
                return None
            if action is not None:
                append_entry(conn, actor, action, review_id, details)
            row = conn.execute(select(_reviews).where(_reviews.c.id == review_id)).one()
        return _record(row)

    def list(
        self,
        *,
        status: str | Iterable[str] | None = None,
        created_by: str | None = None,
        since: datetime | None = None,
        limit: int = 200,
        oldest_first: bool = False,
    ) -> list[ReviewRecord]:
        """Rows by last change (newest first, or oldest first), optionally filtered."""
        order = (
            (_reviews.c.updated_at.asc(), _reviews.c.id.asc())
            if oldest_first
            else (_reviews.c.updated_at.desc(), _reviews.c.id.desc())
        )
        query = select(_reviews).order_by(*order).limit(limit)
        if status is not None:
            query = query.where(_reviews.c.status.in_(_statuses(status)))
        if created_by is not None:
            query = query.where(_reviews.c.created_by == created_by)
        if since is not None:
            query = query.where(_reviews.c.updated_at >= since)
        with self._db.read() as conn:
            return [_record(row) for row in conn.execute(query)]

    def count(self, status: str | Iterable[str] = "submitted", *, created_by: str | None = None) -> int:
        """How many rows are in `status` (by default: waiting for a decision)."""
        query = select(func.count()).select_from(_reviews).where(_reviews.c.status.in_(_statuses(status)))
        if created_by is not None:
            query = query.where(_reviews.c.created_by == created_by)
        with self._db.read() as conn:
            return int(conn.scalar(query) or 0)
