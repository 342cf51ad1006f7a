"""The team preferences kept in store.app_settings: defaults, checks, and only real changes written."""

from __future__ import annotations

import pytest

from monsms_core.accounts import Preferences, read_preferences, save_preferences, sender_problem
from monsms_core.store import Store


def test_defaults_when_nothing_is_set_or_values_are_odd(store: Store) -> None:
    assert read_preferences(store) == Preferences("CI", None, 100, False)
    store.app_settings.set("default_country", "XX", actor="t")
    store.app_settings.set("low_credit_threshold", "beaucoup", actor="t")
    store.app_settings.set("review_required", "yes", actor="t")
    assert read_preferences(store) == Preferences("CI", None, 100, False)


def test_only_changed_values_are_written_and_audited(store: Store) -> None:
    changed = save_preferences(store, Preferences("SN", "MA BOUTIK", 500, True), actor="awa")
    assert set(changed) == {"default_country", "default_sender", "low_credit_threshold", "review_required"}
    assert read_preferences(store) == Preferences("SN", "MA BOUTIK", 500, True)
    assert save_preferences(store, Preferences("SN", "MA BOUTIK", 500, True), actor="awa") == []
    assert save_preferences(store, Preferences("SN", None, 500, True), actor="awa") == ["default_sender"]
    audited = [e for e in store.audit.list() if e.action == "settings.changed"]
    assert len(audited) == 5 and all(e.actor == "awa" for e in audited)


@pytest.mark.parametrize(
    "bad", [Preferences("ZZ"), Preferences(default_sender="É!"), Preferences(low_credit_threshold=-1)]
)
def test_invalid_preferences_are_refused(store: Store, bad: Preferences) -> None:
    with pytest.raises(ValueError):
        save_preferences(store, bad, actor="awa")
    assert store.audit.list() == []


def test_sender_names() -> None:
    assert sender_problem("MABOUTIQUE") is None and sender_problem("Eglise 2") is None
    assert sender_problem("AB") and sender_problem("TROP_LONG_NOM") and sender_problem("École")
