"""The Settings page's key check against the sandbox: a key is saved only once the API accepted it, and
the sentences never show more of it than its hint."""

from __future__ import annotations

from monsms_core.accounts import check_api_key, remove_api_key, submit_api_key
from monsms_core.config import API_KEY_SETTING
from monsms_core.store import Store


def test_a_good_key_is_described_then_saved(store: Store, api_key: str, base_url: str) -> None:
    checked = check_api_key(api_key, base_url=base_url)
    assert checked.ok and checked.credit == 10_000
    assert "10 000" in checked.user_message("fr").replace("\u202f", " ").replace("\xa0", " ")
    assert store.app_settings.get(API_KEY_SETTING) is None  # a check saves nothing

    saved = submit_api_key(store, f"  {api_key} ", base_url=base_url, actor="awa", save=True)
    assert saved.ok and store.app_settings.get(API_KEY_SETTING) == api_key
    message = saved.user_message("en")
    assert message.startswith(f"Key ••••{api_key[-4:]} saved.") and api_key not in message

    remove_api_key(store, actor="awa")
    assert store.app_settings.get(API_KEY_SETTING) == ""


def test_a_refused_or_empty_key_is_not_saved(store: Store, sandbox: object, base_url: str) -> None:
    refused = submit_api_key(store, "not-a-real-key-123456", base_url=base_url, actor="awa", save=True)
    assert not refused.ok and refused.error is not None and refused.error.code == "auth_failed"
    assert refused.user_message("fr").endswith(refused.error.user_message("fr"))
    assert "123456" not in refused.user_message("fr")
    empty = submit_api_key(store, "   ", base_url=base_url, actor="awa", save=True)
    assert not empty.ok and empty.user_message("en") == "Enter an API key first."
    assert store.app_settings.get(API_KEY_SETTING) is None
