"""Schema versioning: an ordered list of steps, each applied once, in its own transaction.

`schema_version` holds one row per applied step. A step and its row commit together, so a crash or an
error leaves the database at the previous version, with its data, ready to try again. Steps only ever
add (tables, columns, triggers) or transform data in place; they never drop what holds user data.
To change the schema: edit `schema.py`, then append a step here with a higher version number (numbers are
assigned per change ahead of time, so the list may have gaps).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    insert,
    inspect,
    select,
    text,
)

from monsms_core.config import ConfigurationError
from monsms_core.store import schema, schema_v1
from monsms_core.store.db import Database, now_utc


@dataclass(frozen=True)
class Migration:
    """One step: `apply` receives a connection inside the step's transaction."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1_initial_tables(conn: Connection) -> None:
    metadata = schema_v1.build_metadata()
    metadata.create_all(conn)
    # The row create_first_admin locks, so that two first-run screens cannot both create an admin.
    conn.execute(insert(metadata.tables["locks"]).values(name="first_admin", touched_at=None))


def _v2_audit_append_only(conn: Connection) -> None:
    # The repository offers no update or delete; these triggers also stop a stray SQL statement.
    if conn.dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
        )
    # Other backends keep only the repository-level guarantee.


def _v3_users_last_login(conn: Connection) -> None:
    add_column(conn, "users", Column("last_login_at", schema.UtcDateTime))


def _v4_reviews(conn: Connection) -> None:
    # The table as this step creates it, frozen here like schema_v1: later edits of schema.py must not
    # change what replaying step 4 builds.
    Table(
        "reviews", MetaData(),
        Column("id", Integer, primary_key=True),
        Column("send_key", String(200), nullable=False, unique=True),
        Column("created_by", String(150), nullable=False, index=True),
        Column("status", String(20), nullable=False, index=True),
        Column("payload", schema.Json, nullable=False),
        Column("fingerprint", String(64), nullable=False),
        Column("recipients", Integer, nullable=False),
        Column("credits", Integer, nullable=False),
        Column("revision", Integer, nullable=False),
        Column("approved_fingerprint", String(64)),
        Column("decided_by", String(150)),
        Column("note", Text),
        Column("override_reason", Text),
        Column("outbox_id", Integer, index=True),
        Column("submitted_at", schema.UtcDateTime, nullable=False),
        Column("decided_at", schema.UtcDateTime),
        Column("created_at", schema.UtcDateTime, nullable=False, index=True),
        Column("updated_at", schema.UtcDateTime, nullable=False),
    ).create(conn)  # fmt: skip


def _v5_worker_queue(conn: Connection) -> None:
    # Frozen copies (see _v4_reviews): the job queue and the worker heartbeats of `monsms_core.worker`.
    metadata = MetaData()
    Table(
        "worker_jobs", metadata,
        Column("id", schema.BigId, primary_key=True),
        Column("kind", String(20), nullable=False),
        Column("target", String(500), nullable=False),
        Column("active_key", String(520), unique=True),
        Column("status", String(20), nullable=False),
        Column("actor", String(150), nullable=False),
        Column("payload", schema.Json, nullable=False),
        Column("result", schema.Json),
        Column("error", Text),
        Column("attempts", Integer, nullable=False),
        Column("max_attempts", Integer, nullable=False),
        Column("run_after", schema.UtcDateTime, nullable=False),
        Column("lease_owner", String(120)),
        Column("lease_until", schema.UtcDateTime),
        Column("stop_requested", Boolean, nullable=False),
        Column("created_at", schema.UtcDateTime, nullable=False),
        Column("updated_at", schema.UtcDateTime, nullable=False),
        Index("ix_worker_jobs_status_run_after", "status", "run_after"),
        Index("ix_worker_jobs_kind_target", "kind", "target"),
    )  # fmt: skip
    Table(
        "workers", metadata,
        Column("id", String(120), primary_key=True),
        Column("host", String(200), nullable=False),
        Column("pid", Integer, nullable=False),
        Column("embedded", Boolean, nullable=False),
        Column("started_at", schema.UtcDateTime, nullable=False),
        Column("heartbeat_at", schema.UtcDateTime, nullable=False, index=True),
        Column("stopped_at", schema.UtcDateTime),
    )  # fmt: skip
    metadata.create_all(conn)


