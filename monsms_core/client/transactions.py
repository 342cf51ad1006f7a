"""Credit purchases and debits: `client.transactions`."""

from __future__ import annotations

from collections.abc import Iterator

from monsms_core.client._paging import Sort
from monsms_core.client._resource import Resource
from monsms_core.client.models import Page, Transaction


class Transactions(Resource):
    """`/transaction/list`."""

    name = "transactions"

    def list(
        self, *, page: int = 1, count: int = 50, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Page[Transaction]:
        """One page of transactions (DEBITED / RECHARGED)."""
        return self._page(
            "/transaction/list", Transaction, page=page, count=count, sort=sort, order_by=order_by
        )

    def iterate(
        self, *, count: int = 100, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Iterator[Transaction]:
        """Every transaction, page after page."""
        return self._iterate("/transaction/list", Transaction, count=count, sort=sort, order_by=order_by)
