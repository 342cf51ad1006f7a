"""The decision controls of one send in the review queue, and what follows an approval: the send is
queued for the worker, and the page shows its progress from the outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import streamlit as st

from monsms_core import review
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.review import ReviewError, ReviewItem
from monsms_core.sending import ExecutionResult, slots
from monsms_core.worker import enqueue_send
from ui.runtime import resources
from ui.runtime.api_data import forget_credit
from ui.shell.i18n import current_language, tr
from ui.shell.session import CurrentUser

OUTCOME_KEY = "_review_outcome"
WORKERS_KEY = "_review_workers"  # review id → (title, outbox entry id) of sends this session follows


def _outcome(kind: str, message: str) -> None:
    st.session_state[OUTCOME_KEY] = (kind, message)


def show_outcome() -> None:
    """The result of the last decision, once."""
    outcome = st.session_state.pop(OUTCOME_KEY, None)
    if outcome:
        {"success": st.success, "warning": st.warning}.get(outcome[0], st.error)(outcome[1])


def schedule_passed(item: ReviewItem, now: datetime | None = None) -> bool:
    """Whether the send was planned for a moment that is now past."""
    schedule = item.schedule
    if schedule.get("kind") != "once":
        return False
    return datetime.fromisoformat(str(schedule["at"])) <= (now or datetime.now(UTC))


def _new_schedule(key: str) -> datetime | None:
    day, at = st.session_state.get(f"{key}_day"), st.session_state.get(f"{key}_time")
    if day is None or at is None:
        return None
    return datetime.combine(day, at, tzinfo=ABIDJAN)


def _approve(user: CurrentUser, item: ReviewItem, key: str) -> None:
    lang = current_language()
    store, client = resources.store(), resources.client()
    try:
        result = review.approve(
            store,
            client,
            item.id,
            reviewer=user.username,
            role=user.role,
            override_reason=st.session_state.get(f"{key}_override"),
            fingerprint=item.fingerprint,
            new_schedule=_new_schedule(key) if schedule_passed(item) else None,
            execute_now=False,  # the worker sends it: never in this process
        )
    except ReviewError as error:
        _outcome("error", error.user_message(lang))
        return
    enqueue_send(store, result.entry.id, user.username)
    st.session_state.setdefault(WORKERS_KEY, {})[item.id] = (item.title, result.entry.id)
    _outcome("success", tr("review.queue.sending_in_background"))


def _decide(user: CurrentUser, item: ReviewItem, key: str, decision: str) -> None:
    lang = current_language()
    text = st.session_state.get(f"{key}_comment") or ""
    try:
        if decision == "rejected":
            review.reject(
                resources.store(),
                item.id,
                reviewer=user.username,
                role=user.role,
                reason=text,
                fingerprint=item.fingerprint,
            )
        else:
            review.return_for_edits(
                resources.store(),
                item.id,
                reviewer=user.username,
                role=user.role,
                comment=text,
                fingerprint=item.fingerprint,
            )
    except ReviewError as error:
        _outcome("error", error.user_message(lang))
        return
    _outcome("success", tr(f"review.done.{decision}"))


def decision_controls(user: CurrentUser, item: ReviewItem) -> None:
    """Approve / return / reject for `item`, with the inputs each needs."""
    key = f"review_{item.id}_{item.fingerprint[:10]}"
    own = item.created_by == user.username
    if schedule_passed(item):
        st.warning(tr("review.queue.schedule_passed"), icon=":material/schedule:")
        later = (datetime.now(UTC) + timedelta(hours=1)).astimezone(ABIDJAN)
        day_col, time_col = st.columns(2)
        day_col.date_input(
            tr("campaign.action.day"), value=later.date(), format="DD/MM/YYYY", key=f"{key}_day"
        )
        time_col.time_input(
            tr("campaign.action.time"),
            value=later.time().replace(minute=0, second=0, microsecond=0),
            step=900,
            key=f"{key}_time",
        )
    may_approve = not own or user.role == "admin"
    if own and user.role == "admin":
        st.warning(tr("review.queue.own_admin"), icon=":material/gpp_maybe:")
        st.text_input(tr("review.queue.override_reason"), key=f"{key}_override")
    elif own:
        st.warning(tr("review.error.own_submission"), icon=":material/block:")
    st.text_area(
        tr("review.queue.comment"),
        key=f"{key}_comment",
        height=80,
        placeholder=tr("review.queue.comment_placeholder"),
    )
    approve_col, return_col, reject_col = st.columns(3)
    if may_approve:
        approve_col.button(
            tr("review.queue.override") if own else tr("review.queue.approve"),
            icon=":material/check_circle:",
            type="primary",
            key=f"{key}_approve",
            on_click=_approve,
            args=(user, item, key),
            width="stretch",
        )
    return_col.button(
        tr("review.queue.return"),
        icon=":material/undo:",
        key=f"{key}_return",
        on_click=_decide,
        args=(user, item, key, "returned"),
        width="stretch",
    )
    reject_col.button(
        tr("review.queue.reject"),
        icon=":material/cancel:",
        key=f"{key}_reject",
        on_click=_decide,
        args=(user, item, key, "rejected"),
        width="stretch",
    )


@st.fragment(run_every=1)
def _progress() -> None:
    workers: dict = st.session_state.get(WORKERS_KEY, {})
    lang = current_language()
    store = resources.store()
    for review_id, (name, entry_id) in list(workers.items()):
        entry = store.outbox.get(entry_id)
        if entry is None:
            del workers[review_id]
            continue
        filled = slots(entry)
        done, total = sum(1 for slot in filled if slot is not None), len(filled)
        if entry.status in ("pending", "sending"):
            st.progress(
                done / total if total else 0.0,
                text=tr("review.queue.progress", name=name or "—", done=done, total=total),
            )
            continue
        del workers[review_id]
        forget_credit()
        result = ExecutionResult(entry.id, entry.status, tuple(filled), 0, entry.error or None, True)
        _outcome("success" if entry.status == "sent" else "warning", result.user_message(lang))
        st.rerun()


def workers_progress() -> None:
    """Progress bars of this session's background sends (refreshed every second while any runs)."""
    if st.session_state.get(WORKERS_KEY):
        _progress()
