"""Step 4 of the composer, second half: "Envoyer…" opens a confirmation dialog that restates the send
with a balance read fresh from the API; confirming writes the send to the outbox (or to the review
queue) under the draft's send key and starts it in the background.

Exactly once: the key is the draft's (ui.composer.state); `sending.submit` returns the same entry for
the same key, the worker's compare-and-set lets one sender through, and the button is disabled while
the draft's send exists. The dialog is drawn while a session flag is set (not only on the click's run),
so its confirm button works in a browser and in AppTest alike.

Where the confirmed send goes (outbox, review, or the returned review it corrects) is decided by
`monsms_core.review.confirm_send`; no review's key is ever written to the outbox.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from monsms_core import review
from monsms_core.composer import check_before_confirming, parts_breakdown, schedule_summary
from monsms_core.i18n.formatting import format_number
from monsms_core.sending import PlanBlockedError, SendKeyConflictError, SendPlan
from ui.composer import data as composer_data
from ui.composer.keep import forget_draft
from ui.composer.state import new_draft_key, queue_send
from ui.runtime import resources
from ui.shell.i18n import current_language, tr
from ui.shell.session import CurrentUser
from ui.spending import recurring_cost

_OPEN_KEY = "_composer_confirm_open"
_PROBLEM_ICONS = {  # by problem code; anything else is the API answering badly
    "schedule_in_past": ":material/event_busy:",
    "blocked": ":material/block:",
    "shortfall": ":material/account_balance_wallet:",
}
_NOTICE_KEY = "_composer_confirm_notice"


def _close() -> None:
    st.session_state[_OPEN_KEY] = False


def _open() -> None:
    st.session_state[_OPEN_KEY] = True


def _notice(kind: str, key: str) -> None:
    st.session_state[_NOTICE_KEY] = (kind, tr(key))


def _confirm(plan: SendPlan, send_key: str, user: CurrentUser, for_review: bool) -> None:
    """The confirm button's callback: write the send down (`review.confirm_send` decides where), then
    start it when it went straight to the outbox."""
    _close()
    store = resources.store()
    try:
        confirmed = review.confirm_send(
            store, plan, send_key=send_key, actor=user.username, role=user.role, for_review=for_review
        )
    except SendKeyConflictError:
        # This key already names another version of the draft (edited after a send, or another tab):
        # the new version gets its own key and must be confirmed again — never sent in the old one's place.
        forget_draft(store, user.username, send_key)  # its send exists; the new key keeps the draft
        new_draft_key()
        _notice("warning", "sending.conflict")
        return
    except PlanBlockedError:
        _notice("error", "composer.confirm.blocked")
        return
    except review.ReviewError as error:
        st.session_state[_NOTICE_KEY] = ("error", error.user_message(current_language()))
        return
    forget_draft(store, user.username, send_key)  # written down: a reload now shows the send, not a draft
    if confirmed.route == "resubmitted":
        _notice("success", "prefill.resubmitted")
    elif confirmed.route == "review":
        _notice("success", "review.done.submitted")
    elif confirmed.entry is not None:
        if confirmed.entry.status == "pending":
            queue_send(store, confirmed.entry.id, user.username)
        composer_data.refresh("balance")


def notices() -> None:
    """What the last confirmation did (kept until shown once)."""
    notice = st.session_state.pop(_NOTICE_KEY, None)
    if notice is not None:
        {"success": st.success, "warning": st.warning}.get(notice[0], st.error)(notice[1])


def send_button(*, disabled: bool, for_review: bool, key: str = "composer_send") -> None:
    """The main button: "Envoyer…" or "Soumettre pour relecture…" (both ask for confirmation first).
    Drawn twice for a draft "sent again" (top and bottom, distinct `key`s): both open the same dialog."""
    label = tr("composer.confirm.open_review" if for_review else "composer.confirm.open")
    st.button(
        label,
        icon=":material/send:",
        type="primary",
        on_click=_open,
        disabled=disabled,
        key=key,
        width="stretch",
    )


def confirmation(
    full_plan: Callable[[], SendPlan], send_key: str, user: CurrentUser, *, for_review: bool
) -> None:
    """Draw the dialog while it is open (call on every run, after `send_button`). `full_plan` builds the
    exact plan (every message with its phones), only while the dialog is open."""
    if st.session_state.get(_OPEN_KEY):
        title = tr("composer.confirm.title_review" if for_review else "composer.confirm.title")
        dialog = st.dialog(title, width="large", on_dismiss=_close)(_dialog_body)
        dialog(full_plan(), send_key, user, for_review)


def _dialog_body(plan: SendPlan, send_key: str, user: CurrentUser, for_review: bool) -> None:
    if not st.session_state.get(_OPEN_KEY):
        st.rerun()  # confirmed or cancelled inside the dialog: close it with a full rerun
    lang = current_language()
    rows = [
        (tr("composer.confirm.recipients"), format_number(plan.recipient_count, lang)),
        (tr("composer.confirm.sender"), plan.sender_id or tr("composer.sender.none")),
        (tr("composer.confirm.type"), tr(f"composer.type.{plan.send_type.lower()}")),
        (tr("composer.confirm.when"), schedule_summary(plan.schedule, lang)),
        (
            tr("composer.confirm.parts"),
            ", ".join(
                tr("composer.cost.breakdown_item", recipients=n, parts=p)
                for p, n in parts_breakdown(plan)
            ),
        ),
        (tr("composer.confirm.credits"), format_number(plan.total_credits, lang)),
        *recurring_cost.plan_rows(plan),
    ]
    if plan.distinct_texts > 1:
        rows.append((tr("composer.confirm.campaigns"), format_number(plan.distinct_texts, lang)))
    st.markdown("\n".join(f"- **{label}** : {value}" for label, value in rows))
    st.caption(tr("composer.confirm.message_label"))
    with st.container(border=True):
        st.text(plan.longest_text, width="stretch")
    blocked = _fresh_checks(plan, lang)
    confirm_col, cancel_col = st.columns(2)
    confirm_col.button(
        tr("composer.confirm.submit_review" if for_review else "composer.confirm.submit"),
        type="primary",
        icon=":material/send:",
        on_click=_confirm,
        args=(plan, send_key, user, for_review),
        disabled=blocked,
        key="composer_confirm",
        width="stretch",
    )
    cancel_col.button(tr("composer.confirm.cancel"), on_click=_close, key="composer_cancel", width="stretch")


def _fresh_checks(plan: SendPlan, lang: str) -> bool:
    """Balance read now from the API (never the cached one) and the schedule against the clock; True if
    something forbids confirming."""
    readiness = check_before_confirming(plan, resources.client())
    if readiness.problem is not None:
        icon = _PROBLEM_ICONS.get(str(readiness.problem.code), ":material/cloud_off:")
        st.error(readiness.problem.user_message(lang), icon=icon)
        return True
    if readiness.balance is not None and readiness.balance_after is not None:
        st.caption(
            tr(
                "composer.confirm.balance_after",
                balance=format_number(readiness.balance, lang),
                after=format_number(readiness.balance_after, lang),
            )
        )
    return False
