"""My account (every user): who I am, my interface language, a new password, and the devices signed in
(with "sign out of all devices")."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.accounts import active_sessions, end_all_sessions, is_current
from monsms_core.i18n import LANGUAGE_NAMES, LANGUAGES
from monsms_core.i18n.formatting import format_datetime
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain
from ui.shell.password_form import PasswordKeys, password_change_form
from ui.shell.session import request_logout, session_secret
from ui.shell.sidebar import change_language

user = require_role("account")
_RESULT_KEY = "_my_account_result"
_PASSWORD_KEYS = PasswordKeys(
    current="my_current_password", new="my_new_password", confirm="my_new_password_confirm"
)

st.title(tr("page.my_account.title"), anchor=False)
st.markdown(
    tr(
        "page.my_account.summary",
        name=plain(user.display_name),
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


def _on_password_outcome(error: str | None) -> None:
    st.session_state[_RESULT_KEY] = ("error", error) if error else ("success", tr("auth.password_changed"))


st.subheader(tr("page.my_account.password_title"), anchor=False)
password_change_form(
    resources.store(),
    user.username,
    form_key="my_password",
    keys=_PASSWORD_KEYS,
    submit_label=tr("page.my_account.password_submit"),
    on_outcome=_on_password_outcome,
    icon=":material/key:",
)
result = st.session_state.pop(_RESULT_KEY, None)
if result:
    (st.success if result[0] == "success" else st.error)(result[1])


def _sign_out_everywhere() -> None:
    # This browser included: its own session ends with the others, through the ordinary sign-out.
    end_all_sessions(resources.store(), actor=user.username, username=user.username)
    request_logout()


st.subheader(tr("page.my_account.sessions_title"), anchor=False)
lang = current_language()
sessions = active_sessions(resources.store(), user.username)
secret = session_secret()
st.dataframe(
    pd.DataFrame(
        {
            tr("page.my_account.sessions_device"): [
                tr("page.my_account.sessions_this", device=s.device) if is_current(s, secret) else s.device
                for s in sessions
            ],
            tr("page.my_account.sessions_since"): [format_datetime(s.created_at, lang) for s in sessions],
            tr("page.my_account.sessions_last_seen"): [
                format_datetime(s.last_seen_at, lang) for s in sessions
            ],
        }
    ),
    hide_index=True,
    width="stretch",
)
st.button(
    tr("page.my_account.sign_out_everywhere"), icon=":material/devices_off:", on_click=_sign_out_everywhere
)
