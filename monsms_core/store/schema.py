"""The tables at the latest schema version, as SQLAlchemy Core `Table`s the repositories query.

This file describes the present; `migrations.py` records how a database gets here. Changing a table
here always goes with a new migration step (never with an edit of an old one).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)


class UtcDateTime(TypeDecorator[datetime]):
    """A point in time stored in UTC and always read back timezone-aware.

    SQLite has no timezone type, so values are stored there as naive UTC text; all of them share one
    format, which keeps comparisons and ORDER BY correct. Naive datetimes are refused on the way in:
    guessing their zone would silently shift times by hours.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} given; pass a timezone-aware one")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# BIGINT on servers; SQLite only auto-numbers a column declared exactly INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")
# none_as_null: Python None becomes SQL NULL, not the JSON text 'null'.
Json = JSON(none_as_null=True)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", String(200), nullable=False),
    Column("applied_at", UtcDateTime, nullable=False),
)

locks = Table(
    "locks",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("touched_at", UtcDateTime),
)

users = Table(
    "users",
    metadata,
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
    Column("last_login_at", UtcDateTime),  # added by migration 3
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("at", UtcDateTime, nullable=False, index=True),
    Column("actor", String(150), nullable=False),
    Column("action", String(100), nullable=False),
    Column("target", String(500)),
    Column("details", Json),
    Index("ix_audit_log_actor_at", "actor", "at"),
    Index("ix_audit_log_action_at", "action", "at"),
)

app_settings = Table(
    "app_settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Json, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("updated_by", String(150), nullable=False),
)

login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("username", String(150), nullable=False),
    Column("client_id", String(200)),
    Column("success", Boolean, nullable=False),
    Column("at", UtcDateTime, nullable=False, index=True),
    Index("ix_login_attempts_username_at", "username", "at"),
    Index("ix_login_attempts_client_id_at", "client_id", "at"),
)

