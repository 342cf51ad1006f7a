"""Buying a credit pack exactly once: record first, ask the API once, follow the payment, reconcile a
lost answer — the rules of sends (`monsms_core.sending`) applied to money.

    record = start_purchase(store, client, request, actor="awa", role="admin")   # never two payments
    record = follow(store, client, record.id, actor="awa")    # one short check; call again later

1. `start_purchase` records the purchase ("creating") before anything leaves this machine. The store
   keeps one open purchase at a time and remembers the click's `request_key`, so a double click, a
   second tab or a colleague clicking at the same moment get the purchase already under way instead of
   a second payment. Only the session that recorded it calls `transaction/create`, once: a lost answer
   (OutcomeUnknownError) makes it "unknown", never a retry.
2. `follow` does ONE short step per call (a `transaction/{id}/check`, or one reconciliation): the page
   calls it every couple of seconds, so nothing blocks the Streamlit process for long.
3. "unknown" is settled from `transaction/list`: a RECHARGED transaction of the same offer and method,
   created since the purchase was recorded and not yet matched to another purchase. One → it is ours.
   None, once `settle` has passed → the API never created it: "failed" ("not_created"), buying again is
   safe. Several → it stays "unknown" with the reason "ambiguous" (the page says to check the ledger).
   A purchase left "creating" by a process that died is treated as "unknown" after `stale`.

Every step is audited ("payment.attempted", "payment.created", "payment.unknown", "payment.charged",
"payment.failed", "payment.ambiguous", "payment.abandoned").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from monsms_core.accounts import may_buy
from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError, OutcomeUnknownError
from monsms_core.client.models import Transaction
from monsms_core.i18n.problems import ProblemError
from monsms_core.payments.methods import method_for, payer_number, valid_code
from monsms_core.payments.packs import Pack
from monsms_core.store import NewPurchase, PurchaseRecord, Store
from monsms_core.store.db import now_utc

DEFAULT_SETTLE = timedelta(seconds=60)  # a lost create may still be processed by a slow server
DEFAULT_MARGIN = timedelta(minutes=10)  # clock differences between this machine and the API
DEFAULT_STALE = timedelta(minutes=2)  # a "creating" purchase older than this lost its process
_WINDOW = 200  # transactions examined when reconciling
_OPEN = ("creating", "pending", "unknown")


class PaymentError(ProblemError):
    """A purchase that cannot start; `code` says why (not_allowed, bad_payer, bad_code, no_pack…)."""

    catalog = "payments.error"


@dataclass(frozen=True)
class PurchaseRequest:
    """What the buyer chose on screen. `request_key` identifies the click (one per form shown);
    `return_to` is the draft key of the send waiting for this credit, if any."""

    pack: Pack
    method: str
    payer: str
    code: str | None
    request_key: str
    return_to: str | None = None


def start_purchase(
    store: Store, client: MonSmsClient, request: PurchaseRequest, *, actor: str, role: str | None
) -> PurchaseRecord:
    """Record the purchase, then ask the API once (rules in the module docstring). Returns the purchase
    as it stands — possibly one already under way, when this click is not the first."""
    if not may_buy(store, role):
        raise PaymentError("not_allowed")
    method = method_for(request.method)
    payer = payer_number(request.payer)
    if payer is None:
        raise PaymentError("bad_payer")
    code = valid_code(request.code) if method.needs_code else None
    if method.needs_code and code is None:
        raise PaymentError("bad_code")
    pack = request.pack
    new = NewPurchase(
        request_key=request.request_key, actor=actor, offer_id=pack.offer_id, pack_name=pack.name,
        credits=pack.credits, price=pack.price, payment_method=method.code, payer_phone=payer,
        return_to=request.return_to,
    )  # fmt: skip
    record, created = store.credit_purchases.open(new, audit="payment.attempted", details=_facts(new))
    if not created:
        return record
    try:
        transaction = client.transactions.create(pack.offer_id, method.code, phone=payer, otp=code)
    except OutcomeUnknownError as lost:
        return _move(store, record, "unknown", actor, "payment.unknown", cause=lost.cause.code)
    except MonSmsError as refused:
        return _move(store, record, "failed", actor, "payment.failed", reason=refused.code)
    return _apply(store, record, transaction, actor)


def follow(
    store: Store,
    client: MonSmsClient,
    purchase_id: int,
    *,
    actor: str,
    now: datetime | None = None,
    settle: timedelta = DEFAULT_SETTLE,
    stale: timedelta = DEFAULT_STALE,
) -> PurchaseRecord:
    """One step towards the purchase's outcome (a check, or a reconciliation); the purchase afterwards.
    API failures raise MonSmsError and change nothing: the caller tries again later."""
    record = store.credit_purchases.get(purchase_id)
    if record is None:
        raise LookupError(f"no purchase {purchase_id}")
    moment = now or now_utc()
    if record.status == "creating":
        if moment - record.updated_at < stale:
            return record
        record = _move(store, record, "unknown", actor, "payment.unknown", cause="stale")
    if record.status == "unknown":
        return _reconcile(store, client, record, actor, moment, settle)
    if record.status != "pending" or record.transaction_id is None:
        return record
    return _apply(store, record, client.transactions.check(record.transaction_id), actor)


def abandon(store: Store, purchase_id: int, *, actor: str) -> PurchaseRecord | None:
    """Stop waiting for a PENDING payment (the payer gave up); None when it is not pending any more.
    The API may still charge it later: the ledger (`transaction/list`) will show it."""
    record = store.credit_purchases.get(purchase_id)
    if record is None or record.status != "pending":
        return None
    return store.credit_purchases.transition(
        purchase_id, "abandoned", expected="pending", actor=actor, audit="payment.abandoned",
        details=_facts(record), transaction_id=None, failure_reason="abandoned",
    )  # fmt: skip


def _apply(store: Store, record: PurchaseRecord, transaction: Transaction, actor: str) -> PurchaseRecord:
    """Bring the purchase in line with the API's transaction."""
    status = (transaction.status or "").upper()
    transaction_id = transaction.id or record.transaction_id
    if status == "CHARGED":
        return _move(store, record, "charged", actor, "payment.charged", transaction_id=transaction_id)
    if status == "FAILED":
        reason = transaction.failure_reason or "wallet_failed"
        return _move(
            store, record, "failed", actor, "payment.failed", transaction_id=transaction_id, reason=reason
        )
    if record.status == "pending":
        return record  # still waiting for the payer: nothing to record
    return _move(
        store, record, "pending", actor, "payment.created", transaction_id=transaction_id,
        payment_url=_web_link(transaction.payment_url),
    )  # fmt: skip


