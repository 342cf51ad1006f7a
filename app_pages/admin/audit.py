"""Audit log (administrators): who did what and when — sign-ins, settings, imports, sends, reviews,
user management — filtered by date, person, kind of action and text, exportable. Read-only: the log is
append-only and nothing here changes it."""

from __future__ import annotations

from datetime import datetime, timedelta

import streamlit as st

from monsms_core.audit import CATEGORIES, audit_export, audit_frame, filter_categories
from monsms_core.exports import to_csv_bytes, to_xlsx_bytes
from monsms_core.i18n.formatting import ABIDJAN, format_number
from ui.campaigns.filters import today
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.downloads import EXPORT_LABELS, export_buttons
from ui.shell.i18n import current_language, tr

user = require_role("audit")
lang = current_language()
store = resources.store()
LIMIT = 5000

st.title(tr("audit.title"), anchor=False)
st.caption(tr("audit.intro"))

users = store.users.list()
user_names = {u.username: u.display_name for u in users}
dates_col, actor_col = st.columns([2, 2])
picked = dates_col.date_input(
    tr("audit.filter.dates"),
    value=(today() - timedelta(days=29), today()),
    format="DD/MM/YYYY",
    key="audit_dates",
)
actor = actor_col.selectbox(
    tr("audit.filter.actor"),
    [u.username for u in users],
    index=None,
    format_func=lambda name: f"{user_names.get(name, name)} ({name})",
    placeholder=tr("audit.filter.everyone"),
    key="audit_actor",
)
kind_col, text_col = st.columns([2, 2])
categories = kind_col.multiselect(
    tr("audit.filter.category"),
    list(CATEGORIES),
    format_func=lambda code: tr(f"audit.category.{code}"),
    placeholder=tr("audit.filter.all"),
    key="audit_categories",
    select_all=False,  # none ticked already means all; Streamlit's own line is English
)
text = text_col.text_input(
    tr("audit.filter.text"), placeholder=tr("audit.filter.text_placeholder"), key="audit_text"
)

start = end = None
if isinstance(picked, tuple) and picked:
    start, end = picked[0], picked[-1]
since = datetime(start.year, start.month, start.day, tzinfo=ABIDJAN) if start else None
until = datetime(end.year, end.month, end.day, tzinfo=ABIDJAN) + timedelta(days=1) if end else None
# One category is a prefix query in the database; several are filtered here.
single = CATEGORIES[categories[0]] if len(categories) == 1 and len(CATEGORIES[categories[0]]) == 1 else None
entries = store.audit.list(
    since=since,
    until=until,
    actor=actor,
    action=single[0] if single else None,
    text=(text or "").strip() or None,
    limit=LIMIT,
)
frame = filter_categories(audit_frame(entries, lang, user_names), categories)

if frame.empty:
    st.info(tr("audit.none"), icon=":material/manage_search:")
    st.stop()

st.dataframe(
    frame[["at", "actor", "label", "target", "details"]],
    hide_index=True,
    width="stretch",
    height=min(38 + 35 * len(frame), 600),
    column_config={
        "at": st.column_config.DatetimeColumn(tr("audit.col.at"), format="DD/MM/YYYY HH:mm:ss"),
        "actor": tr("audit.col.actor"),
        "label": tr("audit.col.action"),
        "target": tr("audit.col.target"),
        "details": st.column_config.TextColumn(tr("audit.col.details"), width="large"),
    },
)
if len(entries) >= LIMIT:
    st.caption(tr("audit.count_capped", count=format_number(len(frame), lang)))
else:
    st.caption(tr("audit.count", count=len(frame)))
sheet = tr("audit.title")
export_buttons(
    "journal-audit",
    xlsx=lambda: to_xlsx_bytes(audit_export(frame, lang), sheet_name=sheet),
    csv=lambda: to_csv_bytes(audit_export(frame, lang, dates_as_text=True)),
    labels=EXPORT_LABELS,
)
