"""Persistent state of the dashboard: users, audit log, settings, login attempts, opt-outs, outbox,
import jobs, reviews, sessions, the background job queue, the composer's drafts, template names, credit
purchases and contacts' custom fields, behind one `Store`. SQLite by default; any SQLAlchemy URL
(PostgreSQL tested) otherwise.

    store = Store.open(settings.database_url)   # connects and migrates to the latest schema
    store.users.create(...); store.outbox.transition(...)
    store.dispose()

A Store is safe to share between threads and Streamlit sessions (keep one per process, e.g. in
`st.cache_resource`): the repositories hold no state besides the connection pool.
"""

from __future__ import annotations

from monsms_core.store import migrations
from monsms_core.store.app_settings import AppSettings
from monsms_core.store.audit import AuditEntry, AuditLog
from monsms_core.store.composer_drafts import ComposerDrafts, DraftRow
from monsms_core.store.contact_fields import ContactFields, FieldsByPhone
from monsms_core.store.credit_purchases import CreditPurchases, NewPurchase, PurchaseRecord
from monsms_core.store.db import Database, open_database
from monsms_core.store.errors import (
    FirstAdminExistsError,
    InvalidUsernameError,
    StoreError,
    UnknownUserError,
    UserExistsError,
)
from monsms_core.store.import_jobs import ImportItem, ImportJob, ImportJobs
from monsms_core.store.login_attempts import LoginAttempts
from monsms_core.store.optouts import OptOutRecord, OptOuts
from monsms_core.store.outbox import Outbox, OutboxEntry
from monsms_core.store.reviews import ReviewRecord, Reviews
from monsms_core.store.sender_requests import SenderRequestRecord, SenderRequests
from monsms_core.store.sessions import SessionRecord, Sessions, session_digest
from monsms_core.store.template_names import (
    TemplateNameMissingError,
    TemplateNames,
    TemplateNameTakenError,
    TemplateRecord,
)
from monsms_core.store.users import UserRecord, UserRepository
from monsms_core.store.worker_jobs import Claim, WorkerJob, WorkerJobs, WorkerRecord

__all__ = [
    "AuditEntry",
    "Claim",
    "ContactFields",
    "DraftRow",
    "FieldsByPhone",
    "FirstAdminExistsError",
    "ImportItem",
    "ImportJob",
    "InvalidUsernameError",
    "NewPurchase",
    "OptOutRecord",
    "OutboxEntry",
    "PurchaseRecord",
    "ReviewRecord",
    "SenderRequestRecord",
    "SessionRecord",
    "Store",
    "StoreError",
    "TemplateNameMissingError",
    "TemplateNameTakenError",
    "TemplateRecord",
    "UnknownUserError",
    "UserExistsError",
    "UserRecord",
    "WorkerJob",
    "WorkerRecord",
    "session_digest",
]


class Store:
    """The repositories over one database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.users = UserRepository(db)
        self.audit = AuditLog(db)
        self.app_settings = AppSettings(db)
        self.login_attempts = LoginAttempts(db)
        self.optouts = OptOuts(db)
        self.outbox = Outbox(db)
        self.import_jobs = ImportJobs(db)
        self.reviews = Reviews(db)
        self.worker_jobs = WorkerJobs(db)
        self.sessions = Sessions(db)
        self.template_names = TemplateNames(db)
        self.sender_requests = SenderRequests(db)
        self.credit_purchases = CreditPurchases(db)
        self.composer_drafts = ComposerDrafts(db)
        self.contact_fields = ContactFields(db)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        """Connect to `url` and bring its schema to the latest version (existing data is kept).

        Raises monsms_core.config.settings.ConfigurationError when the URL is invalid, the server cannot be
        reached, or the database was upgraded by a newer version of the dashboard.
        """
        db = open_database(url)
        if migrate:
            try:
                migrations.upgrade(db)
            except BaseException:
                db.dispose()
                raise
        return cls(db)

    def schema_version(self) -> int:
        """The schema version the database is at."""
        with self.db.read() as conn:
            return migrations.current_version(conn)

    def dispose(self) -> None:
        """Close the pooled connections; the Store must not be used afterwards."""
        self.db.dispose()

    def __repr__(self) -> str:
        return f"Store({self.db.engine.url.render_as_string(hide_password=True)!r})"
