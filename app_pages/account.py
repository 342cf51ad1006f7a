"""My account (every user): who I am, my interface language, and a new password."""

from __future__ import annotations

import streamlit as st

from monsms_core.accounts import AccountError, change_own_password
from monsms_core.i18n import LANGUAGE_NAMES, LANGUAGES
from monsms_core.passwords import MIN_PASSWORD_LENGTH
from ui import resources
from ui.auth import require_role
from ui.i18n import current_language, tr
from ui.session import password_changed_here
from ui.sidebar import change_language

user = require_role("account")
_RESULT_KEY = "_my_account_result"

st.title(tr("page.my_account.title"), anchor=False)
st.markdown(
    tr(
        "page.my_account.summary",
        name=user.display_name,
        username=user.username,
        role=tr(f"accounts.role.{user.role}"),
    )
)

st.subheader(tr("page.my_account.language_title"), anchor=False)
st.session_state["my_account_language"] = current_language()  # follows a change made in the sidebar
st.radio(
    tr("ui.language"),
    LANGUAGES,
    format_func=LANGUAGE_NAMES.get,
    key="my_account_language",
    horizontal=True,
    label_visibility="collapsed",
    on_change=lambda: change_language(user.username, st.session_state.get("my_account_language")),
)


def _on_change_password() -> None:
    state = st.session_state
    lang = current_language()
    if state.get("my_new_password", "") != state.get("my_new_password_confirm", ""):
        state[_RESULT_KEY] = ("error", tr("auth.passwords_differ"))
        return
    try:
        record = change_own_password(
            resources.store(),
            username=user.username,
            current=state.get("my_current_password", ""),
            new=state.get("my_new_password", ""),
        )
    except AccountError as exc:
        state[_RESULT_KEY] = ("error", exc.user_message(lang))
        return
    for key in ("my_current_password", "my_new_password", "my_new_password_confirm"):
        state[key] = ""
    password_changed_here(record)
    state[_RESULT_KEY] = ("success", tr("auth.password_changed"))


st.subheader(tr("page.my_account.password_title"), anchor=False)
with st.form("my_password", border=True):
    st.text_input(
        tr("auth.current_password"),
        type="password",
        key="my_current_password",
        autocomplete="current-password",
    )
    st.text_input(
        tr("auth.new_password"),
        type="password",
        key="my_new_password",
        autocomplete="new-password",
        help=tr("accounts.password.rules", min=MIN_PASSWORD_LENGTH),
    )
    st.text_input(
        tr("auth.password_confirm"),
        type="password",
        key="my_new_password_confirm",
        autocomplete="new-password",
    )
    st.form_submit_button(
        tr("page.my_account.password_submit"),
        icon=":material/key:",
        type="primary",
        on_click=_on_change_password,
    )
result = st.session_state.pop(_RESULT_KEY, None)
if result:
    (st.success if result[0] == "success" else st.error)(result[1])
