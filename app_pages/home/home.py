"""Home: the account's credit, how many contacts and groups, the sends waiting for the reviewer, the last
sends (one line each, one click opens one) and quick actions."""

from __future__ import annotations

import streamlit as st

from monsms_core.campaigns import send_lines
from monsms_core.i18n.formatting import format_number
from ui.campaigns import data as campaign_data
from ui.campaigns.tables import clickable_table, line_columns, open_send, shown_lines
from ui.review.notice import waiting_banner
from ui.runtime import api_data, resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain
from ui.shell.registry import home_actions

user = require_role("home")
lang = current_language()
RECENT_SENDS = 5


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


waiting_banner(user, resources.store())

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
# The same sends and lines as the Campaigns page: a personalised send is one line, without internal marks.
fetched = campaign_data.sends()
if fetched.ok and not fetched.value.empty:
    recent = fetched.value.head(RECENT_SENDS)
    picked = clickable_table(
        shown_lines(send_lines(recent, lang)), key="home_recent", column_config=line_columns()
    )
    st.caption(tr("campaign_view.open_hint"))
    if picked is not None:
        open_send(recent.iloc[picked]["campaign_ids"])
elif not fetched.ok:
    st.error(fetched.message(lang), icon=":material/cloud_off:")
elif overview.ok:
    st.info(tr("page.home.no_campaigns"), icon=":material/campaign:")
    if overview.value.contacts.value == 0:
        st.info(tr("page.home.no_contacts"), icon=":material/contacts:")
