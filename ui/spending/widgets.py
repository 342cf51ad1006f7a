"""The spending page's widgets: filters (period, person), the headline figures with the forecast line,
the three tables (operations, per send, per month) and the accountant's downloads."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

import pandas as pd
import streamlit as st

from monsms_core.i18n.formatting import ABIDJAN, format_datetime, format_number
from monsms_core.spending import (
    SpendingFilters,
    accounting_frames,
    credit_forecast,
    describe_forecast,
    people,
    period_totals,
    spending_csv,
    spending_xlsx,
)
from ui.shell.downloads import EXPORT_LABELS, export_buttons
from ui.shell.i18n import current_language, tr

PERIOD_KEY = "spending_period"
PERSON_KEY = "spending_person"
DEFAULT_DAYS = 90
_EVERYONE = "*"


def filters(ledger: pd.DataFrame, names: Mapping[str, str]) -> SpendingFilters:
    """Period (from, to; the last 90 days at first) and person (everyone, a team member, or sends made
    outside the dashboard)."""
    today = datetime.now(ABIDJAN).date()
    period_col, person_col = st.columns([3, 2])
    period = period_col.date_input(
        tr("spending.filter.period"),
        value=(today - timedelta(days=DEFAULT_DAYS), today),
        key=PERIOD_KEY,
        format="DD/MM/YYYY",
    )
    choices = [_EVERYONE, *people(ledger)]
    if st.session_state.get(PERSON_KEY) not in choices:
        st.session_state.pop(PERSON_KEY, None)
    person = person_col.selectbox(
        tr("spending.filter.person"),
        choices,
        key=PERSON_KEY,
        format_func=lambda who: _person_label(who, names),
    )
    since, until = _period_bounds(period)
    return SpendingFilters(since=since, until=until, person=None if person == _EVERYONE else person)


def _person_label(who: str, names: Mapping[str, str]) -> str:
    if who == _EVERYONE:
        return tr("spending.filter.everyone")
    return names.get(who, who) if who else tr("spending.export.outside")


def _period_bounds(period: object) -> tuple[date | None, date | None]:
    # A range picker gives a tuple of one date while the second is being chosen.
    chosen = list(period) if isinstance(period, (tuple, list)) else [period]
    days = [d for d in chosen if isinstance(d, date)]
    if not days:
        return None, None
    return days[0], days[1] if len(days) > 1 else days[0]


def headline(balance: int | None, ledger: pd.DataFrame, shown: pd.DataFrame) -> None:
    """Balance, what the period brought in and used, and the forecast line (over the whole account)."""
    lang = current_language()
    totals = period_totals(shown)
    cols = st.columns(4)
    cols[0].metric(
        tr("spending.metric.balance"),
        format_number(balance, lang) if balance is not None else "—",
        border=True,
    )
    cols[1].metric(tr("spending.metric.paid"), format_number(round(totals.recharged_xof), lang), border=True)
    cols[2].metric(tr("spending.metric.bought"), format_number(totals.recharged_credits, lang), border=True)
    cols[3].metric(tr("spending.metric.used"), format_number(totals.spent_credits, lang), border=True)
    if balance is not None:
        forecast = credit_forecast(balance, ledger, datetime.now(ABIDJAN))
        st.info(describe_forecast(forecast, lang), icon=":material/trending_down:")


def _table(frame: pd.DataFrame) -> None:
    """The table as the reader reads it: French numbers and dates, empty cells where nothing applies (the
    exports keep real numbers and dates)."""
    lang = current_language()
    shown = frame.copy()
    config = {}
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            shown[column] = [
                "" if pd.isna(v) else format_datetime(v.tz_localize(ABIDJAN), lang) for v in values
            ]
        elif pd.api.types.is_numeric_dtype(values):
            shown[column] = ["" if pd.isna(v) else format_number(round(float(v)), lang) for v in values]
            config[column] = st.column_config.TextColumn(alignment="right")
    st.dataframe(shown, hide_index=True, width="stretch", column_config=config)


def tables(shown: pd.DataFrame, names: Mapping[str, str]) -> dict[str, pd.DataFrame]:
    """The three tables in tabs, each ending with its totals row; returns them (for the downloads)."""
    frames = accounting_frames(shown, current_language(), names)
    for tab, frame in zip(st.tabs(list(frames)), frames.values(), strict=True):
        with tab:
            _table(frame)
    return frames


def downloads(frames: dict[str, pd.DataFrame], filters_used: SpendingFilters) -> None:
    """Excel (the three sheets) and CSV (the operations), named after the period."""
    stem = "depenses"
    if filters_used.since and filters_used.until:
        stem += f"_{filters_used.since:%Y-%m-%d}_{filters_used.until:%Y-%m-%d}"
    operations = next(iter(frames.values()))
    export_buttons(
        stem,
        xlsx=lambda: spending_xlsx(frames),
        csv=lambda: spending_csv(operations),
        labels=EXPORT_LABELS,
        key="spending_export",
    )