optouts = Table(
    "optouts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("phone", String(32), nullable=False, unique=True),
    Column("reason", Text),
    Column("source", String(50), nullable=False),
    Column("created_by", String(150), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
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
)

import_jobs = Table(
    "import_jobs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_by", String(150), nullable=False, index=True),
    Column("filename", String(500), nullable=False),
    Column("group_name", String(200)),
    Column("total_rows", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

import_items = Table(
    "import_items",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("job_id", Integer, ForeignKey("import_jobs.id", ondelete="CASCADE"), nullable=False),
    Column("row_number", Integer, nullable=False),
    Column("payload", Json, nullable=False),
    Column("status", String(20), nullable=False),
    Column("contact_id", String(100)),
    Column("reason", Text),
    UniqueConstraint("job_id", "row_number", name="uq_import_items_job_row"),
    Index("ix_import_items_job_status_row", "job_id", "status", "row_number"),
)

# Added by migration 4: sends waiting for (or decided by) a second person's review.
reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("send_key", String(200), nullable=False, unique=True),
    Column("created_by", String(150), nullable=False, index=True),
    Column("status", String(20), nullable=False, index=True),
    Column("payload", Json, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("recipients", Integer, nullable=False),
    Column("credits", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("approved_fingerprint", String(64)),
    Column("decided_by", String(150)),
    Column("note", Text),
    Column("override_reason", Text),
    Column("outbox_id", Integer, index=True),
    Column("submitted_at", UtcDateTime, nullable=False),
    Column("decided_at", UtcDateTime),
    Column("created_at", UtcDateTime, nullable=False, index=True),
    Column("updated_at", UtcDateTime, nullable=False),
)

# Added by migration 5: the queue of background work (sends, uploads) and the workers that run it.
# `active_key` ("send:12") is set while a job is queued or running and cleared when it ends: the unique
# index keeps one live job per thing to do, and NULLs do not collide once jobs are over.
worker_jobs = Table(
    "worker_jobs",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("target", String(500), nullable=False),
    Column("active_key", String(520), unique=True),
    Column("status", String(20), nullable=False),
    Column("actor", String(150), nullable=False),
    Column("payload", Json, nullable=False),
    Column("result", Json),
    Column("error", Text),
    Column("attempts", Integer, nullable=False),
    Column("max_attempts", Integer, nullable=False),
    Column("run_after", UtcDateTime, nullable=False),
    Column("lease_owner", String(120)),
    Column("lease_until", UtcDateTime),
    Column("stop_requested", Boolean, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Index("ix_worker_jobs_status_run_after", "status", "run_after"),
    Index("ix_worker_jobs_kind_target", "kind", "target"),
)

workers = Table(
    "workers",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("host", String(200), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("embedded", Boolean, nullable=False),
    Column("started_at", UtcDateTime, nullable=False),
    Column("heartbeat_at", UtcDateTime, nullable=False, index=True),
    Column("stopped_at", UtcDateTime),
)

# Added by migration 6: one row per signed-in browser; the login cookie carries the session's secret, of
# which only a SHA-256 digest (`id`) is stored, so a copy of the database cannot open sessions.
sessions = Table(
    "sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("username", String(150), nullable=False, index=True),
    Column("device", String(200), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False, index=True),
    Column("revoked_at", UtcDateTime),
    Column("revoked_reason", String(50)),
)

# Added by migration 9: what the dashboard knows of each template the API stores (the API keeps only its
# text): a name the team finds it by (unique once normalised, `name_key`), a category, and how many sends
# used it. `template_uses` holds one row per outbox entry already counted, so counting never counts twice.
template_names = Table(
    "template_names",
    metadata,
    Column("template_id", String(100), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("name_key", String(120), nullable=False, unique=True),
    Column("category", String(60), nullable=False),
    Column("text", Text, nullable=False),
    Column("uses", Integer, nullable=False),
    Column("last_used_at", UtcDateTime),
    Column("created_by", String(150), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

template_uses = Table(
    "template_uses",
    metadata,
    Column("outbox_id", Integer, primary_key=True, autoincrement=False),
    Column("template_id", String(100), index=True),
    Column("counted_at", UtcDateTime, nullable=False),
)

# Sender names asked for from the dashboard (migration 11): who asked for which name, and the API's id for
# it, so the senders page lists the team's requests with the status `sender/list` gives them now.
sender_requests = Table(
    "sender_requests",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("name", String(20), nullable=False, index=True),
    Column("description", Text, nullable=False),
    Column("sender_id", String(100)),
    Column("requested_by", String(150), nullable=False),
    Column("requested_at", UtcDateTime, nullable=False, index=True),
    Column("last_status", String(20)),
    Column("status_seen_at", UtcDateTime),
)

# Added by migration 10: credit packs bought by mobile money from the dashboard, recorded BEFORE the API
# is asked (exactly once, like the outbox). `request_key` is the buyer's click (a second click with it
# finds the first row); `active_key` ("account") is set while a purchase is being created or paid and
# cleared when it ends: the unique index allows one live purchase at a time, whoever clicks.
credit_purchases = Table(
    "credit_purchases",
    metadata,
    Column("id", BigId, primary_key=True),
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
    Column("created_at", UtcDateTime, nullable=False, index=True),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("settled_at", UtcDateTime),
)

# Added by migration 7: the composer's draft, kept under its send key for the user who writes it, so that a
# reload or another tab of that user finds it again (`monsms_core.composer.drafts`). `payload` holds the
# small part (text, options, typed numbers, chosen contacts and groups); `lists` the recipient rows that
# exist nowhere else (an uploaded sheet's checked rows, recipients handed over by another page), rewritten
# only when `lists_id` — which names those lists — changes.
composer_drafts = Table(
    "composer_drafts",
    metadata,
    Column("send_key", String(200), primary_key=True),
    Column("username", String(150), nullable=False, index=True),
    Column("payload", Json, nullable=False),
    Column("lists", Json),
    Column("lists_id", String(200)),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False, index=True),
)

# Added by migration 8: the columns of an imported sheet beyond phone and names ("Ville", "Classe"), per
# contact. The API cannot be relied on to keep extra keys, so the dashboard keeps them, keyed by the
# account (`Connection.account_id`, a one-way digest: never the key) and the phone in API form.
# `fields` is one JSON object {name: text}, in the order the names were first met.
contact_fields = Table(
    "contact_fields",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("account", String(64), nullable=False),
    Column("phone", String(32), nullable=False),
    Column("fields", Json, nullable=False),
    Column("updated_by", String(150), nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    UniqueConstraint("account", "phone", name="uq_contact_fields_account_phone"),
    Index("ix_contact_fields_account_updated_at", "account", "updated_at"),  # the revision, at once
)
