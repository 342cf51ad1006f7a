"""`/group/create`, `/group/list`, `/group/{id}`, `/group/{id}/update`, `/group/{id}/delete`.

`contacts` may hold contact objects (getting-started page, Dart SDK) or ids of existing contacts (older
JS SDK), mixed freely. A contact object carrying the `id` of one of the account's contacts (the Dart
SDK's ContactModel.toJson sends it) names that contact; one without an `id` is created, then added.
On update, a given `contacts` list REPLACES the membership (Prisma `set` semantics); omit it to keep
the members.
"""

from __future__ import annotations

import sqlite3

from monsms_sandbox.common import iso, new_id
from monsms_sandbox.errors import NOT_FOUND, ApiError
from monsms_sandbox.handlers import contacts as contact_handlers
from monsms_sandbox.handlers.context import Call, owned_page
from monsms_sandbox.validation import Fields

ORDER_COLUMNS = {"name": "name", "createdAt": "created_at"}


def serialize(call: Call, row: sqlite3.Row, *, with_contacts: bool = False) -> dict[str, object]:
    """A group with `_count.contacts`, and its members when asked."""
    member_count = call.conn.execute(
        "SELECT COUNT(*) FROM group_members WHERE group_id = ?", (row["id"],)
    ).fetchone()[0]
    group: dict[str, object] = {
        "id": row["id"],
        "name": row["name"],
        "description": row["description"],
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
        "_count": {"contacts": int(member_count)},
    }
    if with_contacts:
        members = call.conn.execute(
            "SELECT c.* FROM contacts c JOIN group_members g ON g.contact_id = c.id WHERE g.group_id = ?"
            " ORDER BY c.created_at, c.rowid",
            (row["id"],),
        ).fetchall()
        group["contacts"] = [contact_handlers.serialize(member) for member in members]
    return group


def _read_members(fields: Fields, items: list[object]) -> tuple[list[dict[str, object]], list[str]]:
    """Split `contacts` into new contact objects and existing ids, recording issues."""
    new_contacts: list[dict[str, object]] = []
    ids: list[str] = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            ids.append(item.strip())
        elif isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"].strip():
            ids.append(item["id"].strip())
        elif isinstance(item, dict):
            contact = contact_handlers.read_contact(fields.nested(item, "contacts", index))
            if contact is not None:
                new_contacts.append(contact)
        else:
            fields.issue(["contacts", index], "invalid_union", "Expected a contact object or a contact id")
    return new_contacts, ids


def _member_ids(call: Call, new_contacts: list[dict[str, object]], ids: list[str]) -> list[str]:
    """Check the given ids belong to the caller, create the new contacts, and return all member ids."""
    existing = [row["id"] for row in contact_handlers.rows_by_ids(call, list(dict.fromkeys(ids)))]
    if len(existing) != len(set(ids)):
        raise ApiError(NOT_FOUND)
    created = contact_handlers.insert_contacts(call, new_contacts)
    return list(dict.fromkeys([*existing, *created]))


def _set_members(call: Call, group_id: str, member_ids: list[str]) -> None:
    call.conn.execute("DELETE FROM group_members WHERE group_id = ?", (group_id,))
    call.conn.executemany(
        "INSERT OR IGNORE INTO group_members (group_id, contact_id) VALUES (?, ?)",
        [(group_id, contact_id) for contact_id in member_ids],
    )


def create(call: Call) -> dict[str, object]:
    """Create a group, with its members."""
    fields = call.fields()
    name = fields.string("name", required=True, min_len=1)
    description = fields.string("description")
    new_contacts, ids = _read_members(fields, fields.array("contacts") or [])
    fields.check()
    member_ids = _member_ids(call, new_contacts, ids)
    group_id = new_id()
    call.conn.execute(
        "INSERT INTO groups (id, account_id, name, description, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (group_id, call.account_id, name, description, call.now, call.now),
    )
    _set_members(call, group_id, member_ids)
    return serialize(call, call.owned_row("groups", group_id), with_contacts=True)


def list_groups(call: Call) -> list[dict[str, object]]:
    """One page of the account's groups, each with `_count.contacts`."""
    rows = owned_page(call, "groups", ORDER_COLUMNS)
    return [serialize(call, row) for row in rows]


def get(call: Call) -> dict[str, object]:
    """One group with its `contacts`."""
    return serialize(call, call.owned_row("groups", call.target_id), with_contacts=True)


def update(call: Call) -> dict[str, object]:
    """Rename, redescribe, or replace the members of a group."""
    fields = call.fields()
    name = fields.string("name", min_len=1)
    description = fields.string("description")
    items = fields.array("contacts")
    new_contacts, ids = _read_members(fields, items or [])
    fields.check()
    row = call.owned_row("groups", call.target_id)
    if items is not None:
        _set_members(call, row["id"], _member_ids(call, new_contacts, ids))
    call.conn.execute(
        "UPDATE groups SET name = COALESCE(?, name), description = CASE WHEN ? THEN ? ELSE description END,"
        " updated_at = ? WHERE id = ?",
        (name, "description" in call.body, description, call.now, row["id"]),
    )
    return serialize(call, call.owned_row("groups", row["id"]), with_contacts=True)


def delete(call: Call) -> dict[str, object]:
    """Delete a group (its contacts stay in the account); answers the deleted group."""
    row = call.owned_row("groups", call.target_id)
    deleted = serialize(call, row)
    call.conn.execute("DELETE FROM group_members WHERE group_id = ?", (row["id"],))
    call.conn.execute("DELETE FROM groups WHERE id = ?", (row["id"],))
    return deleted
