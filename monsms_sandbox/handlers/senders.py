"""`/sender/create`, `/sender/list`, `/sender/{id}`, `/sender/{id}/update`.

Senders start PENDING: approval is an operator's decision, emulated by the control API
(`/_sandbox/senders/set-status`). Names are unique per account (case-insensitive): a duplicate is
refused after validation.
"""

from __future__ import annotations

import sqlite3

from monsms_sandbox.common import iso, new_id
from monsms_sandbox.errors import SENDER_NAME_TAKEN, ApiError
from monsms_sandbox.handlers.context import Call, owned_page

ORDER_COLUMNS = {"name": "name", "createdAt": "created_at"}
STATUSES = ("PENDING", "SUBMITED", "ACCEPTED", "REFUSED")


def serialize(row: sqlite3.Row) -> dict[str, object]:
    """A sender as the API answers it."""
    return {
        "id": row["id"],
        "name": row["name"],
        "description": row["description"],
        "status": row["status"],
        "archived": bool(row["archived"]),
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
    }


def find_by_id_or_name(call: Call, key: str) -> sqlite3.Row | None:
    """The caller's sender whose id or name (case-insensitive) is `key`."""
    return call.conn.execute(
        "SELECT * FROM senders WHERE account_id = ? AND (id = ? OR upper(name) = upper(?))"
        " ORDER BY archived, created_at LIMIT 1",
        (call.account_id, key, key),
    ).fetchone()


def create(call: Call) -> dict[str, object]:
    """Request a new sender name; it starts PENDING.

    A name the account already has is not a validation issue: the vendor's zod schema only checks the
    length, so the server refuses a duplicate after validation, as a plain `success: false` sentence
    (no `isZodError`, no field) — the dashboard must recognise it by reading `sender/list`, not the text.
    """
    fields = call.fields()
    name = fields.string("name", required=True, min_len=3, max_len=11)
    description = fields.string("description", required=True)
    fields.check()
    if call.conn.execute(
        "SELECT 1 FROM senders WHERE account_id = ? AND upper(name) = upper(?)", (call.account_id, name)
    ).fetchone():
        raise ApiError(SENDER_NAME_TAKEN)
    sender_id = new_id()
    call.conn.execute(
        "INSERT INTO senders (id, account_id, name, description, status, archived, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)",
        (sender_id, call.account_id, name, description, call.now, call.now),
    )
    return serialize(call.owned_row("senders", sender_id))


def list_senders(call: Call) -> list[dict[str, object]]:
    """One page of the account's senders (archived ones included, flagged)."""
    rows = owned_page(call, "senders", ORDER_COLUMNS)
    return [serialize(row) for row in rows]


def get(call: Call) -> dict[str, object]:
    """One sender."""
    return serialize(call.owned_row("senders", call.target_id))


def update(call: Call) -> dict[str, object]:
    """Archive or unarchive a sender. A `status` in the body is ignored: only the operator decides it."""
    fields = call.fields()
    archived = fields.boolean("archived")
    fields.check()
    row = call.owned_row("senders", call.target_id)
    if archived is not None:
        call.conn.execute(
            "UPDATE senders SET archived = ?, updated_at = ? WHERE id = ?",
            (int(archived), call.now, row["id"]),
        )
    return serialize(call.owned_row("senders", row["id"]))
