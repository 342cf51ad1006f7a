"""The spending page's chart (Altair): per month, FCFA paid for recharges beside the value of the credits
used, and credits bought beside credits used — two small grouped bar charts over `monthly_totals`."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from monsms_core.spending import month_label
from ui.shell.i18n import current_language, tr

IN_COLOUR = "#1E5AA8"
OUT_COLOUR = "#D97706"
HEIGHT = 240
# d3 number formatting for French readers: "12 500" (Vega's default is English "12,500").
_FRENCH_NUMBERS = {"decimal": ",", "thousands": "\u202f", "grouping": [3], "currency": ["", "\u00a0FCFA"]}


def _long(months: pd.DataFrame, incoming: str, outgoing: str) -> list[dict[str, Any]]:
    """Inline JSON rows (month, series, value): Streamlit's Arrow path mangles pandas 3 string columns."""
    labels = {incoming: tr(f"spending.chart.{incoming}"), outgoing: tr(f"spending.chart.{outgoing}")}
    lang = current_language()
    return [
        {"month": month_label(str(row["month"]), lang), "series": labels[column], "value": float(row[column])}
        for _, row in months.iterrows()
        for column in (incoming, outgoing)
    ]


def _grouped(months: pd.DataFrame, incoming: str, outgoing: str) -> alt.Chart:
    labels = [tr(f"spending.chart.{incoming}"), tr(f"spending.chart.{outgoing}")]
    chart = (
        alt.Chart(alt.Data(values=_long(months, incoming, outgoing)), height=HEIGHT)
        .mark_bar(cornerRadiusTopLeft=2, cornerRadiusTopRight=2)
        .encode(
            x=alt.X("month:N", title=None, sort=None, axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("series:N", sort=labels),
            y=alt.Y("value:Q", title=None, axis=alt.Axis(format=",d")),
            color=alt.Color(
                "series:N",
                sort=labels,
                scale=alt.Scale(domain=labels, range=[IN_COLOUR, OUT_COLOUR]),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            tooltip=[
                alt.Tooltip("month:N", title=tr("spending.export.month")),
                alt.Tooltip("series:N", title=" "),
                alt.Tooltip("value:Q", title=" ", format=",d"),
            ],
        )
    )
    if current_language() == "fr":
        chart = chart.configure(locale={"number": _FRENCH_NUMBERS})
    return chart


def monthly_charts(months: pd.DataFrame) -> None:
    """FCFA per month and credits per month, side by side."""
    money, credits = st.columns(2)
    money.markdown(f"**{tr('spending.chart.money_title')}**")
    money.altair_chart(_grouped(months, "recharged_xof", "spent_xof"), width="stretch")
    credits.markdown(f"**{tr('spending.chart.credits_title')}**")
    credits.altair_chart(_grouped(months, "recharged_credits", "spent_credits"), width="stretch")
