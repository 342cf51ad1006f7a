"""Dashboard users: who may log in, with which role. Passwords arrive already hashed (bcrypt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.db import Database, now_utc
from monsms_core.store.errors import (
    FirstAdminExistsError,
    InvalidUsernameError,
    UnknownUserError,
    UserExistsError,
)

UPDATABLE_FIELDS = frozenset(
    {
        "display_name",
        "email",
        "role",
        "password_hash",
        "must_change_password",
        "disabled",
        "language",
        "phone",
    }
)
_users = schema.users


@dataclass(frozen=True)
class UserRecord:
    """One user as stored. `password_hash` is kept out of the repr all the same."""

    id: int
    username: str
    display_name: str
    email: str | None
    role: str
    password_hash: str = field(repr=False)
    must_change_password: bool
    disabled: bool
    language: str
    phone: str | None
    created_at: datetime
    updated_at: datetime
    last_login_at: datetime | None = None


def normalize_username(username: str) -> str:
    """The stored form of a user name: surrounding spaces removed, lower case."""
    normalized = (username or "").strip().lower()
    if not normalized:
        raise InvalidUsernameError()
    return normalized


def _record(row: Row[Any]) -> UserRecord:
    return UserRecord(**{name: row._mapping[name] for name in UserRecord.__dataclass_fields__})


class UserRepository:
    """Create, read and update users; there is no delete (disable a user instead, keeping the audit)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self) -> int:
        """How many users exist, disabled ones included."""
        with self._db.read() as conn:
            return int(conn.scalar(select(func.count()).select_from(_users)) or 0)

    def create(
        self,
        username: str,
        display_name: str,
        email: str | None,
        role: str,
        password_hash: str,
        *,
        must_change_password: bool = False,
        language: str = "fr",
        phone: str | None = None,
    ) -> UserRecord:
        """Add a user; raises UserExistsError when the normalised name is taken."""
        values = self._values(
            username, display_name, email, role, password_hash, must_change_password, language, phone
        )
        try:
            with self._db.write() as conn:
                return self._insert(conn, values)
        except IntegrityError as exc:
            raise UserExistsError(username=values["username"]) from exc

    def create_first_admin(
        self,
        username: str,
        display_name: str,
        email: str | None,
        role: str,
        password_hash: str,
        *,
        must_change_password: bool = False,
        language: str = "fr",
        phone: str | None = None,
    ) -> UserRecord:
        """Create the very first user; raises FirstAdminExistsError as soon as any user exists.

        Two browsers submitting the first-run form together must not both become administrator. The
        transaction first updates the "first_admin" lock row, which makes a concurrent call wait (row
        lock on PostgreSQL, write lock on SQLite) until this one commits; its count then sees our user.
        """
        values = self._values(
            username, display_name, email, role, password_hash, must_change_password, language, phone
        )
        with self._db.write() as conn:
            locked = conn.execute(
                update(schema.locks).where(schema.locks.c.name == "first_admin").values(touched_at=now_utc())
            )
            if locked.rowcount == 0:
                # The row was deleted by hand: recreate it; its primary key still stops a second one.
                conn.execute(insert(schema.locks).values(name="first_admin", touched_at=now_utc()))
            if conn.scalar(select(func.count()).select_from(_users)):
                raise FirstAdminExistsError()
            return self._insert(conn, values)

    def get(self, username: str) -> UserRecord | None:
        """The user with this name (any case, surrounding spaces ignored), or None."""
        with self._db.read() as conn:
            row = conn.execute(
                select(_users).where(_users.c.username == normalize_username(username))
            ).first()
        return _record(row) if row else None

    def list(self) -> list[UserRecord]:
        """Every user, by user name."""
        with self._db.read() as conn:
            return [_record(row) for row in conn.execute(select(_users).order_by(_users.c.username))]

    def update(self, username: str, **fields: Any) -> UserRecord:
        """Change some of: display_name, email, role, password_hash, must_change_password, disabled,
        language, phone. Raises UnknownUserError for a missing user, TypeError for another field."""
        unknown = set(fields) - UPDATABLE_FIELDS
        if unknown:
            raise TypeError(f"cannot update user field(s): {', '.join(sorted(unknown))}")
        return self._update(username, {**fields, "updated_at": now_utc()})

    def record_login(self, username: str, at: datetime | None = None) -> UserRecord:
        """Remember when the user last logged in successfully (shown on the users page)."""
        return self._update(username, {"last_login_at": at or now_utc()})

    def _update(self, username: str, values: dict[str, Any]) -> UserRecord:
        name = normalize_username(username)
        with self._db.write() as conn:
            result = conn.execute(update(_users).where(_users.c.username == name).values(**values))
            if result.rowcount == 0:
                raise UnknownUserError(username=name)
            row = conn.execute(select(_users).where(_users.c.username == name)).one()
        return _record(row)

    @staticmethod
    def _values(
        username: str,
        display_name: str,
        email: str | None,
        role: str,
        password_hash: str,
        must_change_password: bool,
        language: str,
        phone: str | None,
    ) -> dict[str, Any]:
        now = now_utc()
        return {
            "username": normalize_username(username),
            "display_name": (display_name or "").strip(),
            "email": (email or "").strip() or None,
            "role": role,
            "password_hash": password_hash,
            "must_change_password": must_change_password,
            "disabled": False,
            "language": language,
            "phone": (phone or "").strip() or None,
            "created_at": now,
            "updated_at": now,
        }

    @staticmethod
    def _insert(conn: Connection, values: dict[str, Any]) -> UserRecord:
        conn.execute(insert(_users).values(**values))
        return _record(conn.execute(select(_users).where(_users.c.username == values["username"])).one())