def _reconcile(
    store: Store, client: MonSmsClient, record: PurchaseRecord, actor: str, now: datetime, settle: timedelta
) -> PurchaseRecord:
    claimed = store.credit_purchases.known_transaction_ids()
    since = record.created_at - DEFAULT_MARGIN
    matches: list[Transaction] = []
    for examined, transaction in enumerate(client.transactions.iterate(count=100, sort="desc")):
        if examined >= _WINDOW or (transaction.created_at is not None and transaction.created_at < since):
            break
        if _looks_like(transaction, record) and transaction.id not in claimed:
            matches.append(transaction)
    if len(matches) == 1:
        return _apply(store, record, matches[0], actor)
    if matches:
        if record.failure_reason == "ambiguous":
            return record
        return _move(store, record, "unknown", actor, "payment.ambiguous", reason="ambiguous")
    if now - record.updated_at < settle:
        return record  # too early to trust an absence
    return _move(store, record, "failed", actor, "payment.failed", reason="not_created")


def _web_link(url: str | None) -> str | None:
    """`url` when it is a web address a page may link to (never javascript: or the like)."""
    return url if url is not None and url.startswith(("https://", "http://")) else None


def _looks_like(transaction: Transaction, record: PurchaseRecord) -> bool:
    if (transaction.type or "").upper() != "RECHARGED" or not transaction.id:
        return False
    same_pack = transaction.offer_id == record.offer_id if transaction.offer_id else (
        transaction.credit == record.credits
    )  # fmt: skip
    same_method = transaction.payment_method in (None, record.payment_method)
    return same_pack and same_method


def _move(
    store: Store,
    record: PurchaseRecord,
    status: str,
    actor: str,
    audit: str,
    *,
    transaction_id: str | None = None,
    reason: str | None = None,
    cause: str | None = None,
    payment_url: str | None = None,
) -> PurchaseRecord:
    details: dict[str, Any] = {**_facts(record), "status": status}
    if transaction_id:
        details["transaction"] = transaction_id
    if reason:
        details["reason"] = reason
    if cause:
        details["cause"] = cause
    moved = store.credit_purchases.transition(
        record.id, status, expected=_OPEN, actor=actor, audit=audit, details=details,
        transaction_id=transaction_id, failure_reason=reason, payment_url=payment_url,
    )  # fmt: skip
    if moved is not None:
        return moved
    current = store.credit_purchases.get(record.id)  # another session moved it first: theirs stands
    assert current is not None
    return current


def _facts(purchase: NewPurchase | PurchaseRecord) -> dict[str, Any]:
    """What the audit log says about a purchase (no secret: the Orange Money code is never kept)."""
    return {
        "pack": purchase.pack_name,
        "credits": purchase.credits,
        "price": purchase.price,
        "method": purchase.payment_method,
        "payer": purchase.payer_phone,
    }
