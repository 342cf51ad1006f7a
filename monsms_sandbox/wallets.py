"""Mobile-money purchases of credit packs: what the payer's wallet does, and settling exactly once.

A purchase (`/transaction/create`) is stored as a RECHARGED transaction in status PENDING with the moment
it settles (`settle_at` = creation + the configured payment delay) and what the wallet will answer
(`wallet_outcome`), decided at creation from the payer's number and the Orange Money code:

| payer / Orange Money code | outcome |
|---|---|
| `2250700000001` / `1111` | "refused": FAILED, the payer declined or the code is wrong |
| `2250700000002` / `2222` | "insufficient": FAILED, not enough money in the wallet |
| `2250700000003` / `3333` | "silent": never answers, PENDING until the control API decides |
| anything else | CHARGED after the delay |

Settling happens when the account's next call is answered (like delivery, no background thread) or on
demand through the control API. The status moves from PENDING only once, in the same SQLite transaction
that adds the pack's credit, so the credit is added exactly once however often anyone checks.
"""

from __future__ import annotations

import secrets
import sqlite3

from monsms_sandbox.backend import add_credit, insert_transaction

PAYMENT_METHODS = ("OM_CI", "MTN_CI", "MOOV_CI", "WAVE_CI")
CHECKOUT_PREFIX = "/_sandbox/wave/"  # GET: the Wave checkout page of a purchase (token = its link)
CHARGED = "charged"
REFUSED = "refused"
INSUFFICIENT = "insufficient"
SILENT = "silent"

# Test inputs documented in the sandbox README: a wallet that fails the way a real one would.
FAILING_PAYERS = {"2250700000001": REFUSED, "2250700000002": INSUFFICIENT, "2250700000003": SILENT}
FAILING_OM_CODES = {"1111": REFUSED, "2222": INSUFFICIENT, "3333": SILENT}
# What a FAILED transaction says about its cause (`failureReason`, a sandbox addition: the vendor's
# model has no such field, so the dashboard must also cope without it).
FAILURE_REASONS = {REFUSED: "PAYMENT_REFUSED", INSUFFICIENT: "INSUFFICIENT_FUNDS"}


def wallet_outcome(payer: str | None, otp: str | None) -> str:
    """What the payer's wallet will do with this payment (table in the module docstring)."""
    for table, value in ((FAILING_PAYERS, payer), (FAILING_OM_CODES, otp)):
        if value is not None and value in table:
            return table[value]
    return CHARGED


def open_purchase(
    conn: sqlite3.Connection,
    account_id: str,
    *,
    offer: dict[str, object],
    payment_method: str,
    payer: str | None,
    otp: str | None,
    now: float,
    payment_seconds: float,
    root_url: str = "",
) -> str:
    """Store a PENDING purchase of `offer` and return its transaction id. A Wave purchase's token is its
    checkout link (what the payer opens), under `root_url`; the others' an opaque code."""
    transaction_id = insert_transaction(
        conn,
        account_id,
        type_="RECHARGED",
        status="PENDING",
        credit=int(str(offer["credit"])),
        price=int(str(offer["price"])),
        offer_name=str(offer["name"]),
        payment_method=payment_method,
        at=now,
    )
    token = "pay_" + secrets.token_hex(12)
    if payment_method == "WAVE_CI" and root_url:
        token = f"{root_url}{CHECKOUT_PREFIX}{token}"
    conn.execute(
        "UPDATE transactions SET token = ?, offer_id = ?, payer_phone = ?, settle_at = ?, wallet_outcome = ?"
        " WHERE id = ?",
        (
            token,
            str(offer["id"]),
            payer,
            now + payment_seconds,
            wallet_outcome(payer, otp),
            transaction_id,
        ),
    )
    return transaction_id


def settle(
    conn: sqlite3.Connection, transaction_id: str, status: str, reason: str | None, now: float
) -> bool:
    """Move a PENDING purchase to CHARGED (adding its credit) or FAILED; False when it was not PENDING.

    The conditional UPDATE is the exactly-once guard: only the call that moves it adds the credit."""
    moved = conn.execute(
        "UPDATE transactions SET status = ?, failure_reason = ?, updated_at = ?"
        " WHERE id = ? AND status = 'PENDING' AND type = 'RECHARGED'",
        (status, reason if status == "FAILED" else None, now, transaction_id),
    ).rowcount
    if moved != 1:
        return False
    if status == "CHARGED":
        row = conn.execute(
            "SELECT account_id, credit FROM transactions WHERE id = ?", (transaction_id,)
        ).fetchone()
        add_credit(conn, str(row["account_id"]), int(row["credit"]))
    return True


def settle_due(conn: sqlite3.Connection, account_id: str, now: float) -> int:
    """Settle the account's purchases whose delay has passed (silent wallets wait); returns how many."""
    rows = conn.execute(
        "SELECT id, wallet_outcome FROM transactions WHERE account_id = ? AND status = 'PENDING'"
        " AND type = 'RECHARGED' AND settle_at IS NOT NULL AND settle_at <= ?"
        " AND coalesce(wallet_outcome, '') != ?",
        (account_id, now, SILENT),
    ).fetchall()
    settled = 0
    for row in rows:
        outcome = row["wallet_outcome"] or CHARGED
        status = "CHARGED" if outcome == CHARGED else "FAILED"
        settled += settle(conn, row["id"], status, FAILURE_REASONS.get(outcome), now)
    return settled


def approve_checkout(conn: sqlite3.Connection, token_tail: str, now: float) -> str | None:
    """The payer approved on the Wave checkout page whose link ends with `token_tail`: settle it now as
    its wallet would (a "never answers" wallet pays once approved here). Returns the status it has
    afterwards, or None for an unknown link."""
    if not token_tail:
        return None
    row = conn.execute(
        "SELECT id, status, wallet_outcome FROM transactions WHERE token LIKE ?",
        ("%" + CHECKOUT_PREFIX + token_tail,),
    ).fetchone()
    if row is None:
        return None
    if row["status"] == "PENDING":
        outcome = row["wallet_outcome"] or CHARGED
        failed = outcome in FAILURE_REASONS
        settle(conn, row["id"], "FAILED" if failed else "CHARGED", FAILURE_REASONS.get(outcome), now)
    return str(
        conn.execute("SELECT status FROM transactions WHERE id = ?", (row["id"],)).fetchone()["status"]
    )
