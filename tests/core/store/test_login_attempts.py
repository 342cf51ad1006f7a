"""Login attempts are counted per user name, per browser, and over time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monsms_core.store import Store

T0 = datetime(2025, 5, 1, 10, 0, tzinfo=UTC)


def _minutes(n: int) -> datetime:
    return T0 + timedelta(minutes=n)


def test_failures_are_counted_by_username_client_and_time(store: Store) -> None:
    attempts = store.login_attempts
    attempts.record("Awa", "browser-1", False, at=_minutes(0))
    attempts.record("awa ", "browser-2", False, at=_minutes(5))
    attempts.record("kofi", "browser-1", False, at=_minutes(6))
    attempts.record("awa", "browser-1", True, at=_minutes(7))
    assert attempts.failures_since(_minutes(0)) == 3
    assert attempts.failures_since(_minutes(0), username="AWA") == 2
    assert attempts.failures_since(_minutes(1), username="awa") == 1
    assert attempts.failures_since(_minutes(0), client_id="browser-1") == 2
    assert attempts.failures_since(_minutes(0), username="awa", client_id="browser-1") == 1
    assert attempts.failures_since(_minutes(10)) == 0


def test_last_failure_and_last_success(store: Store) -> None:
    attempts = store.login_attempts
    assert attempts.last_failure_at(username="awa") is None
    attempts.record("awa", "b1", False, at=_minutes(1))
    attempts.record("awa", "b1", False, at=_minutes(3))
    attempts.record("awa", "b1", True, at=_minutes(4))
    assert attempts.last_failure_at(username="awa") == _minutes(3)
    assert attempts.last_failure_at(client_id="b1") == _minutes(3)
    assert attempts.last_success_at(username="awa") == _minutes(4)
    assert attempts.last_failure_at(username="kofi") is None


def test_other_timezones_are_converted_to_utc(store: Store) -> None:
    paris_summer = datetime(2025, 5, 1, 12, 0, tzinfo=UTC).astimezone()
    store.login_attempts.record("awa", None, False, at=paris_summer)
    stored = store.login_attempts.last_failure_at(username="awa")
    assert stored == paris_summer and stored is not None and stored.utcoffset() == timedelta(0)


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        store.login_attempts.record("awa", None, False, at=datetime(2025, 5, 1, 10, 0))


def test_purge_before(store: Store) -> None:
    store.login_attempts.record("awa", None, False, at=_minutes(0))
    store.login_attempts.record("awa", None, False, at=_minutes(30))
    assert store.login_attempts.purge_before(_minutes(10)) == 1
    assert store.login_attempts.failures_since(_minutes(-60)) == 1
