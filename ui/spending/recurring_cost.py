"""What a recurring send costs over time, drawn where a cost is shown: the composer's cost step, its
confirmation dialog and a campaign's detail page. Each caller adds one line; the figures come from
`monsms_core.sending.recurring_cost`."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from monsms_core.client.models import CampaignDetails
from monsms_core.sending import (
    Schedule,
    SendPlan,
    campaign_recurring_cost,
    describe_recurring_cost,
    plan_recurring_cost,
    recurring_cost_rows,
    schedule_recurring_cost,
)
from ui.runtime.fetched import Fetched
from ui.shell.i18n import current_language

_ICON = ":material/event_repeat:"


def plan_note(total_credits: int, recipients: int, schedule: Schedule, balance: Fetched) -> None:
    """Under the composer's cost: per run, per week, per month, and how many runs the balance pays."""
    cost = schedule_recurring_cost(total_credits, schedule)
    if cost is None or not recipients:
        return
    known = int(balance.value) if balance.ok and balance.value is not None else None
    st.info(describe_recurring_cost(cost, current_language(), known), icon=_ICON)


def plan_rows(plan: SendPlan) -> list[tuple[str, str]]:
    """Rows for the confirmation's summary list (none unless the send repeats every week)."""
    cost = plan_recurring_cost(plan)
    return [] if cost is None else recurring_cost_rows(cost, current_language())


def campaign_note(campaigns: Sequence[CampaignDetails]) -> None:
    """On a campaign's detail page: what the recurring send costs per run, week and month."""
    cost = campaign_recurring_cost(campaigns)
    if cost is not None:
        st.info(describe_recurring_cost(cost, current_language()), icon=_ICON)
