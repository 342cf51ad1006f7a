"""Who is signed in, in this browser session.

streamlit-authenticator's session keys (authentication_status, username, name, email, roles, logout) are
the single record of the session's sign-in. The store stays the authority: every run re-reads the user
and checks the server-side session, so a disabled account, a new role, a sign-out elsewhere or "sign out
of all devices" takes effect on the next page load.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

import streamlit as st

from monsms_core.accounts import DeviceToken, describe_device, live_session
from ui.shell.i18n import set_language

# Our own session keys (the library's are plain names; ours start with an underscore).
SET_COOKIE_FLAG = "_auth_set_cookie"
LOGOUT_FLAG = "_auth_logout_requested"
NOTICE_KEY = "_auth_notice"
CLIENT_ID_KEY = "_auth_client_id"
PASSWORD_STAMP_KEY = "_auth_password_stamp"
SESSION_SECRET_KEY = "_auth_session_secret"
DEVICE_KEY = "_auth_device"
SET_DEVICE_FLAG = "_auth_set_device_cookie"


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user as the store knows them on this run."""

    username: str
    display_name: str
    role: str
    language: str
    must_change_password: bool

    @classmethod
    def from_record(cls, record: Any) -> CurrentUser:
        """Build from a store `UserRecord`."""
        return cls(
            record.username,
            record.display_name,
            record.role,
            record.language,
            bool(record.must_change_password),
        )


def client_id() -> str:
    """A random id for this browser session, so login throttling can also count per session."""
    if CLIENT_ID_KEY not in st.session_state:
        st.session_state[CLIENT_ID_KEY] = "session-" + secrets.token_hex(8)
    return str(st.session_state[CLIENT_ID_KEY])


def session_secret() -> str | None:
    """The secret of this browser session's server-side session (in its login cookie), or None."""
    return st.session_state.get(SESSION_SECRET_KEY)


def known_device() -> DeviceToken | None:
    """This browser's valid "known device" token, if it has one."""
    return st.session_state.get(DEVICE_KEY)


def remember_device(device: DeviceToken) -> None:
    """Keep `device` for this browser session and have its cookie written on this run."""
    st.session_state[DEVICE_KEY] = device
    st.session_state[SET_DEVICE_FLAG] = True


def this_device() -> str:
    """A short description of this browser, for the list of signed-in devices."""
    try:
        agent = st.context.headers.get("User-Agent")
    except Exception:  # no request behind this run
        agent = None
    return describe_device(agent if isinstance(agent, str) else None)


def session_username() -> str | None:
    """The username this session is signed in as (per the session state), or None."""
    st.session_state.setdefault("authentication_status", None)
    if st.session_state.get("authentication_status") is True:
        return st.session_state.get("username") or None
    return None


def password_stamp(record: Any) -> str:
    """A short one-way mark of the user's current password hash: when it changes (reset, or changed in
    another browser), sessions opened with the old password end on their next run."""
    return hashlib.sha256(record.password_hash.encode("utf-8")).hexdigest()[:16]


def remember_password(record: Any) -> None:
    """Tie this session to the user's current password (at sign-in, or after changing it here)."""
    st.session_state[PASSWORD_STAMP_KEY] = password_stamp(record)


def password_changed_here(record: Any) -> None:
    """After the user changed their own password in this session: keep this session and re-issue its
    cookie (the change ends every other session and every older cookie)."""
    remember_password(record)
    st.session_state[SET_COOKIE_FLAG] = True


def sign_in(record: Any, secret: str, *, set_cookie: bool = True) -> None:
    """Mark this session signed in as `record` with the server-side session opened with `secret`, and
    (unless it came from the cookie) ask for the login cookie to be set on this run."""
    st.session_state[SESSION_SECRET_KEY] = secret
    st.session_state["authentication_status"] = True
    st.session_state["username"] = record.username
    st.session_state["name"] = record.display_name
    st.session_state["email"] = record.email
    st.session_state["roles"] = [record.role]
    # The library refuses to read the cookie while "logout" is set; a fresh login lifts that.
    st.session_state["logout"] = None
    if set_cookie:
        st.session_state[SET_COOKIE_FLAG] = True
    remember_password(record)
    set_language(record.language)


def clear_sign_in() -> None:
    """Forget the signed-in user in this session (the cookie is the authenticator's business)."""
    for key in ("authentication_status", "username", "name", "email", "roles"):
        st.session_state[key] = None
    st.session_state.pop(SET_COOKIE_FLAG, None)
    st.session_state.pop(PASSWORD_STAMP_KEY, None)
    st.session_state.pop(SESSION_SECRET_KEY, None)


def session_problem(store: Any) -> tuple[CurrentUser | None, str | None]:
    """The signed-in user re-read from the store, or why the session must end: "disabled" (account
    disabled or gone), "revoked" (password reset or changed elsewhere since this session signed in) or
    "ended" (its server-side session was ended). (None, None) when nobody is signed in."""
    username = session_username()
    if username is None:
        return None, None
    record = store.users.get(username)
    if record is None or record.disabled:
        return None, "disabled"
    stamp = st.session_state.get(PASSWORD_STAMP_KEY)
    if stamp is not None and stamp != password_stamp(record):
        return None, "revoked"
    if live_session(store, session_secret(), record.username) is None:
        return None, "ended"
    return CurrentUser.from_record(record), None


def verified_user(store: Any) -> CurrentUser | None:
    """The signed-in user, re-read from the store; None if nobody is signed in or the session must end."""
    return session_problem(store)[0]


def set_notice(kind: str, message: str) -> None:
    """A message for the login screen (e.g. "you have been signed out"), kept until the next sign-in
    attempt: the cookie component's own rerun must not wipe it before the user could read it."""
    st.session_state[NOTICE_KEY] = (kind, message)


def current_notice() -> tuple[str, str] | None:
    """The login-screen message, if any."""
    return st.session_state.get(NOTICE_KEY)


def clear_notice() -> None:
    """Drop the login-screen message (the user is acting on the form)."""
    st.session_state.pop(NOTICE_KEY, None)


def request_logout() -> None:
    """Button callback: sign out on the run this click triggers (the gate, in ui.shell.auth, does it)."""
    st.session_state[LOGOUT_FLAG] = True
