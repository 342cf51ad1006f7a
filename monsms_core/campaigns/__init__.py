"""Sends as people see them: the campaigns list and detail as tables, one delivery state, figures and
charts data, the hand-off of a past send back to the composer, and pausing or moving a scheduled send."""

from __future__ import annotations

from monsms_core.campaigns.actions import SendAction, adjustable, reschedule, set_paused, set_recurrence
from monsms_core.campaigns.handoff import as_recipients, handed_recipients, recover_fields
from monsms_core.campaigns.lines import (
    LINE_COLUMNS,
    outbox_sends,
    send_label,
    send_lines,
    shows_internal_ids,
)
from monsms_core.campaigns.recipients import (
    delivery_counts,
    names_by_phone,
    person_name,
    person_state_label,
    recipients_frame,
    recipients_table,
    search_recipients,
    unknown_fate_note,
)
from monsms_core.campaigns.stats import (
    delivery_rate,
    delivery_rates,
    display_phone,
    per_period,
    sends_export,
    top_senders,
    totals,
)
from monsms_core.campaigns.view import (
    OUTSIDE,
    STATES,
    CampaignFilters,
    apply_filters,
    campaigns_frame,
    choices,
    delivery_state,
    display_name,
    group_sends,
    link_outbox,
    send_state,
    send_title,
    settled_state,
)

__all__ = [
    "LINE_COLUMNS",
    "OUTSIDE",
    "STATES",
    "CampaignFilters",
    "SendAction",
    "adjustable",
    "apply_filters",
    "as_recipients",
    "campaigns_frame",
    "choices",
    "delivery_counts",
    "delivery_rate",
    "delivery_rates",
    "delivery_state",
    "display_name",
    "display_phone",
    "group_sends",
    "handed_recipients",
    "link_outbox",
    "names_by_phone",
    "outbox_sends",
    "per_period",
    "person_name",
    "person_state_label",
    "recipients_frame",
    "recipients_table",
    "recover_fields",
    "reschedule",
    "search_recipients",
    "send_label",
    "send_lines",
    "send_state",
    "send_title",
    "sends_export",
    "set_paused",
    "set_recurrence",
    "settled_state",
    "shows_internal_ids",
    "top_senders",
    "totals",
    "unknown_fate_note",
]
