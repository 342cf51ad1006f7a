"""API reads the shell shows on every page or on the home page, cached per account for a short while.

Failures are cached too (as their message in each language, `ui.runtime.fetched`): when the API is down,
every page load should not wait for the client's timeouts and retries again. The `_client` arguments are
left out of the cache key (leading underscore); the key's fingerprint stands for the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Any

import streamlit as st

from monsms_core.client import MonSmsClient
from ui.runtime import resources
from ui.runtime.fetched import Fetched, fetch

CREDIT_TTL_SECONDS = 45
OVERVIEW_TTL_SECONDS = 30
COUNT_CAP = 5_000


@st.cache_data(ttl=CREDIT_TTL_SECONDS, show_spinner=False)
def _credit(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(_client.user.credit)


def credit() -> Fetched:
    """The account's available SMS credit (an int), refreshed at most every 45 seconds."""
    conn = resources.connection()
    return _credit(conn.fingerprint, resources.client(conn))


def forget_credit() -> None:
    """Forget the account's cached credit (a send just spent some): the next `credit()` asks the API."""
    conn = resources.connection()
    _credit.clear(conn.fingerprint, resources.client(conn))


@dataclass(frozen=True)
class Count:
    """A number of items, possibly only a lower bound (`capped`)."""

    value: int
    capped: bool = False


@dataclass(frozen=True)
class Overview:
    """The home page's numbers (its latest sends come from the campaigns pages' data, so that a send
    is one line there as everywhere)."""

    contacts: Count
    groups: Count


def _count(page: Any, iterate: Any) -> Count:
    """How many items a list holds: one call when the API tells the total; otherwise walk the pages, but
    stop at COUNT_CAP so a large account does not slow the home page down (shown as "5 000+")."""
    if page.total is not None:
        return Count(page.total)
    if page.is_last:
        return Count(len(page))
    walked = sum(1 for _ in islice(iterate(count=500), COUNT_CAP + 1))
    return Count(min(walked, COUNT_CAP), capped=walked > COUNT_CAP)


@st.cache_data(ttl=OVERVIEW_TTL_SECONDS, show_spinner=False)
def _overview(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: _read_overview(_client))


def _read_overview(client: MonSmsClient) -> Overview:
    contacts = _count(client.contacts.list(count=100), client.contacts.iterate)
    groups = _count(client.groups.list(count=100), client.groups.iterate)
    return Overview(contacts, groups)


def overview() -> Fetched:
    """Contacts and groups counts."""
    conn = resources.connection()
    return _overview(conn.fingerprint, resources.client(conn))
