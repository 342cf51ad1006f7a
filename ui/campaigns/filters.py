"""The filter bar of the campaigns page: period, search, type, state, sender and author. Widgets only;
the filtering itself is `monsms_core.campaigns.view.apply_filters`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

import pandas as pd
import streamlit as st

from monsms_core.campaigns import OUTSIDE, CampaignFilters, choices
from monsms_core.i18n.formatting import ABIDJAN
from ui.shell.i18n import tr

PERIODS: dict[str, int | None] = {"7d": 7, "30d": 30, "90d": 90, "365d": 365, "all": None, "custom": None}
DEFAULT_PERIOD = "90d"
KEY = "campaigns_filter_"


def today() -> date:
    """Today's date in Abidjan."""
    return datetime.now(ABIDJAN).date()


def state_label(state: str) -> str:
    """A delivery state as shown in tables and filters."""
    return tr(f"campaigns.state.{state}")


# Badge colour and icon of each delivery state.
_BADGES = {
    "scheduled": ("violet", ":material/schedule:"),
    "paused": ("gray", ":material/pause_circle:"),
    "recurring": ("violet", ":material/repeat:"),
    "pending": ("blue", ":material/hourglass_top:"),
    "delivered": ("green", ":material/check_circle:"),
    "partial": ("orange", ":material/warning:"),
    "failed": ("red", ":material/error:"),
    "unknown": ("gray", ":material/help:"),
}


def state_badge(state: str) -> str:
    """A delivery state as a coloured badge, in Streamlit markdown (for a heading or a line of text)."""
    colour, icon = _BADGES.get(state, _BADGES["unknown"])
    return f":{colour}-badge[{icon} {state_label(state)}]"


def type_label(kind: str) -> str:
    """A campaign type as shown in tables and filters."""
    return tr(f"campaigns.type.{kind.lower()}")


def _period(sends: pd.DataFrame) -> tuple[date | None, date | None]:
    choice = st.segmented_control(
        tr("campaigns.filter.period"),
        list(PERIODS),
        format_func=lambda code: tr(f"campaigns.period.{code}"),
        default=DEFAULT_PERIOD,
        required=True,
        key=KEY + "period",
    )
    end = today()
    if choice == "custom":
        oldest = sends["created_at"].min()
        first = oldest.tz_convert(ABIDJAN).date() if pd.notna(oldest) else end - timedelta(days=30)
        picked = st.date_input(
            tr("campaigns.filter.dates"),
            value=(max(first, end - timedelta(days=30)), end),
            format="DD/MM/YYYY",
            key=KEY + "dates",
        )
        if isinstance(picked, tuple) and len(picked) == 2:
            return picked[0], picked[1]
        if isinstance(picked, tuple) and len(picked) == 1:
            return picked[0], picked[0]
        return None, None
    days = PERIODS.get(choice or DEFAULT_PERIOD)
    return (end - timedelta(days=days - 1), end) if days else (None, None)


def filter_bar(sends: pd.DataFrame, user_names: Mapping[str, str]) -> tuple[CampaignFilters, str]:
    """Draw the filters for `sends`; returns the filters and the period code chosen."""
    options = choices(sends)
    top_left, top_right = st.columns([3, 2], vertical_alignment="bottom")
    with top_left:
        start, end = _period(sends)
    text = top_right.text_input(
        tr("campaigns.filter.search"),
        placeholder=tr("campaigns.filter.search_placeholder"),
        key=KEY + "text",
    )
    kind_col, state_col, sender_col, author_col = st.columns(4)
    types = kind_col.multiselect(
        tr("campaigns.filter.type"),
        options["types"],
        format_func=type_label,
        key=KEY + "types",
        placeholder=tr("campaigns.filter.all"),
        select_all=False,  # none ticked already means all; Streamlit's own line is English
    )
    states = state_col.multiselect(
        tr("campaigns.filter.state"),
        options["states"],
        format_func=state_label,
        key=KEY + "states",
        placeholder=tr("campaigns.filter.all"),
        select_all=False,  # none ticked already means all; Streamlit's own line is English
    )
    senders = sender_col.multiselect(
        tr("campaigns.filter.sender"),
        options["senders"],
        key=KEY + "senders",
        placeholder=tr("campaigns.filter.all"),
        select_all=False,  # none ticked already means all; Streamlit's own line is English
    )
    authors = author_col.multiselect(
        tr("campaigns.filter.author"),
        [*options["authors"], OUTSIDE],
        format_func=lambda name: user_names.get(name, name) if name else tr("campaigns.outside"),
        key=KEY + "authors",
        placeholder=tr("campaigns.filter.all"),
        select_all=False,
        help=tr("campaigns.filter.author_help"),
    )
    filters = CampaignFilters(
        start=start,
        end=end,
        types=tuple(types),
        senders=tuple(senders),
        states=tuple(states),
        authors=tuple(authors),
        text=text or "",
    )
    return filters, str(st.session_state.get(KEY + "period") or DEFAULT_PERIOD)
