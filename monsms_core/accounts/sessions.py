"""Server-side sessions: opened at sign-in, checked on every page run, ended by signing out, by a
password change or reset, by disabling the account, or by "sign out of all devices".

A login cookie is only as good as the session it names: once the session is ended, a copy of the
cookie taken earlier (another browser, a stolen file) opens nothing.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from monsms_core.accounts.login import Clock, utc_now
from monsms_core.accounts.tokens import LOGIN_TOKEN_LIFETIME
from monsms_core.store import session_digest

# "Last seen" is rewritten at most this often, so page runs do not each write to the database.
TOUCH_EVERY = timedelta(minutes=1)


def open_session(store: Any, username: str, device: str, *, clock: Clock = utc_now) -> str:
    """Open a session for `username` on `device` (a short description of the browser); returns the
    secret to put in the login cookie. Sessions that ended (expired or revoked) are purged meanwhile."""
    now = clock()
    store.sessions.purge(now)
    return store.sessions.create(username, device, now + LOGIN_TOKEN_LIFETIME, at=now)


def live_session(store: Any, secret: str | None, username: str, *, clock: Clock = utc_now) -> Any:
    """The live session of `username` opened with `secret` (its "last seen" refreshed), or None when it
    was ended, has expired, or belongs to someone else."""
    if not secret:
        return None
    now = clock()
    record = store.sessions.active(secret, now)
    if record is None or record.username != username:
        return None
    if now - record.last_seen_at >= TOUCH_EVERY:
        store.sessions.touch(record.id, at=now)
    return record


def end_session(store: Any, secret: str | None, *, reason: str = "logout", clock: Clock = utc_now) -> None:
    """End the session opened with `secret` (signing out)."""
    if secret:
        store.sessions.revoke(session_digest(secret), reason, at=clock())


def end_all_sessions(
    store: Any, *, actor: str, username: str, keep_secret: str | None = None, clock: Clock = utc_now
) -> int:
    """End every session of `username` (but the one opened with `keep_secret`, if given); audited.
    Returns how many were ended."""
    keep = session_digest(keep_secret) if keep_secret else None
    ended = store.sessions.revoke_all(username, "all_devices", keep=keep, at=clock())
    store.audit.record(actor, "user.sessions_ended", target=username, details={"count": ended})
    return ended


def active_sessions(store: Any, username: str, *, clock: Clock = utc_now) -> list[Any]:
    """The user's live sessions, most recently seen first (device, created_at, last_seen_at)."""
    return store.sessions.list_active(username, clock())


def is_current(record: Any, secret: str | None) -> bool:
    """Whether `record` is the session opened with `secret` (this browser)."""
    return bool(secret) and record.id == session_digest(secret or "")


_BROWSERS = (("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"),
             ("Safari/", "Safari"))  # fmt: skip
_SYSTEMS = (("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"),
            ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"))  # fmt: skip


def describe_device(user_agent: str | None) -> str:
    """A short, readable name for a browser ("Chrome · Android") from its User-Agent header."""
    agent = user_agent or ""
    browser = next((name for mark, name in _BROWSERS if mark in agent), "?")
    system = next((name for mark, name in _SYSTEMS if mark in agent), "?")
    return f"{browser} · {system}"
