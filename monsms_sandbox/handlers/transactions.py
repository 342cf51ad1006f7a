"""`/transaction/...`: credit purchases (RECHARGED, bought by mobile money) and campaign debits (DEBITED).

Buying: `/transaction/create` opens a PENDING purchase of an offer; `/transaction/{id}/check` answers it
as it stands (settling is in `monsms_sandbox.wallets`, run before every call of the account).
"""

from __future__ import annotations

import sqlite3

from monsms_sandbox.common import iso
from monsms_sandbox.handlers.context import Call, owned_page
from monsms_sandbox.pricing import offer_objects
from monsms_sandbox.wallets import PAYMENT_METHODS, open_purchase

# The vendor's schema allows these two only.
ORDER_COLUMNS = {"status": "status", "createdAt": "created_at"}
OM_CODE_LENGTH = 4  # the JS SDK's payment schema: `otp: z.string().length(4)`


def serialize(row: sqlite3.Row) -> dict[str, object]:
    """A transaction as the vendor's model has it, campaign link spelled `campainId` (sic), as the older
    server does (the Dart SDK reads `campaignId ?? campainId`). `failureReason` is a sandbox addition."""
    offer_name = row["offer_name"]
    answer: dict[str, object] = {
        "id": row["id"],
        "type": row["type"],
        "status": row["status"],
        "credit": int(row["credit"]),
        "price": int(row["price"]),
        "currency": "XOF",
        "campainId": row["campaign_id"],
        "userId": row["account_id"],
        "token": row["token"] or "",
        "offer": offer_name,
        "offerId": row["offer_id"] or (f"offer_{offer_name.lower()}" if offer_name else None),
        "paymentMethod": row["payment_method"],
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
    }
    if row["status"] == "FAILED" and row["failure_reason"]:
        answer["failureReason"] = row["failure_reason"]
    return answer


def list_transactions(call: Call) -> list[dict[str, object]]:
    """One page of the account's transactions."""
    rows = owned_page(call, "transactions", ORDER_COLUMNS)
    return [serialize(row) for row in rows]


def create(call: Call) -> dict[str, object]:
    """Open a purchase: {offerId, paymentMethod, phone?, otp?} → the PENDING transaction with its token.

    Unknown offers and methods are refused like zod refuses them, naming the field."""
    fields = call.fields()
    offer_id = fields.string("offerId", required=True, min_len=1)
    method = fields.enum("paymentMethod", PAYMENT_METHODS, required=True)
    payer = fields.phone("phone", required=False)
    otp = fields.string("otp")
    offers = {str(offer["id"]): offer for offer in offer_objects()}
    if offer_id is not None and offer_id not in offers:
        fields.issue(["offerId"], "custom", f"Invalid offerId: no offer '{offer_id}'")
    if otp is not None and not (len(otp) == OM_CODE_LENGTH and otp.isdigit()):
        fields.issue(
            ["otp"], "too_small" if len(otp) < OM_CODE_LENGTH else "too_big",
            f"String must contain exactly {OM_CODE_LENGTH} character(s)", exact=True, type="string",
        )  # fmt: skip
    fields.check()
    assert offer_id is not None and method is not None
    transaction_id = open_purchase(
        call.conn,
        call.account_id,
        offer=offers[offer_id],
        payment_method=method,
        payer=payer,
        otp=otp,
        now=call.now,
        payment_seconds=call.delivery.payment_seconds,
        root_url=call.root_url,
    )
    return serialize(call.owned_row("transactions", transaction_id))


def check(call: Call) -> dict[str, object]:
    """A transaction of the account as it stands now (PENDING, CHARGED or FAILED)."""
    return serialize(call.owned_row("transactions", call.target_id))
