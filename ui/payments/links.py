"""Ways into the Recharger page (the sidebar's credit and its low-credit warning) and back to a send."""

from __future__ import annotations

import re

import streamlit as st

from monsms_core.accounts import may_buy
from ui.runtime import resources
from ui.shell.i18n import tr
from ui.shell.session import CurrentUser

RECHARGE_PAGE = "app_pages/send/recharge.py"
COMPOSER_PAGE = "app_pages/send/send.py"
_DRAFT_PATTERN = re.compile(r"^[0-9a-f]{32}$")  # the composer's draft keys (ui.composer.state)


def recharge_link(user: CurrentUser, *, low: bool = False) -> None:
    """A link to the Recharger page for those who may buy (more visible under a low-credit warning)."""
    if may_buy(resources.store(), user.role):
        label = tr("payments.link_low" if low else "payments.link")
        st.page_link(RECHARGE_PAGE, label=label, icon=":material/add_card:")


def draft_param(value: object) -> str | None:
    """A draft key from the address bar, or None when it is not one (it is user input)."""
    text = str(value or "")
    return text if _DRAFT_PATTERN.match(text) else None


def back_to_send(draft_key: str) -> None:
    """Open the composer on the draft `draft_key` (its content comes back from the store)."""
    from ui.composer.keep import restore_on_return

    restore_on_return()
    st.switch_page(COMPOSER_PAGE, query_params={"draft": draft_key})
