"""Campaigns: `client.campaigns` — send now (SMS, FLASH), later (SCHEDULED) or every week (RECURRING).

Listing uses `/campaign/list` (the getting-started page names it; no SDK calls it). When the API answers
"not found" there, the list is assembled from each sender's `/sender/{id}/campaign` (what the Dart SDK
calls), merged newest first; the choice is remembered for this client (one per account). Campaigns sent
without a sender (the account's default) are not in any sender's list: the per-sender form cannot show
them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import chain, islice
from typing import Any, Literal

from monsms_core.client._paging import Sort, list_params
from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.contacts import ContactLike, contact_body
from monsms_core.client.errors import NotFoundError
from monsms_core.client.models import Campaign, CampaignDetails, Page, Recurrence
from monsms_core.client.senders import Senders

_LIST_FORMS = ("campaign-list", "per-sender")

CampaignType = Literal["SMS", "FLASH", "SCHEDULED", "RECURRING"]


def iso_datetime(value: datetime | str) -> str:
    """ISO 8601 in UTC with milliseconds and "Z", as the API's JavaScript SDK sends; naive means UTC."""
    if isinstance(value, str):
        return value
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _created_key(campaign: Campaign) -> float:
    return campaign.created_at.timestamp() if campaign.created_at is not None else 0.0


class Campaigns(Resource):
    """`/campaign/...`."""

    name = "campaigns"

    def create(
        self,
        text: str,
        *,
        contacts: Iterable[ContactLike] | None = None,
        group_ids: Iterable[str] | None = None,
        type: CampaignType = "SMS",
        sender_id: str | None = None,
        name: str | None = None,
        scheduled_date: datetime | str | None = None,
        recurring: Recurrence | None = None,
    ) -> Campaign:
        """Create (and, for SMS/FLASH, send) a campaign. Never retried once it may have reached the API:
        a lost answer raises OutcomeUnknownError("campaigns.create") — look the campaign up before resending.

        `sender_id` is the sender's name (e.g. "MYSHOP"); recipients are contacts and/or group ids.
        """
        body: dict[str, Any] = {"text": text, "type": type}
        if contacts is not None:
            body["contacts"] = [contact_body(c) for c in contacts]
        if group_ids is not None:
            body["groupsIds"] = list(group_ids)
        if not body.get("contacts") and not body.get("groupsIds"):
            raise ValueError("a campaign needs at least one contact or group")
        if type == "SCHEDULED" and scheduled_date is None:
            raise ValueError("a SCHEDULED campaign needs a scheduled_date")
        if type == "RECURRING" and recurring is None:
            raise ValueError("a RECURRING campaign needs a recurring schedule")
        optional = {"senderId": sender_id, "name": name}
        body.update({k: v for k, v in optional.items() if v is not None})
        if scheduled_date is not None:
            body["scheduledDate"] = iso_datetime(scheduled_date)
        if recurring is not None:
            body["recurring"] = recurring.to_api()
        return Campaign.from_api(as_mapping(self._write("/campaign/create", body, "create")))

    def list(
        self, *, page: int = 1, count: int = 50, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Page[Campaign]:
        """One page of campaigns; order_by ∈ type, createdAt (per-sender fallback: see the module doc)."""

        def attempt(form: str) -> Page[Campaign]:
            if form == "campaign-list":
                return self._page(
                    "/campaign/list", Campaign, page=page, count=count, sort=sort, order_by=order_by
                )
            merged = self._per_sender(count=count, sort=sort, order_by=order_by)
            return Page(list(islice(merged, (page - 1) * count, page * count)), page=page, count=count)

        return self._first_form("campaigns.list", _LIST_FORMS, attempt)

    def iterate(
        self, *, count: int = 100, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Iterator[Campaign]:
        """Every campaign, page after page (lazily: nothing is asked before the first item is wanted)."""
        list_params(1, count, sort, order_by)  # fail on bad arguments now, not at the first next()
        return self._iterate_all(count=count, sort=sort, order_by=order_by)

    def _iterate_all(self, *, count: int, sort: Sort, order_by: str) -> Iterator[Campaign]:
        if self._transport.path_choices.get("campaigns.list") == "per-sender":
            yield from self._per_sender(count=count, sort=sort, order_by=order_by)
            return
        pages = self._iterate("/campaign/list", Campaign, count=count, sort=sort, order_by=order_by)
        try:
            first = next(pages, None)
        except NotFoundError:
            self._transport.path_choices.remember("campaigns.list", "per-sender")
            yield from self._per_sender(count=count, sort=sort, order_by=order_by)
            return
        self._transport.path_choices.remember("campaigns.list", "campaign-list")
        if first is not None:
            yield first
            yield from pages

    def _per_sender(self, *, count: int, sort: Sort, order_by: str) -> Iterator[Campaign]:
        """Every campaign of every sender, merged by creation date (or chained for another order)."""
        senders = Senders(self._transport)
        streams = [
            self._iterate(
                f"/sender/{sender.id}/campaign", Campaign, count=count, sort=sort, order_by=order_by,
                extra={"senderId": sender.id},
            )
            for sender in senders.iterate(count=100)
            if sender.id
        ]  # fmt: skip
        if order_by != "createdAt":
            return chain.from_iterable(streams)
        return heapq.merge(*streams, key=_created_key, reverse=sort == "desc")

    def get(self, campaign_id: str) -> CampaignDetails:
        """A campaign with its contacts, groups, sender, recurrence and (when given) status and stats."""
        data = self._read(f"/campaign/{campaign_id}", {"id": campaign_id}, "get")
        return CampaignDetails.from_api(as_mapping(data))

    def update(
        self,
        campaign_id: str,
        *,
        scheduled_date: datetime | str | None = None,
        recurring: Recurrence | None = None,
    ) -> Campaign:
        """Move a scheduled campaign and/or change a recurring one's days and times."""
        body: dict[str, Any] = {"id": campaign_id}
        if scheduled_date is not None:
            body["scheduledDate"] = iso_datetime(scheduled_date)
        if recurring is not None:
            body["recurring"] = recurring.to_api()
        if len(body) == 1:
            raise ValueError("nothing to update")
        return Campaign.from_api(as_mapping(self._write(f"/campaign/{campaign_id}/update", body, "update")))

    def toggle_enable(self, campaign_id: str) -> Campaign:
        """Pause or resume a scheduled/recurring campaign (flips isEnabled). Not idempotent: never retried."""
        data = self._write(f"/campaign/{campaign_id}/toggle-enable", {"id": campaign_id}, "toggle_enable")
        return Campaign.from_api(as_mapping(data))
