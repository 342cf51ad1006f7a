"""Crédit et dépenses: the balance, every recharge and debit (`transaction/list`), the credits each send
used with who sent it (the outbox), totals by month with a chart, how long the credit lasts at the
current pace, filters by period and person, and the exports an accountant asks for."""

from __future__ import annotations

import streamlit as st

from monsms_core.spending import filter_ledger, monthly_totals
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.spending import charts, widgets
from ui.spending import data as spending_data

user = require_role("spending")
lang = current_language()

title_col, refresh_col = st.columns([5, 1], vertical_alignment="bottom")
title_col.title(tr("spending.title"), anchor=False)
refresh_col.button(
    tr("spending.refresh"), icon=":material/refresh:", on_click=spending_data.refresh, width="stretch"
)
st.caption(tr("spending.intro"))

fetched = spending_data.ledger()
if not fetched.ok:
    st.error(fetched.message(lang), icon=":material/cloud_off:")
    st.stop()
ledger = fetched.value
balance = spending_data.balance()
if not balance.ok:
    st.warning(balance.message(lang), icon=":material/cloud_off:")
names = {u.username: u.display_name for u in resources.store().users.list()}

chosen = widgets.filters(ledger, names)
shown = filter_ledger(ledger, chosen)
widgets.headline(int(balance.value) if balance.ok else None, ledger, shown)
if chosen.person is not None:
    st.caption(tr("spending.filter.person_note"))
if shown.empty:
    st.info(tr("spending.empty"), icon=":material/receipt_long:")
    st.stop()
months = monthly_totals(shown)
if not months.empty:
    charts.monthly_charts(months)
frames = widgets.tables(shown, names)
widgets.downloads(frames, chosen)
