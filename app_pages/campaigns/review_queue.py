"""Review queue (Relecteurs, Administrateurs): the sends waiting for a decision, oldest first, each with
its frozen content, recipients and cost; approve (the send then goes out once), return for edits with a
comment, or reject with a reason. Below, the recent decisions."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core import review
from monsms_core.i18n.formatting import format_datetime
from monsms_core.phones import pretty_phone
from monsms_core.review import ReviewItem
from monsms_core.sending import describe_error
from ui.review.actions import decision_controls, show_outcome, workers_progress
from ui.review.widgets import schedule_text, summary_line
from ui.runtime import resources
from ui.runtime.duties import worker_notice
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

user = require_role("review")
lang = current_language()
store = resources.store()
HISTORY = 50
PREVIEW_PHONES = 500

st.title(tr("review.queue.title"), anchor=False)
if not review.review_required(store):
    st.info(tr("review.queue.not_required"), icon=":material/info:")
show_outcome()
worker_notice()
workers_progress()

user_names = {u.username: u.display_name for u in store.users.list()}


def _who(username: str | None) -> str:
    return plain(user_names.get(username or "", username or "—"))


def _card(item: ReviewItem) -> None:
    with st.container(border=True):
        st.subheader(plain(item.title) if item.title else tr("review.unnamed"), anchor=False)
        st.caption(
            tr(
                "review.queue.submitted_by",
                author=_who(item.created_by),
                when=format_datetime(item.submitted_at, lang),
                revision=item.revision,
            )
        )
        facts = st.columns(3)
        facts[0].markdown(f"**{tr('review.queue.cost')}**  \n{summary_line(item)}")
        facts[1].markdown(f"**{tr('review.queue.when')}**  \n{schedule_text(item)}")
        facts[2].markdown(
            f"**{tr('review.queue.sender')}**  \n"
            f"{plain(item.sender_id) if item.sender_id else tr('campaigns.default_sender')}"
            f" · {tr(f'campaigns.type.{item.send_type.lower()}')}"
        )
        if item.note:
            st.info(
                tr("review.queue.last_comment", by=_who(item.decided_by), note=plain(item.note)),
                icon=":material/comment:",
            )
        st.markdown(f"**{tr('campaign.message')}**")
        with st.container(border=True):
            st.text(item.template)
        chunks = item.payload.get("chunks") or []
        if len(chunks) > 1:
            with st.expander(tr("review.queue.examples", count=len(chunks))):
                for chunk in chunks[:3]:
                    st.text(chunk.get("text", ""))
        phones = [phone for chunk in chunks for phone in chunk.get("phones", [])]
        with st.expander(tr("review.queue.recipients", count=len(phones))):
            st.dataframe(
                pd.DataFrame(
                    {tr("campaign.recipients.col.phone"): [pretty_phone(p) for p in phones[:PREVIEW_PHONES]]}
                ),
                hide_index=True,
                width="stretch",
            )
            if len(phones) > PREVIEW_PHONES:
                st.caption(tr("review.queue.more_recipients", count=len(phones) - PREVIEW_PHONES))
        decision_controls(user, item)


items = review.pending(store)
if not items:
    st.success(tr("review.queue.empty"), icon=":material/task_alt:")
else:
    st.caption(tr("review.queue.count", count=len(items)))
    for waiting in items:
        _card(waiting)

st.subheader(tr("review.history.title"), anchor=False)
decided = [i for i in review.recent(store, limit=HISTORY + 50) if i.status != "submitted"][:HISTORY]
if not decided:
    st.caption(tr("review.history.empty"))
else:

    def _send_state(item: ReviewItem) -> str:
        if item.status != "approved" or item.outbox_id is None:
            return ""
        entry = store.outbox.get(item.outbox_id)
        if entry is None:
            return ""
        label = tr(f"review.outbox.{entry.status}")
        reason = describe_error(entry.error, lang) if entry.status in ("failed", "unknown") else ""
        return f"{label} — {reason}" if reason else label

    history = pd.DataFrame(
        {
            tr("review.history.col.when"): [
                format_datetime(i.decided_at or i.updated_at, lang) for i in decided
            ],
            tr("review.history.col.name"): [i.title or tr("review.unnamed") for i in decided],
            tr("review.history.col.author"): [_who(i.created_by) for i in decided],
            tr("review.history.col.decision"): [tr(f"review.status.{i.status}") for i in decided],
            tr("review.history.col.by"): [_who(i.decided_by) for i in decided],
            tr("review.history.col.note"): [i.override_reason or i.note or "" for i in decided],
            tr("review.history.col.send"): [_send_state(i) for i in decided],
        }
    )
    st.dataframe(history, hide_index=True, width="stretch")
