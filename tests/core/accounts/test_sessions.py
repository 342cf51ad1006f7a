"""Server-side sessions and the signed cookies (issue 14): signing out, a password change or reset,
disabling the account and "sign out of all devices" end sessions; ended and expired ones are purged;
any token that cannot be trusted reads as "no token", without raising."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from pathlib import Path

import jwt
import pytest

from monsms_core import accounts
from monsms_core.accounts.tokens import LOGIN_TOKEN_LIFETIME
from monsms_core.store import Store
from tests.core.accounts.conftest import GOOD
from tests.core.accounts.test_login import T0, Clock

KEY = "k" * 64

pytestmark = pytest.mark.usefixtures("team")


def test_sign_out_ends_the_session_for_every_copy_of_the_cookie(store: Store) -> None:
    secret = accounts.open_session(store, "aya", "Chrome · Linux")
    assert accounts.live_session(store, secret, "aya") is not None
    assert accounts.live_session(store, secret, "awa") is None  # someone else's session
    accounts.end_session(store, secret)
    assert accounts.live_session(store, secret, "aya") is None


@pytest.mark.parametrize(
    "revoke",
    [
        lambda s: accounts.reset_password(s, actor="awa", username="aya"),
        lambda s: accounts.set_disabled(s, actor="awa", username="aya", disabled=True),
        lambda s: accounts.end_all_sessions(s, actor="aya", username="aya"),
    ],
    ids=["reset", "disabled", "all-devices"],
)
def test_revocations_end_every_session(store: Store, revoke: object) -> None:
    first, second = (accounts.open_session(store, "aya", device) for device in ("a", "b"))
    admin = accounts.open_session(store, "awa", "c")
    revoke(store)  # type: ignore[operator]
    assert accounts.live_session(store, first, "aya") is None
    assert accounts.live_session(store, second, "aya") is None
    assert accounts.live_session(store, admin, "awa") is not None


def test_a_password_change_keeps_only_the_browser_that_made_it(store: Store) -> None:
    here, elsewhere = (
        accounts.open_session(store, "aya", "here"),
        accounts.open_session(store, "aya", "there"),
    )
    accounts.change_own_password(
        store, username="aya", current=GOOD, new="Nouveau-2026-ok", keep_session=here
    )
    assert accounts.live_session(store, here, "aya") is not None
    assert accounts.live_session(store, elsewhere, "aya") is None


def test_active_sessions_list_and_purge(store: Store) -> None:
    clock = Clock(T0)
    old = accounts.open_session(store, "aya", "Firefox · Windows", clock=clock)
    clock.advance(minutes=5)
    recent = accounts.open_session(store, "aya", "Chrome · Android", clock=clock)
    listed = accounts.active_sessions(store, "aya", clock=clock)
    assert [s.device for s in listed] == ["Chrome · Android", "Firefox · Windows"]
    assert accounts.is_current(listed[0], recent) and not accounts.is_current(listed[1], recent)
    accounts.end_session(store, recent, clock=clock)
    clock.advance(days=8)  # the old session expired meanwhile
    assert accounts.live_session(store, old, "aya", clock=clock) is None
    accounts.open_session(store, "awa", "x", clock=clock)  # opening a session purges ended ones
    assert store.sessions.purge(clock.now) == 0
    assert [s.username for s in accounts.active_sessions(store, "awa", clock=clock)] == ["awa"]
    assert accounts.end_all_sessions(store, actor="aya", username="aya") == 0
    assert [e.action for e in store.audit.list(action="user.sessions_ended")] == ["user.sessions_ended"]


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_tokens_round_trip_and_untrusted_ones_read_as_none() -> None:
    token = accounts.issue_login_token(KEY, "aya", "s3cret", T0)
    assert accounts.read_login_token(token, KEY, T0) == accounts.LoginToken("aya", "s3cret")
    assert accounts.read_login_token(token, KEY, T0 + LOGIN_TOKEN_LIFETIME) is None  # expired
    assert accounts.read_login_token(token, "z" * 48, T0) is None  # another key
    claims = {
        "username": "aya",
        "sid": "s3cret",
        "typ": "login",
        "exp": int((T0 + timedelta(days=1)).timestamp()),
    }
    unreadable = [
        _b64({"alg": "none", "typ": "JWT"}) + "." + _b64(claims) + ".",
        jwt.encode(claims, KEY, algorithm="HS512"),
        jwt.encode({"username": "aya", "exp_date": 2e9}, KEY, algorithm="HS256"),  # the library's old cookie
        "garbage",
        "a.b.c",
        "",
    ]
    for bad in unreadable:
        assert accounts.read_login_token(bad, KEY, T0) is None, bad
    device = accounts.remember_user(accounts.remember_user(None, "aya"), "awa")
    read = accounts.read_device_token(accounts.issue_device_token(KEY, device, T0), KEY, T0)
    assert read == device and read.knows("aya") and not read.knows("koffi")
    # One kind of token is never accepted as the other.
    assert accounts.read_device_token(token, KEY, T0) is None
    assert accounts.read_login_token(accounts.issue_device_token(KEY, device, T0), KEY, T0) is None


def test_setup_code_file_is_private_and_used_once(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    code = accounts.ensure_setup_code(folder)
    assert accounts.ensure_setup_code(folder) == code
    assert accounts.setup_code_path(folder).stat().st_mode & 0o777 == 0o600
    fresh = Store.open(f"sqlite:///{tmp_path / 'fresh.db'}")
    boss = {"username": "boss", "display_name": "Boss", "password": GOOD, "setup_dir": folder}
    try:
        with pytest.raises(accounts.AccountError) as refused:
            accounts.create_first_admin(fresh, **boss, setup_code="WRONG")
        assert refused.value.code == "setup_code_wrong" and fresh.users.count() == 0
        accounts.create_first_admin(fresh, **boss, setup_code=code.lower())
    finally:
        fresh.dispose()
    assert not accounts.setup_code_path(folder).exists()  # expired once used
    assert accounts.setup_code_required("live", "127.0.0.1")
    assert accounts.setup_code_required("sandbox", None) and accounts.setup_code_required(
        "sandbox", "0.0.0.0"
    )
    assert not accounts.setup_code_required("sandbox", "127.0.0.1")
