"""The tables exactly as migration 1 created them, frozen.

Migration steps must not follow later edits of `schema.py`: a fresh database is built by replaying
every step, so step 1 has to produce the version-1 shape that step 2 and later expect. Only the column
types (which never change meaning) are shared with `schema.py`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from monsms_core.store.schema import BigId, Json, UtcDateTime


def build_metadata() -> MetaData:
    """A new MetaData holding the version-1 tables (apart from schema_version, which predates them)."""
    md = MetaData()
    Table("locks", md, Column("name", String(64), primary_key=True), Column("touched_at", UtcDateTime))
    Table(
        "users", md,
        Column("id", Integer, primary_key=True),
        Column("username", String(150), nullable=False, unique=True),
        Column("display_name", String(200), nullable=False),
        Column("email", String(320)),
        Column("role", String(20), nullable=False),
        Column("password_hash", String(255), nullable=False),
        Column("must_change_password", Boolean, nullable=False),
        Column("disabled", Boolean, nullable=False),
        Column("language", String(8), nullable=False),
        Column("phone", String(32)),
        Column("created_at", UtcDateTime, nullable=False),
        Column("updated_at", UtcDateTime, nullable=False),
    )  # fmt: skip
    Table(
        "audit_log", md,
        Column("id", BigId, primary_key=True),
        Column("at", UtcDateTime, nullable=False, index=True),
        Column("actor", String(150), nullable=False),
        Column("action", String(100), nullable=False),
        Column("target", String(500)),
        Column("details", Json),
        Index("ix_audit_log_actor_at", "actor", "at"),
        Index("ix_audit_log_action_at", "action", "at"),
    )  # fmt: skip
    Table(
        "app_settings", md,
        Column("key", String(100), primary_key=True),
        Column("value", Json, nullable=False),
        Column("updated_at", UtcDateTime, nullable=False),
        Column("updated_by", String(150), nullable=False),
    )  # fmt: skip
    Table(
        "login_attempts", md,
        Column("id", BigId, primary_key=True),
        Column("username", String(150), nullable=False),
        Column("client_id", String(200)),
        Column("success", Boolean, nullable=False),
        Column("at", UtcDateTime, nullable=False, index=True),
        Index("ix_login_attempts_username_at", "username", "at"),
        Index("ix_login_attempts_client_id_at", "client_id", "at"),
    )  # fmt: skip
    Table(
        "optouts", md,
        Column("id", Integer, primary_key=True),
        Column("phone", String(32), nullable=False, unique=True),
        Column("reason", Text),
        Column("source", String(50), nullable=False),
        Column("created_by", String(150), nullable=False),
        Column("created_at", UtcDateTime, nullable=False),
    )  # fmt: skip
    Table(
        "outbox", md,
        Column("id", Integer, primary_key=True),
        Column("send_key", String(200), nullable=False, unique=True),
        Column("created_by", String(150), nullable=False),
        Column("status", String(20), nullable=False, index=True),
        Column("payload", Json, nullable=False),
        Column("recipients", Integer, nullable=False),
        Column("credits", Integer, nullable=False),
        Column("campaign_ids", Json, nullable=False),
        Column("error", Text),
        Column("created_at", UtcDateTime, nullable=False, index=True),
        Column("updated_at", UtcDateTime, nullable=False),
    )  # fmt: skip
    Table(
        "import_jobs", md,
        Column("id", Integer, primary_key=True),
        Column("created_by", String(150), nullable=False, index=True),
        Column("filename", String(500), nullable=False),
        Column("group_name", String(200)),
        Column("total_rows", Integer, nullable=False),
        Column("created_at", UtcDateTime, nullable=False),
        Column("updated_at", UtcDateTime, nullable=False),
    )  # fmt: skip
    Table(
        "import_items", md,
        Column("id", BigId, primary_key=True),
        Column("job_id", Integer, ForeignKey("import_jobs.id", ondelete="CASCADE"), nullable=False),
        Column("row_number", Integer, nullable=False),
        Column("payload", Json, nullable=False),
        Column("status", String(20), nullable=False),
        Column("contact_id", String(100)),
        Column("reason", Text),
        UniqueConstraint("job_id", "row_number", name="uq_import_items_job_row"),
        Index("ix_import_items_job_status_row", "job_id", "status", "row_number"),
    )  # fmt: skip
    return md
