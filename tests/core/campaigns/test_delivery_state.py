"""One delivery state for every page: a campaign summarised from its optional status, counters and switch."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monsms_core.campaigns import campaigns_frame, delivery_state
from monsms_core.client.models import Campaign, CampaignDetails

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("data", "state"),
    [
        ({"type": "SMS", "stats": {"total": 10, "sent": 10, "failed": 0, "pending": 0}}, "delivered"),
        ({"type": "SMS", "stats": {"total": 10, "sent": 9, "failed": 1, "pending": 0}}, "partial"),
        ({"type": "SMS", "stats": {"total": 10, "sent": 0, "failed": 10, "pending": 0}}, "failed"),
        ({"type": "SMS", "stats": {"total": 10, "sent": 4, "failed": 0, "pending": 6}}, "pending"),
        ({"type": "SMS", "status": "SENT"}, "delivered"),
        ({"type": "FLASH", "status": "FAILED"}, "failed"),
        ({"type": "SMS", "status": "PENDING"}, "pending"),
        ({"type": "SMS"}, "unknown"),
        ({"type": "SCHEDULED", "scheduledDate": "2026-03-05T08:00:00Z", "status": "PENDING"}, "scheduled"),
        ({"type": "SCHEDULED", "scheduledDate": "2026-03-01T08:00:00Z", "status": "SENT"}, "delivered"),
        ({"type": "RECURRING", "status": "PENDING"}, "recurring"),
        # Paused: the state the home page's former copy of this rule did not know.
        ({"type": "RECURRING", "status": "PENDING", "isEnabled": False}, "paused"),
        ({"type": "SCHEDULED", "scheduledDate": "2026-03-05T08:00:00Z", "isEnabled": False}, "paused"),
        ({"type": "SCHEDULED", "scheduledDate": "2026-03-01T08:00:00Z", "isEnabled": False}, "unknown"),
    ],
)
def test_delivery_state(data: dict[str, object], state: str) -> None:
    assert delivery_state(Campaign.from_api(data), NOW) == state
    assert delivery_state(CampaignDetails.from_api(data), NOW) == state


def test_the_home_page_and_the_campaigns_table_agree() -> None:
    campaigns = [
        Campaign.from_api({"id": "a", "type": "RECURRING", "isEnabled": False}),
        Campaign.from_api({"id": "b", "stats": {"total": 3, "sent": 2, "failed": 1, "pending": 0}}),
    ]
    frame = campaigns_frame(campaigns, NOW)
    assert [delivery_state(c, NOW) for c in campaigns] == list(frame["state"]) == ["paused", "partial"]
