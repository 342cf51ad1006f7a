"""Signing in: time-based throttling checked *before* any password, then the password check, with every
attempt written to `store.login_attempts` and the audit log.

Throttling rule: once an account (or a browser session) has 5 failed logins within 15 minutes, further
attempts are refused for 15 minutes after the last failure. Refused attempts are not counted as failures,
so the lock always ends: there is no permanent lockout, and a stranger cannot extend it forever.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from monsms_core.accounts.passwords import verify_password
from monsms_core.accounts.roles import normalize_username

MAX_FAILURES = 5
THROTTLE_WINDOW = timedelta(minutes=15)
LOCKOUT = timedelta(minutes=15)
# Login attempts only matter for throttling (the last 15 minutes); the audit log keeps the history. Kept a
# month, far beyond any throttling window, then purged on a successful login: the table cannot grow forever.
ATTEMPTS_KEPT = timedelta(days=30)
# Compared against when the username is unknown, so an unknown name costs the same bcrypt time as a known
# one and response times do not reveal which accounts exist. (The hash of a random, discarded password.)
_DUMMY_HASH = "$2b$12$gqRqw6FTllXAEL1KBVhgZOMRnWuPKhRZmqfOTrf/3hAnP7801mgiS"
# Usernames typed by strangers end up in the audit log: keep them short.
_MAX_LOGGED_NAME = 64

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (the default clock)."""
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    # The store may hand back naive datetimes (SQLite): they are UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class LoginOutcome:
    """The answer to a login attempt. `user` is set only when `status` is "ok"."""

    status: Literal["ok", "invalid", "throttled", "disabled", "empty"]
    user: Any = None
    retry_at: datetime | None = None


def locked_until(
    attempts: Any, *, username: str | None, client_id: str | None, now: datetime
) -> datetime | None:
    """When login attempts for this account or this browser session may resume, or None if they may now."""
    until: datetime | None = None
    scopes = (("username", username), ("client_id", client_id))
    for field, value in scopes:
        if not value:
            continue
        last = attempts.last_failure_at(**{field: value})
        if last is None:
            continue
        last = _aware(last)
        if now >= last + LOCKOUT:
            continue
        failures = attempts.failures_since(last - THROTTLE_WINDOW, **{field: value})
        if failures >= MAX_FAILURES:
            candidate = last + LOCKOUT
            until = candidate if until is None else max(until, candidate)
    return until


def attempt_login(
    store: Any,
    username: str | None,
    password: str | None,
    *,
    client_id: str,
    clock: Clock = utc_now,
) -> LoginOutcome:
    """Check a login: refuse while throttled (without looking at the password), else verify it.

    Records the attempt in `store.login_attempts` (used by throttling) and in the audit log.
    """
    name = normalize_username(username)[:_MAX_LOGGED_NAME]
    if not name or not password:
        return LoginOutcome("empty")
    now = clock()
    until = locked_until(store.login_attempts, username=name, client_id=client_id, now=now)
    if until is not None:
        store.audit.record(name, "login.throttled", target=name, details={"until": until.isoformat()})
        return LoginOutcome("throttled", retry_at=until)
    user = store.users.get(name)
    password_ok = verify_password(password, user.password_hash if user is not None else _DUMMY_HASH)
    if user is None or not password_ok:
        store.login_attempts.record(name, client_id, False, at=now)
        store.audit.record(name, "login.failed", target=name)
        return LoginOutcome("invalid")
    if user.disabled:
        # The right password for a disabled account: say so (it reveals nothing to someone who knows the
        # password) but it is still not a successful login.
        store.login_attempts.record(name, client_id, False, at=now)
        store.audit.record(name, "login.refused_disabled", target=name)
        return LoginOutcome("disabled")
    store.login_attempts.record(name, client_id, True, at=now)
    store.login_attempts.purge_before(now - ATTEMPTS_KEPT)
    store.users.record_login(name, at=now)
    store.audit.record(name, "login.succeeded", target=name)
    return LoginOutcome("ok", user=user)


def record_logout(store: Any, username: str) -> None:
    """Write a sign-out to the audit log (the session itself is the page's to end)."""
    store.audit.record(username, "logout", target=username)


# What ends the sign-ins made before it: a login cookie issued earlier no longer opens a session.
REVOKING_ACTIONS = frozenset({"user.password_reset", "user.password_changed", "user.disabled"})


def sign_ins_revoked(store: Any, username: str, issued_at: datetime) -> bool:
    """Whether, since a login cookie was issued at `issued_at`, the account's password was reset or
    changed, or the account disabled: the cookie must then stop working (e.g. after a reset because
    someone else knew the password, or a session left open on a shared computer)."""
    entries = store.audit.list(since=_aware(issued_at), action="user.", text=username, limit=1000)
    return any(entry.target == username and entry.action in REVOKING_ACTIONS for entry in entries)
