"""The campaigns pages' data: every campaign of the account fetched once through the list iterator,
joined with the dashboard's outbox and reviews, grouped into sends, and cached per account for a short
while (`st.cache_data`, so every filter change reruns in memory). Failures are cached as sentences too:
a down API is not asked again on every click.

Cached values are plain data (DataFrames, dicts, tuples), never our own classes: `st.cache_data`
pickles them, and a class redefined by a module reload (Streamlit reloads edited modules) would no
longer unpickle or pickle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st

from monsms_core.campaigns import campaigns_frame, group_sends, link_outbox
from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.client.models import CampaignDetails, Contact
from monsms_core.store import Store
from ui.runtime import resources
from ui.runtime.fetched import Fetched, fetch
from ui.shell.i18n import current_language

SENDS_TTL_SECONDS = 60
MEMBERS_TTL_SECONDS = 120
PAGE_SIZE = 1000  # asked per call; a server capping lower is detected by the client's iterator
OUTBOX_LIMIT = 100_000


Plain = tuple[Any, dict[str, str]]  # (value, {lang: error sentence}); the error dict is empty on success


def _approvers(store: Store, outbox_ids: Iterable[int]) -> dict[int, str]:
    wanted = set(outbox_ids)
    if not wanted:
        return {}
    reviews = store.reviews.list(status="approved", limit=OUTBOX_LIMIT)
    return {r.outbox_id: r.decided_by or "" for r in reviews if r.outbox_id in wanted}


@st.cache_data(ttl=SENDS_TTL_SECONDS, show_spinner=False, max_entries=16)
def _sends(
    fingerprint: str, database_url: str, outbox_stamp: tuple, _client: MonSmsClient, _store: Store
) -> Plain:
    def read_campaigns() -> object:
        senders = {s.id: s.name for s in _client.senders.iterate(count=100) if s.id and s.name}
        return campaigns_frame(_client.campaigns.iterate(count=PAGE_SIZE), sender_names=senders)

    read = fetch(read_campaigns)
    if not read.ok:
        return None, read.error
    entries = [e for e in _store.outbox.list(limit=OUTBOX_LIMIT) if e.campaign_ids]
    linked = link_outbox(read.value, entries, _approvers(_store, (e.id for e in entries)))
    return group_sends(linked), {}


def _outbox_stamp(store: Store) -> tuple:
    # A send made from this dashboard (or its progress) changes the newest outbox rows: the list is then
    # fetched again at once instead of showing the old one until the cache expires.
    return tuple((e.id, e.status, len(e.campaign_ids)) for e in store.outbox.list(limit=5))


def sends() -> Fetched:
    """Every send of the account (a DataFrame from `campaigns_view.group_sends`): at most a minute old,
    and fetched again as soon as a send from this dashboard starts or progresses."""
    conn = resources.connection()
    store = resources.store()
    stamp = _outbox_stamp(store)
    value, error = _sends(
        conn.fingerprint, resources.settings().database_url, stamp, resources.client(conn), store
    )
    return Fetched(value, error)


def refresh() -> None:
    """Forget the cached list, so the next read asks the API again (the "refresh" button)."""
    _sends.clear()


def details(campaign_ids: Iterable[str]) -> tuple[list[CampaignDetails], str | None]:
    """Fresh details of each campaign (delivery counters move), and the first error's sentence or None."""
    client = resources.client()
    found: list[CampaignDetails] = []
    for campaign_id in campaign_ids:
        try:
            found.append(client.campaigns.get(campaign_id))
        except MonSmsError as error:
            return found, error.user_message(current_language())
    return found, None


@st.cache_data(ttl=MEMBERS_TTL_SECONDS, show_spinner=False, max_entries=64)
def _members(fingerprint: str, group_id: str, _client: MonSmsClient) -> Plain:
    read = fetch(lambda: _client.groups.get(group_id).contacts)
    if not read.ok:
        return None, read.error
    return [(c.phone, c.name, c.first_name, c.last_name) for c in read.value], {}


def with_group_members(campaign: CampaignDetails) -> CampaignDetails:
    """The campaign with its groups' current members added to its contacts (the API lists a campaign's
    groups, not who was in them when it was sent)."""
    if not campaign.groups:
        return campaign
    conn = resources.connection()
    client = resources.client(conn)
    contacts: list[Contact] = list(campaign.contacts)
    seen = {c.phone for c in contacts}
    for group in campaign.groups:
        if not group.id:
            continue
        members, _error = _members(conn.fingerprint, group.id, client)
        for phone, name, first_name, last_name in members or []:
            if phone and phone not in seen:
                seen.add(phone)
                contacts.append(Contact(phone=phone, name=name, first_name=first_name, last_name=last_name))
    return replace(campaign, contacts=contacts)


def find_send(table: pd.DataFrame, campaign_id: str) -> dict[str, Any] | None:
    """The send (a row of `sends()`) holding `campaign_id`, as a dict, or None."""
    if table.empty:
        return None
    hits = table[table["campaign_ids"].map(lambda ids: campaign_id in ids)]
    return None if hits.empty else hits.iloc[0].to_dict()
