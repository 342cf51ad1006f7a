"""Campaigns: every send of the account, filtered and searched in memory, with totals, charts and
exports; a row opens its detail page. Sends made of several API campaigns (personalised texts) are
one row."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.campaigns import apply_filters, delivery_rates, sends_export, totals
from monsms_core.exports import to_csv_bytes, to_xlsx_bytes
from monsms_core.i18n.formatting import format_number
from ui.campaigns import data as campaign_data
from ui.campaigns.charts import charts
from ui.campaigns.filters import filter_bar, state_label, type_label
from ui.review.widgets import my_submissions
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.downloads import EXPORT_LABELS, export_buttons
from ui.shell.i18n import current_language, tr

user = require_role("browse")


lang = current_language()
TABLE_KEY = "campaigns_table"
DETAIL_PAGE = "app_pages/campaigns/campaign.py"

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
            texts = shown["campaigns"].map(lambda n: tr("campaigns.texts", count=n) if n > 1 else "")
            # The columns a person scans first come first; the message (long) comes last.
            table = pd.DataFrame(
                {
                    "date": shown["created_at"].dt.tz_convert("Africa/Abidjan").dt.tz_localize(None),
                    "name": shown["title"] + texts,
                    "state": shown["state"].map(state_label),
                    "rate": delivery_rates(shown),
                    "recipients": shown["recipients"],
                    "credits": shown["credits"],
                    "sender": shown["sender"].where(shown["sender"] != "", tr("campaigns.default_sender")),
                    "type": shown["type"].map(type_label),
                    "parts": shown["parts"],
                    "created_by": shown["created_by"].map(
                        lambda name: user_names.get(name, name) if name else tr("campaigns.outside")
                    ),
                    "message": shown["text"].str.slice(0, 120),
                }
            )
            # A new key after each opening: coming back to the list must not reopen the same row.
            opened = st.session_state.setdefault("_campaigns_opened", 0)
            event = st.dataframe(
                table,
                hide_index=True,
                width="stretch",
                height=min(38 + 35 * len(table), 560),
                on_select="rerun",
                selection_mode="single-row",
                key=f"{TABLE_KEY}_{opened}",
                column_config={
                    "date": st.column_config.DatetimeColumn(
                        tr("campaigns.col.date"), format="DD/MM/YYYY HH:mm"
                    ),
                    "rate": st.column_config.ProgressColumn(
                        tr("campaigns.col.rate"),
                        min_value=0,
                        max_value=100,
                        format="%.0f %%",
                        width="small",
                    ),
                    "name": st.column_config.TextColumn(tr("campaigns.col.name"), width="medium"),
                    "message": st.column_config.TextColumn(tr("campaigns.col.message"), width="medium"),
                    "sender": tr("campaigns.col.sender"),
                    "type": tr("campaigns.col.type"),
                    "recipients": st.column_config.NumberColumn(
                        tr("campaigns.col.recipients"), format="localized"
                    ),
                    "parts": st.column_config.NumberColumn(
                        tr("campaigns.col.parts"), help=tr("campaigns.col.parts_help"), width="small"
                    ),
                    "credits": st.column_config.NumberColumn(tr("campaigns.col.credits"), format="localized"),
                    "state": tr("campaigns.col.state"),
                    "created_by": tr("campaigns.col.created_by"),
                },
            )
            st.caption(tr("campaigns.open_hint", shown=format_number(len(shown), lang)))
            rows = event.selection.rows if event is not None else []
            if rows:
                st.session_state["_campaigns_opened"] = opened + 1
                st.switch_page(DETAIL_PAGE, query_params={"id": shown.iloc[rows[0]]["campaign_ids"][0]})
            sheet = tr("campaigns.title")
            export_buttons(
                "campagnes",
                xlsx=lambda: to_xlsx_bytes(sends_export(shown, lang, user_names), sheet_name=sheet),
                csv=lambda: to_csv_bytes(sends_export(shown, lang, user_names, dates_as_text=True)),
                labels=EXPORT_LABELS,
            )

if chart_tab.open:
    with chart_tab:
        charts(shown, filters.start, filters.end)
