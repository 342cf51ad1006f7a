"""Custom fields of contacts ("Ville", "Classe"…), kept by the dashboard per account and phone.

The Mon SMS PRO API passes unknown contact keys through but cannot be relied on to store them, so the
columns of an imported sheet beyond phone and names live here. One row per (account, phone): `account`
is the connection's one-way name (`config.Connection.account_id`), never the API key; `phone` is
in API form ("2250707123456"). Values are plain text; callers clean them first
(`monsms_core.contacts.custom_fields.clean_value`).

Writers of one account take turns (SQLite: one writer at a time; PostgreSQL: a transaction-scoped
advisory lock per account), and every write stamps its rows later than anything the account holds. So
`revision()` — the newest stamp, read from an index — moves with every change in commit order, and
pages can cache an account's fields until it moves. Forgetting a contact's fields empties its row rather
than deleting it, for the same reason (a deleted row would not move the newest stamp).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, func, insert, select, text, update

from monsms_core.store import schema
from monsms_core.store.audit import append_entry
from monsms_core.store.db import Database, now_utc

_fields = schema.contact_fields
_CHUNK = 1000
FieldsByPhone = dict[str, dict[str, str]]


def _chunks(phones: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(phones), _CHUNK):
        yield phones[start : start + _CHUNK]


class ContactFields:
    """The custom fields of every contact of every account the dashboard has talked to."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, account: str, phone: str) -> dict[str, str]:
        """The fields of one contact ({} when it has none)."""
        return self.for_phones(account, [phone]).get(phone, {})

    def for_phones(self, account: str, phones: Iterable[str]) -> FieldsByPhone:
        """{phone: fields} for those of `phones` that have fields."""
        wanted = list(dict.fromkeys(phones))
        found: FieldsByPhone = {}
        with self._db.read() as conn:
            for chunk in _chunks(wanted):
                query = select(_fields.c.phone, _fields.c.fields).where(
                    _fields.c.account == account, _fields.c.phone.in_(chunk)
                )
                found.update({row.phone: dict(row.fields) for row in conn.execute(query) if row.fields})
        return found

    def all(self, account: str) -> FieldsByPhone:
        """{phone: fields} for every contact of the account that has fields."""
        with self._db.read() as conn:
            rows = conn.execute(select(_fields.c.phone, _fields.c.fields).where(_fields.c.account == account))
            return {row.phone: dict(row.fields) for row in rows if row.fields}

    def revision(self, account: str) -> datetime | None:
        """When the account's fields last changed (None: never): callers cache until it moves."""
        with self._db.read() as conn:
            return _newest(conn, account)

    def merge(self, account: str, values: Mapping[str, Mapping[str, str]], *, actor: str) -> int:
        """Add `values` ({phone: {name: value}}) to what is kept: a given name takes the given value,
        other names keep theirs. Returns how many contacts changed (unchanged ones are not rewritten)."""
        wanted = {phone: dict(fields) for phone, fields in values.items() if phone and fields}
        return self._write(account, wanted, actor, replace=False) if wanted else 0

    def replace(self, account: str, phone: str, fields: Mapping[str, str], *, actor: str) -> bool:
        """Make `fields` the contact's whole set (empty: none left); audited "contact.fields_updated"
        in the same transaction. Returns False when nothing changed."""
        return self._write(account, {phone: dict(fields)}, actor, replace=True) == 1

    def move(self, account: str, old_phone: str, new_phone: str, *, actor: str) -> bool:
        """Carry a contact's fields to its new phone number (the edit dialog changed it); fields already
        kept for the new number win. Returns False when the old number had none."""
        if old_phone == new_phone:
            return False
        kept = self.get(account, old_phone)
        if not kept:
            return False
        self.merge(account, {new_phone: {**kept, **self.get(account, new_phone)}}, actor=actor)
        self.delete(account, [old_phone], actor=actor)
        return True

    def delete(self, account: str, phones: Iterable[str], *, actor: str) -> int:
        """Forget the fields of `phones`; returns how many contacts had some."""
        emptied: FieldsByPhone = {phone: {} for phone in phones}
        return self._write(account, emptied, actor, replace=True, audit=False)

    def _write(
        self, account: str, wanted: FieldsByPhone, actor: str, *, replace: bool, audit: bool = True
    ) -> int:
        changed = 0
        with self._db.write() as conn:
            stamp = _take_turn(conn, account)
            for chunk in _chunks(list(wanted)):
                values = {phone: wanted[phone] for phone in chunk}
                changed += _write_chunk(conn, account, values, actor, stamp, replace=replace, audit=audit)
        return changed


def _newest(conn: Connection, account: str) -> datetime | None:
    found = conn.scalar(select(func.max(_fields.c.updated_at)).where(_fields.c.account == account))
    if isinstance(found, str):  # SQLite may hand an aggregate back as text
        found = datetime.fromisoformat(found)
    return schema.UtcDateTime().process_result_value(found, conn.dialect)


def _take_turn(conn: Connection, account: str) -> datetime:
    """Wait for the account's other writers (until commit), then the stamp of this write: now, or just
    after the newest stamp when a clock (another server's) is behind."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            text("SELECT pg_advisory_xact_lock(hashtext('monsms-contact-fields:' || :account))"),
            {"account": account},
        )
    newest = _newest(conn, account)
    now = now_utc()
    return now if newest is None or now > newest else newest + timedelta(microseconds=1)


def _write_chunk(
    conn: Connection,
    account: str,
    wanted: FieldsByPhone,
    actor: str,
    stamp: datetime,
    *,
    replace: bool,
    audit: bool,
) -> int:
    query = select(_fields.c.id, _fields.c.phone, _fields.c.fields).where(
        _fields.c.account == account, _fields.c.phone.in_(list(wanted))
    )
    existing = {row.phone: (row.id, dict(row.fields)) for row in conn.execute(query)}
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    for phone, fields in wanted.items():
        found = existing.get(phone)
        if found is None:
            if fields:
                inserts.append({"account": account, "phone": phone, "fields": fields,
                                "updated_by": actor, "updated_at": stamp})  # fmt: skip
            continue
        row_id, old = found
        new = dict(fields) if replace else {**old, **fields}
        if new != old or list(new) != list(old):
            updates.append({"row_id": row_id, "new_fields": new})
    if inserts:
        conn.execute(insert(_fields), inserts)
    if updates:
        statement = (
            update(_fields)
            .where(_fields.c.id == bindparam("row_id"))
            .values(fields=bindparam("new_fields", type_=schema.Json), updated_by=actor, updated_at=stamp)
        )
        conn.execute(statement, updates)
    if audit and replace and (inserts or updates):
        for phone, fields in wanted.items():
            append_entry(conn, actor, "contact.fields_updated", phone, {"fields": sorted(fields)})
    return len(inserts) + len(updates)
