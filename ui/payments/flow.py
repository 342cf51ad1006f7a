"""The whole "Recharger" flow in one call: the purchase under way (waiting), the one that just ended
(outcome), or the form. Drawn by the Recharger page and inline in the composer's shortfall block."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from monsms_core.accounts import may_buy
from monsms_core.payments import packs_from_offers
from monsms_core.store import PurchaseRecord
from ui.composer import data as composer_data
from ui.payments.form import SHOWN_KEY, new_form, purchase_form
from ui.payments.waiting import show_outcome, waiting_panel
from ui.runtime import api_data, resources
from ui.shell.i18n import current_language, tr
from ui.shell.session import CurrentUser


def forget_balance() -> None:
    """The credit changed: the sidebar's and the composer's cached balances are read again."""
    api_data.forget_credit()
    composer_data.refresh("balance")


def recharge_flow(
    user: CurrentUser,
    *,
    missing: int | None = None,
    return_to: str | None = None,
    prefix: str = "payments",
    after: Callable[[], None] | None = None,
) -> bool:
    """Draw the flow for `user`; True when a purchase is being paid (the caller may want to say so).
    `after` draws what comes once a purchase is charged (e.g. "Revenir à l'envoi")."""
    store = resources.store()
    if not may_buy(store, user.role):
        st.info(tr("payments.error.not_allowed"), icon=":material/lock:")
        return False
    under_way = store.credit_purchases.open_purchase()
    if under_way is not None:  # a reload, another tab or a colleague: follow it, never start another
        st.session_state[SHOWN_KEY] = under_way.id
        waiting_panel(user, under_way.id, forget_balance)
        return True
    shown = st.session_state.get(SHOWN_KEY)
    record = store.credit_purchases.get(int(shown)) if shown is not None else None
    if record is not None:
        show_outcome(record)
        if record.status == "charged" and after is not None:
            after()
        st.button(
            tr("payments.buy_again"), icon=":material/add_card:", on_click=new_form, key=f"{prefix}_again"
        )
        return False
    offers = composer_data.offers()
    packs = packs_from_offers(offers.value) if offers.ok else []
    if not packs:
        st.warning(offers.message(current_language()) if not offers.ok else tr("payments.no_offers"))
        return False
    purchase_form(user, packs, missing=missing, return_to=return_to, prefix=prefix)
    return False


def followed_purchase() -> PurchaseRecord | None:
    """The purchase under way, else the one this session just followed, else None."""
    store = resources.store()
    under_way = store.credit_purchases.open_purchase()
    if under_way is not None:
        return under_way
    shown = st.session_state.get(SHOWN_KEY)
    return store.credit_purchases.get(int(shown)) if shown is not None else None


def purchase_notice() -> None:
    """Once: the outcome of the purchase this session just followed (e.g. above a send it unblocked)."""
    shown = st.session_state.get(SHOWN_KEY)
    record = resources.store().credit_purchases.get(int(shown)) if shown is not None else None
    if record is not None and not record.is_open:
        show_outcome(record)
        new_form()
