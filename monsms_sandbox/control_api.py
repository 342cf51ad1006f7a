"""The control API under `/_sandbox/` (not part of the real contract): lets tests and the demo set
the scene — accounts, seed data, credit, sender approval, faults, settings — and observe it
(outbox, counters). Same envelope as the API; never rate limited nor faulted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from monsms_sandbox import backend, seed, wallets
from monsms_sandbox.common import iso, now
from monsms_sandbox.delivery import message_status
from monsms_sandbox.envelope import Answer, envelope, parse_body, zod_envelope
from monsms_sandbox.errors import BAD_JSON, FORBIDDEN, NOT_FOUND, ApiError, ValidationFailed
from monsms_sandbox.faults import DEFAULT_LATENCY_SECONDS, DEFAULT_TIMEOUT_SECONDS, KINDS, PHASES, Fault
from monsms_sandbox.handlers.senders import STATUSES
from monsms_sandbox.handlers.senders import serialize as serialize_sender
from monsms_sandbox.handlers.transactions import serialize as serialize_transaction
from monsms_sandbox.pricing import offer_for, price_for
from monsms_sandbox.validation import Fields

if TYPE_CHECKING:
    from monsms_sandbox.app import SandboxApp

ControlHandler = Callable[["SandboxApp", Fields], object]


def _number(fields: Fields, key: str, *, low: float | None = None, high: float | None = None) -> float | None:
    """A JSON number within [low, high], or None when absent."""
    value = fields.body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        fields.issue([key], "invalid_type", "Expected number", expected="number")
        return None
    if (low is not None and value < low) or (high is not None and value > high):
        fields.issue([key], "custom", f"Must be between {low} and {high}")
        return None
    return float(value)


def _account_id(app: SandboxApp, api_key: str | None) -> str:
    with app.db.transaction() as conn:
        account = backend.find_account(conn, api_key or "")
    if account is None:
        raise ApiError(NOT_FOUND)
    return str(account["id"])


def reset(app: SandboxApp, fields: Fields) -> object:
    """Wipe accounts, faults, counters; restore the start-up settings."""
    app.reset()
    return {"reset": True}


def create_account(app: SandboxApp, fields: Fields) -> object:
    """{apiKey?, seed?, credit?} → {apiKey} (an existing key is kept as it is)."""
    api_key = fields.string("apiKey", min_len=1)
    seed_data = fields.boolean("seed") or False
    credit = fields.integer("credit", minimum=0)
    fields.check()
    return {
        "apiKey": app.create_account(
            api_key, seed_data=seed_data, credit=10_000 if credit is None else credit
        )
    }


def seed_account(app: SandboxApp, fields: Fields) -> object:
    """{apiKey}: replace the account's data with the Ivorian demo data set."""
    api_key = fields.string("apiKey", required=True)
    fields.check()
    account_id = _account_id(app, api_key)
    with app.db.transaction() as conn:
        return seed.seed_account(conn, account_id, now(), app.config.failure_rate)


def recharge(app: SandboxApp, fields: Fields) -> object:
    """{apiKey, credit, paymentMethod?}: a CHARGED purchase; answers {availableCredit}."""
    api_key = fields.string("apiKey", required=True)
    credit = fields.integer("credit", required=True, minimum=1)
    method = fields.enum("paymentMethod", ("OM_CI", "MTN_CI", "MOOV_CI", "WAVE_CI", "CASH")) or "OM_CI"
    fields.check()
    assert credit is not None
    account_id = _account_id(app, api_key)
    with app.db.transaction() as conn:
        backend.insert_transaction(
            conn,
            account_id,
            type_="RECHARGED",
            status="CHARGED",
            credit=credit,
            price=price_for(credit),
            offer_name=offer_for(credit)[0],
            payment_method=method,
        )
        return {"availableCredit": backend.add_credit(conn, account_id, credit)}


