"""What a user may do with a scheduled or recurring send after it was created: pause or resume it, move
it, change its weekly days — on every campaign of the send, each call audited once for the campaigns it
changed. The rules (which campaigns the API lets move, which ones a pause must touch) live here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.client.models import CampaignDetails, Recurrence
from monsms_core.store import Store


def adjustable(campaign: CampaignDetails, now: datetime | None = None) -> bool:
    """Whether the API lets this campaign be paused/resumed or moved: a scheduled one that has not
    started yet, or a recurring one."""
    moment = now or datetime.now(UTC)
    if campaign.type == "RECURRING":
        return True
    return (
        campaign.type == "SCHEDULED"
        and campaign.scheduled_date is not None
        and campaign.scheduled_date > moment
    )


@dataclass(frozen=True)
class SendAction:
    """What an action did: the campaigns it changed, and the error that stopped it (None: all done)."""

    action: str  # "paused" | "resumed" | "rescheduled"
    done: list[str] = field(default_factory=list)
    error: MonSmsError | None = None


def _apply(
    store: Store,
    client: MonSmsClient,
    campaigns: Sequence[CampaignDetails],
    action: str,
    call: Callable[[str], Any],
    *,
    actor: str,
    details: dict[str, Any] | None = None,
) -> SendAction:
    done: list[str] = []
    error: MonSmsError | None = None
    try:
        for campaign in campaigns:
            if campaign.id:
                call(campaign.id)
                done.append(campaign.id)
    except MonSmsError as failure:
        error = failure
    if done:  # what changed is audited, even when a later campaign of the send failed
        store.audit.record(actor, f"campaign.{action}", target=",".join(done), details=details or None)
    return SendAction(action, done, error)


def _move(
    store: Store,
    client: MonSmsClient,
    campaigns: Sequence[CampaignDetails],
    *,
    actor: str,
    details: dict[str, Any],
    **changes: Any,
) -> SendAction:
    def update(campaign_id: str) -> Any:
        return client.campaigns.update(campaign_id, **changes)

    return _apply(store, client, campaigns, "rescheduled", update, actor=actor, details=details)


def set_paused(
    store: Store, client: MonSmsClient, campaigns: Sequence[CampaignDetails], *, pause: bool, actor: str
) -> SendAction:
    """Pause (or resume) every campaign of the send. The API's call flips the switch, so only the
    campaigns not already in the wanted state are touched."""
    targets = [c for c in campaigns if bool(c.is_enabled) == pause]
    return _apply(
        store, client, targets, "paused" if pause else "resumed", client.campaigns.toggle_enable, actor=actor
    )


def reschedule(
    store: Store, client: MonSmsClient, campaigns: Sequence[CampaignDetails], moment: datetime, *, actor: str
) -> SendAction:
    """Move a scheduled send to `moment` (timezone-aware, in the future: ValueError otherwise)."""
    if moment <= datetime.now(UTC):
        raise ValueError("a send cannot be moved into the past")
    details = {"scheduled_date": moment.isoformat()}
    return _move(store, client, campaigns, actor=actor, details=details, scheduled_date=moment)


def set_recurrence(
    store: Store,
    client: MonSmsClient,
    campaigns: Sequence[CampaignDetails],
    days: Sequence[str],
    at: time,
    *,
    actor: str,
) -> SendAction:
    """Send a recurring send on `days` (weekday names) at `at` from now on (ValueError without a day)."""
    if not days:
        raise ValueError("a recurring send needs at least one day")
    recurrence = Recurrence.weekly(at, tuple(days))
    details = {"days": list(days), "time": at.isoformat(timespec="minutes")}
    return _move(store, client, campaigns, actor=actor, details=details, recurring=recurrence)
