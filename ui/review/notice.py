"""Review made visible where people are (issue 11, point 6): the composer says whether this send will be
reviewed and by whom, a reviewer's home page says how many sends wait, and creating a reviewer offers to
turn review on. The rules are `monsms_core.review.policy`'s; these are its words on the pages."""

from __future__ import annotations

import streamlit as st

from monsms_core import review
from monsms_core.accounts import can
from monsms_core.review import ReviewPolicy
from monsms_core.store import Store
from ui.shell.i18n import tr
from ui.shell.markdown import plain
from ui.shell.session import CurrentUser

QUEUE_PAGE = "app_pages/campaigns/review_queue.py"
_OFFER_KEY = "_review_offer_for"


def scope_label(scope: str) -> str:
    """A review scope in words."""
    return tr(f"campaign_view.review.scope.{scope}")


def review_notice_line(store: Store, send_key: str, user: CurrentUser) -> None:
    """Before sending: will this send wait for review, and who may approve it. Nothing is said while
    review is off for everyone."""
    notice = review.review_notice(store, send_key=send_key, actor=user.username, role=user.role)
    if notice.reviewed:
        if notice.reviewers:
            names = ", ".join(plain(name) for name in notice.reviewers)
            st.info(tr("campaign_view.review.will_be", names=names), icon=":material/fact_check:")
        else:
            st.warning(tr("campaign_view.review.nobody"), icon=":material/person_alert:")
    elif review.read_policy(store).required:
        st.caption(tr("campaign_view.review.not_you"))


def waiting_banner(user: CurrentUser, store: Store) -> None:
    """On a reviewer's (or administrator's) home page: "N envois à valider" and the way to them."""
    if not can(user.role, "review"):
        return
    waiting = review.count_waiting(store)
    if not waiting:
        if user.role == "reviewer":
            st.caption(tr("campaign_view.review.none_waiting"))
        return
    with st.container(border=True):
        text_col, button_col = st.columns([3, 1], vertical_alignment="center")
        form = "one" if waiting == 1 else "other"
        text_col.markdown(f"**{tr(f'campaign_view.review.waiting.{form}', count=waiting)}**")
        button_col.page_link(
            QUEUE_PAGE, label=tr("campaign_view.review.open_queue"), icon=":material/fact_check:"
        )


def remember_new_reviewer(username: str, role: str, store: Store) -> None:
    """After creating an account: when it is a reviewer and review is off, offer to turn it on."""
    if role == "reviewer" and not review.read_policy(store).required:
        st.session_state[_OFFER_KEY] = username


def _turn_on(store: Store, actor: str) -> None:
    chosen = st.session_state.get("team_review_scope")
    scope = next((s for s in review.SCOPES if s == chosen), review.SCOPES[0])
    review.save_policy(store, ReviewPolicy(required=True, scope=scope), actor=actor)
    st.session_state.pop(_OFFER_KEY, None)
    st.session_state["_review_offer_done"] = scope


def review_offer(store: Store, actor: str) -> None:
    """The offer made after creating a reviewer while review is off (Team page), then its outcome."""
    done = st.session_state.pop("_review_offer_done", None)
    if done:
        st.success(
            tr("campaign_view.review.turned_on", scope=scope_label(done)), icon=":material/check_circle:"
        )
    reviewer = st.session_state.get(_OFFER_KEY)
    if not reviewer or review.read_policy(store).required:
        return
    with st.container(border=True):
        st.markdown(tr("campaign_view.review.offer", username=plain(reviewer)))
        st.radio(
            tr("campaign_view.review.scope"),
            review.SCOPES,
            format_func=scope_label,
            key="team_review_scope",
        )
        turn_col, later_col = st.columns(2)
        turn_col.button(
            tr("campaign_view.review.turn_on"),
            icon=":material/fact_check:",
            type="primary",
            on_click=_turn_on,
            args=(store, actor),
            key="team_review_turn_on",
            width="stretch",
        )
        later_col.button(
            tr("campaign_view.review.later"),
            on_click=st.session_state.pop,
            args=(_OFFER_KEY, None),
            key="team_review_later",
            width="stretch",
        )
