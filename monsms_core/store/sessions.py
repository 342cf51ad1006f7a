"""Server-side sessions: one row per signed-in browser, so that signing out, a password change or reset,
disabling an account, or "sign out of all devices" really ends a login cookie, wherever it was copied.

The cookie carries a random secret; only its SHA-256 digest is stored (the `id`), so reading the database
does not give anyone a session.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, or_, select, update

from monsms_core.store import schema
from monsms_core.store.db import Database, now_utc

_sessions = schema.sessions
_MAX_DEVICE = 200


def session_digest(secret: str) -> str:
    """The stored id of the session whose cookie carries `secret`."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SessionRecord:
    """One session as stored (`id` is the digest, never the secret itself)."""

    id: str
    username: str
    device: str
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    revoked_reason: str | None


class Sessions:
    """Open, check, touch, revoke and purge sessions."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, username: str, device: str, expires_at: datetime, at: datetime | None = None) -> str:
        """Open a session for `username`; returns its secret (to put in the cookie, never stored)."""
        secret = secrets.token_urlsafe(32)
        moment = at or now_utc()
        with self._db.write() as conn:
            conn.execute(
                insert(_sessions).values(
                    id=session_digest(secret),
                    username=username,
                    device=(device or "?")[:_MAX_DEVICE],
                    created_at=moment,
                    last_seen_at=moment,
                    expires_at=expires_at,
                )
            )
        return secret

    def active(self, secret: str, now: datetime | None = None) -> SessionRecord | None:
        """The session opened with `secret` if it is neither revoked nor expired, else None."""
        moment = now or now_utc()
        query = select(_sessions).where(
            (_sessions.c.id == session_digest(secret))
            & _sessions.c.revoked_at.is_(None)
            & (_sessions.c.expires_at > moment)
        )
        with self._db.read() as conn:
            row = conn.execute(query).first()
        return SessionRecord(**row._mapping) if row else None

    def list_active(self, username: str, now: datetime | None = None) -> list[SessionRecord]:
        """The user's live sessions, most recently seen first."""
        moment = now or now_utc()
        query = (
            select(_sessions)
            .where(
                (_sessions.c.username == username)
                & _sessions.c.revoked_at.is_(None)
                & (_sessions.c.expires_at > moment)
            )
            .order_by(_sessions.c.last_seen_at.desc())
        )
        with self._db.read() as conn:
            return [SessionRecord(**row._mapping) for row in conn.execute(query)]

    def touch(self, session_id: str, at: datetime | None = None) -> None:
        """Remember that the session was used (shown as "last seen")."""
        with self._db.write() as conn:
            conn.execute(
                update(_sessions).where(_sessions.c.id == session_id).values(last_seen_at=at or now_utc())
            )

    def revoke(self, session_id: str, reason: str, at: datetime | None = None) -> bool:
        """End one session; False when it was already ended (or never existed)."""
        with self._db.write() as conn:
            result = conn.execute(
                update(_sessions)
                .where((_sessions.c.id == session_id) & _sessions.c.revoked_at.is_(None))
                .values(revoked_at=at or now_utc(), revoked_reason=reason)
            )
        return result.rowcount > 0

    def revoke_all(
        self, username: str, reason: str, *, keep: str | None = None, at: datetime | None = None
    ) -> int:
        """End every live session of `username` except the one whose id is `keep`; returns how many."""
        condition = (_sessions.c.username == username) & _sessions.c.revoked_at.is_(None)
        if keep is not None:
            condition = condition & (_sessions.c.id != keep)
        with self._db.write() as conn:
            result = conn.execute(
                update(_sessions).where(condition).values(revoked_at=at or now_utc(), revoked_reason=reason)
            )
        return result.rowcount

    def purge(self, now: datetime | None = None, *, revoked_grace: timedelta = timedelta(0)) -> int:
        """Delete expired sessions and those revoked more than `revoked_grace` ago; returns how many."""
        moment = now or now_utc()
        condition = or_(_sessions.c.expires_at <= moment, _sessions.c.revoked_at <= moment - revoked_grace)
        with self._db.write() as conn:
            return conn.execute(delete(_sessions).where(condition)).rowcount
