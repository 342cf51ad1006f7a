"""Campaigns: every send of the account, filtered and searched in memory, with totals, charts and
exports; one click on a line opens its detail page. Sends made of several API campaigns (personalised
texts) are one line."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.campaigns import (
    apply_filters,
    delivery_rates,
    send_lines,
    sends_export,
    shows_internal_ids,
    totals,
)
from monsms_core.exports import to_csv_bytes, to_xlsx_bytes
from monsms_core.i18n.formatting import format_number
from ui.campaigns import data as campaign_data
from ui.campaigns.charts import charts
from ui.campaigns.filters import filter_bar
from ui.campaigns.tables import clickable_table, line_columns, open_send, shown_lines
from ui.review.widgets import my_submissions
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.downloads import EXPORT_LABELS, export_buttons
from ui.shell.i18n import current_language, tr

user = require_role("browse")


lang = current_language()
TABLE_KEY = "campaigns_table"

title_col, refresh_col = st.columns([5, 1], vertical_alignment="bottom")
title_col.title(tr("campaigns.title"), anchor=False)
if refresh_col.button(tr("campaigns.refresh"), icon=":material/refresh:", width="stretch"):
    campaign_data.refresh()

my_submissions(user)

with st.spinner(tr("campaigns.loading")):
    fetched = campaign_data.sends()
if not fetched.ok:
    st.error(fetched.message(lang), icon=":material/cloud_off:")
    st.stop()
sends: pd.DataFrame = fetched.value
if sends.empty:
    st.info(tr("campaigns.none"), icon=":material/campaign:")
    st.stop()

user_names = {u.username: u.display_name for u in resources.store().users.list()}
filters, _period = filter_bar(sends, user_names)
shown = apply_filters(sends, filters)

figures = totals(shown)
metrics = st.columns(4)
metrics[0].metric(tr("campaigns.metric.sends"), format_number(figures["sends"], lang), border=True)
metrics[1].metric(tr("campaigns.metric.messages"), format_number(figures["messages"], lang), border=True)
metrics[2].metric(tr("campaigns.metric.credits"), format_number(figures["credits"], lang), border=True)
rate = figures["rate"]
metrics[3].metric(
    tr("campaigns.metric.rate"),
    f"{format_number(round(rate * 100, 1), lang)} %" if rate is not None else "—",
    border=True,
    help=tr("campaigns.metric.rate_help"),
)

# Only the open tab runs (building four charts costs more than filtering 10,000 rows).
list_tab, chart_tab = st.tabs(
    [tr("campaigns.tab.list"), tr("campaigns.tab.charts")], key="campaigns_tab", on_change="rerun"
)

if list_tab.open:
    with list_tab:
        if shown.empty:
            st.info(tr("campaigns.no_match"), icon=":material/filter_alt_off:")
        else:
            # The lines every page shows, then what this page adds; the columns a person scans first
            # come first, and few enough to fit a 1366-px screen (type, parts and message are in the
            # export and on the detail page).
            table = shown_lines(send_lines(shown, lang)).assign(
                rate=delivery_rates(shown).to_numpy(),
                sender=shown["sender"]
                .where(shown["sender"] != "", tr("campaigns.table.default_sender"))
                .to_numpy(),
                created_by=shown["created_by"]
                .map(lambda name: user_names.get(name, name) if name else tr("campaigns.table.outside"))
                .to_numpy(),
            )[["date", "name", "state", "rate", "recipients", "credits", "sender", "created_by"]]
            picked = clickable_table(
                table,
                key=TABLE_KEY,
                column_config={
                    **line_columns(),
                    # Eight columns in ~900 px (1366-px screen): the name gives way first (cut with "…").
                    "name": st.column_config.TextColumn(tr("campaigns.col.name"), width=194),
                    "rate": st.column_config.ProgressColumn(
                        tr("campaigns.col.rate"), min_value=0, max_value=100, format="%.0f %%", width=82
                    ),
                    "sender": st.column_config.TextColumn(tr("campaigns.col.sender"), width=90),
                    "created_by": st.column_config.TextColumn(tr("campaigns.col.created_by"), width=90),
                },
            )
            st.caption(tr("campaigns.open_hint", shown=format_number(len(shown), lang)))
            if picked is not None:
                open_send(shown.iloc[picked]["campaign_ids"])
            with_ids = shows_internal_ids(user.role)
            sheet = tr("campaigns.title")
            export_buttons(
                "campagnes",
                xlsx=lambda: to_xlsx_bytes(
                    sends_export(shown, lang, user_names, with_ids=with_ids), sheet_name=sheet
                ),
                csv=lambda: to_csv_bytes(
                    sends_export(shown, lang, user_names, dates_as_text=True, with_ids=with_ids)
                ),
                labels=EXPORT_LABELS,
            )

if chart_tab.open:
    with chart_tab:
        charts(shown, filters.start, filters.end)
