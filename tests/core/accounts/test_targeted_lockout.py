"""Targeted lockout (issue 14): strangers failing on purpose cannot keep an account's owner out of a
browser they signed in from before; unknown browsers keep the progressive delays and the lockout;
administrators unlock; every lockout and unlock is audited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monsms_core import accounts
from monsms_core.accounts import LOCKOUT, DeviceToken, attempt_login, remember_user
from monsms_core.store import Store
from tests.core.accounts.conftest import GOOD
from tests.core.accounts.test_login import T0, Clock

pytestmark = pytest.mark.usefixtures("team")


def _attack(store: Store, clock: Clock, times: int = 6, username: str = "awa") -> None:
    """Wrong passwords from fresh browser sessions (no device token), as an attacker would send them."""
    for attempt in range(times):
        attempt_login(store, username, "wrong-guess", client_id=f"attacker-{attempt}", clock=clock)
        clock.advance(seconds=20)


def _actions(store: Store, action: str) -> list[object]:
    return [e.details for e in store.audit.list(action=action)]


def test_a_known_browser_still_signs_in_while_strangers_are_locked_out(store: Store) -> None:
    clock = Clock(T0)
    victim_browser = remember_user(None, "awa")  # the owner signed in from this browser before
    _attack(store, clock)
    # An unknown browser is locked out, even with the right password, exactly as before.
    assert attempt_login(store, "awa", GOOD, client_id="fresh", clock=clock).status == "throttled"
    # The owner's browser is not.
    outcome = attempt_login(store, "awa", GOOD, client_id="owner-tab", device=victim_browser, clock=clock)
    assert outcome.status == "ok"
    # A device token known for another account does not help with this one.
    other = remember_user(None, "aya")
    assert attempt_login(store, "awa", GOOD, client_id="x", device=other, clock=clock).status == "throttled"
    locks = _actions(store, "login.locked")
    assert locks and locks[0]["scope"] == "account"


def test_a_known_browser_keeps_its_own_throttle(store: Store) -> None:
    clock = Clock(T0)
    device = DeviceToken("dev-1", ("awa",))
    for _ in range(5):  # failures from the known browser itself, in several browser sessions
        assert (
            attempt_login(store, "awa", "nope", client_id="tab", device=device, clock=clock).status
            == "invalid"
        )
        clock.advance(seconds=20)
    refused = attempt_login(store, "awa", GOOD, client_id="new-tab", device=device, clock=clock)
    assert refused.status == "throttled" and refused.retry_at == T0 + timedelta(seconds=80) + LOCKOUT
    assert sorted(d["scope"] for d in _actions(store, "login.locked")) == ["account", "client"]


def test_unknown_browsers_get_progressive_delays_before_the_lockout(store: Store) -> None:
    clock = Clock(T0)
    waits = []
    for attempt in range(4):
        assert attempt_login(store, "awa", "bad", client_id=f"c{attempt}", clock=clock).status == "invalid"
        blocked = attempt_login(store, "awa", GOOD, client_id="someone", clock=clock)
        waits.append((blocked.retry_at - clock.now).total_seconds() if blocked.retry_at else 0)
        clock.advance(seconds=30)
    assert waits == [0, 2, 4, 8]


def test_an_administrator_unlocks_and_both_are_audited(store: Store) -> None:
    clock = Clock(T0)
    _attack(store, clock)
    assert accounts.account_locked_until(store, "awa", now=clock.now) is not None
    until = accounts.unlock_account(store, actor="aya", username="AWA", clock=clock)
    assert until is not None
    assert accounts.account_locked_until(store, "awa", now=clock.now) is None
    assert attempt_login(store, "awa", GOOD, client_id="fresh", clock=clock).status == "ok"
    [entry] = store.audit.list(action="user.unlocked")
    assert entry.actor == "aya" and entry.target == "awa" and entry.details["was_locked_until"]
    with pytest.raises(accounts.AccountError):
        accounts.unlock_account(store, actor="aya", username="ghost")
