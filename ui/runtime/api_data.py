"""API reads the shell shows on every page or on the home page, cached per account for a short while.

Failures are cached too (as their message in each language): when the API is down, every page load
should not wait for the client's timeouts and retries again. The `_client` arguments are left out of the
cache key (leading underscore); the key's fingerprint stands for the account.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any

import streamlit as st

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.client.models import Campaign, CampaignDetails
from monsms_core.i18n import LANGUAGES
from ui.runtime import resources

CREDIT_TTL_SECONDS = 45
OVERVIEW_TTL_SECONDS = 30
RECENT_CAMPAIGNS = 5
COUNT_CAP = 5_000


@dataclass(frozen=True)
class Fetched:
    """A value read from the API, or the reason it could not be (a sentence per language)."""

    value: Any = None
    error: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the read succeeded."""
        return not self.error

    def message(self, lang: str) -> str:
        """The failure in `lang`."""
        return self.error.get(lang) or next(iter(self.error.values()), "")


def _failure(exc: MonSmsError) -> Fetched:
    return Fetched(error={lang: exc.user_message(lang) for lang in LANGUAGES})


@st.cache_data(ttl=CREDIT_TTL_SECONDS, show_spinner=False)
def _credit(fingerprint: str, _client: MonSmsClient) -> Fetched:
    try:
        return Fetched(_client.user.credit())
    except MonSmsError as exc:
        return _failure(exc)


def credit() -> Fetched:
    """The account's available SMS credit (an int), refreshed at most every 45 seconds."""
    conn = resources.connection()
    return _credit(conn.fingerprint, resources.client(conn))


def forget_credit() -> None:
    """Forget the account's cached credit (a send just spent some): the next `credit()` asks the API."""
    conn = resources.connection()
    _credit.clear(conn.fingerprint, resources.client(conn))


@dataclass(frozen=True)
class CampaignRow:
    """One recent campaign as the home page lists it."""

    name: str
    type: str
    created_at: datetime | None
    recipients: int | None
    credits: int | None
    state: str  # "scheduled" | "recurring" | "pending" | "delivered" | "partial" | "failed" | "unknown"


@dataclass(frozen=True)
class Count:
    """A number of items, possibly only a lower bound (`capped`)."""

    value: int
    capped: bool = False


@dataclass(frozen=True)
class Overview:
    """The home page's numbers."""

    contacts: Count
    groups: Count
    campaigns: list[CampaignRow]


def delivery_state(campaign: Campaign | CampaignDetails, now: datetime | None = None) -> str:
    """Summarise a campaign's delivery from its status and/or counters (both optional in the API)."""
    now = now or datetime.now(UTC)
    raw_stats = campaign.stats
    status = (campaign.status or "").upper()
    scheduled = campaign.scheduled_date
    if scheduled is not None and scheduled.tzinfo is None:
        scheduled = scheduled.replace(tzinfo=UTC)
    if campaign.type == "SCHEDULED" and scheduled is not None and scheduled > now:
        return "scheduled"
    if campaign.type == "RECURRING":
        return "recurring"
    stats = raw_stats if raw_stats is not None and raw_stats.total else None
    if stats is not None:
        if stats.pending:
            return "pending"
        if stats.failed and stats.failed >= (stats.total or 0):
            return "failed"
        return "partial" if stats.failed else "delivered"
    if status in ("SENT", "DELIVERED"):
        return "delivered"
    if status == "FAILED":
        return "failed"
    return "pending" if status == "PENDING" else "unknown"


def _has_delivery_info(campaign: Campaign) -> bool:
    return bool(campaign.status) or campaign.stats is not None


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
    try:
        contacts = _count(_client.contacts.list(count=100), _client.contacts.iterate)
        groups = _count(_client.groups.list(count=100), _client.groups.iterate)
        rows = []
        for campaign in _client.campaigns.list(count=RECENT_CAMPAIGNS).items[:RECENT_CAMPAIGNS]:
            # The list may already say how delivery went; otherwise ask for the details (one call each).
            details = (
                campaign
                if _has_delivery_info(campaign) or not campaign.id
                else _client.campaigns.get(campaign.id)
            )
            rows.append(
                CampaignRow(
                    name=campaign.name or (campaign.text or "")[:40],
                    type=campaign.type or "SMS",
                    created_at=campaign.created_at,
                    recipients=campaign.contact_count or campaign.contacts_total,
                    credits=campaign.credit_used,
                    state=delivery_state(details),
                )
            )
        return Fetched(Overview(contacts, groups, rows))
    except MonSmsError as exc:
        return _failure(exc)


def overview() -> Fetched:
    """Contacts and groups counts and the last campaigns with their delivery state."""
    conn = resources.connection()
    return _overview(conn.fingerprint, resources.client(conn))
