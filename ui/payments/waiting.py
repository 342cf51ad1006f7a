"""The waiting state of a purchase: a progress bar and a sentence, following `transaction/{id}/check`.

Polling choice: short checks per rerun, not the worker. A fragment reruns every POLL_SECONDS and makes
ONE step (`monsms_core.payments.follow`: a single check or reconciliation, a few hundred ms), so the page
stays usable and nothing holds the session's thread for long. The state lives in the store: a reload,
another tab or another page of the dashboard finds the open purchase and shows this again. When the
purchase ends, the whole page reruns once (fresh balance, unblocked send).
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from monsms_core.client.errors import MonSmsError
from monsms_core.payments import abandon, follow, purchase_progress
from monsms_core.store import PurchaseRecord
from ui.runtime import resources
from ui.shell.i18n import current_language, tr
from ui.shell.session import CurrentUser

POLL_SECONDS = 2.0
_ICONS = {
    "charged": ":material/check_circle:",
    "failed": ":material/error:",
    "abandoned": ":material/cancel:",
    "late": ":material/schedule:",
    "checking": ":material/help:",
    "ambiguous": ":material/help:",
}


def show_outcome(record: PurchaseRecord) -> None:
    """A settled purchase as one sentence (success, or why it failed)."""
    progress = purchase_progress(record)
    message = progress.user_message(current_language())
    icon = _ICONS.get(progress.code)
    if progress.code == "charged":
        st.success(message, icon=icon)
    elif progress.code == "failed":
        st.error(message, icon=icon)
    else:
        st.info(message, icon=icon)


def _stop(user: CurrentUser, purchase_id: int) -> None:
    abandon(resources.store(), purchase_id, actor=user.username)


@st.fragment(run_every=POLL_SECONDS)
def waiting_panel(user: CurrentUser, purchase_id: int, on_settled: Callable[[], None]) -> None:
    """Follow the purchase one step per run; `on_settled` runs once it ends (then the page reruns)."""
    store = resources.store()
    record = store.credit_purchases.get(purchase_id)
    if record is None:
        return
    problem = None
    if record.is_open:
        try:
            record = follow(store, resources.client(), purchase_id, actor=user.username)
        except MonSmsError:
            problem = tr("payments.check_failed")
    if not record.is_open:
        on_settled()
        st.rerun(scope="app")
    progress = purchase_progress(record)
    st.progress(progress.progress)
    message = progress.user_message(current_language())
    if progress.code in ("late", "ambiguous"):
        st.warning(message, icon=_ICONS[progress.code])
    else:
        st.info(message, icon=_ICONS.get(progress.code, ":material/hourglass_top:"))
    if progress.code in ("waiting", "late"):
        st.caption(tr(f"payments.instructions.{record.payment_method}"))  # what to do on the phone
    if record.payment_url and record.status == "pending" and record.payment_method == "WAVE_CI":
        st.link_button(tr("payments.wave_link"), record.payment_url, icon=":material/open_in_new:")
    if problem:
        st.caption(problem)
    if progress.code == "late":
        st.button(
            tr("payments.stop_waiting"), icon=":material/cancel:", key=f"payments_stop_{purchase_id}",
            on_click=_stop, args=(user, purchase_id),
        )  # fmt: skip
