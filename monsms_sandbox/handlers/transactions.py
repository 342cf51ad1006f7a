"""`/transaction/list`: credit purchases (RECHARGED) and campaign debits (DEBITED)."""

from __future__ import annotations

import sqlite3

from monsms_sandbox.common import iso
from monsms_sandbox.handlers.context import Call, owned_page

# The vendor's schema allows these two only.
ORDER_COLUMNS = {"status": "status", "createdAt": "created_at"}


def serialize(row: sqlite3.Row) -> dict[str, object]:
    """A transaction as the vendor's model has it, campaign link spelled `campainId` (sic), as the older
    server does (the Dart SDK reads `campaignId ?? campainId`)."""
    return {
        "id": row["id"],
        "type": row["type"],
        "status": row["status"],
        "credit": int(row["credit"]),
        "price": int(row["price"]),
        "currency": "XOF",
        "campainId": row["campaign_id"],
        "userId": row["account_id"],
        "token": "",
        "offer": row["offer_name"],
        "paymentMethod": row["payment_method"],
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
    }


def list_transactions(call: Call) -> list[dict[str, object]]:
    """One page of the account's transactions."""
    rows = owned_page(call, "transactions", ORDER_COLUMNS)
    return [serialize(row) for row in rows]
