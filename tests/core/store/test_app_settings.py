"""Dashboard settings: JSON values, audited changes, secrets kept out of the audit log."""

from __future__ import annotations

import pytest

from monsms_core.store import Store
from monsms_core.store.app_settings import is_secret_key


def test_values_round_trip_as_json(store: Store) -> None:
    assert store.app_settings.get("review", "off") == "off"
    store.app_settings.set("review", {"required": True, "threshold": 500}, actor="awa")
    store.app_settings.set("senders", ["BOUTIK", "EGLISE"], actor="awa")
    assert store.app_settings.get("review") == {"required": True, "threshold": 500}
    assert store.app_settings.all() == {
        "review": {"required": True, "threshold": 500},
        "senders": ["BOUTIK", "EGLISE"],
    }


def test_changes_are_audited_with_old_and_new_values(store: Store) -> None:
    assert store.app_settings.set("sender", "BOUTIK", actor="awa") is True
    assert store.app_settings.set("sender", "BOUTIK", actor="kofi") is False  # no change, no entry
    assert store.app_settings.set("sender", "MARCHE", actor="kofi") is True
    entries = store.audit.list(action="settings.changed")
    assert [(e.actor, e.target, e.details) for e in entries] == [
        ("kofi", "sender", {"key": "sender", "old": "BOUTIK", "new": "MARCHE"}),
        ("awa", "sender", {"key": "sender", "old": None, "new": "BOUTIK"}),
    ]


def test_none_clears_a_setting(store: Store) -> None:
    store.app_settings.set("sender", "BOUTIK", actor="awa")
    assert store.app_settings.set("sender", None, actor="awa") is True
    assert store.app_settings.get("sender", "default") == "default"
    assert "sender" not in store.app_settings.all()


def test_secret_values_never_reach_the_audit_log(store: Store) -> None:
    first, second = "mk_live_0123456789abcdefWXYZ", "mk_live_fedcba9876543210QRST"
    store.app_settings.set("api_key", first, actor="awa")
    store.app_settings.set("api_key", second, actor="awa")
    assert store.app_settings.get("api_key") == second
    entries = store.audit.list(action="settings.changed")
    assert [e.details for e in entries] == [
        {"key": "api_key", "secret": True, "changed": True, "last4": "QRST"},
        {"key": "api_key", "secret": True, "changed": True, "last4": "WXYZ"},
    ]
    everything = repr(store.audit.list())
    assert first[:-4] not in everything and second[:-4] not in everything


def test_short_secrets_do_not_even_show_four_characters(store: Store) -> None:
    store.app_settings.set("smtp_password", "hunter22", actor="awa")
    (entry,) = store.audit.list()
    assert entry.details == {"key": "smtp_password", "secret": True, "changed": True, "last4": None}


@pytest.mark.parametrize("key", ["api_key", "API_KEY", "cookie_key", "smtp_password", "webhook_secret"])
def test_secret_key_names(key: str) -> None:
    assert is_secret_key(key)


def test_unserialisable_values_are_refused_up_front(store: Store) -> None:
    with pytest.raises(TypeError):
        store.app_settings.set("when", object(), actor="awa")
    assert store.audit.list() == []
