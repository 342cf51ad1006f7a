"""The sidebar's reminder that sends wait for review: a link to the queue with their count, shown only
to the roles that may review and only when something waits. One COUNT query per run."""

from __future__ import annotations

import streamlit as st

from monsms_core import review
from monsms_core.accounts import can
from ui.runtime import resources
from ui.shell.i18n import tr
from ui.shell.registry import page_spec
from ui.shell.session import CurrentUser

QUEUE_PAGE = "app_pages/campaigns/review_queue.py"


def waiting_count(user: CurrentUser) -> int:
    """How many sends wait for review, or 0 when `user` may not review."""
    if not can(user.role, "review"):
        return 0
    return review.count_waiting(resources.store())


def render_review_badge(user: CurrentUser) -> None:
    """A link "N envois à valider" to the review queue (call it inside `with st.sidebar:`)."""
    count = waiting_count(user)
    if count and page_spec(QUEUE_PAGE) is not None:
        st.page_link(
            QUEUE_PAGE,
            label=tr("review.badge", count=count),
            icon=":material/fact_check:",
        )
