"""Campaigns: `client.campaigns` — send now (SMS, FLASH), later (SCHEDULED) or every week (RECURRING)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Literal

from monsms_core.client._paging import Sort
from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.contacts import ContactLike, contact_body
from monsms_core.client.models import Campaign, CampaignDetails, Page, Recurrence

CampaignType = Literal["SMS", "FLASH", "SCHEDULED", "RECURRING"]


def iso_datetime(value: datetime | str) -> str:
    """ISO 8601 in UTC with milliseconds and "Z", as the API's JavaScript SDK sends; naive means UTC."""
    if isinstance(value, str):
        return value
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


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
        """One page of campaigns; order_by ∈ type, createdAt."""
        return self._page("/campaign/list", Campaign, page=page, count=count, sort=sort, order_by=order_by)

    def iterate(
        self, *, count: int = 100, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Iterator[Campaign]:
        """Every campaign, page after page."""
        return self._iterate("/campaign/list", Campaign, count=count, sort=sort, order_by=order_by)

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
