"""Which account and mode the dashboard uses: environment key, key saved by an admin, else the sandbox."""

from __future__ import annotations

from pathlib import Path

from monsms_core.client import MonSmsClient
from monsms_core.config import (
    API_KEY_SETTING,
    Connection,
    key_fingerprint,
    key_hint,
    load_settings,
    resolve_connection,
)
from monsms_core.store import Store

ENV_KEY = "env-key-0123456789abcd"
SAVED_KEY = "saved-key-9876543210wxyz"


class SandboxSpy:
    """Stands for the in-process sandbox; remembers whether it was asked for (it should start lazily)."""

    def __init__(self, base_url: str, api_key: str) -> None:
        self.endpoint = (base_url, api_key)
        self.calls = 0

    def __call__(self) -> tuple[str, str]:
        self.calls += 1
        return self.endpoint


def test_environment_key_means_live(store: Store, tmp_path: Path) -> None:
    settings = load_settings({"MONSMS_API_KEY": ENV_KEY, "MONSMS_DATA_DIR": str(tmp_path)})
    store.app_settings.set(API_KEY_SETTING, SAVED_KEY, actor="awa")
    spy = SandboxSpy("http://sandbox/v1", "demo")
    conn = resolve_connection(settings, store, spy)
    assert (conn.mode, conn.source, conn.base_url, conn.api_key) == (
        "live",
        "environment",
        "https://rest.monsms.pro/v1",
        ENV_KEY,
    )
    assert spy.calls == 0
    assert ENV_KEY not in repr(conn) and ENV_KEY not in str(conn)
    assert conn.hint == "••••abcd"


def test_key_saved_on_the_settings_page_means_live(store: Store, tmp_path: Path) -> None:
    settings = load_settings({"MONSMS_DATA_DIR": str(tmp_path), "MONSMS_BASE_URL": "https://api.example/v1/"})
    store.app_settings.set(API_KEY_SETTING, f"  {SAVED_KEY} ", actor="awa")
    spy = SandboxSpy("http://sandbox/v1", "demo")
    conn = resolve_connection(settings, store, spy)
    assert (conn.mode, conn.source, conn.base_url, conn.api_key) == (
        "live",
        "settings_page",
        "https://api.example/v1",
        SAVED_KEY,
    )
    assert spy.calls == 0


def test_without_any_key_the_sandbox_is_used(store: Store, tmp_path: Path) -> None:
    settings = load_settings({"MONSMS_DATA_DIR": str(tmp_path)})
    store.app_settings.set(API_KEY_SETTING, "   ", actor="awa")  # a removed key
    spy = SandboxSpy("http://127.0.0.1:9/v1", "demo-key")
    conn = resolve_connection(settings, store, spy)
    assert (conn.mode, conn.source, conn.base_url, conn.api_key) == (
        "sandbox",
        "sandbox",
        "http://127.0.0.1:9/v1",
        "demo-key",
    )
    assert spy.calls == 1


def test_fingerprints_and_hints_never_reveal_the_key() -> None:
    assert key_fingerprint(SAVED_KEY) == key_fingerprint(SAVED_KEY)
    assert key_fingerprint(SAVED_KEY) != key_fingerprint(ENV_KEY)
    assert SAVED_KEY[:8] not in key_fingerprint(SAVED_KEY)
    assert key_hint(SAVED_KEY) == "••••wxyz"
    assert key_hint("short") == "••••"  # too short to show even 4 characters
    assert key_hint(None) == ""


def test_a_sandbox_connection_reaches_the_api(
    store: Store, tmp_path: Path, base_url: str, api_key: str
) -> None:
    settings = load_settings({"MONSMS_DATA_DIR": str(tmp_path)})
    conn = resolve_connection(settings, store, lambda: (base_url, api_key))
    with MonSmsClient(conn.api_key, base_url=conn.base_url) as client:
        assert client.user.credit() == 10_000


def test_the_account_id_survives_a_sandbox_restart_and_names_no_key() -> None:
    before = Connection("sandbox", "http://127.0.0.1:41001/v1", SAVED_KEY, "sandbox")
    after = Connection("sandbox", "http://127.0.0.1:52002/v1", SAVED_KEY, "sandbox")
    assert before.account_id == after.account_id  # a new port at each start: the same demo account
    assert before.fingerprint != after.fingerprint
    live = Connection("live", "https://rest.monsms.pro/v1", SAVED_KEY, "settings_page")
    elsewhere = Connection("live", "https://other.example/v1", SAVED_KEY, "settings_page")
    assert live.account_id == live.fingerprint != elsewhere.account_id
    assert SAVED_KEY[:8] not in live.account_id + before.account_id
