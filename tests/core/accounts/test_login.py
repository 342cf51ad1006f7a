"""Login throttling and attempt recording, on SQLite and PostgreSQL, with an injected clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import bcrypt
import pytest

from monsms_core import accounts
from monsms_core.accounts import (
    ATTEMPTS_KEPT,
    LOCKOUT,
    attempt_login,
    locked_until,
    login,
    passwords,
    record_logout,
)
from monsms_core.store import Store
from tests.core.accounts.conftest import GOOD

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.usefixtures("team")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _fail(store: Store, clock: Clock, times: int, *, username: str = "awa", client: str = "c1") -> None:
    for _ in range(times):
        assert attempt_login(store, username, "wrong", client_id=client, clock=clock).status == "invalid"
        clock.advance(seconds=30)


def test_success_and_failure_are_recorded_and_audited(store: Store) -> None:
    clock = Clock(T0)
    ok = attempt_login(store, " AWA ", GOOD, client_id="c1", clock=clock)
    assert ok.status == "ok" and ok.user.username == "awa"
    assert attempt_login(store, "awa", "wrong", client_id="c1", clock=clock).status == "invalid"
    assert attempt_login(store, "ghost", GOOD, client_id="c1", clock=clock).status == "invalid"
    assert attempt_login(store, "", GOOD, client_id="c1", clock=clock).status == "empty"
    assert store.login_attempts.failures_since(T0, username="awa") == 1
    assert store.login_attempts.failures_since(T0, username="ghost") == 1
    assert store.users.get("awa").last_login_at is not None
    actions = [(e.action, e.target) for e in reversed(store.audit.list(since=T0 - timedelta(days=1)))]
    assert actions[-3:] == [("login.succeeded", "awa"), ("login.failed", "awa"), ("login.failed", "ghost")]


def test_five_failures_lock_the_account_for_fifteen_minutes(store: Store) -> None:
    clock = Clock(T0)
    _fail(store, clock, 5)
    fifth = T0 + timedelta(seconds=120)
    # Throttled before the password is looked at: the right password is refused too.
    refused = attempt_login(store, "awa", GOOD, client_id="other-browser", clock=clock)
    assert refused.status == "throttled"
    assert refused.retry_at == fifth + LOCKOUT
    assert store.login_attempts.failures_since(T0, username="awa") == 5  # refusals are not failures
    assert any(e.action == "login.throttled" for e in store.audit.list(since=T0 - timedelta(days=1)))
    # Another account is not affected (from another browser).
    assert attempt_login(store, "aya", GOOD, client_id="c2", clock=clock).status == "ok"
    clock.now = fifth + LOCKOUT - timedelta(seconds=1)
    assert attempt_login(store, "awa", GOOD, client_id="c3", clock=clock).status == "throttled"
    clock.now = fifth + LOCKOUT
    assert attempt_login(store, "awa", GOOD, client_id="c3", clock=clock).status == "ok"


def test_failures_spread_over_more_than_the_window_do_not_lock(store: Store) -> None:
    clock = Clock(T0)
    _fail(store, clock, 4)
    clock.advance(minutes=16)
    _fail(store, clock, 1)
    assert attempt_login(store, "awa", GOOD, client_id="c1", clock=clock).status == "ok"


def test_a_browser_session_guessing_many_accounts_is_locked(store: Store) -> None:
    clock = Clock(T0)
    for name in ("awa", "aya", "ghost1", "ghost2", "ghost3"):
        _fail(store, clock, 1, username=name, client="sprayer")
    refused = attempt_login(store, "aya", GOOD, client_id="sprayer", clock=clock)
    assert refused.status == "throttled"
    # The same accounts still open from another browser session.
    assert attempt_login(store, "aya", GOOD, client_id="honest", clock=clock).status == "ok"


def test_there_is_no_permanent_lockout(store: Store) -> None:
    clock = Clock(T0)
    _fail(store, clock, 5)
    for _ in range(20):  # keeps knocking during the lock
        clock.advance(seconds=30)
        assert attempt_login(store, "awa", "wrong", client_id="c1", clock=clock).status == "throttled"
    clock.now = T0 + timedelta(seconds=120) + LOCKOUT
    assert attempt_login(store, "awa", GOOD, client_id="c1", clock=clock).status == "ok"


def test_locked_until_reads_seeded_rows(store: Store) -> None:
    for minutes in (10, 8, 6, 4, 2):
        store.login_attempts.record("awa", "c9", False, at=T0 - timedelta(minutes=minutes))
    assert (
        locked_until(store.login_attempts, username="awa", client_id=None, now=T0)
        == T0 - timedelta(minutes=2) + LOCKOUT
    )
    assert locked_until(store.login_attempts, username="aya", client_id="c8", now=T0) is None


def test_disabled_account_is_refused_even_with_the_right_password(store: Store) -> None:
    accounts.set_disabled(store, actor="test", username="aya", disabled=True)
    assert attempt_login(store, "aya", GOOD, client_id="c1", clock=Clock(T0)).status == "disabled"
    assert attempt_login(store, "aya", "wrong", client_id="c1", clock=Clock(T0)).status == "invalid"


def test_old_attempts_are_purged_on_a_successful_login(store: Store) -> None:
    clock = Clock(T0)
    _fail(store, clock, 2)
    clock.advance(days=ATTEMPTS_KEPT.days + 1)
    _fail(store, clock, 1)  # a recent failure: still counted by throttling
    assert attempt_login(store, "awa", GOOD, client_id="c1", clock=clock).status == "ok"
    assert store.login_attempts.failures_since(T0 - timedelta(days=1), username="awa") == 1
    assert store.login_attempts.last_success_at(username="awa") == clock.now
    assert ATTEMPTS_KEPT > LOCKOUT * 100  # far beyond any throttling window


def test_sign_out_is_audited(store: Store) -> None:
    record_logout(store, "awa")
    assert [(e.action, e.target) for e in store.audit.list(action="logout")] == [("logout", "awa")]


def test_a_burst_of_sign_ins_stays_bounded_at_owasps_minimum_cost(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 14, point 6: cost 12 made 20 simultaneous sign-ins queue for many seconds. New hashes use
    # cost 10 (OWASP's minimum, never less), and an older, costlier hash is replaced at the next sign-in.
    monkeypatch.setattr(passwords, "BCRYPT_ROUNDS", 10)
    assert passwords.BCRYPT_ROUNDS >= 10
    store.users.update("aya", password_hash=bcrypt.hashpw(GOOD.encode(), bcrypt.gensalt(12)).decode())
    assert attempt_login(store, "aya", GOOD, client_id="c1", clock=Clock(T0)).status == "ok"
    stored = store.users.get("aya").password_hash
    assert stored.startswith("$2b$10$") and passwords.verify_password(GOOD, stored)
    # An unknown name costs the same bcrypt time as a known one.
    assert login._DUMMY_HASH.startswith("$2b$10$")
