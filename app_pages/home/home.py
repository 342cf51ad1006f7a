"""Home: the account's credit, how many contacts and groups, the last campaigns and quick actions."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.i18n.formatting import format_datetime, format_number
from ui.runtime import api_data
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain
from ui.shell.registry import home_actions

user = require_role("home")
lang = current_language()


def _type_label(campaign_type: str) -> str:
    known = ("sms", "flash", "scheduled", "recurring")
    return tr(f"page.home.type.{campaign_type.lower()}") if campaign_type.lower() in known else campaign_type


st.title(tr("page.home.greeting", name=plain(user.display_name)), anchor=False)

# Quick actions: the registry's pages marked `home_action` that this role may open (none is faked while
# the page does not exist yet).
actions = home_actions(user.role)
if actions:
    columns = st.columns(max(len(actions), 3))
    for column, spec in zip(columns, actions, strict=False):
        column.page_link(spec.path, label=tr(spec.home_action or spec.title_key), icon=spec.icon)


def _count_text(count: api_data.Count) -> str:
    return format_number(count.value, lang) + ("+" if count.capped else "")


credit = api_data.credit()
overview = api_data.overview()
col_credit, col_contacts, col_groups = st.columns(3)
col_credit.metric(tr("ui.credit"), format_number(credit.value, lang) if credit.ok else "—", border=True)
contacts = _count_text(overview.value.contacts) if overview.ok else "—"
groups = _count_text(overview.value.groups) if overview.ok else "—"
col_contacts.metric(tr("page.home.contacts"), contacts, border=True)
col_groups.metric(tr("page.home.groups"), groups, border=True)
# One sentence per distinct problem (a dead API fails both reads the same way).
for problem in dict.fromkeys(f.message(lang) for f in (credit, overview) if not f.ok):
    st.error(problem, icon=":material/cloud_off:")

st.subheader(tr("page.home.recent"), anchor=False)
if overview.ok and overview.value.campaigns:
    rows = overview.value.campaigns
    table = pd.DataFrame(
        {
            tr("page.home.col_name"): [r.name for r in rows],
            tr("page.home.col_date"): [
                format_datetime(r.created_at, lang) if r.created_at else "" for r in rows
            ],
            tr("page.home.col_type"): [_type_label(r.type) for r in rows],
            tr("page.home.col_recipients"): [
                format_number(r.recipients, lang) if r.recipients is not None else "" for r in rows
            ],
            tr("page.home.col_state"): [tr(f"campaigns.state.{r.state}") for r in rows],
        }
    )
    # Colour only the delivery column, so the eye finds what went wrong.
    colours = {"delivered": "#0B6B45", "partial": "#B45309", "failed": "#B91C1C"}
    by_label = {tr(f"campaigns.state.{r.state}"): colours.get(r.state, "") for r in rows}
    styled = table.style.map(
        lambda label: f"color: {by_label[label]}; font-weight: 600" if by_label.get(label) else "",
        subset=[tr("page.home.col_state")],
    )
    st.dataframe(styled, hide_index=True, width="stretch")
elif overview.ok:
    st.info(tr("page.home.no_campaigns"), icon=":material/campaign:")
    if overview.value.contacts.value == 0:
        st.info(tr("page.home.no_contacts"), icon=":material/contacts:")
