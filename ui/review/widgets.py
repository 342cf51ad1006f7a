"""Review pieces shown outside the review queue: an Expéditeur's own sends waiting for review or returned
with a comment (on the campaigns page, and for the composer to reuse), and one review's summary."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from monsms_core import review
from monsms_core.accounts import can
from monsms_core.campaigns import handed_recipients
from monsms_core.i18n.formatting import format_datetime
from monsms_core.review import ReviewItem
from ui.campaigns.handoff import composer_available, hand_over
from ui.runtime import resources
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain
from ui.shell.session import CurrentUser


def schedule_text(item: ReviewItem) -> str:
    """When the send is to go out, in words."""
    lang = current_language()
    schedule = item.schedule
    if schedule.get("kind") == "once":
        return tr("review.schedule.once", when=format_datetime(datetime.fromisoformat(schedule["at"]), lang))
    if schedule.get("kind") == "weekly":
        days = ", ".join(tr(f"review.weekday.{day}") for day in schedule.get("days", []))
        return tr("review.schedule.weekly", days=days, time=schedule.get("at", ""))
    return tr("review.schedule.now")


def summary_line(item: ReviewItem) -> str:
    """Recipients, credits and campaigns of the send, in one line."""
    return tr("review.summary", recipients=item.recipients, credits=item.credits, campaigns=item.campaigns)


def _edit(item: ReviewItem) -> None:
    chunks = [c for c in item.payload.get("chunks") or [] if isinstance(c, dict)]
    fallbacks = {str(k): str(v) for k, v in (item.payload.get("fallbacks") or {}).items()}
    hand_over(
        "resubmit",
        text=item.template,
        # The fields of a personalised message are read back from each frozen text.
        recipients=handed_recipients(
            item.template,
            ((str(c.get("text") or ""), ((p, {}) for p in c.get("phones") or [])) for c in chunks),
            fallbacks,
        ),
        sender_id=item.sender_id,
        send_type=item.send_type,
        name=item.name,
        review_id=item.id,
        send_key=item.send_key,
        fallbacks=fallbacks,
        schedule=item.schedule,
    )


def my_submissions(user: CurrentUser) -> None:
    """The signed-in sender's sends waiting for review or returned (with the reviewer's comment)."""
    if not can(user.role, "send"):
        return
    store = resources.store()
    items = [i for i in review.mine(store, user.username, limit=50) if i.status in ("submitted", "returned")]
    if not items:
        return
    lang = current_language()
    with st.expander(
        tr("review.mine.title", count=len(items)), expanded=True, icon=":material/pending_actions:"
    ):
        for item in items:
            name = item.title or tr("review.unnamed")
            when = format_datetime(item.submitted_at, lang)
            if item.status == "submitted":
                st.markdown(
                    tr("review.mine.waiting", name=plain(name), when=when, summary=summary_line(item))
                )
                continue
            st.markdown(
                tr(
                    "review.mine.returned",
                    name=plain(name),
                    by=plain(item.decided_by or "?"),
                    summary=summary_line(item),
                )
            )
            st.info(plain(item.note or ""), icon=":material/comment:")
            if composer_available() and st.button(
                tr("review.mine.edit"), key=f"review_edit_{item.id}", icon=":material/edit:"
            ):
                _edit(item)
