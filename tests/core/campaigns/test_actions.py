"""Pausing, resuming and moving a scheduled or recurring send against the sandbox: which campaigns the API
lets change, a pause that touches only what must change, and one audit record per action that did."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from monsms_core.campaigns import adjustable, reschedule, set_paused, set_recurrence
from monsms_core.client import MonSmsClient
from monsms_core.client.models import CampaignDetails, Recurrence
from monsms_core.store import Store


def _scheduled(client: MonSmsClient, days: int = 3) -> CampaignDetails:
    at = datetime.now(UTC) + timedelta(days=days)
    created = client.campaigns.create(
        "Réunion des parents", contacts=["2250707000001"], type="SCHEDULED", scheduled_date=at
    )
    assert created.id is not None
    return client.campaigns.get(created.id)


def test_only_future_scheduled_and_recurring_sends_are_adjustable() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    later = {"type": "SCHEDULED", "scheduledDate": "2026-03-05T08:00:00Z"}
    assert adjustable(CampaignDetails.from_api(later), now)
    assert not adjustable(CampaignDetails.from_api({**later, "scheduledDate": "2026-03-01T08:00:00Z"}), now)
    assert adjustable(CampaignDetails.from_api({"type": "RECURRING"}), now)
    assert not adjustable(CampaignDetails.from_api({"type": "SMS"}), now)


def test_pause_resume_and_move_are_audited(store: Store, client: MonSmsClient) -> None:
    campaign = _scheduled(client)
    paused = set_paused(store, client, [campaign], pause=True, actor="kofi")
    assert paused.done == [campaign.id] and paused.error is None
    campaign = client.campaigns.get(str(campaign.id))
    assert campaign.is_enabled is False
    # Pausing again changes nothing (the API's call flips the switch) and audits nothing.
    assert set_paused(store, client, [campaign], pause=True, actor="kofi").done == []
    assert set_paused(store, client, [campaign], pause=False, actor="kofi").done == [campaign.id]
    moment = datetime.now(UTC).replace(microsecond=0) + timedelta(days=5)
    assert reschedule(store, client, [campaign], moment, actor="kofi").done == [campaign.id]
    with pytest.raises(ValueError):
        reschedule(store, client, [campaign], datetime.now(UTC) - timedelta(minutes=1), actor="kofi")
    actions = [(e.action, e.target) for e in reversed(store.audit.list(action="campaign."))]
    assert actions == [
        ("campaign.paused", campaign.id),
        ("campaign.resumed", campaign.id),
        ("campaign.rescheduled", campaign.id),
    ]
    moved = store.audit.list(action="campaign.rescheduled")[0]
    assert moved.details == {"scheduled_date": moment.isoformat()}


def test_a_recurring_send_gets_new_days(store: Store, client: MonSmsClient) -> None:
    created = client.campaigns.create(
        "Rappel cotisation",
        contacts=["2250707000001"],
        type="RECURRING",
        recurring=Recurrence.weekly(time(8, 0), ("monday",)),
    )
    campaign = client.campaigns.get(str(created.id))
    with pytest.raises(ValueError):
        set_recurrence(store, client, [campaign], (), time(9, 30), actor="kofi")
    result = set_recurrence(store, client, [campaign], ("tuesday", "friday"), time(9, 30), actor="kofi")
    assert result.done == [campaign.id] and result.error is None
    recurrence = client.campaigns.get(str(campaign.id)).recurring
    assert recurrence is not None and recurrence.tuesday and recurrence.friday and not recurrence.monday
    entry = store.audit.list(action="campaign.rescheduled")[0]
    assert entry.details == {"days": ["tuesday", "friday"], "time": "09:30"}
