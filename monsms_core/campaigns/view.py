"""The campaigns of an account as pandas tables: one row per API campaign, joined with the dashboard's
outbox (who sent it from here, who approved it), then one row per *send* — a personalised send is
several API campaigns (one per distinct text) and is shown as one. Filters, search and the chart
aggregates (`campaigns_stats`) all work on these frames, so a page builds them once (cached) and
filters in memory on every rerun.

    frame = campaigns_frame(client.campaigns.iterate(count=1000))
    sends = group_sends(link_outbox(frame, store.outbox.list(limit=50_000), approvers))
    shown = apply_filters(sends, CampaignFilters(types=("SMS",), text="tabaski"))
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
import pandas as pd

from monsms_core.client.models import Campaign, CampaignStats
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.sending.tags import tags_in
from monsms_core.store import OutboxEntry

TYPES: tuple[str, ...] = ("SMS", "FLASH", "SCHEDULED", "RECURRING")
# Delivery states, in the order a person scans them; the same codes as the home page's.
STATES: tuple[str, ...] = (
    "scheduled", "paused", "recurring", "pending", "delivered", "partial", "failed", "unknown",
)  # fmt: skip
# The filter value standing for "sent outside this dashboard" (API, another tool, the vendor's site).
OUTSIDE = ""
_COUNTS = ("recipients", "parts", "credits", "total", "sent", "failed", "pending")
SEND_COLUMNS = (
    "send_id", "campaign_ids", "name", "text", "type", "sender", "created_at", "scheduled_at", *_COUNTS,
    "is_enabled", "created_by", "approved_by", "outbox_id", "campaigns", "state", "title", "search",
)  # fmt: skip
# "Promo Tabaski (2/3) · #a1b2c3d4" → "Promo Tabaski": the chunk number and tag are the dashboard's.
_CHUNK_SUFFIX = re.compile(r"\s*\(\d+/\d+\)\s*$")
_TAG_SUFFIX = re.compile(r"\s*·?\s*#[0-9a-f]{8}\s*$")


def display_name(name: str | None) -> str:
    """A campaign name without the dashboard's chunk number and idempotency tag."""
    cleaned = _TAG_SUFFIX.sub("", name or "")
    return _CHUNK_SUFFIX.sub("", cleaned).strip()


def send_title(name: str | None, text: str | None, limit: int = 48) -> str:
    """What to call a send: its name, else the start of its message in quotes ("" when both are empty)."""
    cleaned = display_name(name)
    if cleaned:
        return cleaned
    words = " ".join((text or "").split())
    if not words:
        return ""
    return f"« {words[:limit].rstrip()}… »" if len(words) > limit else f"« {words} »"


