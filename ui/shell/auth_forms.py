"""The screens shown before the dashboard: sign in, create the first administrator, and replace a
one-time password. Submissions are handled in the buttons' callbacks, which run before the script: the
run that follows already knows the outcome, so a successful sign-in goes straight on to the page asked
for (and sets the login cookie on that run) without an extra st.rerun()."""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

import streamlit as st

from monsms_core.accounts import (
    AccountError,
    attempt_login,
    create_first_admin,
    ensure_setup_code,
    open_session,
    record_first_sign_in,
    remember_user,
    setup_code_path,
    setup_code_required,
    utc_now,
)
from monsms_core.i18n import LANGUAGE_NAMES, LANGUAGES
from monsms_core.i18n.formatting import format_datetime
from ui.runtime import resources
from ui.shell.i18n import current_language, set_language, tr
from ui.shell.markdown import plain
from ui.shell.password_form import PasswordKeys, password_change_form, password_fields
from ui.shell.session import (
    CurrentUser,
    clear_notice,
    client_id,
    current_notice,
    known_device,
    remember_device,
    request_logout,
    sign_in,
    this_device,
)
from ui.shell.sidebar import change_language
from ui.shell.widgets import brand_header, mode_badge

_ERROR_KEY = "_auth_form_error"
_FIRST_ADMIN_KEYS = PasswordKeys(new="first_password", confirm="first_password_confirm")
_FORCED_KEYS = PasswordKeys(current="forced_current", new="forced_new", confirm="forced_confirm")
logger = logging.getLogger("monsms.auth")


def _start_session(store: Any, record: Any) -> None:
    """Open the server-side session of a successful sign-in and remember this browser for the account."""
    sign_in(record, open_session(store, record.username, this_device()))
    remember_device(remember_user(known_device(), record.username))


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
        format_func=lambda code: LANGUAGE_NAMES.get(code, code),
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
    outcome = attempt_login(store, username, password, client_id=client_id(), device=known_device())
    if outcome.status == "ok":
        _start_session(store, outcome.user)
    elif outcome.status == "throttled" and outcome.retry_at is not None:
        seconds = max(1, math.ceil((outcome.retry_at - utc_now()).total_seconds()))
        minutes = max(1, math.ceil(seconds / 60))
        st.session_state[_ERROR_KEY] = (
            tr("auth.throttled_seconds", seconds=seconds)
            if seconds < 60
            else tr(
                "auth.throttled",
                minutes=minutes,
                time=format_datetime(outcome.retry_at, current_language()),
            )
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


def _setup_dir() -> Path | None:
    """The data folder whose setup code must be given, or None when this server may skip it."""
    settings = resources.settings()
    if not setup_code_required(settings.mode, st.get_option("server.address")):
        return None
    return settings.data_dir


@st.cache_resource(show_spinner=False, max_entries=8)
def _announce_setup_code(code: str, path: str) -> None:
    # Once per process and code: on the server's console, for whoever started it.
    message = tr("auth.setup_code_console", code=code, path=path)
    print(message, flush=True)
    logger.warning(message)


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
            setup_dir=_setup_dir(),
            setup_code=state.get("first_setup_code"),
        )
    except AccountError as exc:
        state[_ERROR_KEY] = exc.user_message(current_language())
        return
    _FIRST_ADMIN_KEYS.clear()
    state["first_setup_code"] = ""
    record_first_sign_in(store, user.username)
    _start_session(store, user)
    st.toast(tr("auth.first_admin.done"), icon=":material/check_circle:")


def first_admin_form(store: Any) -> None:
    """The first-run screen: no account exists yet, so the visitor creates the first administrator."""
    setup_dir = _setup_dir()
    if setup_dir is not None:
        _announce_setup_code(ensure_setup_code(setup_dir), str(setup_code_path(setup_dir)))
    with _screen_start():
        st.info(tr("auth.first_admin.intro"), icon=":material/waving_hand:")
        if setup_dir is None:
            st.caption(tr("auth.setup_code_skipped"))
        with st.form("first_admin", border=True):
            st.subheader(tr("auth.first_admin.title"))
            if setup_dir is not None:
                st.text_input(
                    tr("auth.setup_code"),
                    key="first_setup_code",
                    type="password",
                    help=tr("auth.setup_code_help", path=str(setup_code_path(setup_dir))),
                )
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
        st.warning(tr("auth.must_change.intro", name=plain(user.display_name)), icon=":material/key:")
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
