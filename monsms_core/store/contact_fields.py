"""Custom fields of contacts ("Ville", "Classe"…), kept by the dashboard per account and phone.

The Mon SMS PRO API passes unknown contact keys through but cannot be relied on to store them, so the
columns of an imported sheet beyond phone and names live here. One row per (account, phone): `account`
is the connection's one-way fingerprint (`config.Connection.fingerprint`), never the API key; `phone` is
in API form ("2250707123456"). Values are plain text; callers clean them first
(`monsms_core.contacts.custom_fields.clean_fields`).

Writes are race-safe on SQLite (one writer at a time) and PostgreSQL (rows locked FOR UPDATE; a phone
inserted by a concurrent writer between our read and our insert makes the whole write start again).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

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
                found.update({row.phone: dict(row.fields) for row in conn.execute(query)})
        return found

    def all(self, account: str) -> FieldsByPhone:
        """{phone: fields} for every contact of the account that has fields."""
        with self._db.read() as conn:
            rows = conn.execute(select(_fields.c.phone, _fields.c.fields).where(_fields.c.account == account))
            return {row.phone: dict(row.fields) for row in rows}

    def revision(self, account: str) -> tuple[int, datetime | None]:
        """(rows, last change) of the account: changes whenever a value does, so callers can cache."""
        with self._db.read() as conn:
            row = conn.execute(
                select(func.count(), func.max(_fields.c.updated_at)).where(_fields.c.account == account)
            ).one()
        last = row[1]
        if isinstance(last, str):  # SQLite hands an aggregate back untyped
            last = datetime.fromisoformat(last)
        return int(row[0]), schema.UtcDateTime().process_result_value(last, self._db.engine.dialect)

    def merge(self, account: str, values: Mapping[str, Mapping[str, str]], *, actor: str) -> int:
        """Add `values` ({phone: {name: value}}) to what is kept: a given name takes the given value,
        other names keep theirs. Returns how many contacts changed (unchanged ones are not rewritten)."""
        wanted = {phone: dict(fields) for phone, fields in values.items() if phone and fields}
        if not wanted:
            return 0
        try:
            return self._write(account, wanted, actor, replace=False)
        except IntegrityError:
            # Another writer added one of these phones between our read and our insert: read again.
            return self._write(account, wanted, actor, replace=False)

    def replace(self, account: str, phone: str, fields: Mapping[str, str], *, actor: str) -> bool:
        """Make `fields` the contact's whole set (empty: none left); audited "contact.fields_updated"
        in the same transaction. Returns False when nothing changed."""
        try:
            changed = self._write(account, {phone: dict(fields)}, actor, replace=True)
        except IntegrityError:
            changed = self._write(account, {phone: dict(fields)}, actor, replace=True)
        return changed == 1

    def move(self, account: str, old_phone: str, new_phone: str, *, actor: str) -> bool:
        """Carry a contact's fields to its new phone number (the edit dialog changed it); fields already
        kept for the new number win. Returns False when the old number had none."""
        if old_phone == new_phone:
            return False
        kept = self.get(account, old_phone)
        if not kept:
            return False
        self.merge(account, {new_phone: {**kept, **self.get(account, new_phone)}}, actor=actor)
        self.delete(account, [old_phone])
        return True

    def delete(self, account: str, phones: Iterable[str]) -> int:
        """Forget the fields of `phones`; returns how many contacts had some."""
        removed = 0
        with self._db.write() as conn:
            for chunk in _chunks(list(dict.fromkeys(phones))):
                query = delete(_fields).where(_fields.c.account == account, _fields.c.phone.in_(chunk))
                removed += conn.execute(query).rowcount
        return removed

    def _write(self, account: str, wanted: FieldsByPhone, actor: str, *, replace: bool) -> int:
        changed = 0
        with self._db.write() as conn:
            for chunk in _chunks(list(wanted)):
                changed += _write_chunk(conn, account, {p: wanted[p] for p in chunk}, actor, replace)
        return changed


def _write_chunk(conn: Connection, account: str, wanted: FieldsByPhone, actor: str, replace: bool) -> int:
    query = (
        select(_fields.c.id, _fields.c.phone, _fields.c.fields)
        .where(_fields.c.account == account, _fields.c.phone.in_(list(wanted)))
        .with_for_update()
    )
    existing = {row.phone: (row.id, dict(row.fields)) for row in conn.execute(query)}
    now = now_utc()
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    removals: list[int] = []
    for phone, fields in wanted.items():
        found = existing.get(phone)
        if found is None:
            if fields:
                inserts.append({"account": account, "phone": phone, "fields": fields,
                                "updated_by": actor, "updated_at": now})  # fmt: skip
            continue
        row_id, old = found
        new = dict(fields) if replace else {**old, **fields}
        if new == old and list(new) == list(old):
            continue
        if new:
            updates.append({"row_id": row_id, "new_fields": new})
        else:
            removals.append(row_id)
    if inserts:
        conn.execute(insert(_fields), inserts)
    if updates:
        statement = (
            update(_fields)
            .where(_fields.c.id == bindparam("row_id"))
            .values(fields=bindparam("new_fields", type_=schema.Json), updated_by=actor, updated_at=now)
        )
        conn.execute(statement, updates)
    if removals:
        conn.execute(delete(_fields).where(_fields.c.id.in_(removals)))
    if replace and (inserts or updates or removals):
        for phone, fields in wanted.items():
            append_entry(conn, actor, "contact.fields_updated", phone, {"fields": sorted(fields)})
    return len(inserts) + len(updates) + len(removals)
