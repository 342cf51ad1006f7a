"""Handing a message and its recipients to the composer (app_pages/send/send.py): "send again",
"duplicate as draft" (campaign detail page) and "edit and resubmit" (a send returned by a reviewer).

The contract with the composer is one session-state key, COMPOSE_PREFILL_KEY, holding a dict:
    mode          "again" | "duplicate" | "resubmit"
    text          the message (the template as typed when the dashboard knows it, else the API's text)
    recipients    [{"phone": "2250707123456", "fields": {"prénom": "Awa", ...}}, ...]: the fields of a
                  personalised text are read back from what each person received
                  (monsms_core.campaigns.handoff)
    sender_id     the sender name, or None for the account's default
    send_type     "SMS" | "FLASH"
    name          the send's name
    source_campaign_ids   the API campaigns it came from ([] for a review)
    review_id     the review to `review.resubmit` (mode "resubmit" only), else None
    send_key      the review's send key (mode "resubmit" only: the composer adopts it as its draft key,
                  so its confirmation resubmits that review), else None
    fallbacks     {field: value for empty fields} as the send had them ({} when unknown)
    schedule      the frozen schedule of a review ({"kind": "now"|"once"|"weekly", …}, see
                  sending.schedule_to_payload); None for "again"/"duplicate", which start as "now"
The composer (ui.composer.prefill) pops the key when it reads it, so a later visit starts empty: "again"
and "duplicate" get a NEW draft key (a new send), "resubmit" the review's. For "resubmit" the composer is
also opened with `?draft=<send_key>`. Nothing is sent without the composer's confirmation dialog.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import streamlit as st

from monsms_core.campaigns import handed_recipients
from monsms_core.client.models import CampaignDetails
from monsms_core.composer import contact_fields
from ui.shell.registry import page_spec

COMPOSE_PREFILL_KEY = "compose_prefill"
COMPOSER_PAGE = "app_pages/send/send.py"


def composer_available() -> bool:
    """Whether the composer page exists in this version of the dashboard."""
    return page_spec(COMPOSER_PAGE) is not None


def recipients_of(campaigns: Iterable[CampaignDetails], template: str) -> list[dict[str, Any]]:
    """Distinct recipients of the campaigns, in order: the contact's names the API kept, and the fields
    of `template` as each campaign's text shows them (a personalised send is one campaign per text)."""
    return handed_recipients(
        template,
        (
            (campaign.text or "", ((c.phone or "", contact_fields(c)) for c in campaign.contacts))
            for campaign in campaigns
        ),
    )


def hand_over(
    mode: str,
    *,
    text: str,
    recipients: Sequence[dict[str, Any]],
    sender_id: str | None,
    send_type: str,
    name: str,
    source_campaign_ids: Sequence[str] = (),
    review_id: int | None = None,
    send_key: str | None = None,
    fallbacks: Mapping[str, str] | None = None,
    schedule: Mapping[str, Any] | None = None,
) -> None:
    """Fill the composer's prefill key and open the composer (when it exists)."""
    st.session_state[COMPOSE_PREFILL_KEY] = {
        "mode": mode,
        "text": text,
        "recipients": list(recipients),
        "sender_id": sender_id or None,
        "send_type": send_type if send_type in ("SMS", "FLASH") else "SMS",
        "name": name,
        "source_campaign_ids": list(source_campaign_ids),
        "review_id": review_id,
        "send_key": send_key,
        "fallbacks": dict(fallbacks or {}),
        "schedule": dict(schedule) if schedule else None,
    }
    if composer_available():
        st.switch_page(COMPOSER_PAGE, query_params={"draft": send_key} if send_key else None)
