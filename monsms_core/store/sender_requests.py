"""Sender names asked for from the dashboard: who asked for which name, when, and the API's id for it.

The API keeps the sender and its status; this record adds what the API does not know — the team member
who asked — and the last status the dashboard saw, so that a change (accepted, refused) is written to
the audit log once. Recording a request and its audit entry commit together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update

from monsms_core.store import schema
from monsms_core.store.audit import append_entry
from monsms_core.store.db import Database, inserted_id, now_utc

_requests = schema.sender_requests


@dataclass(frozen=True)
class SenderRequestRecord:
    """One request made from the dashboard."""

    id: int
    name: str
    description: str
    sender_id: str | None
    requested_by: str
    requested_at: datetime
    last_status: str | None
    status_seen_at: datetime | None


class SenderRequests:
    """The dashboard's sender-name requests."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, *, name: str, description: str, sender_id: str | None, requested_by: str, status: str | None
    ) -> SenderRequestRecord:
        """Record a request the API accepted (audited as "sender.requested")."""
        at = now_utc()
        with self._db.write() as conn:
            new_id = inserted_id(
                conn.execute(
                    insert(_requests).values(
                        name=name,
                        description=description,
                        sender_id=sender_id,
                        requested_by=requested_by,
                        requested_at=at,
                        last_status=status,
                        status_seen_at=at,
                    )
                )
            )
            append_entry(
                conn, requested_by, "sender.requested", name, {"sender_id": sender_id, "status": status}
            )
            row = conn.execute(select(_requests).where(_requests.c.id == new_id)).one()
        return SenderRequestRecord(**row._mapping)

    def list(self, *, limit: int = 500) -> list[SenderRequestRecord]:
        """Requests, newest first."""
        query = (
            select(_requests).order_by(_requests.c.requested_at.desc(), _requests.c.id.desc()).limit(limit)
        )
        with self._db.read() as conn:
            return [SenderRequestRecord(**row._mapping) for row in conn.execute(query)]

    def note_status(self, request_id: int, status: str, *, actor: str = "system") -> bool:
        """Remember the status the API now gives; a change is audited ("sender.status_changed") once, even
        when two pages see it at the same moment. True when this call recorded a change."""
        with self._db.write() as conn:
            row = conn.execute(select(_requests).where(_requests.c.id == request_id)).one_or_none()
            if row is None or row.last_status == status:
                return False
            changed = conn.execute(
                update(_requests)
                .where(_requests.c.id == request_id)
                .where(_requests.c.last_status.is_not_distinct_from(row.last_status))
                .values(last_status=status, status_seen_at=now_utc())
            ).rowcount
            if changed:
                append_entry(
                    conn, actor, "sender.status_changed", row.name, {"from": row.last_status, "to": status}
                )
            return bool(changed)