def block_account(app: SandboxApp, fields: Fields) -> object:
    """{apiKey, blocked}: a blocked account is answered "Forbidden"."""
    api_key = fields.string("apiKey", required=True)
    blocked = fields.boolean("blocked", required=True)
    fields.check()
    account_id = _account_id(app, api_key)
    with app.db.transaction() as conn:
        conn.execute("UPDATE accounts SET blocked = ? WHERE id = ?", (int(bool(blocked)), account_id))
    return {"blocked": blocked}


def outbox(app: SandboxApp, fields: Fields) -> object:
    """{apiKey, campaignId?} → every message with its status at this instant."""
    api_key = fields.string("apiKey", required=True)
    campaign_id = fields.string("campaignId")
    fields.check()
    account_id = _account_id(app, api_key)
    sql = (
        "SELECT m.*, c.text, c.sender_name, c.start_at, c.parts, c.created_at FROM messages m"
        " JOIN campaigns c ON c.id = m.campaign_id WHERE c.account_id = ?"
    )
    args: tuple[object, ...] = (account_id,)
    if campaign_id:
        sql += " AND c.id = ?"
        args = (account_id, campaign_id)
    moment = now()
    with app.db.transaction() as conn:
        rows = conn.execute(sql + " ORDER BY c.created_at, m.id", args).fetchall()
    messages = []
    for row in rows:
        status = message_status(row["start_at"], row["delay"], row["final_status"], moment)
        messages.append(
            {
                "campaignId": row["campaign_id"],
                "phone": row["phone"],
                "text": row["text"],
                "senderId": row["sender_name"],
                "status": status,
                "parts": int(row["parts"]),
                "createdAt": iso(row["created_at"]),
                "deliveredAt": None if status == "PENDING" else iso(row["start_at"] + row["delay"]),
                "failureReason": row["failure_reason"] if status == "FAILED" else None,
            }
        )
    return messages


def set_sender_status(app: SandboxApp, fields: Fields) -> object:
    """{apiKey, name, status}: the operator's decision on a sender name."""
    api_key = fields.string("apiKey", required=True)
    name = fields.string("name", required=True)
    status = fields.enum("status", STATUSES, required=True)
    fields.check()
    account_id = _account_id(app, api_key)
    with app.db.transaction() as conn:
        row = conn.execute(
            "SELECT * FROM senders WHERE account_id = ? AND upper(name) = upper(?)", (account_id, name)
        ).fetchone()
        if row is None:
            raise ApiError(NOT_FOUND)
        conn.execute("UPDATE senders SET status = ?, updated_at = ? WHERE id = ?", (status, now(), row["id"]))
        return serialize_sender(conn.execute("SELECT * FROM senders WHERE id = ?", (row["id"],)).fetchone())


def add_fault(app: SandboxApp, fields: Fields) -> object:
    """{kind, probability? | count?, path?, seconds?, phase?} → the active faults.
    Without probability or count, the fault hits every matching call until cleared."""
    kind = fields.enum("kind", KINDS, required=True)
    probability = _number(fields, "probability", low=0.0, high=1.0)
    count = fields.integer("count", minimum=1)
    path = fields.string("path") or ""
    seconds = _number(fields, "seconds", low=0.0, high=600.0)
    phase = fields.enum("phase", PHASES) or "before"
    if probability is not None and count is not None:
        fields.issue(["count"], "custom", "Give probability or count, not both")
    fields.check()
    assert kind is not None
    if seconds is None:
        seconds = DEFAULT_TIMEOUT_SECONDS if kind == "timeout" else DEFAULT_LATENCY_SECONDS
    app.faults.add(
        Fault(
            kind=kind,
            probability=1.0 if probability is None and count is None else probability,
            remaining=count,
            path=path,
            seconds=seconds,
            phase=phase,
        )
    )
    return {"faults": app.faults.list()}


def clear_faults(app: SandboxApp, fields: Fields) -> object:
    """Remove every fault."""
    app.faults.clear()
    return {"faults": []}


def list_faults(app: SandboxApp, fields: Fields) -> object:
    """The active faults (count faults show how many calls they still hit)."""
    return {"faults": app.faults.list()}


