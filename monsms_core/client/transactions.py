"""Credit purchases and debits: `client.transactions`.

Buying credit by mobile money (api-contract.md, "Buying credit"):

    offer = min(client.offers.list(), key=lambda o: o.price or 0)
    t = client.transactions.create(offer.id, "OM_CI", phone="2250707123456", otp="1234")   # PENDING
    t = client.transactions.check(t.id)          # until t.status is CHARGED or FAILED

`create` charges the payer: it is never retried once it may have reached the API (a lost answer raises
OutcomeUnknownError("transactions.create")); `monsms_core.payments` records the purchase first and
reconciles a lost answer against `transaction/list` before anyone pays again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from monsms_core.client._paging import Sort
from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.models import Page, Transaction

PaymentMethod = Literal["OM_CI", "MTN_CI", "MOOV_CI", "WAVE_CI"]
PAYMENT_METHODS: tuple[PaymentMethod, ...] = ("OM_CI", "MTN_CI", "MOOV_CI", "WAVE_CI")


class Transactions(Resource):
    """`/transaction/list`, `/transaction/create`, `/transaction/{id}/check`."""

    name = "transactions"

    def create(
        self,
        offer_id: str,
        payment_method: PaymentMethod,
        *,
        phone: str | None = None,
        otp: str | None = None,
    ) -> Transaction:
        """Open a purchase of the offer `offer_id`, paid by `payment_method` from the payer `phone`
        (international digits) — with Orange Money, `otp` is the 4-digit code the payer got by USSD.
        Answers the RECHARGED transaction, normally PENDING with a payment `token`. Never retried blindly.
        """
        if payment_method not in PAYMENT_METHODS:
            raise ValueError(f"payment_method must be one of {', '.join(PAYMENT_METHODS)}")
        if not offer_id:
            raise ValueError("an offer id is required")
        body: dict[str, Any] = {"offerId": offer_id, "paymentMethod": payment_method}
        if phone is not None:
            body["phone"] = phone.lstrip("+")
        if otp is not None:
            body["otp"] = otp
        return Transaction.from_api(as_mapping(self._write("/transaction/create", body, "create")))

    def check(self, transaction_id: str) -> Transaction:
        """The transaction as it stands now (PENDING → CHARGED or FAILED); the API adds the credit when
        it becomes CHARGED. A read: safe to repeat."""
        if not transaction_id:
            raise ValueError("a transaction id is required")
        data = self._read(f"/transaction/{transaction_id}/check", {"id": transaction_id}, "check")
        return Transaction.from_api(as_mapping(data))

    def list(
        self, *, page: int = 1, count: int = 50, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Page[Transaction]:
        """One page of transactions (DEBITED / RECHARGED); order_by ∈ status, createdAt."""
        return self._page(
            "/transaction/list", Transaction, page=page, count=count, sort=sort, order_by=order_by
        )

    def iterate(
        self, *, count: int = 100, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Iterator[Transaction]:
        """Every transaction, page after page until an empty one (never stops at a short page)."""
        return self._iterate("/transaction/list", Transaction, count=count, sort=sort, order_by=order_by)
