"""Figures over the sends of `campaigns_view.group_sends`: totals, messages and credits per day or week,
the delivery rate, the top senders, and a send's recipients as a table. Pure pandas, for the charts and
exports of the campaigns pages."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

import numpy as np
import pandas as pd

from monsms_core.i18n import translate
from monsms_core.i18n.formatting import ABIDJAN

Period = Literal["day", "week"]


def display_phone(phone: str) -> str:
    """An API phone as people read it: "2250707123456" → "+225 07 07 12 34 56" (other countries: "+" and
    the digits)."""
    if len(phone) == 13 and phone.startswith("225") and phone.isdigit():
        national = phone[3:]
        return "+225 " + " ".join(national[i : i + 2] for i in range(0, 10, 2))
    return f"+{phone}" if phone.isdigit() else phone


def delivery_rate(sent: float, failed: float) -> float | None:
    """Share of finished messages that were delivered (0..1), None when none has finished."""
    finished = sent + failed
    return float(sent) / finished if finished else None


def delivery_rates(sends: pd.DataFrame) -> pd.Series:
    """Each send's delivered share in percent (0–100) among its finished messages, NaN while none has
    finished: the Campaigns page's "rate" column, the per-row counterpart of `delivery_rate`."""
    finished = (sends["sent"] + sends["failed"]).astype("Float64")
    return (100 * sends["sent"].astype("Float64") / finished.where(finished > 0)).astype(float)


def totals(sends: pd.DataFrame) -> dict[str, Any]:
    """sends, campaigns, messages (recipients), credits, sent, failed, pending and rate (0..1 or None)."""
    sent, failed = int(sends["sent"].sum()), int(sends["failed"].sum())
    return {
        "sends": len(sends),
        "campaigns": int(sends["campaigns"].sum()) if len(sends) else 0,
        "messages": int(sends["recipients"].sum()),
        "credits": int(sends["credits"].sum()),
        "sent": sent,
        "failed": failed,
        "pending": int(sends["pending"].sum()),
        "rate": delivery_rate(sent, failed),
    }


def local_day(created_at: pd.Series) -> pd.Series:
    """Each moment's calendar day in Abidjan, as a naive midnight timestamp."""
    return created_at.dt.tz_convert(ABIDJAN).dt.tz_localize(None).dt.normalize()


def _summed_by(sends: pd.DataFrame, name: str, keys: pd.Series) -> pd.DataFrame:
    """sends, messages, credits, sent and failed per value of `keys` (indexed by `name`; rows without a
    key are left out)."""
    frame = pd.DataFrame(
        {
            name: keys,
            "messages": sends["recipients"].fillna(0).astype("int64"),
            "credits": sends["credits"].fillna(0).astype("int64"),
            "sent": sends["sent"].fillna(0).astype("int64"),
            "failed": sends["failed"].fillna(0).astype("int64"),
        }
    ).dropna(subset=[name])
    return frame.groupby(name).agg(
        sends=("messages", "size"),
        messages=("messages", "sum"),
        credits=("credits", "sum"),
        sent=("sent", "sum"),
        failed=("failed", "sum"),
    )


def _with_rate(summed: pd.DataFrame) -> pd.DataFrame:
    """`summed` with its delivery rate: sent / (sent + failed), NaN where nothing finished."""
    finished = summed["sent"] + summed["failed"]
    summed["rate"] = np.where(finished > 0, summed["sent"] / finished.where(finished > 0, 1), np.nan)
    return summed


def per_period(
    sends: pd.DataFrame, period: Period = "day", *, start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """One row per day (or week, starting Monday) from `start` to `end` (default: the data's span),
    days without sends included as zeros: period, sends, messages, credits, sent, failed, rate (0..1,
    NaN when nothing finished)."""
    columns = ["period", "sends", "messages", "credits", "sent", "failed", "rate"]
    day = local_day(sends["created_at"])
    if period == "week":
        day = day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    summed = _summed_by(sends, "period", day)
    first = pd.Timestamp(start) if start else (summed.index.min() if len(summed) else None)
    last = pd.Timestamp(end) if end else (summed.index.max() if len(summed) else None)
    if first is None or last is None or first > last:
        return pd.DataFrame({name: [] for name in columns})
    if period == "week":
        first -= pd.Timedelta(days=first.weekday())
        last -= pd.Timedelta(days=last.weekday())
    index = pd.date_range(first, last, freq="W-MON" if period == "week" else "D", name="period")
    summed = _with_rate(summed.reindex(index, fill_value=0).astype("int64"))
    return summed.reset_index()[columns]


def top_senders(sends: pd.DataFrame, limit: int = 5, *, default_label: str = "") -> pd.DataFrame:
    """The senders that sent the most messages: sender, sends, messages, credits, rate; "" (no sender
    name: the account's default) is shown as `default_label`."""
    senders = sends["sender"].where(sends["sender"] != "", default_label)
    summed = _with_rate(_summed_by(sends, "sender", senders))
    ordered = summed.sort_values(["messages", "sends"], ascending=False).head(limit)
    return ordered.reset_index()[["sender", "sends", "messages", "credits", "rate"]]


def _local_times(moments: pd.Series, as_text: bool) -> pd.Series:
    local = moments.dt.tz_convert(ABIDJAN).dt.tz_localize(None).dt.floor("min")
    return local.dt.strftime("%d/%m/%Y %H:%M").fillna("") if as_text else local


def sends_export(
    sends: pd.DataFrame,
    lang: str,
    user_names: Mapping[str, str],
    *,
    dates_as_text: bool = False,
    with_ids: bool = False,
) -> pd.DataFrame:
    """The sends as a spreadsheet: human column names and values in `lang`, one row per send. Dates are
    Abidjan time (as text "dd/mm/yyyy hh:mm" when `dates_as_text`, e.g. for CSV). The API's campaign ids
    are a column only `with_ids` (administrators: `accounts.can(role, "see_internal_ids")`)."""

    def label(key: str) -> str:
        return translate(f"campaigns.col.{key}", lang)

    outside = translate("campaigns.outside", lang)
    table = pd.DataFrame(
        {
            label("date"): _local_times(sends["created_at"], dates_as_text),
            label("name"): sends["name"],
            label("message"): sends["text"],
            label("sender"): sends["sender"],
            label("type"): [translate(f"campaigns.type.{t.lower()}", lang) for t in sends["type"]],
            label("recipients"): sends["recipients"],
            label("parts"): sends["parts"],
            label("credits"): sends["credits"],
            label("sent"): sends["sent"],
            label("failed"): sends["failed"],
            label("pending"): sends["pending"],
            label("state"): [translate(f"campaigns.state.{s}", lang) for s in sends["state"]],
            label("scheduled"): _local_times(sends["scheduled_at"], dates_as_text),
            label("created_by"): [user_names.get(a, a) if a else outside for a in sends["created_by"]],
            label("approved_by"): [user_names.get(a, a) for a in sends["approved_by"]],
        }
    )
    if with_ids:
        table[label("campaign_ids")] = [", ".join(ids) for ids in sends["campaign_ids"]]
    return table
