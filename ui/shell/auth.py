"""The login gate (run by app.py before `st.navigation`) and the role check every page runs first.

Design: streamlit-authenticator 0.4.2 handles the signed cookie (a JWT set and deleted through its
cookie component, read back from the request on reload); the login form is our own, because throttling
has to refuse an attempt *before* the password is checked, every attempt must reach the audit log,
and the labels must follow the session language. The library's own form checks the password first and
its attempt counter either resets every run (credentials dict) or locks accounts forever (YAML file).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, NoReturn

import jwt
import streamlit as st
import streamlit_authenticator as stauth
from streamlit_authenticator.utilities import LoginError, LogoutError

from monsms_core.accounts import can, record_logout, roles_with, sign_ins_revoked
from ui.runtime import resources
from ui.shell.auth_forms import first_admin_form, forced_password_change_form, login_form
from ui.shell.i18n import set_language, tr
from ui.shell.registry import navigation_pages
from ui.shell.session import (
    LOGOUT_FLAG,
    SET_COOKIE_FLAG,
    CurrentUser,
    clear_sign_in,
    remember_password,
    session_problem,
    session_username,
    set_notice,
    verified_user,
)

COOKIE_NAME = "monsms_auth"
COOKIE_EXPIRY_DAYS = 7.0


def _credentials(store: Any) -> dict[str, Any]:
    """What the authenticator needs to restore a session from its cookie: the enabled accounts only,
    so a disabled account's cookie is refused by the library as well as by our own check."""
    users = {
        u.username: {
            "email": u.email or "",
            "first_name": u.display_name,
            "last_name": "",
            "password": u.password_hash,
            "roles": [u.role],
        }
        for u in store.users.list()
        if not u.disabled
    }
    return {"usernames": users}


def _authenticator(store: Any, cookie_key: str) -> stauth.Authenticate:
    # Hashes are stored already (auto_hash=False); login_sleep_time=0 keeps deep links on the page asked
    # for (with the default 0.7 s pause a reload lands on the home page).
    return stauth.Authenticate(
        _credentials(store),
        COOKIE_NAME,
        cookie_key,
        COOKIE_EXPIRY_DAYS,
        auto_hash=False,
        login_sleep_time=0,
    )


def _cookie_revoked(store: Any, username: str, cookie_key: str) -> bool:
    """Whether the cookie that just restored the session predates a password reset or change."""
    token = st.context.cookies.get(COOKIE_NAME)
    try:
        claims = jwt.decode(token or "", cookie_key, algorithms=["HS256"])
        expires = float(claims["exp_date"])
    except (jwt.PyJWTError, KeyError, TypeError, ValueError):
        return True  # the library accepted it, so this cannot happen; refuse rather than guess
    issued_at = datetime.fromtimestamp(expires, UTC) - timedelta(days=COOKIE_EXPIRY_DAYS)
    return sign_ins_revoked(store, username, issued_at)


def _sign_out(authenticator: stauth.Authenticate, cookie_slot: Any) -> None:
    # Deletes the cookie through the component rendered on this very run: no st.rerun() may follow, or
    # the browser never receives the deletion and a reload signs the user back in.
    with cookie_slot:
        try:
            authenticator.logout(location="unrendered")
        except LogoutError:
            authenticator.cookie_controller.delete_cookie()
    clear_sign_in()
    st.session_state["logout"] = True


def _hidden_navigation() -> None:
    # Registering every page (hidden) keeps the address asked for, so after signing in the user lands on
    # the page they asked for.
    st.navigation(navigation_pages(None), position="hidden")


def gate(cookie_key: str) -> CurrentUser:
    """Return the signed-in user, or render the login, first-run or password-change screen and stop."""
    store = resources.store()
    authenticator = _authenticator(store, cookie_key)
    # The cookie components (set, delete) render in this slot, present on every run, so that the page's
    # own elements keep their positions whether or not a cookie is being written: otherwise the browser
    # briefly shows the old and the new page together.
    cookie_slot = st.container()
    if st.session_state.pop(LOGOUT_FLAG, False) and session_username():
        record_logout(store, session_username())
        _sign_out(authenticator, cookie_slot)
        set_notice("info", tr("auth.signed_out"))
    elif not session_username():
        try:
            authenticator.login(location="unrendered")
        except LoginError:
            # A valid cookie for an account that is now disabled or gone (gone: a fresh database, where
            # the first-run screen needs no warning).
            _sign_out(authenticator, cookie_slot)
            if store.users.count():
                set_notice("warning", tr("auth.account_disabled"))
        else:
            restored = session_username()
            if restored and _cookie_revoked(store, restored, cookie_key):
                _sign_out(authenticator, cookie_slot)
                set_notice("warning", tr("auth.session_revoked"))
            elif restored and (record := store.users.get(restored)) is not None:
                remember_password(record)
    user, problem = session_problem(store)
    if problem is not None:
        _sign_out(authenticator, cookie_slot)
        set_notice("warning", tr("auth.session_revoked" if problem == "revoked" else "auth.account_disabled"))
    if user is None:
        _hidden_navigation()
        if store.users.count() == 0:
            first_admin_form(store)
        else:
            login_form(store)
        st.stop()
    # The store is the authority on the user's language too: a session restored from the cookie (reload,
    # new tab) starts in the language the user chose last time.
    set_language(user.language)
    if st.session_state.pop(SET_COOKIE_FLAG, False):
        with cookie_slot:
            authenticator.cookie_controller.set_cookie()
    if user.must_change_password:
        _hidden_navigation()
        forced_password_change_form(store, user)
        st.stop()
    return user


def _refuse(kind: str, message: str) -> NoReturn:
    st.title(tr("auth.refused_title"), anchor=False)
    (st.warning if kind == "warning" else st.error)(message, icon=":material/lock:")
    st.stop()


def require_role(capability: str) -> CurrentUser:
    """First line of every page: the signed-in user if their role has `capability`; otherwise a clear
    "not allowed" message and nothing else of the page (also when the page is opened by a deep link or
    run on its own, without app.py's gate)."""
    roles_with(capability)  # fails loudly on a typo in a page
    user = verified_user(resources.store())
    if user is None:
        _refuse("warning", tr("auth.sign_in_first"))
    if user.must_change_password:
        _refuse("warning", tr("auth.change_password_first"))
    if not can(user.role, capability):
        _refuse("error", tr("auth.not_allowed", role=tr(f"accounts.role.{user.role}")))
    return user
