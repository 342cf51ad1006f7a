"""Handing a message and its recipients to the composer (app_pages/send.py): "send again", "duplicate as
draft" (campaign detail page) and "edit and resubmit" (a send returned by a reviewer).

The contract with the composer is one session-state key, COMPOSE_PREFILL_KEY, holding a dict:
    mode          "again" | "duplicate" | "resubmit"
    text          the message (the template as typed when the dashboard knows it, else the API's text)
    recipients    [{"phone": "2250707123456", "fields": {"nom": "Awa Koné", ...}}, ...]
    sender_id     the sender name, or None for the account's default
    send_type     "SMS" | "FLASH"
    name          the send's name
    source_campaign_ids   the API campaigns it came from ([] for a review)
    review_id     the review to `review.resubmit` (mode "resubmit" only), else None
    send_key      the review's send key (mode "resubmit" only: the composer should adopt it as its draft
                  key, so its confirmation resubmits that review), else None
The composer pops the key when it reads it (so a later visit starts empty). For "resubmit" the composer
is also opened with `?draft=<send_key>`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import streamlit as st

from monsms_core.models import CampaignDetails
from ui.registry import page_spec

COMPOSE_PREFILL_KEY = "compose_prefill"
COMPOSER_PAGE = "app_pages/send.py"


def composer_available() -> bool:
    """Whether the composer page exists in this version of the dashboard."""
    return page_spec(COMPOSER_PAGE) is not None


def recipients_of(campaigns: Iterable[CampaignDetails]) -> list[dict[str, Any]]:
    """Distinct recipients of the campaigns, with the fields the API kept (names), in order."""
    seen: set[str] = set()
    people: list[dict[str, Any]] = []
    for campaign in campaigns:
        for contact in campaign.contacts:
            if not contact.phone or contact.phone in seen:
                continue
            seen.add(contact.phone)
            fields = {
                key: value
                for key, value in (
                    ("nom", contact.name),
                    ("prenom", contact.first_name),
                    ("nom_de_famille", contact.last_name),
                )
                if value
            }
            people.append({"phone": contact.phone, "fields": fields})
    return people


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
    }
    if composer_available():
        st.switch_page(COMPOSER_PAGE, query_params={"draft": send_key} if send_key else None)
