"""The outbox: every send is written down before the API is called, so that it happens at most once.

Life of an entry: "pending" → "sending" → "sent" | "failed" | "unknown" (the API call's outcome is
unknown — a timeout after the request left — and must be reconciled before anyone retries).
`transition` is an atomic compare-and-set: when two workers or two reviewers race, exactly one of
them moves the entry out of "pending", and only that one calls the API.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.db import Database, checked_statuses, now_utc

STATUSES = ("pending", "sending", "sent", "failed", "unknown")
_outbox = schema.outbox


@dataclass(frozen=True)
class OutboxEntry:
    """One planned send: `payload` is the frozen plan, `campaign_ids` what the API answered."""

    id: int
    send_key: str
    created_by: str
    status: str
    payload: dict[str, Any]
    recipients: int
    credits: int
    campaign_ids: list[Any]
    error: str | None
    created_at: datetime
    updated_at: datetime


def _entry(row: Row[Any]) -> OutboxEntry:
    return OutboxEntry(**row._mapping)


class Outbox:
    """Create, read and move outbox entries."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self, send_key: str, *, created_by: str, payload: dict[str, Any], recipients: int, credits: int
    ) -> OutboxEntry:
        """A new "pending" entry, or the existing one when `send_key` was already used.

        The key identifies one intended send (one confirmation click): a double click, a rerun or two
        tabs reuse it and get the same entry back instead of a second send.
        """
        if not send_key:
            raise ValueError("send_key must not be empty")
        now = now_utc()
        try:
            with self._db.write() as conn:
                conn.execute(
                    insert(_outbox).values(
                        send_key=send_key,
                        created_by=created_by,
                        status="pending",
                        payload=payload,
                        recipients=recipients,
                        credits=credits,
                        campaign_ids=[],
                        error=None,
                        created_at=now,
                        updated_at=now,
                    )
                )
        except IntegrityError:
            pass  # the key exists (possibly created concurrently): fall through and return that entry
        entry = self.get_by_key(send_key)
        if entry is None:  # cannot happen unless the row was deleted by hand in between
            raise RuntimeError(f"outbox entry {send_key!r} vanished after creation")
        return entry

    def get(self, entry_id: int) -> OutboxEntry | None:
        """The entry with this id, or None."""
        with self._db.read() as conn:
            row = conn.execute(select(_outbox).where(_outbox.c.id == entry_id)).first()
        return _entry(row) if row else None

    def get_by_key(self, send_key: str) -> OutboxEntry | None:
        """The entry created with this send key, or None."""
        with self._db.read() as conn:
            row = conn.execute(select(_outbox).where(_outbox.c.send_key == send_key)).first()
        return _entry(row) if row else None

    def transition(
        self,
        entry_id: int,
        from_statuses: str | Iterable[str],
        to_status: str,
        *,
        campaign_ids: Sequence[Any] | None = None,
        error: str | None = None,
    ) -> bool:
        """Move the entry to `to_status` if, and only if, its status is one of `from_statuses`.

        One UPDATE … WHERE id = :id AND status IN (…): the database decides atomically, so of several
        concurrent callers exactly one gets True. `campaign_ids` and `error` are stored when given.
        """
        sources = checked_statuses(from_statuses, STATUSES, "outbox")
        checked_statuses(to_status, STATUSES, "outbox")
        values: dict[str, Any] = {"status": to_status, "updated_at": now_utc()}
        if campaign_ids is not None:
            values["campaign_ids"] = list(campaign_ids)
        if error is not None:
            values["error"] = error
        with self._db.write() as conn:
            result = conn.execute(
                update(_outbox)
                .where(_outbox.c.id == entry_id, _outbox.c.status.in_(sources))
                .values(**values)
            )
            return result.rowcount == 1

    def list(
        self,
        *,
        status: str | Iterable[str] | None = None,
        created_by: str | None = None,
        since: datetime | None = None,
        limit: int = 200,
    ) -> list[OutboxEntry]:
        """Entries newest first, optionally filtered by status(es), creator and creation time."""
        query = select(_outbox).order_by(_outbox.c.created_at.desc(), _outbox.c.id.desc()).limit(limit)
        if status is not None:
            query = query.where(_outbox.c.status.in_(checked_statuses(status, STATUSES, "outbox")))
        if created_by is not None:
            query = query.where(_outbox.c.created_by == created_by)
        if since is not None:
            query = query.where(_outbox.c.created_at >= since)
        with self._db.read() as conn:
            return [_entry(row) for row in conn.execute(query)]
