"""`/campaign/create`, `/campaign/list`, `/campaign/{id}`, `/campaign/{id}/update`,
`/campaign/{id}/toggle-enable` and `/sender/{id}/campaign`.

Creation debits `parts × recipients` credits at once, for every type: a SCHEDULED campaign pays
when created, and a RECURRING one pays for its first run only (later runs are not emulated).
Recipients are the distinct phones of `contacts` followed by the members of `groupsIds`.
`senderId` (a sender name; an id is accepted too) must be an ACCEPTED, unarchived sender of the
account: unknown → "Not found", not accepted → "Forbidden".
"""

from __future__ import annotations

from monsms_core.compose import count_segments
from monsms_sandbox.backend import add_credit, insert_transaction
from monsms_sandbox.common import from_json, new_id, to_json
from monsms_sandbox.delivery import DAYS, next_occurrence, parse_time_of_day, plan_message
from monsms_sandbox.errors import FORBIDDEN, NOT_FOUND, ApiError, ValidationFailed, insufficient_credit
from monsms_sandbox.handlers import contacts as contact_handlers
from monsms_sandbox.handlers import senders as sender_handlers
from monsms_sandbox.handlers.campaign_views import ORDER_COLUMNS, serialize_many, serialize_one
from monsms_sandbox.handlers.context import Call, owned_page, paged
from monsms_sandbox.pricing import price_for
from monsms_sandbox.validation import Fields, list_params

TYPES = ("SMS", "FLASH", "SCHEDULED", "RECURRING")


def read_recurring(fields: Fields, *, required: bool) -> dict[str, object] | None:
    """Validate `recurring: {enabled, monday … sunday}` (each an ISO time or null)."""
    value = fields.body.get("recurring")
    if value is None:
        if required:
            fields.issue(["recurring"], "invalid_type", "Required", expected="object", received="undefined")
        return None
    nested = fields.nested(value, "recurring")
    enabled = nested.boolean("enabled")
    spec: dict[str, object] = {"enabled": True if enabled is None else enabled}
    for day in DAYS:
        text = nested.string(day)
        if text is not None and parse_time_of_day(text) is None:
            nested.issue([day], "invalid_string", "Invalid time", validation="time")
        spec[day] = text
    if isinstance(value, dict) and not any(spec[day] for day in DAYS):
        fields.issue(["recurring"], "custom", "At least one day needs a time")
    return spec


def _checked_sender(call: Call, sender_key: str | None) -> str | None:
    """The sender name to send with, after checking it may be used."""
    if not sender_key:
        return None
    row = sender_handlers.find_by_id_or_name(call, sender_key)
    if row is None:
        raise ApiError(NOT_FOUND)
    if row["status"] != "ACCEPTED" or row["archived"]:
        raise ApiError(FORBIDDEN)
    return str(row["name"])


def _recipients(call: Call, direct: list[dict[str, object]], group_ids: list[str]) -> list[str]:
    """Distinct phones: direct contacts first, then group members in the order they joined."""
    phones = [str(contact["phone"]) for contact in direct]
    for group_id in group_ids:
        call.owned_row("groups", group_id)
        phones.extend(
            row["phone"]
            for row in call.conn.execute(
                "SELECT c.phone FROM contacts c JOIN group_members g ON g.contact_id = c.id"
                " WHERE g.group_id = ? ORDER BY c.created_at, c.rowid",
                (group_id,),
            )
        )
    return list(dict.fromkeys(phones))


def _as_given(contact: dict[str, object]) -> dict[str, object]:
    """A recipient as the campaign details show it: the fields given, extra keys included."""
    extra = contact["extra"]
    assert isinstance(extra, dict)
    given = {key: value for key, value in contact.items() if key != "extra" and value is not None}
    return {**extra, **given}


