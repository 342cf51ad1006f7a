"""Who a send reached, as its detail page and its export show them: one row per number with the person's
name (read from the campaign, else looked up in the account's contacts), the number as people write it,
and what is really known of that number's fate.

What the API tells (contract): per campaign, counts of delivered, failed and pending messages — not which
number is which. A number's own state is therefore shown only when the API gave it, or when every message
of its campaign ended the same way (all delivered, all failed, all still waiting); otherwise it is
"unknown" and the page says what the counts are (`unknown_fate_note`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from monsms_core.campaigns.view import fold
from monsms_core.client.models import CampaignDetails
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number
from monsms_core.phones import pretty_phone

RECIPIENT_COLUMNS = ("phone", "name", "campaign", "status", "known", "search")
# Per-recipient status keys some API answers carry on a campaign's contacts (the contract has none).
_STATUS_KEYS = ("status", "deliveryStatus", "delivery_status", "state")
# Their values in the delivery-state vocabulary of `campaigns.view.STATES`.
_OWN_STATES = {"SENT": "delivered", "DELIVERED": "delivered", "FAILED": "failed", "REJECTED": "failed",
               "UNDELIVERED": "failed", "PENDING": "pending", "QUEUED": "pending"}  # fmt: skip
# Campaign states in which nothing has left yet: every number shares them.
_NOT_YET_SENT = ("scheduled", "paused", "recurring")


def person_name(name: str | None, first_name: str | None, last_name: str | None) -> str:
    """What to call a contact: first and last names together, else the name field, else ""."""
    joined = " ".join(part.strip() for part in (first_name or "", last_name or "") if part and part.strip())
    return joined or " ".join((name or "").split())


def names_by_phone(contacts: pd.DataFrame) -> dict[str, str]:
    """Each phone's person name from a contacts frame (columns phone, name, first_name, last_name, as the
    contacts index holds them); when a phone was stored twice, the first contact having a name wins."""
    names: dict[str, str] = {}
    for phone, name, first, last in zip(
        contacts["phone"], contacts["name"], contacts["first_name"], contacts["last_name"], strict=True
    ):
        if phone and phone not in names and (shown := person_name(name, first, last)):
            names[str(phone)] = shown
    return names


def _count(value: Any) -> int:
    """A nullable counter as an int (0 when the API gave none)."""
    return 0 if value is None or pd.isna(value) else int(value)


def _shared_state(campaign: Mapping[str, Any]) -> str:
    """The state every number of one campaign is known to share, or "unknown" when the counts mix."""
    state = str(campaign.get("state") or "unknown")
    if state in _NOT_YET_SENT:
        return state
    total = _count(campaign.get("total"))
    if total:
        for column, shared in (("sent", "delivered"), ("failed", "failed"), ("pending", "pending")):
            if _count(campaign.get(column)) >= total:
                return shared
        return "unknown"
    # No counts: the API's overall status (SENT, FAILED, PENDING) applies to the whole campaign.
    return state if state in ("delivered", "failed", "pending") else "unknown"


def recipients_frame(
    details: Iterable[CampaignDetails], campaigns: pd.DataFrame, names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """The people a send reached, one row per phone and campaign (RECIPIENT_COLUMNS): phone (API form),
    name (the campaign's own, else `names[phone]`), campaign (1-based text number), status (a state of
    `campaigns.view.STATES`, "unknown" when the API cannot tell), known (True when that number's own fate
    is known) and search (folded name and phone forms, for `search_recipients`).

    `campaigns` is `campaigns_frame(details)` (one row per campaign: id, state and delivery counts)."""
    lookup = names or {}
    by_id = {str(row["id"]): row for row in campaigns.to_dict("records")}
    rows: list[tuple[str, str, int, str, bool]] = []
    for number, campaign in enumerate(details, start=1):
        shared = _shared_state(by_id.get(campaign.id or "", {}))
        for contact in campaign.contacts:
            phone = contact.phone or ""
            own = next((str(contact.extra[k]) for k in _STATUS_KEYS if contact.extra.get(k)), "")
            name = person_name(contact.name, contact.first_name, contact.last_name) or lookup.get(phone, "")
            status = _OWN_STATES.get(own.upper(), "unknown") if own else shared
            rows.append((phone, name, number, status, status != "unknown"))
    frame = pd.DataFrame.from_records(rows, columns=list(RECIPIENT_COLUMNS[:-1]))
    national = frame["phone"].map(pretty_phone).str.replace(" ", "")
    haystack = frame["name"] + " " + frame["phone"] + " " + national
    frame["search"] = haystack.map(fold)
    return frame


def search_recipients(frame: pd.DataFrame, text: str) -> pd.DataFrame:
    """The rows whose name or number contains every word of `text`, accents and case ignored; a number
    may be typed as people write it ("07 07 12", "+225 0707…") or in the API's form."""
    folded = fold(text)
    digits = "".join(ch for ch in folded if ch.isdigit())
    if digits and all(ch.isdigit() or ch in " +.-/()" for ch in folded):
        words = [digits[3:] if digits.startswith("225") and len(digits) > 3 else digits]
    else:
        words = folded.split()
    keep = np.ones(len(frame), dtype=bool)
    for word in words:
        keep &= frame["search"].str.contains(word, regex=False).to_numpy(dtype=bool)
    return frame[keep]


def person_state_label(status: str, lang: str) -> str:
    """A number's state in words ("Distribué", "Échec", "Non précisé par l'API" …)."""
    return translate(f"campaign_view.person.{status}", lang)


def recipients_table(recipients: pd.DataFrame, lang: str, *, several_texts: bool) -> pd.DataFrame:
    """The recipients as the page and the exports show them: number "07 07 12 34 56", name, the text
    number when the send had several texts, state in words. No internal columns."""

    def label(key: str) -> str:
        return translate(f"campaign.recipients.col.{key}", lang)

    table: dict[str, Any] = {
        label("phone"): [pretty_phone(p) for p in recipients["phone"]],
        label("name"): recipients["name"].to_numpy(),
    }
    if several_texts:
        table[label("campaign")] = recipients["campaign"].to_numpy()
    table[label("status")] = [person_state_label(s, lang) for s in recipients["status"]]
    return pd.DataFrame(table)


def delivery_counts(campaigns: pd.DataFrame) -> dict[str, int]:
    """What the API tells of a send's delivery: total, sent, failed and pending messages, summed over its
    campaigns (`campaigns_frame` rows); total falls back to the recipients count."""
    counts = {c: int(campaigns[c].fillna(0).sum()) for c in ("total", "sent", "failed", "pending")}
    counts["total"] = counts["total"] or int(campaigns["recipients"].fillna(0).sum())
    return counts


def unknown_fate_note(recipients: pd.DataFrame, campaigns: pd.DataFrame, lang: str) -> str | None:
    """The sentence saying what the API can tell when some numbers' own fate is unknown, None when every
    number's state is known."""
    if recipients.empty or bool(recipients["known"].all()):
        return None
    counts = delivery_counts(campaigns)
    return translate(
        "campaign_view.unknown_fate", lang, **{k: format_number(v, lang) for k, v in counts.items()}
    )
