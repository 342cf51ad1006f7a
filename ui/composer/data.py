"""The API reads the composer needs (contacts, groups and their members, senders, templates, offers),
cached per account for a short while and shared by the sessions of that account.

`st.cache_resource`, not `st.cache_data`: a 100,000-contact list would be pickled and copied on every
rerun by cache_data; these values are immutable tuples, so sharing one copy is safe. Failures are cached
as their message (`ui.runtime.fetched`) so a down API does not make every rerun wait for timeouts; the
page offers a retry that clears them.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from monsms_core.client import MonSmsClient
from monsms_core.client.models import Group
from monsms_core.composer import contacts_to_recipients, usable_senders
from ui.runtime import resources
from ui.runtime.fetched import Fetched, fetch

LIST_TTL_SECONDS = 120
SENDERS_TTL_SECONDS = 60
BALANCE_TTL_SECONDS = 30


@st.cache_resource(ttl=LIST_TTL_SECONDS, show_spinner=False, max_entries=64)
def _contacts(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: tuple(_client.contacts.iterate(count=500)))


@st.cache_resource(ttl=LIST_TTL_SECONDS, show_spinner=False, max_entries=64)
def _groups(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: tuple(_client.groups.iterate(count=100)))


@st.cache_resource(ttl=LIST_TTL_SECONDS, show_spinner=False, max_entries=256)
def _group_members(fingerprint: str, group_id: str, source: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: tuple(contacts_to_recipients(_client.groups.get(group_id).contacts, source)))


@st.cache_resource(ttl=SENDERS_TTL_SECONDS, show_spinner=False, max_entries=64)
def _senders(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: tuple(usable_senders(_client.senders.iterate(count=100))))


@st.cache_resource(ttl=LIST_TTL_SECONDS, show_spinner=False, max_entries=64)
def _templates(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: tuple(_client.templates.iterate(count=100)))


@st.cache_resource(ttl=BALANCE_TTL_SECONDS, show_spinner=False, max_entries=64)
def _balance(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(_client.user.credit)


@st.cache_resource(ttl=3600, show_spinner=False, max_entries=8)
def _offers(base_url: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: tuple(_client.offers.list()))


def _account() -> tuple[str, MonSmsClient]:
    conn = resources.connection()
    return conn.fingerprint, resources.client(conn)


def contacts() -> Fetched:
    """Every contact of the account (a tuple of `Contact`)."""
    return _contacts(*_account())


def groups() -> Fetched:
    """Every group of the account with its member count (a tuple of `Group`)."""
    return _groups(*_account())


def group_members(group: Group) -> Fetched:
    """A group's members as recipients (source "group:<name>")."""
    fingerprint, client = _account()
    return _group_members(fingerprint, str(group.id), f"group:{group.name or group.id}", client)


def senders() -> Fetched:
    """The sender names a campaign may use now (accepted, not archived)."""
    return _senders(*_account())


def templates() -> Fetched:
    """The account's saved message texts (a tuple of `Template`)."""
    return _templates(*_account())


def balance() -> Fetched:
    """The account's credit, for the cost summary (refreshed when a send ends; the confirmation dialog
    always reads it afresh)."""
    return _balance(*_account())


def offers() -> Fetched:
    """The credit packs on sale (a tuple of `Offer`)."""
    conn = resources.connection()
    return _offers(conn.base_url, resources.client(conn))


def refresh(*readers: str) -> None:
    """Forget cached reads after a write or on the user's request ("contacts", "groups", "senders"…)."""
    caches: dict[str, Any] = {
        "contacts": _contacts,
        "groups": _groups,
        "members": _group_members,
        "senders": _senders,
        "templates": _templates,
        "offers": _offers,
        "balance": _balance,
    }
    for name in readers:
        caches[name].clear()
