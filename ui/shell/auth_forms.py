"""The screens shown before the dashboard: sign in, create the first administrator, and replace a
one-time password. Submissions are handled in the buttons' callbacks, which run before the script: the
run that follows already knows the outcome, so a successful sign-in goes straight on to the page asked
for (and sets the login cookie on that run) without an extra st.rerun()."""

from __future__ import annotations

import math
from typing import Any

import streamlit as st

from monsms_core.accounts import AccountError, attempt_login, create_first_admin, utc_now
from monsms_core.i18n import LANGUAGE_NAMES, LANGUAGES
from monsms_core.i18n.formatting import format_datetime
from ui.shell.i18n import current_language, set_language, tr
from ui.shell.password_form import PasswordKeys, password_change_form, password_fields
from ui.shell.session import CurrentUser, clear_notice, client_id, current_notice, request_logout, sign_in
from ui.shell.sidebar import change_language
from ui.shell.widgets import brand_header, mode_badge

_ERROR_KEY = "_auth_form_error"
_FIRST_ADMIN_KEYS = PasswordKeys(new="first_password", confirm="first_password_confirm")
_FORCED_KEYS = PasswordKeys(current="forced_current", new="forced_new", confirm="forced_confirm")


def _show_messages() -> None:
    notice = current_notice()
    if notice:
        kind, message = notice
        {"info": st.info, "success": st.success}.get(kind, st.warning)(message)
    # Kept until the next submission (cleared by the callbacks), so an extra rerun cannot hide it.
    error = st.session_state.get(_ERROR_KEY)
    if error:
        st.error(error)


def _on_language(username: str | None) -> None:
    lang = st.session_state.get("_auth_language") or "fr"
    if username:  # signed in (one-time password screen): the choice is kept for the user
        change_language(username, lang)
    else:
        set_language(lang)


def _language_switch(username: str | None = None) -> None:
    # Before sign-in the choice lasts for this browser session; afterwards it is kept per user.
    st.session_state["_auth_language"] = current_language()
    st.segmented_control(
        tr("ui.language"),
        LANGUAGES,
        format_func=LANGUAGE_NAMES.get,
        key="_auth_language",
        required=True,
        on_change=_on_language,
        args=(username,),
        label_visibility="collapsed",
    )


def _screen_start(username: str | None = None) -> Any:
    """The centred column every pre-dashboard screen uses, with the brand and the mode badge."""
    _, middle, _ = st.columns([1, 2, 1])
    with middle:
        brand_header()
        _language_switch(username)
        mode_badge()
        _show_messages()
    return middle


def _on_login(store: Any) -> None:
    clear_notice()
    st.session_state.pop(_ERROR_KEY, None)
    username = st.session_state.get("login_username", "")
    password = st.session_state.get("login_password", "")
    st.session_state["login_password"] = ""
    outcome = attempt_login(store, username, password, client_id=client_id())
    if outcome.status == "ok":
        sign_in(outcome.user)
    elif outcome.status == "throttled" and outcome.retry_at is not None:
        minutes = max(1, math.ceil((outcome.retry_at - utc_now()).total_seconds() / 60))
        st.session_state[_ERROR_KEY] = tr(
            "auth.throttled",
            minutes=minutes,
            time=format_datetime(outcome.retry_at, current_language()),
        )
    elif outcome.status == "disabled":
        st.session_state[_ERROR_KEY] = tr("auth.account_disabled")
    elif outcome.status == "empty":
        st.session_state[_ERROR_KEY] = tr("auth.fill_both")
    else:
        st.session_state[_ERROR_KEY] = tr("auth.invalid_credentials")


def login_form(store: Any) -> None:
    """The sign-in screen."""
    with _screen_start(), st.form("login", border=True):
        st.subheader(tr("auth.login.title"))
        st.text_input(tr("auth.username"), key="login_username", autocomplete="username")
        st.text_input(
            tr("auth.password"), type="password", key="login_password", autocomplete="current-password"
        )
        st.form_submit_button(
            tr("auth.login.submit"), type="primary", on_click=_on_login, args=(store,), width="stretch"
        )
        st.caption(tr("auth.login.forgot"))


def _on_first_admin(store: Any) -> None:
    clear_notice()
    st.session_state.pop(_ERROR_KEY, None)
    state = st.session_state
    if not _FIRST_ADMIN_KEYS.confirmed():
        state[_ERROR_KEY] = tr("auth.passwords_differ")
        return
    try:
        user = create_first_admin(
            store,
            username=state.get("first_username", ""),
            display_name=state.get("first_display_name", ""),
            password=_FIRST_ADMIN_KEYS.value(_FIRST_ADMIN_KEYS.new),
            email=state.get("first_email") or None,
            language=current_language(),
        )
    except AccountError as exc:
        state[_ERROR_KEY] = exc.user_message(current_language())
        return
    _FIRST_ADMIN_KEYS.clear()
    sign_in(user)
    st.toast(tr("auth.first_admin.done"), icon=":material/check_circle:")


def first_admin_form(store: Any) -> None:
    """The first-run screen: no account exists yet, so the visitor creates the first administrator."""
    with _screen_start():
        st.info(tr("auth.first_admin.intro"), icon=":material/waving_hand:")
        with st.form("first_admin", border=True):
            st.subheader(tr("auth.first_admin.title"))
            st.text_input(tr("auth.display_name"), key="first_display_name", autocomplete="name")
            st.text_input(
                tr("auth.username"),
                key="first_username",
                autocomplete="username",
                help=tr("auth.username_help"),
            )
            st.text_input(tr("auth.email_optional"), key="first_email", autocomplete="email")
            password_fields(_FIRST_ADMIN_KEYS, new_label=tr("auth.password"))
            st.form_submit_button(
                tr("auth.first_admin.submit"),
                type="primary",
                on_click=_on_first_admin,
                args=(store,),
                width="stretch",
            )


def _on_forced_outcome(error: str | None) -> None:
    if error:
        st.session_state[_ERROR_KEY] = error
    else:
        st.session_state.pop(_ERROR_KEY, None)
        st.toast(tr("auth.password_changed"), icon=":material/check_circle:")


def forced_password_change_form(store: Any, user: CurrentUser) -> None:
    """Shown instead of the dashboard while the user still has a one-time password."""

    with _screen_start(user.username):
        st.warning(tr("auth.must_change.intro", name=user.display_name), icon=":material/key:")
        password_change_form(
            store,
            user.username,
            form_key="forced_password_change",
            keys=_FORCED_KEYS,
            title=tr("auth.must_change.title"),
            submit_label=tr("auth.must_change.submit"),
            on_outcome=_on_forced_outcome,
            width="stretch",
        )
        st.button(tr("ui.logout"), icon=":material/logout:", on_click=request_logout)
