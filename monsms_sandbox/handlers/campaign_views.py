"""How campaigns are answered: the campaign object, its delivery `status` and `stats`, and details."""

from __future__ import annotations

import sqlite3

from monsms_sandbox.common import from_json, iso
from monsms_sandbox.delivery import campaign_status, stats_sql
from monsms_sandbox.handlers import senders as sender_handlers
from monsms_sandbox.handlers.context import Call

ORDER_COLUMNS = {"type": "type", "createdAt": "created_at"}


def stats_for(conn: sqlite3.Connection, campaign_ids: list[str], moment: float) -> dict[str, dict[str, int]]:
    """{campaign id: {total, sent, failed, pending}} computed from the message timestamps at `moment`."""
    result: dict[str, dict[str, int]] = {}
    for start in range(0, len(campaign_ids), 500):
        chunk = campaign_ids[start : start + 500]
        names = [f"id{index}" for index in range(len(chunk))]
        marks = ",".join(f":{name}" for name in names)
        rows = conn.execute(
            f"SELECT c.id AS campaign_id, {stats_sql(':now')} FROM campaigns c"
            f" LEFT JOIN messages m ON m.campaign_id = c.id WHERE c.id IN ({marks}) GROUP BY c.id",
            {"now": moment, **dict(zip(names, chunk, strict=True))},
        )
        for row in rows:
            result[row["campaign_id"]] = {
                key: int(row[key]) for key in ("total", "sent", "failed", "pending")
            }
    return result


def serialize(
    call: Call, row: sqlite3.Row, stats: dict[str, int], *, detailed: bool = False
) -> dict[str, object]:
    """The campaign object; `detailed` adds contacts, groups, sender and recurring."""
    direct_contacts = from_json(row["contacts"], [])
    group_ids = from_json(row["group_ids"], [])
    assert isinstance(direct_contacts, list) and isinstance(group_ids, list)
    campaign: dict[str, object] = {
        "id": row["id"],
        "name": row["name"],
        "text": row["text"],
        "type": row["type"],
        "senderId": row["sender_name"],
        "isEnabled": bool(row["is_enabled"]),
        "scheduledDate": iso(row["scheduled_date"]),
        "contactCount": int(row["contact_count"]),
        "creditUsed": int(row["credit_used"]),
        "smsCount": int(row["parts"]),
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
        "_count": {"contacts": len(direct_contacts), "groups": len(group_ids)},
        "status": campaign_status(stats),
        "stats": dict(stats),
    }
    if detailed:
        campaign["contacts"] = direct_contacts
        campaign["groups"] = _groups(call, group_ids)
        sender = None
        if row["sender_name"]:
            sender_row = sender_handlers.find_by_id_or_name(call, row["sender_name"])
            sender = sender_handlers.serialize(sender_row) if sender_row is not None else None
        campaign["sender"] = sender
        campaign["recurring"] = from_json(row["recurring"])
    return campaign


def _groups(call: Call, group_ids: list[object]) -> list[dict[str, object]]:
    """The campaign's groups that still exist, with their current member count."""
    groups: list[dict[str, object]] = []
    for group_id in group_ids:
        row = call.conn.execute(
            "SELECT g.*, (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id) AS members"
            " FROM groups g WHERE g.id = ? AND g.account_id = ?",
            (group_id, call.account_id),
        ).fetchone()
        if row is not None:
            groups.append(
                {
                    "id": row["id"],
                    "name": row["name"],
                    "description": row["description"],
                    "_count": {"contacts": int(row["members"])},
                }
            )
    return groups


def serialize_many(call: Call, rows: list[sqlite3.Row]) -> list[dict[str, object]]:
    """Campaign objects for a page of rows, with one stats query for the whole page."""
    stats = stats_for(call.conn, [row["id"] for row in rows], call.now)
    empty = {"total": 0, "sent": 0, "failed": 0, "pending": 0}
    return [serialize(call, row, stats.get(row["id"], empty)) for row in rows]


def serialize_one(call: Call, campaign_id: str) -> dict[str, object]:
    """Full details of one of the caller's campaigns."""
    row = call.owned_row("campaigns", campaign_id)
    stats = stats_for(call.conn, [campaign_id], call.now)[campaign_id]
    return serialize(call, row, stats, detailed=True)