def _v6_sessions(conn: Connection) -> None:
    # Frozen copy of the table as this step creates it (see _v4_reviews).
    Table(
        "sessions", MetaData(),
        Column("id", String(64), primary_key=True),
        Column("username", String(150), nullable=False, index=True),
        Column("device", String(200), nullable=False),
        Column("created_at", schema.UtcDateTime, nullable=False),
        Column("last_seen_at", schema.UtcDateTime, nullable=False),
        Column("expires_at", schema.UtcDateTime, nullable=False, index=True),
        Column("revoked_at", schema.UtcDateTime),
        Column("revoked_reason", String(50)),
    ).create(conn)  # fmt: skip


def _v9_template_names(conn: Connection) -> None:
    # Frozen copies (see _v4_reviews): names, categories and usage counts of the API's templates.
    metadata = MetaData()
    Table(
        "template_names", metadata,
        Column("template_id", String(100), primary_key=True),
        Column("name", String(120), nullable=False),
        Column("name_key", String(120), nullable=False, unique=True),
        Column("category", String(60), nullable=False),
        Column("text", Text, nullable=False),
        Column("uses", Integer, nullable=False),
        Column("last_used_at", schema.UtcDateTime),
        Column("created_by", String(150), nullable=False),
        Column("created_at", schema.UtcDateTime, nullable=False),
        Column("updated_at", schema.UtcDateTime, nullable=False),
    )  # fmt: skip
    Table(
        "template_uses", metadata,
        Column("outbox_id", Integer, primary_key=True, autoincrement=False),
        Column("template_id", String(100), index=True),
        Column("counted_at", schema.UtcDateTime, nullable=False),
    )  # fmt: skip
    metadata.create_all(conn)
def _v11_sender_requests(conn: Connection) -> None:
    # Frozen copy of the table as this step creates it (see _v4_reviews).
    Table(
        "sender_requests", MetaData(),
        Column("id", schema.BigId, primary_key=True),
        Column("name", String(20), nullable=False, index=True),
        Column("description", Text, nullable=False),
        Column("sender_id", String(100)),
        Column("requested_by", String(150), nullable=False),
        Column("requested_at", schema.UtcDateTime, nullable=False, index=True),
        Column("last_status", String(20)),
        Column("status_seen_at", schema.UtcDateTime),
    ).create(conn)  # fmt: skip


def _v10_credit_purchases(conn: Connection) -> None:
    # Frozen copy of the table as this step creates it (see _v4_reviews).
    Table(
        "credit_purchases", MetaData(),
        Column("id", schema.BigId, primary_key=True),
        Column("request_key", String(64), nullable=False, unique=True),
        Column("active_key", String(40), unique=True),
        Column("actor", String(150), nullable=False),
        Column("offer_id", String(100), nullable=False),
        Column("pack_name", String(40), nullable=False),
        Column("credits", Integer, nullable=False),
        Column("price", Integer, nullable=False),
        Column("payment_method", String(20), nullable=False),
        Column("payer_phone", String(20), nullable=False),
        Column("transaction_id", String(100), unique=True),
        Column("payment_url", String(500)),
        Column("status", String(20), nullable=False),
        Column("failure_reason", String(60)),
        Column("return_to", String(200)),
        Column("created_at", schema.UtcDateTime, nullable=False, index=True),
        Column("updated_at", schema.UtcDateTime, nullable=False),
        Column("settled_at", schema.UtcDateTime),
    ).create(conn)  # fmt: skip


def _v7_composer_drafts(conn: Connection) -> None:
    # Frozen copy of the table as this step creates it (see _v4_reviews).
    Table(
        "composer_drafts", MetaData(),
        Column("send_key", String(200), primary_key=True),
        Column("username", String(150), nullable=False, index=True),
        Column("payload", schema.Json, nullable=False),
        Column("lists", schema.Json),
        Column("lists_id", String(200)),
        Column("created_at", schema.UtcDateTime, nullable=False),
        Column("updated_at", schema.UtcDateTime, nullable=False, index=True),
    ).create(conn)  # fmt: skip


