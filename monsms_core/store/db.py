"""The engine and the two kinds of transaction every repository uses: `read()` and `write()`.

SQLite needs care to behave well with several sessions and threads: WAL lets readers work while one
writer writes, the busy timeout makes a second writer wait instead of failing, and write transactions
start with BEGIN IMMEDIATE so that they queue for the write lock up front. Without that, two
transactions that both read and then write would deadlock, and SQLite would fail one of them at once.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, CursorResult, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from monsms_core.config import ConfigurationError, redact_database_url

SQLITE_BUSY_TIMEOUT_SECONDS = 30
_WRITE_OPTION = "monsms_write"


def now_utc() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the INSERT returned no primary key")
    return int(key[0])


def checked_statuses(value: str | Iterable[str], allowed: Sequence[str], kind: str) -> list[str]:
    """`value` (one status or several) as a list, after making sure each is one of `allowed`.

    A misspelt status in a WHERE clause would silently match nothing: refuse it instead. `kind` names
    the statuses in the error ("outbox", "review"…)."""
    wanted = [value] if isinstance(value, str) else list(value)
    for status in wanted:
        if status not in allowed:
            raise ValueError(f"unknown {kind} status {status!r}; expected one of {', '.join(allowed)}")
    return wanted


def _json_dumps(value: Any) -> str:
    # Accented names stay readable in the database and searchable with LIKE. NaN is refused on both
    # backends alike (PostgreSQL would reject it, SQLite would store invalid JSON).
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


class Database:
    """An engine plus transaction helpers; safe to share between threads and Streamlit sessions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        """The backend name: "sqlite", "postgresql", …"""
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection inside a transaction for reading (on SQLite, one consistent snapshot)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection inside a transaction committed on success and rolled back on any exception."""
        with self.engine.connect() as conn:
            conn.execution_options(**{_WRITE_OPTION: True})
            with conn.begin():
                yield conn

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_database(url: str) -> Database:
    """A `Database` for `url`, checked by connecting once.

    Raises ConfigurationError (never showing the password) when the URL is malformed, its driver is
    missing, or the server cannot be reached.
    """
    shown = redact_database_url(url)
    try:
        parsed = make_url(url)
        engine = _sqlite_engine(parsed) if parsed.get_backend_name() == "sqlite" else _server_engine(parsed)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
        raise ConfigurationError("database_url_invalid", url=shown) from exc
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        raise ConfigurationError("database_unreachable", url=shown) from exc
    return Database(engine)


def _server_engine(url: URL) -> Engine:
    # pre_ping replaces connections the server closed while the dashboard sat idle.
    return create_engine(url, pool_pre_ping=True, json_serializer=_json_dumps)


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    in_memory = database in ("", ":memory:") or url.query.get("mode") == "memory"
    options: dict[str, Any] = {"json_serializer": _json_dumps}
    if in_memory:
        # One shared connection: fine for a demo or a quick script, not for concurrent writers.
        options.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        if not database.startswith("file:"):
            folder = Path(database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigurationError("data_dir_unwritable", path=str(folder)) from exc
        options["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
    engine = create_engine(url, **options)
    event.listen(engine, "connect", partial(_sqlite_on_connect, wal=not in_memory))
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any, *, wal: bool) -> None:
    # Hand transaction control to SQLAlchemy (see _sqlite_on_begin) instead of the sqlite3 module,
    # whose legacy mode would not wrap DDL or SELECTs in the transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_SECONDS * 1000}")
        if wal:
            _enable_wal(cursor)
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _enable_wal(cursor: Any) -> None:
    # WAL is a property of the file, so only the first connection of a new database changes it. When
    # several processes or sessions open a brand-new file at once, the switch can answer "database is
    # locked" without waiting on the busy timeout: retry for a few seconds instead of failing a start.
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_SECONDS
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_on_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE_OPTION) else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")
