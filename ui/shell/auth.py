"""The login gate (run by app.py before `st.navigation`) and the role check every page runs first.

Design: the login cookie names a server-side session (monsms_core.accounts.sessions), checked on every
run, so that signing out ends it for every copy of the cookie. The cookie is read once per browser
session from the request (st.context.cookies) and decoded by monsms_core.accounts.tokens, which refuses
any token it cannot trust without raising; it is written and deleted through the cookie component
(ui.shell.cookies). The login form is our own, because throttling has to refuse an attempt *before* the
password is checked, every attempt must reach the audit log, and the labels must follow the session
language.
"""

from __future__ import annotations

import logging
from typing import Any, NoReturn

import streamlit as st

from monsms_core.accounts import (
    DEVICE_TOKEN_LIFETIME,
    LOGIN_TOKEN_LIFETIME,
    can,
    end_session,
    issue_device_token,
    issue_login_token,
    live_session,
    read_device_token,
    read_login_token,
    record_logout,
    roles_with,
    utc_now,
)
from ui.runtime import resources
from ui.shell.auth_forms import first_admin_form, forced_password_change_form, login_form
from ui.shell.cookies import DEVICE_COOKIE, LOGIN_COOKIE, CookieWriter, request_cookie
from ui.shell.i18n import set_language, tr
from ui.shell.registry import navigation_pages
from ui.shell.session import (
    DEVICE_KEY,
    LOGOUT_FLAG,
    SET_COOKIE_FLAG,
    SET_DEVICE_FLAG,
    CurrentUser,
    clear_sign_in,
    known_device,
    session_problem,
    session_secret,
    session_username,
    set_notice,
    sign_in,
    verified_user,
)

logger = logging.getLogger("monsms.auth")
# Set once the request's cookies were read: later runs of the same browser session must not restore a
# sign-in from them (after signing out, the request still carries the cookie the browser sent then).
_COOKIES_READ_KEY = "_auth_cookies_read"
_PROBLEM_NOTICES = {"revoked": "auth.session_revoked", "ended": "auth.session_ended"}


def _sign_out(cookies: CookieWriter) -> None:
    # Deletes the cookie through the component rendered on this very run: no st.rerun() may follow, or
    # the browser never receives the deletion. The "known device" cookie stays: it is what lets this
    # browser sign in again while strangers are locked out.
    cookies.delete(LOGIN_COOKIE)
    clear_sign_in()
    st.session_state["logout"] = True


def _unreadable(cookies: CookieWriter, name: str) -> None:
    # Never the token itself in the log: it may be a real (stolen or outdated) credential.
    logger.warning("Ignored an unreadable %s cookie (forged, expired or another key's) and cleared it.", name)
    cookies.delete(name)


def _read_cookies(store: Any, cookie_key: str, cookies: CookieWriter) -> None:
    """Once per browser session: the known-device token, then a sign-in restored from the login cookie
    when it names a live session of an enabled account."""
    st.session_state[_COOKIES_READ_KEY] = True
    now = utc_now()
    raw_device = request_cookie(DEVICE_COOKIE)
    if raw_device is not None:
        device = read_device_token(raw_device, cookie_key, now)
        if device is None:
            _unreadable(cookies, DEVICE_COOKIE)
        else:
            st.session_state[DEVICE_KEY] = device
    raw_login = request_cookie(LOGIN_COOKIE)
    if raw_login is None:
        return
    token = read_login_token(raw_login, cookie_key, now)
    if token is None:
        _unreadable(cookies, LOGIN_COOKIE)
        return
    record = store.users.get(token.username)
    if record is None or record.disabled:
        cookies.delete(LOGIN_COOKIE)
        if store.users.count():  # none at all: a fresh database, where the first-run screen says enough
            set_notice("warning", tr("auth.account_disabled"))
    elif live_session(store, token.session_secret, record.username) is None:
        cookies.delete(LOGIN_COOKIE)
        set_notice("warning", tr("auth.session_ended"))
    else:
        sign_in(record, token.session_secret, set_cookie=False)


def _write_cookies(cookie_key: str, cookies: CookieWriter, user: CurrentUser) -> None:
    now = utc_now()
    if st.session_state.pop(SET_COOKIE_FLAG, False) and session_secret():
        token = issue_login_token(cookie_key, user.username, session_secret() or "", now)
        cookies.set(LOGIN_COOKIE, token, LOGIN_TOKEN_LIFETIME)
    device = known_device()
    if st.session_state.pop(SET_DEVICE_FLAG, False) and device is not None:
        cookies.set(DEVICE_COOKIE, issue_device_token(cookie_key, device, now), DEVICE_TOKEN_LIFETIME)


def _hidden_navigation() -> None:
    # Registering every page (hidden) keeps the address asked for, so after signing in the user lands on
    # the page they asked for.
    st.navigation(navigation_pages(None), position="hidden")


def gate(cookie_key: str) -> CurrentUser:
    """Return the signed-in user, or render the login, first-run or password-change screen and stop."""
    store = resources.store()
    # The cookie components (set, delete) render in this slot, present on every run, so that the page's
    # own elements keep their positions whether or not a cookie is being written: otherwise the browser
    # briefly shows the old and the new page together.
    cookies = CookieWriter(st.container())
    if st.session_state.pop(LOGOUT_FLAG, False) and (leaving := session_username()):
        record_logout(store, leaving)
        end_session(store, session_secret())
        _sign_out(cookies)
        set_notice("info", tr("auth.signed_out"))
    elif not session_username() and not st.session_state.get(_COOKIES_READ_KEY):
        _read_cookies(store, cookie_key, cookies)
    user, problem = session_problem(store)
    if problem is not None:
        _sign_out(cookies)
        set_notice("warning", tr(_PROBLEM_NOTICES.get(problem, "auth.account_disabled")))
    if user is None:
        _hidden_navigation()
        if store.users.count() == 0:
            first_admin_form(store)
        else:
            login_form(store)
        cookies.flush()
        st.stop()
    # The store is the authority on the user's language too: a session restored from the cookie (reload,
    # new tab) starts in the language the user chose last time.
    set_language(user.language)
    _write_cookies(cookie_key, cookies, user)
    cookies.flush()
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
