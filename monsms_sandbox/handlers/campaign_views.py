"""How campaigns are answered: the campaign object as the vendor's Dart SDK models it, and details.

`senderId` is the sender's row id (details also carry the `sender` object); recurring days are full ISO
date-times (UTC = Abidjan time) with the recurrence's `id` and `campaignId`. The delivery `status`,
`stats`, `name` and `smsCount` are only added with the `campaignExtras` option (the SDK has none of
them); the `/campaign/{id}` old shape answers the sender's name as `senderId` and "HH:MM" days.
"""

from __future__ import annotations

import sqlite3

from monsms_sandbox.common import from_json, iso, parse_iso
from monsms_sandbox.delivery import DAYS, campaign_status, parse_time_of_day, stats_sql
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
    old_shape = detailed and "/campaign/{id}" in call.shapes.old_shapes
    sender_row = (
        sender_handlers.find_by_id_or_name(call, row["sender_name"]) if row["sender_name"] else None
    )
    campaign: dict[str, object] = {
        "id": row["id"],
        "text": row["text"],
        "type": row["type"],
        "senderId": row["sender_name"] if old_shape else (sender_row["id"] if sender_row else None),
        "userId": call.account_id,
        "isEnabled": bool(row["is_enabled"]),
        "scheduledDate": iso(row["scheduled_date"]),
        "contactCount": int(row["contact_count"]),
        "creditUsed": int(row["credit_used"]),
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
        "_count": {"contacts": len(direct_contacts), "groups": len(group_ids)},
    }
    if call.shapes.campaign_extras:
        campaign.update(
            name=row["name"], smsCount=int(row["parts"]), status=campaign_status(stats), stats=dict(stats)
        )
    if detailed:
        campaign["contacts"] = direct_contacts
        campaign["groups"] = _groups(call, group_ids)
        recurring = from_json(row["recurring"])
        if old_shape:
            campaign["recurring"] = _recurring_old(recurring)
        else:
            campaign["sender"] = sender_handlers.serialize(sender_row) if sender_row is not None else None
            campaign["recurring"] = _recurring(recurring, row["id"])
    return campaign


def _recurring(spec: object, campaign_id: str) -> dict[str, object] | None:
    """The stored spec as the SDK's CampaignRecurringDayModel: days as ISO date-times (a day given as a
    bare "HH:MM" is answered on 1970-01-01, as a database TIME column comes back)."""
    if not isinstance(spec, dict):
        return None
    answer: dict[str, object] = {"id": "r" + campaign_id[1:], "enabled": spec.get("enabled", True)}
    for day in DAYS:
        value = spec.get(day)
        moment = parse_iso(value) if isinstance(value, str) and "T" in value else None
        if moment is not None:
            answer[day] = iso(moment)
        elif isinstance(value, str) and (parsed := parse_time_of_day(value)) is not None:
            answer[day] = "1970-01-01T{:02d}:{:02d}:{:02d}.000Z".format(*parsed)
        else:
            answer[day] = None
    answer["campaignId"] = campaign_id
    return answer


def _recurring_old(spec: object) -> dict[str, object] | None:
    """The older shape: {enabled, monday … sunday} with "HH:MM" times."""
    if not isinstance(spec, dict):
        return None
    answer: dict[str, object] = {"enabled": spec.get("enabled", True)}
    for day in DAYS:
        value = spec.get(day)
        parsed = parse_time_of_day(value) if isinstance(value, str) else None
        answer[day] = "{:02d}:{:02d}".format(*parsed[:2]) if parsed else None
    return answer


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
