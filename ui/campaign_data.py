"""The campaigns pages' data: every campaign of the account fetched once through the list iterator,
joined with the dashboard's outbox and reviews, grouped into sends, and cached per account for a short
while (`st.cache_data`, so every filter change reruns in memory). Failures are cached as sentences too
(see `ui.api_data.Fetched`): a down API is not asked again on every click.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st

from monsms_core.campaigns_view import campaigns_frame, group_sends, link_outbox
from monsms_core.client import MonSmsClient
from monsms_core.errors import MonSmsError
from monsms_core.i18n import LANGUAGES
from monsms_core.models import CampaignDetails, Contact
from monsms_core.store import Store
from ui import resources
from ui.api_data import Fetched
from ui.i18n import current_language

SENDS_TTL_SECONDS = 60
MEMBERS_TTL_SECONDS = 120
PAGE_SIZE = 1000  # the largest page the API serves: 10,000 campaigns in 10 calls
OUTBOX_LIMIT = 100_000


def _failure(error: MonSmsError) -> Fetched:
    return Fetched(error={lang: error.user_message(lang) for lang in LANGUAGES})


def _approvers(store: Store, outbox_ids: Iterable[int]) -> dict[int, str]:
    wanted = set(outbox_ids)
    if not wanted:
        return {}
    reviews = store.reviews.list(status="approved", limit=OUTBOX_LIMIT)
    return {r.outbox_id: r.decided_by or "" for r in reviews if r.outbox_id in wanted}


@st.cache_data(ttl=SENDS_TTL_SECONDS, show_spinner=False, max_entries=16)
def _sends(fingerprint: str, database_url: str, _client: MonSmsClient, _store: Store) -> Fetched:
    try:
        frame = campaigns_frame(_client.campaigns.iterate(count=PAGE_SIZE))
    except MonSmsError as error:
        return _failure(error)
    entries = [e for e in _store.outbox.list(limit=OUTBOX_LIMIT) if e.campaign_ids]
    linked = link_outbox(frame, entries, _approvers(_store, (e.id for e in entries)))
    return Fetched(group_sends(linked))


def sends() -> Fetched:
    """Every send of the account (a DataFrame from `campaigns_view.group_sends`), at most a minute old."""
    conn = resources.connection()
    settings = resources.settings()
    return _sends(conn.fingerprint, settings.database_url, resources.client(conn), resources.store())


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
def _members(fingerprint: str, group_id: str, _client: MonSmsClient) -> Fetched:
    try:
        return Fetched(_client.groups.get(group_id).contacts)
    except MonSmsError as error:
        return _failure(error)


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
        fetched = _members(conn.fingerprint, group.id, client)
        for contact in fetched.value if fetched.ok else []:
            if contact.phone not in seen:
                seen.add(contact.phone)
                contacts.append(contact)
    return replace(campaign, contacts=contacts)


def find_send(table: pd.DataFrame, campaign_id: str) -> dict[str, Any] | None:
    """The send (a row of `sends()`) holding `campaign_id`, as a dict, or None."""
    if table.empty:
        return None
    hits = table[table["campaign_ids"].map(lambda ids: campaign_id in ids)]
    return None if hits.empty else hits.iloc[0].to_dict()