def fold(text: str) -> str:
    """Lower case without accents, so "ecole" finds "École"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _stats(campaign: Campaign) -> CampaignStats | None:
    if campaign.stats is not None:
        return campaign.stats
    extra = campaign.extra.get("stats")
    return CampaignStats.from_api(extra) if isinstance(extra, Mapping) else None


def _sender_name(campaign: Campaign, names: Mapping[str, str]) -> str:
    sender = getattr(campaign, "sender", None)
    if sender is not None and sender.name:
        return str(sender.name)
    return names.get(campaign.sender_id or "", "")


def campaigns_frame(
    campaigns: Iterable[Campaign],
    now: datetime | None = None,
    sender_names: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """One row per API campaign: id, name (cleaned), raw_name, text, type, sender, created_at,
    scheduled_at (UTC), recipients, parts, credits, total/sent/failed/pending (nullable ints),
    is_enabled, status (the API's, upper case), tag (the dashboard's idempotency tag or ""), state.

    `sender` is the name of the details' `sender` object, else `sender_names[senderId]` (an answer's
    `senderId` is the sender's row id, never its name), else ""."""
    names = sender_names or {}
    rows: list[tuple[Any, ...]] = []
    for c in campaigns:
        stats = _stats(c)
        tags = sorted(tags_in(c.name))
        rows.append(
            (
                c.id or "",
                c.name or "",
                c.text or "",
                (c.type or "SMS").upper(),
                _sender_name(c, names),
                c.created_at,
                c.scheduled_date,
                c.contact_count if c.contact_count is not None else c.contacts_total,
                c.sms_count,
                c.credit_used,
                *(getattr(stats, k, None) if stats else None for k in ("total", "sent", "failed", "pending")),
                c.is_enabled,
                (c.status or str(c.extra.get("status") or "")).upper(),
                tags[0] if tags else "",
            )
        )
    columns = [
        "id", "raw_name", "text", "type", "sender", "created_at", "scheduled_at", "recipients", "parts",
        "credits", "total", "sent", "failed", "pending", "is_enabled", "status", "tag",
    ]  # fmt: skip
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for column in ("created_at", "scheduled_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True)
    for column in _COUNTS:
        frame[column] = pd.array(frame[column], dtype="Int64")
    frame["is_enabled"] = pd.array(frame["is_enabled"], dtype="boolean")
    for column in ("id", "raw_name", "text", "type", "sender", "status", "tag"):
        frame[column] = frame[column].astype(str)
    frame.insert(1, "name", frame["raw_name"].map(display_name))
    frame["state"] = delivery_states(frame, now)
    return frame


def delivery_state(campaign: Campaign, now: datetime | None = None) -> str:
    """One campaign's delivery state (see STATES), by the same rule as the Campaigns page's table: the
    home page and the Campaigns page never disagree about a send."""
    return str(campaigns_frame([campaign], now)["state"].iloc[0])


def delivery_states(frame: pd.DataFrame, now: datetime | None = None) -> pd.Series:
    """Each row's delivery state (see STATES), from its type, schedule, switch and counters."""
    moment = pd.Timestamp(now or datetime.now(UTC))
    kind = frame["type"]
    future = frame["scheduled_at"].notna() & (frame["scheduled_at"] > moment)
    disabled = frame["is_enabled"].eq(False).fillna(False).to_numpy(dtype=bool)
    total = frame["total"].fillna(0).to_numpy(dtype="int64")
    pending = frame["pending"].fillna(0).to_numpy(dtype="int64")
    failed = frame["failed"].fillna(0).to_numpy(dtype="int64")
    status = frame["status"]
    waiting = (kind.isin(("SCHEDULED", "RECURRING")).to_numpy() & disabled) & (
        future.to_numpy() | kind.eq("RECURRING").to_numpy()
    )
    has_stats = total > 0
    choices = [
        waiting,
        (kind.eq("SCHEDULED") & future).to_numpy(),
        kind.eq("RECURRING").to_numpy(),
        has_stats & (pending > 0),
        has_stats & (failed >= total),
        has_stats & (failed > 0),
        has_stats,
        status.isin(("SENT", "DELIVERED")).to_numpy(),
        status.eq("FAILED").to_numpy(),
        status.eq("PENDING").to_numpy(),
    ]
    labels = ["paused", "scheduled", "recurring", "pending", "failed", "partial", "delivered",
              "delivered", "failed", "pending"]  # fmt: skip
    return pd.Series(np.select(choices, labels, default="unknown"), index=frame.index, dtype=str)


def link_outbox(
    frame: pd.DataFrame, entries: Iterable[OutboxEntry], approvers: Mapping[int, str] | None = None
) -> pd.DataFrame:
    """`frame` with the dashboard's side of each campaign: outbox_id, created_by (who sent it from
    here, "" = outside the dashboard), approved_by (the reviewer, "" when none), template (the text
    as typed, before personalisation) and chunk (its place in the send). Campaigns are matched by the
    ids the outbox recorded. A campaign the API lists without a `name` (the vendor's models have none)
    gets the send's name from the outbox."""
    by_campaign: dict[str, tuple[int, str, str, int, str]] = {}
    for entry in entries:
        payload = entry.payload if isinstance(entry.payload, dict) else {}
        template, name = str(payload.get("template") or ""), " ".join(str(payload.get("name") or "").split())
        for chunk, campaign_id in enumerate(entry.campaign_ids or []):
            if campaign_id:
                by_campaign[str(campaign_id)] = (entry.id, entry.created_by, template, chunk, name)
    linked = [by_campaign.get(campaign_id) for campaign_id in frame["id"]]
    result = frame.copy()
    result["outbox_id"] = pd.array([link[0] if link else None for link in linked], dtype="Int64")
    result["chunk"] = pd.array([link[3] if link else None for link in linked], dtype="Int64")
    result["created_by"] = [link[1] if link else OUTSIDE for link in linked]
    result["template"] = [
        link[2] if link and link[2] else text for link, text in zip(linked, frame["text"], strict=True)
    ]
    result["name"] = [
        name or (link[4] if link else "") for link, name in zip(linked, frame["name"], strict=True)
    ]
    approved = approvers or {}
    result["approved_by"] = [approved.get(link[0], "") if link else "" for link in linked]
    return result


def group_sends(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per send: the campaigns of one outbox entry together, any other campaign alone.

    Columns: send_id ("o<outbox id>" or "c<campaign id>"), campaign_ids (tuple, chunk order),
    campaigns, name, text (the template), type, sender, created_at (the first), scheduled_at, the
    counters summed (parts: the largest), state (the least finished of its campaigns), is_enabled,
    created_by, approved_by, outbox_id, title (`send_title`), search (folded name, text and sender, for
    `apply_filters`).
    """
    if "outbox_id" not in frame:
        frame = link_outbox(frame, [])
    if frame.empty:
        return pd.DataFrame(columns=SEND_COLUMNS)
    keys = np.where(frame["outbox_id"].isna(), "c" + frame["id"], "o" + frame["outbox_id"].astype(str))
    rank = frame["state"].map({state: index for index, state in enumerate(STATES)})
    # Within a send, chunk order (the order the outbox recorded them in); the rest by creation time.
    ordered = frame.assign(send_id=keys, rank=rank).sort_values(["chunk", "created_at"], kind="stable")
    grouped = ordered.groupby("send_id", sort=False)
    sends = grouped.agg(
        campaign_ids=("id", tuple),
        name=("name", "first"),
        text=("template", "first"),
        type=("type", "first"),
        sender=("sender", "first"),
        created_at=("created_at", "min"),
        scheduled_at=("scheduled_at", "min"),
        recipients=("recipients", "sum"),
        parts=("parts", "max"),
        credits=("credits", "sum"),
        total=("total", "sum"),
        sent=("sent", "sum"),
        failed=("failed", "sum"),
        pending=("pending", "sum"),
        is_enabled=("is_enabled", "first"),
        created_by=("created_by", "first"),
        approved_by=("approved_by", "first"),
        outbox_id=("outbox_id", "first"),
        rank=("rank", "min"),
    ).reset_index()
    sends["campaigns"] = sends["campaign_ids"].map(len)
    least = sends.pop("rank").map(dict(enumerate(STATES)))
    sends["state"] = [
        settled_state(state, total, failed)
        for state, total, failed in zip(least, sends["total"], sends["failed"], strict=True)
    ]
    sends["title"] = [send_title(name, text) for name, text in zip(sends["name"], sends["text"], strict=True)]
    sends["search"] = (sends["name"] + "\n" + sends["text"] + "\n" + sends["sender"]).map(fold)
    ordered_sends = sends.sort_values("created_at", ascending=False, kind="stable").reset_index(drop=True)
    return ordered_sends[list(SEND_COLUMNS)]


def settled_state(least: str, total: Any, failed: Any) -> str:
    """A send's state from its campaigns' least finished one (`least`) and its summed counters: once
    every campaign has finished, the whole send is delivered, partly delivered or failed by its own
    totals — one text partly failed makes the send "partial", not "delivered"."""
    if least not in ("delivered", "partial", "failed") or pd.isna(total) or not int(total):
        return least
    lost = 0 if pd.isna(failed) else int(failed)
    return "failed" if lost >= int(total) else "partial" if lost else "delivered"


def send_state(campaigns: pd.DataFrame) -> str:
    """The state of one send made of `campaigns` (rows of `campaigns_frame`), by `settled_state`."""
    least = min(campaigns["state"], key=STATES.index)
    return settled_state(least, campaigns["total"].fillna(0).sum(), campaigns["failed"].fillna(0).sum())


@dataclass(frozen=True)
class CampaignFilters:
    """What the campaigns page filters on; empty tuples and None mean "everything"."""

    start: date | None = None  # inclusive, Abidjan calendar day
    end: date | None = None  # inclusive
    types: tuple[str, ...] = ()
    senders: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()  # dashboard usernames; OUTSIDE for sends made elsewhere
    text: str = ""


def apply_filters(sends: pd.DataFrame, filters: CampaignFilters) -> pd.DataFrame:
    """The rows of `sends` (from `group_sends`) that pass every filter, in the same order."""
    keep = np.ones(len(sends), dtype=bool)
    created = sends["created_at"]
    if filters.start is not None:
        keep &= (created >= _day_start(filters.start)).fillna(False).to_numpy(dtype=bool)
    if filters.end is not None:
        keep &= (created < _day_start(filters.end + timedelta(days=1))).fillna(False).to_numpy(dtype=bool)
    for column, wanted in (
        ("type", filters.types),
        ("sender", filters.senders),
        ("state", filters.states),
        ("created_by", filters.authors),
    ):
        if wanted:
            keep &= sends[column].isin(wanted).to_numpy()
    words = fold(filters.text).split()
    for word in words:
        keep &= sends["search"].str.contains(word, regex=False).to_numpy(dtype=bool)
    return sends[keep]


def _day_start(day: date) -> pd.Timestamp:
    return pd.Timestamp(datetime(day.year, day.month, day.day, tzinfo=ABIDJAN))


def choices(sends: pd.DataFrame) -> dict[str, list[str]]:
    """The values each filter can take on this account: senders, authors, types and states present."""
    return {
        "senders": sorted(s for s in sends["sender"].unique() if s),
        "authors": sorted(a for a in sends["created_by"].unique() if a),
        "types": [t for t in TYPES if t in set(sends["type"])],
        "states": [s for s in STATES if s in set(sends["state"])],
    }
