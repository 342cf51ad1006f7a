"""`/template/list`, `/template/create`, `/template/delete` and `/template/{id}/delete` (both delete forms:
no SDK calls these paths, the JS schemas only name them)."""

from __future__ import annotations

import sqlite3

from monsms_sandbox.common import iso, new_id
from monsms_sandbox.handlers.context import Call, owned_page

ORDER_COLUMNS = {"createdAt": "created_at"}


def serialize(row: sqlite3.Row) -> dict[str, object]:
    """A template as the API answers it."""
    return {
        "id": row["id"],
        "text": row["text"],
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
        "userId": row["account_id"],
    }


def list_templates(call: Call) -> list[dict[str, object]]:
    """One page of the account's templates."""
    rows = owned_page(call, "templates", ORDER_COLUMNS)
    return [serialize(row) for row in rows]


def create(call: Call) -> dict[str, object]:
    """Store a message template."""
    fields = call.fields()
    text = fields.string("text", required=True, min_len=1)
    fields.check()
    template_id = new_id()
    call.conn.execute(
        "INSERT INTO templates (id, account_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (template_id, call.account_id, text, call.now, call.now),
    )
    return serialize(call.owned_row("templates", template_id))


def delete(call: Call) -> dict[str, object]:
    """Delete a template given by the path's `{id}` or the body's `id`; answers the deleted template."""
    fields = call.fields()
    template_id = call.params.get("id") or fields.string("id", required=True)
    fields.check()
    row = call.owned_row("templates", str(template_id))
    call.conn.execute("DELETE FROM templates WHERE id = ?", (row["id"],))
    return serialize(row)
