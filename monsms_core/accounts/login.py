"""Signing in: time-based throttling checked *before* any password, then the password check, with every
attempt written to `store.login_attempts` and the audit log.

Throttling rule (OWASP's "targeted lockout" advice): each scope, an account or a browser, gets progressive
delays after repeated failures (2 s, 4 s, 8 s), and once it has 5 failed logins within 15 minutes, further
attempts are refused for 15 minutes after the last failure. Refused attempts are not counted as failures,
so the lock always ends.

A browser that signed in successfully to an account before carries a signed "known device" token for
it: for that account it is throttled on its own failures only, so a stranger failing on purpose from
elsewhere cannot keep the owner out. Unknown browsers get both the account's and their own throttle,
as strict as ever. Every lockout, and every unlock by an administrator, is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from monsms_core.accounts.passwords import hash_password, needs_rehash, verify_password
from monsms_core.accounts.roles import AccountError, normalize_username
from monsms_core.accounts.tokens import DeviceToken

MAX_FAILURES = 5
THROTTLE_WINDOW = timedelta(minutes=15)
LOCKOUT = timedelta(minutes=15)
# Login attempts only matter for throttling (the last 15 minutes); the audit log keeps the history. Kept a
# month, far beyond any throttling window, then purged on a successful login: the table cannot grow forever.
ATTEMPTS_KEPT = timedelta(days=30)
# The wait after the n-th failure in a row, before the lockout: 2 s, 4 s, 8 s.
FIRST_DELAY = timedelta(seconds=2)
# Compared against when the username is unknown, so an unknown name costs the same bcrypt time as a known
# one and response times do not reveal which accounts exist. (The hash of a random, discarded password.)
# It has the cost of BCRYPT_ROUNDS (tests check it).
_DUMMY_HASH = "$2b$10$0WVBMMgajo.XmH2jLXxmwORLj06YHjjxLQr1KIGW6kkKPXAvO3IIa"
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


def _wait_after(failures: int) -> timedelta:
    if failures >= MAX_FAILURES:
        return LOCKOUT
    if failures < 2:
        return timedelta(0)
    return FIRST_DELAY * 2 ** (failures - 2)


def _scope_until(attempts: Any, now: datetime, *, full_only: bool, **scope: str) -> datetime | None:
    last = attempts.last_failure_at(**scope)
    if last is None:
        return None
    last = _aware(last)
    failures = attempts.failures_since(last - THROTTLE_WINDOW, **scope)
    if full_only and failures < MAX_FAILURES:
        return None
    until = last + _wait_after(failures)
    return until if now < until else None


def locked_until(
    attempts: Any, *, username: str | None, client_id: str | None, now: datetime
) -> datetime | None:
    """When login attempts for this account and from this browser may resume (progressive delays and
    lockout of both scopes), or None if they may now. `username=None` leaves the account's own
    throttle out (a known device)."""
    candidates = [
        _scope_until(attempts, now, full_only=False, **{field: value})
        for field, value in (("username", username), ("client_id", client_id))
        if value
    ]
    found = [c for c in candidates if c is not None]
    return max(found) if found else None


def account_locked_until(store: Any, username: str, *, now: datetime | None = None) -> datetime | None:
    """When the lockout of this account (for browsers it does not know) ends, or None if it is not
    locked out."""
    return _scope_until(
        store.login_attempts, now or utc_now(), full_only=True, username=normalize_username(username)
    )


def unlock_account(store: Any, *, actor: str, username: str, clock: Clock = utc_now) -> datetime | None:
    """Lift the throttling of `username` (an administrator's decision, audited): its failed attempts are
    forgotten. Returns when the lockout would have ended (None if it was not locked out)."""
    name = normalize_username(username)
    if store.users.get(name) is None:
        raise AccountError("unknown_user", username=name)
    until = account_locked_until(store, name, now=clock())
    store.login_attempts.forget_failures(name)
    details = {"was_locked_until": until.isoformat() if until else None}
    store.audit.record(actor, "user.unlocked", target=name, details=details)
    return until


def _record_failure(store: Any, name: str, client: str, action: str, now: datetime) -> None:
    store.login_attempts.record(name, client, False, at=now)
    store.audit.record(name, action, target=name)
    # Every failure counts for the account as well (a known browser failing locks strangers out too).
    for scope, fields in (("account", {"username": name}), ("client", {"client_id": client})):
        until = _scope_until(store.login_attempts, now, full_only=True, **fields)
        if until is not None:
            store.audit.record(
                name, "login.locked", target=name, details={"scope": scope, "until": until.isoformat()}
            )


def attempt_login(
    store: Any,
    username: str | None,
    password: str | None,
    *,
    client_id: str,
    device: DeviceToken | None = None,
    clock: Clock = utc_now,
) -> LoginOutcome:
    """Check a login: refuse while throttled (without looking at the password), else verify it.

    `client_id` identifies the browser session; `device`, the browser's "known device" token if it
    has a valid one (its failures are then counted per device, across sessions). Records the attempt
    in `store.login_attempts` (used by throttling) and in the audit log.
    """
    name = normalize_username(username)[:_MAX_LOGGED_NAME]
    if not name or not password:
        return LoginOutcome("empty")
    now = clock()
    known = device is not None and device.knows(name)
    client = f"device:{device.device_id}" if device is not None else client_id
    until = locked_until(store.login_attempts, username=None if known else name, client_id=client, now=now)
    if until is not None:
        store.audit.record(name, "login.throttled", target=name, details={"until": until.isoformat()})
        return LoginOutcome("throttled", retry_at=until)
    user = store.users.get(name)
    password_ok = verify_password(password, user.password_hash if user is not None else _DUMMY_HASH)
    if user is None or not password_ok:
        _record_failure(store, name, client, "login.failed", now)
        return LoginOutcome("invalid")
    if user.disabled:
        # The right password for a disabled account: say so (it reveals nothing to someone who knows the
        # password) but it is still not a successful login.
        _record_failure(store, name, client, "login.refused_disabled", now)
        return LoginOutcome("disabled")
    store.login_attempts.record(name, client, True, at=now)
    store.login_attempts.purge_before(now - ATTEMPTS_KEPT)
    if needs_rehash(user.password_hash):
        user = store.users.update(name, password_hash=hash_password(password))
    store.users.record_login(name, at=now)
    store.audit.record(name, "login.succeeded", target=name)
    return LoginOutcome("ok", user=user)


def record_first_sign_in(store: Any, username: str) -> None:
    """The first administrator is signed in as their account is created, without a password check: that
    is their first login, and the Team page's "Dernière connexion" must say so rather than "Jamais"."""
    name = normalize_username(username)
    store.users.record_login(name, at=utc_now())
    store.audit.record(name, "login.succeeded", target=name)


def record_logout(store: Any, username: str) -> None:
    """Write a sign-out to the audit log (the session itself is the page's to end)."""
    store.audit.record(username, "logout", target=username)