def configure(app: SandboxApp, fields: Fields) -> object:
    """{rateLimitPerSecond?, deliverySeconds?, failureRate?, pageSizeCap?, campaignExtras?, oldShapes?,
    missingRoutes?} → the whole configuration."""
    rate = _number(fields, "rateLimitPerSecond", low=0.0)
    delivery_seconds = _number(fields, "deliverySeconds", low=0.0, high=86_400.0)
    failure_rate = _number(fields, "failureRate", low=0.0, high=1.0)
    cap = fields.integer("pageSizeCap", minimum=5)
    extras = fields.boolean("campaignExtras")
    old_shapes = fields.string_list("oldShapes")
    missing_routes = fields.string_list("missingRoutes")
    payment_seconds = _number(fields, "paymentSeconds", low=0.0, high=86_400.0)
    fields.check()
    try:
        shapes = app.config.shapes.changed(
            page_size_cap=cap, campaign_extras=extras, old_shapes=old_shapes, missing_routes=missing_routes
        )
    except ValueError as error:
        raise ValidationFailed([{"code": "custom", "path": [], "message": str(error)}]) from error
    config = app.configure(
        rate_limit_per_second=rate,
        delivery_seconds=delivery_seconds,
        failure_rate=failure_rate,
        shapes=shapes,
        payment_seconds=payment_seconds,
    )
    return config.describe()


def settle_payment(app: SandboxApp, fields: Fields) -> object:
    """{apiKey, id, status: CHARGED|FAILED, reason?}: decide a PENDING purchase now (any wallet, the
    "never answers" ones included). A purchase that is no longer PENDING answers "Forbidden"."""
    api_key = fields.string("apiKey", required=True)
    transaction_id = fields.string("id", required=True, min_len=1)
    status = fields.enum("status", ("CHARGED", "FAILED")) or "CHARGED"
    reason = fields.string("reason") or "PAYMENT_REFUSED"
    fields.check()
    account_id = _account_id(app, api_key)
    with app.db.transaction() as conn:
        row = conn.execute(
            "SELECT * FROM transactions WHERE id = ? AND account_id = ?", (transaction_id, account_id)
        ).fetchone()
        if row is None:
            raise ApiError(NOT_FOUND)
        if not wallets.settle(conn, str(transaction_id), status, reason, now()):
            raise ApiError(FORBIDDEN)
        return serialize_transaction(
            conn.execute("SELECT * FROM transactions WHERE id = ?", (row["id"],)).fetchone()
        )


def stats(app: SandboxApp, fields: Fields) -> object:
    """Request counters by path, by route pattern, processed, faults fired; settings and faults."""
    return {**app.stats.snapshot(), "config": app.config.describe(), "activeFaults": app.faults.list()}


CONTROL_ROUTES: dict[str, ControlHandler] = {
    "/_sandbox/reset": reset,
    "/_sandbox/accounts/create": create_account,
    "/_sandbox/accounts/block": block_account,
    "/_sandbox/seed": seed_account,
    "/_sandbox/recharge": recharge,
    "/_sandbox/outbox": outbox,
    "/_sandbox/senders/set-status": set_sender_status,
    "/_sandbox/faults": add_fault,
    "/_sandbox/faults/clear": clear_faults,
    "/_sandbox/faults/list": list_faults,
    "/_sandbox/config": configure,
    "/_sandbox/payments/settle": settle_payment,
    "/_sandbox/stats": stats,
}


def dispatch(app: SandboxApp, method: str, path: str, raw_body: bytes) -> Answer:
    """Answer one control call (POST JSON; GET works for the read-only ones)."""
    handler = CONTROL_ROUTES.get(path.rstrip("/"))
    if handler is None:
        return envelope(False, None, NOT_FOUND)
    try:
        body = parse_body(raw_body) if method == "POST" else {}
    except ValueError:
        return envelope(False, None, BAD_JSON)
    try:
        return envelope(True, handler(app, Fields(body)), None)
    except ApiError as refusal:
        return envelope(False, None, refusal.message)
    except ValidationFailed as failure:
        return zod_envelope(failure.issues)
