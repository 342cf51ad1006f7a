"""Login attempts, so that the login page can slow down password guessing per user name and per browser."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, insert, select, true

from monsms_core.store import schema
from monsms_core.store.db import Database, now_utc

_attempts = schema.login_attempts


def _normalize(username: str) -> str:
    # Same normalisation as user names, but an empty name is still worth counting.
    return (username or "").strip().lower()


class LoginAttempts:
    """Record attempts and count recent failures. Filters given together must all match."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, username: str, client_id: str | None, success: bool, at: datetime | None = None) -> None:
        """Remember one attempt; `client_id` identifies the browser (or None when unknown)."""
        with self._db.write() as conn:
            conn.execute(
                insert(_attempts).values(
                    username=_normalize(username), client_id=client_id, success=success, at=at or now_utc()
                )
            )

    def failures_since(
        self, since: datetime, *, username: str | None = None, client_id: str | None = None
    ) -> int:
        """How many failed attempts happened at or after `since`."""
        condition = self._filter(username, client_id) & ~_attempts.c.success & (_attempts.c.at >= since)
        with self._db.read() as conn:
            return int(conn.scalar(select(func.count()).select_from(_attempts).where(condition)) or 0)

    def last_failure_at(
        self, *, username: str | None = None, client_id: str | None = None
    ) -> datetime | None:
        """When the latest failed attempt happened, or None."""
        return self._latest(self._filter(username, client_id) & ~_attempts.c.success)

    def last_success_at(
        self, *, username: str | None = None, client_id: str | None = None
    ) -> datetime | None:
        """When the latest successful attempt happened, or None."""
        return self._latest(self._filter(username, client_id) & _attempts.c.success)

    def forget_failures(self, username: str) -> int:
        """Delete the failed attempts on `username` (an administrator unlocked it); returns the count."""
        condition = (_attempts.c.username == _normalize(username)) & ~_attempts.c.success
        with self._db.write() as conn:
            return conn.execute(delete(_attempts).where(condition)).rowcount

    def purge_before(self, before: datetime) -> int:
        """Delete attempts older than `before` (they only matter for a short while); returns the count."""
        with self._db.write() as conn:
            return conn.execute(delete(_attempts).where(_attempts.c.at < before)).rowcount

    def _latest(self, condition: ColumnElement[bool]) -> datetime | None:
        with self._db.read() as conn:
            return conn.scalar(select(func.max(_attempts.c.at)).where(condition))

    @staticmethod
    def _filter(username: str | None, client_id: str | None) -> ColumnElement[bool]:
        condition: ColumnElement[bool] = true()
        if username is not None:
            condition = condition & (_attempts.c.username == _normalize(username))
        if client_id is not None:
            condition = condition & (_attempts.c.client_id == client_id)
        return condition
