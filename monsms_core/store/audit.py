"""The audit log: who did what, when. Append-only: there is deliberately no update or delete here, and
migration 2 adds database triggers that refuse them on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Text, cast, insert, or_, select

from monsms_core.store import schema
from monsms_core.store.db import Database, now_utc

_audit = schema.audit_log


@dataclass(frozen=True)
class AuditEntry:
    """One recorded action; `details` is whatever JSON the recorder attached."""

    id: int
    at: datetime
    actor: str
    action: str
    target: str | None
    details: Any


def append_entry(
    conn: Connection, actor: str, action: str, target: object = None, details: Any = None
) -> None:
    """Record an action inside the caller's transaction, so it commits (or not) with the change itself."""
    conn.execute(
        insert(_audit).values(
            at=now_utc(),
            actor=actor,
            action=action,
            target=None if target is None else str(target),
            details=details,
        )
    )


class AuditLog:
    """Write and search the audit log."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, actor: str, action: str, target: object = None, details: Any = None) -> None:
        """Append one entry. `action` is a dotted code such as "user.created"; `details` must be JSON."""
        with self._db.write() as conn:
            append_entry(conn, actor, action, target, details)

    def list(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        action: str | None = None,
        text: str | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]:
        """Entries newest first. `since` is inclusive and `until` exclusive; `action` matches exactly
        or, when it ends with ".", as a prefix ("user." → every user action); `text` is a
        case-insensitive search through actor, action, target and details."""
        query = select(_audit).order_by(_audit.c.at.desc(), _audit.c.id.desc()).limit(limit)
        if since is not None:
            query = query.where(_audit.c.at >= since)
        if until is not None:
            query = query.where(_audit.c.at < until)
        if actor is not None:
            query = query.where(_audit.c.actor == actor)
        if action is not None:
            condition = (
                _audit.c.action.startswith(action, autoescape=True)
                if action.endswith(".")
                else _audit.c.action == action
            )
            query = query.where(condition)
        if text:
            columns = (_audit.c.actor, _audit.c.action, _audit.c.target, cast(_audit.c.details, Text))
            query = query.where(or_(*(column.icontains(text, autoescape=True) for column in columns)))
        with self._db.read() as conn:
            return [AuditEntry(**row._mapping) for row in conn.execute(query)]
