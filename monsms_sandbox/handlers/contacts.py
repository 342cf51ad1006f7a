"""`/contact/create`, `/contact/list`, `/contact/{id}`, `/contact/{id}/update`, `/contact/delete`.

Duplicates: a phone already present in the account is accepted as a new contact (the vendor's
schema has no uniqueness rule and the service is Prisma-backed without one on phone); callers
that must not duplicate (the importer) deduplicate themselves.
"""

from __future__ import annotations

import sqlite3

from monsms_sandbox.common import from_json, iso, new_id, to_json
from monsms_sandbox.handlers.context import Call, owned_page
from monsms_sandbox.validation import Fields

ORDER_COLUMNS = {
    "firstName": "first_name",
    "lastName": "last_name",
    "name": "name",
    "phone": "phone",
    "sex": "sex",
    "createdAt": "created_at",
}
KNOWN_KEYS = {"phone", "name", "firstName", "lastName", "sex", "id", "createdAt", "updatedAt"}
# Keys that belong to the request, never to a contact, even in the single top-level form.
REQUEST_KEYS = {"apiKey", "companyId", "adminKey", "contacts"}


def read_contact(fields: Fields) -> dict[str, object] | None:
    """Validate one contact object; extra keys are kept (passthrough). None if invalid."""
    before = len(fields.issues)
    contact: dict[str, object] = {
        "phone": fields.phone("phone"),
        "name": fields.string("name"),
        "firstName": fields.string("firstName"),
        "lastName": fields.string("lastName"),
        "sex": fields.enum("sex", ("M", "F")),
    }
    extra = {key: value for key, value in fields.body.items() if key not in KNOWN_KEYS | REQUEST_KEYS}
    contact["extra"] = extra
    return contact if len(fields.issues) == before else None


def insert_contacts(call: Call, contacts: list[dict[str, object]]) -> list[str]:
    """Store validated contacts and return their new ids, in order."""
    ids = [new_id() for _ in contacts]
    call.conn.executemany(
        "INSERT INTO contacts (id, account_id, phone, name, first_name, last_name, sex, extra, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                contact_id,
                call.account_id,
                c["phone"],
                c["name"],
                c["firstName"],
                c["lastName"],
                c["sex"],
                to_json(c["extra"]) if c["extra"] else None,
                call.now,
                call.now,
            )
            for contact_id, c in zip(ids, contacts, strict=True)
        ],
    )
    return ids


def serialize(row: sqlite3.Row) -> dict[str, object]:
    """A contact as the API answers it (passthrough keys first, so they cannot mask real fields)."""
    extra = from_json(row["extra"], {})
    assert isinstance(extra, dict)
    return {
        **extra,
        "id": row["id"],
        "phone": row["phone"],
        "name": row["name"],
        "firstName": row["first_name"],
        "lastName": row["last_name"],
        "sex": row["sex"],
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
    }


def rows_by_ids(call: Call, ids: list[str]) -> list[sqlite3.Row]:
    """The caller's contacts with these ids, in the given order (missing ones skipped)."""
    found: dict[str, sqlite3.Row] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in call.conn.execute(
            f"SELECT * FROM contacts WHERE account_id = ? AND id IN ({marks})", (call.account_id, *chunk)
        ):
            found[row["id"]] = row
    return [found[i] for i in ids if i in found]


def create(call: Call) -> object:
    """Create contacts from `contacts: [...]` (answers a list) or from a single top-level `phone`
    (the getting-started form; answers the one contact)."""
    fields = call.fields()
    single = "contacts" not in call.body and "phone" in call.body
    if single:
        contact = read_contact(fields)
        fields.check()
        assert contact is not None
        (contact_id,) = insert_contacts(call, [contact])
        return serialize(call.owned_row("contacts", contact_id))
    items = fields.array("contacts") or []
    contacts = [read_contact(fields.nested(item, "contacts", index)) for index, item in enumerate(items)]
    fields.check()
    ids = insert_contacts(call, [c for c in contacts if c is not None])
    return [serialize(row) for row in rows_by_ids(call, ids)]


def list_contacts(call: Call) -> list[dict[str, object]]:
    """One page of the account's contacts."""
    rows = owned_page(call, "contacts", ORDER_COLUMNS)
    return [serialize(row) for row in rows]


def get(call: Call) -> dict[str, object]:
    """One contact."""
    return serialize(call.owned_row("contacts", call.target_id))


def update(call: Call) -> dict[str, object]:
    """Change some fields of a contact: absent keys are kept, null clears an optional field."""
    fields = call.fields()
    changes: dict[str, object] = {}
    if call.body.get("phone") is not None:
        changes["phone"] = fields.phone("phone")
    for key, column in (("name", "name"), ("firstName", "first_name"), ("lastName", "last_name")):
        if key in call.body:
            changes[column] = fields.string(key)
    if "sex" in call.body:
        changes["sex"] = fields.enum("sex", ("M", "F"))
    fields.check()
    row = call.owned_row("contacts", call.target_id)
    if changes:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        call.conn.execute(
            f"UPDATE contacts SET {assignments}, updated_at = ? WHERE id = ?",
            (*changes.values(), call.now, row["id"]),
        )
    return serialize(call.owned_row("contacts", row["id"]))


def delete(call: Call) -> dict[str, int]:
    """Delete the caller's contacts among `contactIds` (others are ignored); answers `{count}`."""
    fields = call.fields()
    ids = fields.string_list("contactIds") or []
    fields.check()
    owned = [row["id"] for row in rows_by_ids(call, ids)]
    call.conn.executemany("DELETE FROM group_members WHERE contact_id = ?", [(i,) for i in owned])
    call.conn.executemany("DELETE FROM contacts WHERE id = ?", [(i,) for i in owned])
    return {"count": len(owned)}
