"""The sidebar under the page menu: who is signed in, the SMS credit, the language and sign-out."""

from __future__ import annotations

import streamlit as st

from monsms_core.accounts import AccountError, read_preferences
from monsms_core.accounts import set_language as save_language
from monsms_core.i18n import LANGUAGE_NAMES, LANGUAGES
from monsms_core.i18n.formatting import format_number
from ui.payments.links import recharge_link
from ui.review.badge import render_review_badge
from ui.runtime import api_data, resources
from ui.shell.i18n import current_language, set_language, tr
from ui.shell.markdown import plain
from ui.shell.session import CurrentUser, request_logout
from ui.shell.widgets import mode_badge

LANGUAGE_WIDGET_KEY = "_sidebar_language"


def change_language(username: str, lang: str | None) -> None:
    """Use `lang` from now on, in this session and in the user's next ones."""
    if not lang:
        return
    try:
        save_language(resources.store(), username=username, language=lang)
    except AccountError:
        return
    set_language(lang)


def _credit_block(user: CurrentUser) -> None:
    fetched = api_data.credit()
    lang = current_language()
    if not fetched.ok:
        st.warning(fetched.message(lang), icon=":material/cloud_off:")
        return
    credit = int(fetched.value)
    st.markdown(":material/sms: " + tr("ui.credit_line", credit=format_number(credit, lang)))
    threshold = read_preferences(resources.store()).low_credit_threshold
    if credit < threshold:
        st.warning(tr("ui.credit_low", threshold=format_number(threshold, lang)), icon=":material/warning:")
    recharge_link(user, low=credit < threshold)


def render_sidebar(user: CurrentUser) -> None:
    """Fill the sidebar for `user` (the page menu itself comes from st.navigation)."""
    with st.sidebar:
        st.markdown(
            f"**{plain(user.display_name)}**  \n{tr(f'accounts.role.{user.role}')} · `{user.username}`"
        )
        mode_badge(short=True)
        _credit_block(user)
        render_review_badge(user)
        # Set before the widget is drawn (no default= as well): it then always shows the language in use,
        # even when it was changed elsewhere (My account page).
        st.session_state[LANGUAGE_WIDGET_KEY] = current_language()
        st.segmented_control(
            tr("ui.language"),
            LANGUAGES,
            format_func=lambda code: LANGUAGE_NAMES.get(code, code),
            key=LANGUAGE_WIDGET_KEY,
            required=True,
            on_change=lambda: change_language(user.username, st.session_state.get(LANGUAGE_WIDGET_KEY)),
        )
        st.button(tr("ui.logout"), icon=":material/logout:", on_click=request_logout, width="stretch")
