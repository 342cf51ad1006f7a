"""Schema versioning: fresh databases reach the latest version, old ones are upgraded without losing data."""

from __future__ import annotations

import itertools
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, insert, inspect, select, text

from monsms_core.config import ConfigurationError
from monsms_core.store import Store, migrations, schema, schema_v1
from monsms_core.store.db import open_database
from monsms_core.store.migrations import LATEST_VERSION, MIGRATIONS, Migration, applied_versions, upgrade

AT = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def test_versions_increase_from_one() -> None:
    # Numbers are assigned per change ahead of time: gaps are allowed, repeats and going back are not.
    versions = [m.version for m in MIGRATIONS]
    assert versions[0] == 1
    assert all(earlier < later for earlier, later in itertools.pairwise(versions))
    assert MIGRATIONS[-1].version == LATEST_VERSION


def test_a_fresh_database_reaches_the_latest_version(store: Store) -> None:
    assert store.schema_version() == LATEST_VERSION
    with store.db.read() as conn:
        applied = conn.execute(
            select(schema.schema_version.c.version).order_by(schema.schema_version.c.version)
        )
        assert list(applied.scalars()) == [m.version for m in MIGRATIONS]
        assert set(schema.metadata.tables) <= set(inspect(conn).get_table_names())


def _fill_version_1(conn: Connection) -> None:
    tables = schema_v1.build_metadata().tables
    conn.execute(
        insert(tables["users"]).values(
            username="awa", display_name="Awa Koné", email="awa@example.ci", role="admin",
            password_hash="$2b$12$hash", must_change_password=False, disabled=False, language="fr",
            phone="2250707123456", created_at=AT, updated_at=AT,
        )
    )  # fmt: skip
    conn.execute(insert(tables["audit_log"]).values(at=AT, actor="awa", action="user.created", target="awa"))
    conn.execute(
        insert(tables["app_settings"]).values(key="sender", value="BOUTIK", updated_at=AT, updated_by="awa")
    )
    conn.execute(
        insert(tables["optouts"]).values(
            phone="2250101010101", reason="STOP", source="manual", created_by="awa", created_at=AT
        )
    )
    conn.execute(
        insert(tables["outbox"]).values(
            send_key="k1", created_by="awa", status="sent", payload={"text": "Bonne fête"}, recipients=2,
            credits=2, campaign_ids=["c-1"], created_at=AT, updated_at=AT,
        )
    )  # fmt: skip
    conn.execute(
        insert(tables["import_jobs"]).values(
            id=7, created_by="awa", filename="clients.xlsx", total_rows=1, created_at=AT, updated_at=AT
        )
    )
    conn.execute(
        insert(tables["import_items"]).values(
            job_id=7, row_number=2, payload={"phone": "2250707"}, status="pending"
        )
    )
    conn.execute(
        insert(tables["login_attempts"]).values(username="awa", client_id="b1", success=False, at=AT)
    )


def test_version_1_data_survives_the_upgrade(database_url: str) -> None:
    db = open_database(database_url)
    try:
        assert upgrade(db, target=1) == 1
        with db.write() as conn:
            _fill_version_1(conn)
    finally:
        db.dispose()

    store = Store.open(database_url)
    try:
        assert store.schema_version() == LATEST_VERSION
        user = store.users.get("AWA")
        assert user is not None and user.display_name == "Awa Koné" and user.created_at == AT
        assert user.last_login_at is None  # the column added by migration 3, empty for old rows
        assert store.users.record_login("awa", AT).last_login_at == AT
        assert [e.action for e in store.audit.list()] == ["user.created"]
        assert store.app_settings.get("sender") == "BOUTIK"
        assert store.optouts.contains("2250101010101")
        entry = store.outbox.get_by_key("k1")
        assert entry is not None and entry.payload == {"text": "Bonne fête"} and entry.campaign_ids == ["c-1"]
        assert [item.row_number for item in store.import_jobs.pending_items(7)] == [2]
        assert store.login_attempts.last_failure_at(username="awa") == AT
    finally:
        store.dispose()


def test_reopening_keeps_the_version_and_the_data(database_url: str) -> None:
    first = Store.open(database_url)
    first.users.create("kofi", "Kofi", None, "sender", "h")
    first.dispose()
    again = Store.open(database_url)
    try:
        assert again.schema_version() == LATEST_VERSION
        assert [u.username for u in again.users.list()] == ["kofi"]
    finally:
        again.dispose()


def test_a_step_numbered_below_the_highest_applied_one_is_still_applied(database_url: str) -> None:
    # Feature branches hold pre-assigned numbers: a database that ran step 11 before step 10's feature
    # merged must still get step 10 (comparing with the highest applied version would skip it forever).
    early = [m for m in MIGRATIONS if m.version not in (7, 10)]
    db = open_database(database_url)
    try:
        assert upgrade(db, steps=early) == LATEST_VERSION
        with db.read() as conn:
            assert not inspect(conn).has_table("credit_purchases")
        assert upgrade(db) == LATEST_VERSION
        with db.read() as conn:
            assert {"credit_purchases", "composer_drafts"} <= set(inspect(conn).get_table_names())
            assert applied_versions(conn) == {m.version for m in MIGRATIONS}
        assert upgrade(db) == LATEST_VERSION  # nothing left to do, nothing applied twice
    finally:
        db.dispose()


def test_a_failing_step_leaves_the_previous_version_intact(database_url: str) -> None:
    def half_done(conn: Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE half_done (id INTEGER)")
        conn.execute(text("UPDATE users SET display_name = 'changed'"))
        raise RuntimeError("step failed midway")

    store = Store.open(database_url)
    try:
        store.users.create("ama", "Ama", None, "viewer", "h")
        broken = (*MIGRATIONS, Migration(LATEST_VERSION + 1, "broken", half_done))
        with pytest.raises(RuntimeError, match="midway"):
            upgrade(store.db, steps=broken)
        assert store.schema_version() == LATEST_VERSION
        with store.db.read() as conn:
            assert not inspect(conn).has_table("half_done")  # the DDL was rolled back too
        user = store.users.get("ama")
        assert user is not None and user.display_name == "Ama"
    finally:
        store.dispose()


def test_a_database_from_a_newer_version_is_refused(database_url: str) -> None:
    store = Store.open(database_url)
    with store.db.write() as conn:
        conn.execute(
            insert(schema.schema_version).values(
                version=LATEST_VERSION + 5, description="future", applied_at=AT
            )
        )
    store.dispose()
    with pytest.raises(ConfigurationError) as caught:
        Store.open(database_url)
    assert caught.value.code == "schema_too_new"
    assert str(LATEST_VERSION + 5) in caught.value.user_message("fr")


def test_concurrent_first_starts_migrate_once(database_url: str) -> None:
    barrier = threading.Barrier(3)
    versions: list[int] = []
    errors: list[BaseException] = []

    def start() -> None:
        db = None
        try:
            db = open_database(database_url)
            barrier.wait(timeout=60)  # a thread that failed to open breaks the barrier instead of hanging
            versions.append(migrations.upgrade(db))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
            barrier.abort()
        finally:
            if db is not None:
                db.dispose()

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert versions == [LATEST_VERSION] * 3
    store = Store.open(database_url)
    try:
        with store.db.read() as conn:
            rows = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert sorted(rows) == [m.version for m in MIGRATIONS]
    finally:
        store.dispose()
