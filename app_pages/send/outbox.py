"""The sender's outbox: every send they made (administrators: the team's), with its status, cost and
campaign ids; sends still running show their progress, "unknown" ones offer "Vérifier" (reconcile)
before any retry, and sends waiting for review are listed too."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core import review
from monsms_core.campaigns import outbox_sends, send_label, send_lines, shows_internal_ids
from monsms_core.i18n.formatting import format_datetime, format_number
from monsms_core.sending import chunk_states
from monsms_core.store import OutboxEntry
from ui.campaigns.tables import fitted_height, line_columns
from ui.composer.entry import entry_panel, status_label
from ui.runtime import resources
from ui.runtime.duties import worker_notice
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr

user = require_role("send")
lang = current_language()
store = resources.store()
PICK_KEY = "outbox_pick"
ALL_KEY = "outbox_all"

st.title(tr("outbox.title"), anchor=False)
worker_notice()
st.caption(tr("outbox.intro"))

everyone = user.role == "admin" and st.toggle(tr("outbox.everyone"), key=ALL_KEY)
entries = store.outbox.list(created_by=None if everyone else user.username, limit=300)


def _name(entry: OutboxEntry) -> str:
    payload = entry.payload
    name = send_label(payload.get("name"), payload.get("template"), len(payload.get("chunks") or []), lang)
    return tr("outbox.test_prefix") + name if payload.get("test") else name


def _label(entry: OutboxEntry) -> str:
    return f"{format_datetime(entry.created_at, lang)} · {_name(entry)} · {status_label(entry.status)}"


unknown = [e for e in entries if e.status == "unknown"]
if unknown:
    st.warning(tr("outbox.unknown_banner", count=len(unknown)), icon=":material/help:")
submitted = [
    item for item in review.mine(store, user.username, limit=50) if item.status in ("submitted", "returned")
]
sees_ids = shows_internal_ids(user.role)
user_names = {u.username: u.display_name for u in store.users.list()}

if not entries:
    # Not "Aucun envoi" above a table of sends waiting for review: say where they are.
    if submitted:
        st.info(
            tr("campaign_view.outbox.only_reviews", count=len(submitted)), icon=":material/pending_actions:"
        )
    else:
        st.info(tr("outbox.empty"), icon=":material/outbox:")
else:
    # One line per send, as on the home and Campaigns pages (`send_lines`); the state is the outbox's.
    sends = outbox_sends(entries)
    lines = send_lines(sends, lang)
    prefix = tr("outbox.test_prefix")
    table = lines.assign(
        name=[
            prefix + name if test else name for name, test in zip(lines["name"], sends["test"], strict=True)
        ],
        state=lines["state"].map(status_label),
        author=[user_names.get(e.created_by, e.created_by) for e in entries],
    )
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=fitted_height(len(table), 420),
        column_config={
            **line_columns(),
            "state": st.column_config.TextColumn(tr("outbox.col.status")),
            "author": st.column_config.TextColumn(tr("outbox.col.author"), width="small"),
        },
    )

    by_id = {e.id: e for e in entries}
    # Sends needing attention first in the picker: unknown, then running, then the rest.
    order = sorted(
        by_id,
        key=lambda i: ({"unknown": 0, "sending": 1, "pending": 1, "failed": 2}.get(by_id[i].status, 3), -i),
    )
    if st.session_state.get(PICK_KEY) not in by_id:
        st.session_state.pop(PICK_KEY, None)
    picked = st.selectbox(tr("outbox.pick"), order, key=PICK_KEY, format_func=lambda i: _label(by_id[i]))
    entry = by_id[picked]
    with st.container(border=True):
        entry_panel(entry, user.username)
        payload = entry.payload
        st.markdown(f"**{tr('outbox.detail.message')}**")
        st.text(str(payload.get("template") or ""), width="stretch")
        details = [
            (tr("outbox.detail.sender"), payload.get("sender_id") or tr("composer.sender.none")),
            (tr("outbox.detail.type"), str(payload.get("send_type") or "SMS")),
            *([(tr("outbox.detail.key"), entry.send_key)] if sees_ids else []),
        ]
        st.caption(" · ".join(f"{label} : {value}" for label, value in details))
        states = chunk_states(entry)
        if len(states) > 1:
            chunks = payload.get("chunks") or []
            ids = entry.campaign_ids or []
            chunk_table = pd.DataFrame(
                {
                    tr("outbox.chunk.text"): [str(c.get("text", "")) for c in chunks],
                    tr("outbox.chunk.recipients"): [len(c.get("phones", [])) for c in chunks],
                    tr("outbox.chunk.state"): [tr(f"sending.chunk.{s}") for s in states],
                }
            )
            if sees_ids:
                chunk_table[tr("outbox.chunk.campaign")] = [
                    str(ids[i]) if i < len(ids) and ids[i] else "" for i in range(len(chunks))
                ]
            st.dataframe(
                chunk_table,
                hide_index=True,
                width="stretch",
            )

if submitted:
    st.subheader(tr("outbox.reviews.title"), anchor=False)
    st.dataframe(
        pd.DataFrame(
            {
                tr("outbox.col.date"): [format_datetime(i.submitted_at, lang) for i in submitted],
                tr("outbox.col.message"): [
                    send_label(i.name, i.template, i.campaigns, lang) for i in submitted
                ],
                tr("outbox.col.recipients"): [format_number(i.recipients, lang) for i in submitted],
                tr("outbox.col.credits"): [format_number(i.credits, lang) for i in submitted],
                tr("outbox.col.status"): [tr(f"composer.review.status.{i.status}") for i in submitted],
                tr("outbox.reviews.note"): [i.note or "" for i in submitted],
            }
        ),
        hide_index=True,
        width="stretch",
    )