def create(call: Call) -> dict[str, object]:
    """Create (and debit, and start delivering) a campaign."""
    fields = call.fields()
    name = fields.string("name")
    text = fields.string("text", required=True, min_len=1)
    type_ = fields.enum("type", TYPES) or "SMS"
    sender_key = fields.string("senderId")
    fields.boolean("forceSenderId")
    items = fields.array("contacts") or []
    direct = [
        contact_handlers.read_contact(fields.nested(item, "contacts", i)) for i, item in enumerate(items)
    ]
    group_ids = list(dict.fromkeys(fields.string_list("groupsIds") or []))
    scheduled = None
    if type_ == "SCHEDULED":
        scheduled = fields.datetime("scheduledDate", required=True)
        if scheduled is not None and scheduled <= call.now:
            fields.issue(["scheduledDate"], "custom", "scheduledDate must be in the future")
    recurring = read_recurring(fields, required=True) if type_ == "RECURRING" else None
    if not items and not group_ids:
        fields.issue(["contacts"], "custom", "At least one recipient is required (contacts and/or groupsIds)")
    fields.check()
    contacts = [contact for contact in direct if contact is not None]
    phones = _recipients(call, contacts, group_ids)
    if not phones:
        raise ValidationFailed(
            [{"code": "custom", "path": ["groupsIds"], "message": "The selected groups have no contacts"}]
        )
    sender_name = _checked_sender(call, sender_key)
    assert text is not None
    parts = count_segments(text).segments
    needed = parts * len(phones)
    available = int(
        call.conn.execute("SELECT credit FROM accounts WHERE id = ?", (call.account_id,)).fetchone()[0]
    )
    if needed > available:
        raise ApiError(insufficient_credit(needed, available))
    if type_ == "SCHEDULED":
        start_at = scheduled
    elif recurring is not None:
        start_at = next_occurrence(recurring, call.now)
    else:
        start_at = call.now
    campaign_id = new_id()
    stored_contacts = [_as_given(contact) for contact in contacts]
    call.conn.execute(
        "INSERT INTO campaigns (id, account_id, name, text, type, sender_name, is_enabled, scheduled_date,"
        " recurring, start_at, contact_count, credit_used, parts, contacts, group_ids, created_at,"
        " updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            campaign_id,
            call.account_id,
            name,
            text,
            type_,
            sender_name,
            scheduled,
            to_json(recurring) if recurring is not None else None,
            start_at,
            len(phones),
            needed,
            parts,
            to_json(stored_contacts),
            to_json(group_ids),
            call.now,
            call.now,
        ),
    )
    settings = call.delivery
    call.conn.executemany(
        "INSERT INTO messages (campaign_id, phone, delay, final_status, failure_reason)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (
                campaign_id,
                phone,
                *plan_message(campaign_id, phone, settings.delivery_seconds, settings.failure_rate),
            )
            for phone in phones
        ],
    )
    add_credit(call.conn, call.account_id, -needed)
    insert_transaction(
        call.conn,
        call.account_id,
        type_="DEBITED",
        status="CHARGED",
        credit=needed,
        price=price_for(needed),
        campaign_id=campaign_id,
        at=call.now,
    )
    return serialize_one(call, campaign_id)


def list_campaigns(call: Call) -> list[dict[str, object]]:
    """One page of the account's campaigns, each with its delivery status and stats."""
    rows = owned_page(call, "campaigns", ORDER_COLUMNS)
    return serialize_many(call, rows)


def list_by_sender(call: Call) -> list[dict[str, object]]:
    """`/sender/{id}/campaign`: the campaigns sent with one sender (path id, or body `senderId`)."""
    fields = call.fields()
    params = list_params(fields, tuple(ORDER_COLUMNS))
    fields.check()
    sender = sender_handlers.find_by_id_or_name(call, call.params.get("id", ""))
    if sender is None and isinstance(call.body.get("senderId"), str):
        sender = sender_handlers.find_by_id_or_name(call, str(call.body["senderId"]))
    if sender is None:
        raise ApiError(NOT_FOUND)
    rows = paged(
        call,
        "SELECT * FROM campaigns WHERE account_id = ? AND upper(sender_name) = upper(?)",
        (call.account_id, sender["name"]),
        params,
        ORDER_COLUMNS,
    )
    return serialize_many(call, rows)


def get(call: Call) -> dict[str, object]:
    """Campaign details: contacts, groups, sender, recurring, status and stats."""
    return serialize_one(call, call.target_id)


def update(call: Call) -> dict[str, object]:
    """Move a SCHEDULED campaign's date (before it runs) or change a RECURRING one's days."""
    fields = call.fields()
    scheduled = fields.datetime("scheduledDate")
    if scheduled is not None and scheduled <= call.now:
        fields.issue(["scheduledDate"], "custom", "scheduledDate must be in the future")
    recurring = read_recurring(fields, required=False)
    fields.check()
    row = call.owned_row("campaigns", call.target_id)
    started = row["start_at"] is not None and row["start_at"] <= call.now
    start_at = row["start_at"]
    if scheduled is not None:
        if row["type"] != "SCHEDULED" or started:
            raise ApiError(FORBIDDEN)
        start_at = scheduled if row["is_enabled"] else None
        call.conn.execute("UPDATE campaigns SET scheduled_date = ? WHERE id = ?", (scheduled, row["id"]))
    if recurring is not None:
        if row["type"] != "RECURRING":
            raise ApiError(FORBIDDEN)
        if not started:
            start_at = next_occurrence(recurring, call.now) if row["is_enabled"] else None
        call.conn.execute("UPDATE campaigns SET recurring = ? WHERE id = ?", (to_json(recurring), row["id"]))
    call.conn.execute(
        "UPDATE campaigns SET start_at = ?, updated_at = ? WHERE id = ?", (start_at, call.now, row["id"])
    )
    return serialize_one(call, row["id"])


def toggle_enable(call: Call) -> dict[str, object]:
    """Flip isEnabled. Disabling holds a campaign that has not started; enabling releases it
    (a SCHEDULED one whose date went by while disabled runs at once)."""
    row = call.owned_row("campaigns", call.target_id)
    enabled = not row["is_enabled"]
    start_at = row["start_at"]
    if not enabled and (start_at is None or start_at > call.now):
        start_at = None
    elif enabled and start_at is None:
        if row["type"] == "RECURRING":
            recurring = from_json(row["recurring"], {})
            assert isinstance(recurring, dict)
            start_at = next_occurrence(recurring, call.now)
        else:
            start_at = max(row["scheduled_date"] or call.now, call.now)
    call.conn.execute(
        "UPDATE campaigns SET is_enabled = ?, start_at = ?, updated_at = ? WHERE id = ?",
        (int(enabled), start_at, call.now, row["id"]),
    )
    return serialize_one(call, row["id"])
