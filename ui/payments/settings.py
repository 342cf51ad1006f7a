"""The administrators' switch letting senders buy credit (`monsms_core.accounts.SENDERS_MAY_BUY_KEY`)."""

from __future__ import annotations

import streamlit as st

from monsms_core.accounts import SENDERS_MAY_BUY_KEY
from ui.runtime import resources
from ui.shell.i18n import tr
from ui.shell.session import CurrentUser

_WIDGET = "payments_senders_may_buy"


def _save(actor: str) -> None:
    # app_settings.set audits the change ("settings.changed") in the same transaction.
    resources.store().app_settings.set(SENDERS_MAY_BUY_KEY, bool(st.session_state[_WIDGET]), actor=actor)


def senders_may_buy_toggle(user: CurrentUser) -> None:
    """A toggle, saved as soon as it is flipped."""
    current = bool(resources.store().app_settings.get(SENDERS_MAY_BUY_KEY, False))
    st.session_state[_WIDGET] = current  # always show what is stored (another admin may have changed it)
    st.toggle(
        tr("payments.setting.senders_may_buy"),
        key=_WIDGET,
        help=tr("payments.setting.senders_may_buy_help"),
        on_change=_save,
        args=(user.username,),
    )