def _v8_contact_fields(conn: Connection) -> None:
    # Frozen copy of the table as this step creates it (see _v4_reviews).
    Table(
        "contact_fields", MetaData(),
        Column("id", schema.BigId, primary_key=True),
        Column("account", String(64), nullable=False),
        Column("phone", String(32), nullable=False),
        Column("fields", schema.Json, nullable=False),
        Column("updated_by", String(150), nullable=False),
        Column("updated_at", schema.UtcDateTime, nullable=False),
        UniqueConstraint("account", "phone", name="uq_contact_fields_account_phone"),
        Index("ix_contact_fields_account_updated_at", "account", "updated_at"),
    ).create(conn)  # fmt: skip


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial tables", _v1_initial_tables),
    Migration(2, "audit log is append-only", _v2_audit_append_only),
    Migration(3, "users.last_login_at", _v3_users_last_login),
    Migration(4, "reviews (four-eyes approval of sends)", _v4_reviews),
    Migration(5, "worker job queue and worker heartbeats", _v5_worker_queue),
    Migration(6, "sessions (server-side sign-ins, revocable)", _v6_sessions),
    Migration(7, "composer drafts (kept across reloads and tabs)", _v7_composer_drafts),
    Migration(8, "contact_fields (custom columns of imported contacts)", _v8_contact_fields),
    Migration(9, "template names, categories and usage counts", _v9_template_names),
    Migration(10, "credit purchases by mobile money", _v10_credit_purchases),
    Migration(11, "sender_requests (sender names asked for from the dashboard)", _v11_sender_requests),
)
LATEST_VERSION = MIGRATIONS[-1].version


def add_column(conn: Connection, table: str, column: Column) -> None:
    """ALTER TABLE … ADD COLUMN, with the type spelled the way this backend expects."""
    preparer = conn.dialect.identifier_preparer
    type_sql = column.type.compile(dialect=conn.dialect)
    null_sql = "" if column.nullable else " NOT NULL"
    conn.exec_driver_sql(
        f"ALTER TABLE {preparer.quote(table)} ADD COLUMN {preparer.quote(column.name)} {type_sql}{null_sql}"
    )


def current_version(conn: Connection) -> int:
    """The highest applied step, 0 for an empty database."""
    if not inspect(conn).has_table(schema.schema_version.name):
        return 0
    return int(conn.scalar(select(func.max(schema.schema_version.c.version))) or 0)


def _serialize(conn: Connection) -> None:
    """Make concurrent upgraders (several processes starting at once) take turns.

    On SQLite the write transaction already holds the database lock (BEGIN IMMEDIATE). On PostgreSQL a
    transaction-scoped advisory lock, per schema, does the same and is released at commit.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('monsms-migrations:' || current_schema()))"))


def applied_versions(conn: Connection) -> set[int]:
    """Every step applied to this database (steps are numbered per feature, so there may be gaps)."""
    if not inspect(conn).has_table(schema.schema_version.name):
        return set()
    return {int(v) for v in conn.scalars(select(schema.schema_version.c.version))}


def upgrade(db: Database, target: int | None = None, *, steps: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply every missing step up to `target` (default: the last of `steps`); returns the new version.

    "Missing" means not applied, not "above the highest applied": numbers are handed to features before
    they merge, so a database that already has step 11 may still lack step 10 when that feature lands.

    Raises ConfigurationError when the database is newer than this code: running old code on it could
    misread data it does not know about.
    """
    known = steps[-1].version
    goal = known if target is None else target
    with db.write() as conn:
        _serialize(conn)
        schema.schema_version.create(conn, checkfirst=True)
        found = current_version(conn)
    if found > known:
        raise ConfigurationError("schema_too_new", found=found, known=known)
    for migration in steps:
        if migration.version > goal:
            continue
        with db.write() as conn:
            _serialize(conn)
            if migration.version in applied_versions(conn):
                continue  # applied before, or by another process while we waited
            migration.apply(conn)
            conn.execute(
                insert(schema.schema_version).values(
                    version=migration.version, description=migration.description, applied_at=now_utc()
                )
            )
    with db.read() as conn:
        return current_version(conn)
