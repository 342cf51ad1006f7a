"""Credit purchases by mobile money, recorded before the API is asked (the rules are in
`monsms_core.payments`; this is only their storage).

Statuses: "creating" (recorded, the API being asked), "pending" (the API answered with a transaction
that waits for the payer), "unknown" (the answer was lost: reconcile before anything else), and the
final "charged", "failed", "abandoned". While a purchase is not final its `active_key` holds
ACTIVE_KEY, and the unique index on that column means there is never more than one at a time.
Every change is audited in the same database transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from monsms_core.store import schema
from monsms_core.store.audit import append_entry
from monsms_core.store.db import Database, checked_statuses, inserted_id, now_utc

PURCHASE_STATUSES = ("creating", "pending", "unknown", "charged", "failed", "abandoned")
OPEN_STATUSES = ("creating", "pending", "unknown")
ACTIVE_KEY = "account"
_purchases = schema.credit_purchases


@dataclass(frozen=True)
class PurchaseRecord:
    """One purchase as stored (prices in FCFA, the payer in international digits)."""

    id: int
    request_key: str
    active_key: str | None
    actor: str
    offer_id: str
    pack_name: str
    credits: int
    price: int
    payment_method: str
    payer_phone: str
    transaction_id: str | None
    payment_url: str | None  # where the payer approves (a Wave checkout link), when the API gives one
    status: str
    failure_reason: str | None
    return_to: str | None
    created_at: datetime
    updated_at: datetime
    settled_at: datetime | None

    @property
    def is_open(self) -> bool:
        """True until the purchase is charged, failed or abandoned."""
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class NewPurchase:
    """What a buyer asked for, before anything is stored."""

    request_key: str
    actor: str
    offer_id: str
    pack_name: str
    credits: int
    price: int
    payment_method: str
    payer_phone: str
    return_to: str | None = None


def _record(row: Row[Any]) -> PurchaseRecord:
    return PurchaseRecord(**row._mapping)


class CreditPurchases:
    """Open, read and move credit purchases."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def open(self, new: NewPurchase, *, audit: str, details: dict[str, Any]) -> tuple[PurchaseRecord, bool]:
        """Record `new` as "creating" and audit it as `audit`; returns (record, True).

        Returns (existing, False) without writing when the same click (`request_key`) was already
        recorded or another purchase is still open: a double click never makes two payments."""
        try:
            with self._db.write() as conn:
                existing = self._blocking(conn, new.request_key)
                if existing is not None:
                    return existing, False
                moment = now_utc()
                purchase_id = inserted_id(
                    conn.execute(
                        insert(_purchases).values(
                            **new.__dict__, active_key=ACTIVE_KEY, status="creating",
                            created_at=moment, updated_at=moment,
                        )
                    )
                )  # fmt: skip
                append_entry(conn, new.actor, audit, f"purchase:{purchase_id}", details)
                row = conn.execute(select(_purchases).where(_purchases.c.id == purchase_id)).one()
                return _record(row), True
        except IntegrityError:
            # Another session recorded the same click or another purchase in between: show that one.
            with self._db.read() as conn:
                existing = self._blocking(conn, new.request_key)
            if existing is None:
                raise
            return existing, False

    @staticmethod
    def _blocking(conn: Any, request_key: str) -> PurchaseRecord | None:
        row = conn.execute(select(_purchases).where(_purchases.c.request_key == request_key)).first()
        if row is None:
            row = conn.execute(select(_purchases).where(_purchases.c.active_key == ACTIVE_KEY)).first()
        return None if row is None else _record(row)

    def get(self, purchase_id: int) -> PurchaseRecord | None:
        """The purchase with that id, or None."""
        with self._db.read() as conn:
            row = conn.execute(select(_purchases).where(_purchases.c.id == purchase_id)).first()
        return None if row is None else _record(row)

    def open_purchase(self) -> PurchaseRecord | None:
        """The purchase still being created or paid, if any (there is at most one)."""
        with self._db.read() as conn:
            row = conn.execute(select(_purchases).where(_purchases.c.active_key == ACTIVE_KEY)).first()
        return None if row is None else _record(row)

    def recent(self, limit: int = 20) -> list[PurchaseRecord]:
        """The latest purchases, newest first."""
        query = select(_purchases).order_by(_purchases.c.id.desc()).limit(limit)
        with self._db.read() as conn:
            return [_record(row) for row in conn.execute(query)]

    def known_transaction_ids(self) -> set[str]:
        """Transaction ids already matched to a purchase (reconciliation must not match them twice)."""
        query = select(_purchases.c.transaction_id).where(_purchases.c.transaction_id.is_not(None))
        with self._db.read() as conn:
            return {str(value) for value in conn.execute(query).scalars()}

    def transition(
        self,
        purchase_id: int,
        status: str,
        *,
        expected: str | tuple[str, ...],
        actor: str,
        audit: str,
        details: dict[str, Any],
        transaction_id: str | None = None,
        failure_reason: str | None = None,
        payment_url: str | None = None,
    ) -> PurchaseRecord | None:
        """Move the purchase to `status` if it is in `expected` (else None, nothing written), audited as
        `audit`. A final status frees the one-open-purchase slot."""
        checked_statuses(status, PURCHASE_STATUSES, "purchase")
        allowed = checked_statuses(expected, PURCHASE_STATUSES, "purchase")
        moment = now_utc()
        values: dict[str, Any] = {"status": status, "updated_at": moment, "failure_reason": failure_reason}
        if transaction_id is not None:
            values["transaction_id"] = transaction_id
        if payment_url is not None:
            values["payment_url"] = payment_url[:500]
        if status not in OPEN_STATUSES:
            values.update(active_key=None, settled_at=moment)
        with self._db.write() as conn:
            moved = conn.execute(
                update(_purchases)
                .where((_purchases.c.id == purchase_id) & _purchases.c.status.in_(allowed))
                .values(**values)
            ).rowcount
            if moved != 1:
                return None
            append_entry(conn, actor, audit, f"purchase:{purchase_id}", details)
            return _record(conn.execute(select(_purchases).where(_purchases.c.id == purchase_id)).one())
