"""The sandbox's state: one SQLite file (WAL), every row owned by one account.

A single connection guarded by a lock serialises all work: the sandbox answers a handful of
requests at a time, and one writer at a time is what makes debits and "exactly one campaign"
checks trivially correct. Timestamps are stored as epoch seconds (REAL).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from monsms_sandbox.common import new_id, now

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY, api_key TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
    email TEXT NOT NULL, phone TEXT NOT NULL, credit INTEGER NOT NULL, is_verified INTEGER NOT NULL,
    blocked INTEGER NOT NULL, country TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS senders (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT,
    status TEXT NOT NULL, archived INTEGER NOT NULL DEFAULT 0, created_at REAL NOT NULL,
    updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS senders_account ON senders (account_id, created_at);
CREATE TABLE IF NOT EXISTS contacts (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, phone TEXT NOT NULL, name TEXT, first_name TEXT,
    last_name TEXT, sex TEXT, extra TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS contacts_account ON contacts (account_id, created_at);
CREATE TABLE IF NOT EXISTS groups (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT,
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS groups_account ON groups (account_id, created_at);
CREATE TABLE IF NOT EXISTS group_members (
    group_id TEXT NOT NULL, contact_id TEXT NOT NULL, PRIMARY KEY (group_id, contact_id));
CREATE INDEX IF NOT EXISTS group_members_contact ON group_members (contact_id);
CREATE TABLE IF NOT EXISTS campaigns (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, name TEXT, text TEXT NOT NULL, type TEXT NOT NULL,
    sender_name TEXT, is_enabled INTEGER NOT NULL, scheduled_date REAL, recurring TEXT, start_at REAL,
    contact_count INTEGER NOT NULL, credit_used INTEGER NOT NULL, parts INTEGER NOT NULL,
    contacts TEXT NOT NULL, group_ids TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS campaigns_account ON campaigns (account_id, created_at);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY, campaign_id TEXT NOT NULL, phone TEXT NOT NULL, delay REAL NOT NULL,
    final_status TEXT NOT NULL, failure_reason TEXT);
CREATE INDEX IF NOT EXISTS messages_campaign ON messages (campaign_id);
CREATE TABLE IF NOT EXISTS templates (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, text TEXT NOT NULL, created_at REAL NOT NULL,
    updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS transactions (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
    credit INTEGER NOT NULL, price INTEGER NOT NULL, campaign_id TEXT, offer_name TEXT,
    payment_method TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS transactions_account ON transactions (account_id, created_at);
"""

# Columns of mobile-money purchases (`monsms_sandbox.wallets`), added to files made by older sandboxes too.
PAYMENT_COLUMNS = (
    ("token", "TEXT"),
    ("offer_id", "TEXT"),
    ("payer_phone", "TEXT"),
    ("settle_at", "REAL"),
    ("wallet_outcome", "TEXT"),
    ("failure_reason", "TEXT"),
)

# Tables holding one account's data, in the order a wipe deletes them.
ACCOUNT_TABLES = ("templates", "transactions", "campaigns", "groups", "contacts", "senders")


class Database:
    """The SQLite file and the lock that serialises access to it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE) so a handler's writes are atomic.
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=OFF")
        self._conn.executescript(SCHEMA)
        present = {row["name"] for row in self._conn.execute("PRAGMA table_info(transactions)")}
        for name, sql_type in PAYMENT_COLUMNS:
            if name not in present:
                self._conn.execute(f"ALTER TABLE transactions ADD COLUMN {name} {sql_type}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one atomic transaction: committed on success, rolled back on error."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        """Close the connection (checkpointing the WAL into the main file)."""
        with self._lock:
            self._conn.close()


def find_account(conn: sqlite3.Connection, api_key: str) -> sqlite3.Row | None:
    """The account owning `api_key`, or None."""
    return conn.execute("SELECT * FROM accounts WHERE api_key = ?", (api_key,)).fetchone()


def insert_account(
    conn: sqlite3.Connection,
    api_key: str,
    *,
    credit: int,
    full_name: str = "Compte sandbox",
    email: str = "sandbox@example.ci",
    phone: str = "2250700000000",
) -> str:
    """Create an account and return its id."""
    account_id = new_id()
    moment = now()
    conn.execute(
        "INSERT INTO accounts (id, api_key, full_name, email, phone, credit, is_verified, blocked, country,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 0, 'CI', ?, ?)",
        (account_id, api_key, full_name, email, phone, credit, moment, moment),
    )
    return account_id


def wipe_account_data(conn: sqlite3.Connection, account_id: str) -> None:
    """Delete everything an account owns except the account row itself."""
    conn.execute(
        "DELETE FROM messages WHERE campaign_id IN (SELECT id FROM campaigns WHERE account_id = ?)",
        (account_id,),
    )
    conn.execute(
        "DELETE FROM group_members WHERE group_id IN (SELECT id FROM groups WHERE account_id = ?)",
        (account_id,),
    )
    for table in ACCOUNT_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE account_id = ?", (account_id,))


def wipe_all(conn: sqlite3.Connection) -> None:
    """Delete every account and everything they own."""
    for table in ("messages", "group_members", *ACCOUNT_TABLES, "accounts"):
        conn.execute(f"DELETE FROM {table}")


def add_credit(conn: sqlite3.Connection, account_id: str, delta: int) -> int:
    """Change an account's balance by `delta` and return the new balance."""
    conn.execute(
        "UPDATE accounts SET credit = credit + ?, updated_at = ? WHERE id = ?", (delta, now(), account_id)
    )
    row = conn.execute("SELECT credit FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return int(row["credit"])


def insert_transaction(
    conn: sqlite3.Connection,
    account_id: str,
    *,
    type_: str,
    status: str,
    credit: int,
    price: int,
    campaign_id: str | None = None,
    offer_name: str | None = None,
    payment_method: str | None = None,
    at: float | None = None,
) -> str:
    """Record one credit movement (RECHARGED or DEBITED) and return its id."""
    transaction_id = new_id()
    moment = now() if at is None else at
    conn.execute(
        "INSERT INTO transactions (id, account_id, type, status, credit, price, campaign_id, offer_name,"
        " payment_method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            transaction_id,
            account_id,
            type_,
            status,
            credit,
            price,
            campaign_id,
            offer_name,
            payment_method,
            moment,
            moment,
        ),
    )
    return transaction_id
