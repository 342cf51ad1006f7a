"""The spending page's data: the account's transactions, offers and campaigns read through the client,
joined with the outbox into the ledger (`monsms_core.spending.build_ledger`), cached per account for a
minute and read again as soon as a send from this dashboard starts or progresses. Failures are kept as
sentences (`Fetched`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.spending import build_ledger
from monsms_core.store import Store
from ui.runtime import resources
from ui.runtime.fetched import Fetched, fetch

LEDGER_TTL_SECONDS = 60
BALANCE_TTL_SECONDS = 15
PAGE_SIZE = 1000
OUTBOX_LIMIT = 100_000


def _or_empty(read: Callable[[], Any]) -> Any:
    """Offers and campaigns only name packs and outside sends: the ledger is still worth showing without."""
    try:
        return list(read())
    except MonSmsError:
        return []


@st.cache_resource(ttl=LEDGER_TTL_SECONDS, show_spinner=False, max_entries=16)
def _ledger(fingerprint: str, outbox_stamp: tuple, _client: MonSmsClient, _store: Store) -> Fetched:
    def read() -> object:
        transactions = list(_client.transactions.iterate(count=PAGE_SIZE))
        return build_ledger(
            transactions,
            offers=_or_empty(_client.offers.list),
            outbox=[e for e in _store.outbox.list(limit=OUTBOX_LIMIT) if e.campaign_ids],
            campaigns=_or_empty(lambda: _client.campaigns.iterate(count=PAGE_SIZE)),
            purchases=_store.credit_purchases.recent(limit=OUTBOX_LIMIT),
        )

    return fetch(read)


@st.cache_resource(ttl=BALANCE_TTL_SECONDS, show_spinner=False, max_entries=16)
def _balance(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(_client.user.credit)


def _outbox_stamp(store: Store) -> tuple:
    # A send or a purchase made from this dashboard changes these: the ledger is then read again at once.
    sends = tuple((e.id, e.status, len(e.campaign_ids)) for e in store.outbox.list(limit=5))
    return sends + tuple((p.id, p.status) for p in store.credit_purchases.recent(limit=3))


def ledger() -> Fetched:
    """The account's ledger (a DataFrame, see `monsms_core.spending.ledger`); never modify it in place."""
    conn = resources.connection()
    store = resources.store()
    return _ledger(conn.fingerprint, _outbox_stamp(store), resources.client(conn), store)


def balance() -> Fetched:
    """The account's credit, at most 15 seconds old."""
    conn = resources.connection()
    return _balance(conn.fingerprint, resources.client(conn))


def refresh() -> None:
    """Forget the cached ledger and balance (the page's "Actualiser" button)."""
    _ledger.clear()
    _balance.clear()
