"""The engine: SQLite tuned for concurrent sessions, UTC times, clear errors for bad database URLs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, inspect, text
from sqlalchemy.exc import IntegrityError

from monsms_core.config import ConfigurationError
from monsms_core.store import Store, schema
from monsms_core.store.db import open_database


def test_sqlite_pragmas_and_data_directory(tmp_path: Path) -> None:
    database = tmp_path / "not" / "yet" / "there" / "monsms.db"
    store = Store.open(f"sqlite:///{database}")
    try:
        assert database.exists()
        with store.db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
    finally:
        store.dispose()


def test_sqlite_file_below_a_file_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file, not a folder")
    with pytest.raises(ConfigurationError) as caught:
        Store.open(f"sqlite:///{tmp_path / 'data' / 'monsms.db'}")
    assert caught.value.code == "data_dir_unwritable"


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError), store.db.write() as conn:
        conn.execute(
            insert(schema.import_items).values(job_id=999, row_number=1, payload={}, status="pending")
        )


def test_times_are_stored_as_utc_and_read_back_aware(store: Store) -> None:
    local = datetime(2025, 1, 1, 23, 30, tzinfo=UTC).astimezone()
    store.login_attempts.record("awa", None, False, at=local)
    with store.db.read() as conn:
        stored = conn.execute(text("SELECT at FROM login_attempts")).scalar()
        if store.db.dialect == "postgresql":
            assert stored.tzinfo is not None
            columns = {c["name"]: c["type"] for c in inspect(conn).get_columns("login_attempts")}
            assert getattr(columns["at"], "timezone", False) is True
        else:
            assert str(stored).startswith("2025-01-01 23:30:00")  # naive UTC text
    assert store.login_attempts.last_failure_at() == local


def test_malformed_url_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as caught:
        open_database("not a url at all")
    assert caught.value.code == "database_url_invalid"
    assert "MONSMS_DATABASE_URL" in caught.value.user_message("fr")


def test_unreachable_server_error_hides_the_password() -> None:
    with pytest.raises(ConfigurationError) as caught:
        open_database("postgresql+psycopg://monsms:Tres-Secret-42@127.0.0.1:1/monsms?connect_timeout=2")
    assert caught.value.code == "database_unreachable"
    for lang in ("fr", "en"):
        message = caught.value.user_message(lang)
        assert "Tres-Secret-42" not in message and "127.0.0.1" in message
    assert "Tres-Secret-42" not in str(caught.value)
