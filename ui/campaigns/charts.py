"""The campaigns page's charts (Altair): messages and credits per day or week, the delivery rate, and the
top senders, over the filtered sends. The figures come from `monsms_core.campaigns.stats`."""

from __future__ import annotations

from datetime import date
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from monsms_core.campaigns import per_period, top_senders
from ui.shell.i18n import current_language, tr

BLUE = "#1E5AA8"
ORANGE = "#D97706"
GREEN = "#0B6B45"
HEIGHT = 240


# d3 number formatting for French readers: "1 850", "97,5 %" (Vega's default is English "1,850").
_FRENCH_NUMBERS = {
    "decimal": ",",
    "thousands": "\u202f",
    "grouping": [3],
    "currency": ["", "\u00a0FCFA"],
    "percent": "\u202f%",
}


def _show(slot: Any, title: str, chart: alt.Chart) -> None:
    # The title as page text, not inside the chart: Streamlit's sizing squashes titled discrete charts.
    slot.markdown(f"**{title}**")
    if current_language() == "fr":
        chart = chart.configure(locale={"number": _FRENCH_NUMBERS})
    slot.altair_chart(chart, width="stretch")


def _data(frame: pd.DataFrame) -> alt.Data:
    """The (small, aggregated) frame as inline JSON values: Streamlit's Arrow path mangled pandas 3's
    string and microsecond-datetime columns (collapsed categories, invisible bars)."""
    plain = frame.copy()
    for column in plain.columns:
        if pd.api.types.is_datetime64_any_dtype(plain[column]):
            plain[column] = plain[column].dt.strftime("%Y-%m-%dT%H:%M:%S")
    plain = plain.astype(object).where(plain.notna(), None)
    return alt.Data(values=plain.to_dict("records"))


def _bars(frame: pd.DataFrame, field: str, title: str, colour: str, date_format: str) -> alt.Chart:
    # Each bar spans its day or week (x to x2, with a small gap), instead of a hairline on a time axis.
    return (
        alt.Chart(_data(frame), height=HEIGHT)
        .mark_bar(color=colour, cornerRadiusTopLeft=2, cornerRadiusTopRight=2)
        .encode(
            x=alt.X("period:T", title=None, axis=alt.Axis(format=date_format, labelAngle=0)),
            x2="period_end:T",
            y=alt.Y(f"{field}:Q", title=None),
            y2=alt.datum(0),  # with x2 set, a bar would otherwise be a horizontal line at its value
            tooltip=[
                alt.Tooltip("period:T", title=tr("campaigns.chart.period"), format="%d/%m/%Y"),
                alt.Tooltip(f"{field}:Q", title=title, format=",d"),
            ],
        )
    )


def _rate(frame: pd.DataFrame, date_format: str) -> alt.Chart:
    title = tr("campaigns.chart.rate")
    return (
        alt.Chart(_data(frame.dropna(subset=["rate"])), height=HEIGHT)
        .mark_line(color=GREEN, point=True)
        .encode(
            x=alt.X("period:T", title=None, axis=alt.Axis(format=date_format, labelAngle=0)),
            y=alt.Y("rate:Q", title=None, scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%")),
            tooltip=[
                alt.Tooltip("period:T", title=tr("campaigns.chart.period"), format="%d/%m/%Y"),
                alt.Tooltip("rate:Q", title=title, format=".1%"),
            ],
        )
    )


def _senders(frame: pd.DataFrame) -> alt.Chart:
    return (
        # A step per bar: a numeric height is squashed by Streamlit's sizing for discrete axes.
        alt.Chart(_data(frame), height=alt.Step(34))
        .mark_bar(color=BLUE)
        .encode(
            x=alt.X("messages:Q", title=tr("campaigns.chart.messages")),
            y=alt.Y("sender:N", title=None, sort="-x", axis=alt.Axis(labelLimit=220)),
            tooltip=[
                alt.Tooltip("sender:N", title=tr("campaigns.col.sender")),
                alt.Tooltip("sends:Q", title=tr("campaigns.metric.sends"), format=",d"),
                alt.Tooltip("messages:Q", title=tr("campaigns.chart.messages"), format=",d"),
                alt.Tooltip("credits:Q", title=tr("campaigns.chart.credits"), format=",d"),
                alt.Tooltip("rate:Q", title=tr("campaigns.chart.rate"), format=".1%"),
            ],
        )
    )


def charts(sends: pd.DataFrame, start: date | None, end: date | None) -> None:
    """Draw the charts for `sends` over [start, end] (None: the span of the data)."""
    if sends.empty:
        st.info(tr("campaigns.chart.empty"), icon=":material/bar_chart:")
        return
    granularity = st.segmented_control(
        tr("campaigns.chart.granularity"),
        ["day", "week"],
        format_func=lambda code: tr(f"campaigns.chart.by_{code}"),
        default="day" if start is not None and end is not None and (end - start).days <= 45 else "week",
        required=True,
        key="campaigns_chart_granularity",
    )
    frame = per_period(sends, "week" if granularity == "week" else "day", start=start, end=end)
    span = pd.Timedelta(days=7 if granularity == "week" else 1)
    frame["period_end"] = frame["period"] + span * 0.85
    date_format = "%d/%m" if granularity == "day" else "%d/%m/%y"
    left, right = st.columns(2)
    messages, credits = tr("campaigns.chart.messages"), tr("campaigns.chart.credits")
    _show(left, messages, _bars(frame, "messages", messages, BLUE, date_format))
    _show(right, credits, _bars(frame, "credits", credits, ORANGE, date_format))
    left, right = st.columns(2)
    if frame["rate"].notna().any():
        _show(left, tr("campaigns.chart.rate"), _rate(frame, date_format))
    else:
        left.info(tr("campaigns.chart.no_rate"), icon=":material/hourglass_empty:")
    top = top_senders(sends, default_label=tr("campaigns.default_sender"))
    _show(right, tr("campaigns.chart.top_senders"), _senders(top))
