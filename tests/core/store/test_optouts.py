"""The opt-out (STOP) list: one row per number, audited additions and removals."""

from __future__ import annotations

import pytest

from monsms_core.store import Store


def test_add_contains_remove(store: Store) -> None:
    assert store.optouts.add("2250707123456", actor="awa", reason="A répondu STOP") is True
    assert store.optouts.add(" 2250707123456 ", actor="kofi") is False  # already there
    assert store.optouts.contains("2250707123456")
    assert not store.optouts.contains("2250101010101")
    (record,) = store.optouts.list()
    assert (record.phone, record.reason, record.source, record.created_by) == (
        "2250707123456", "A répondu STOP", "manual", "awa",
    )  # fmt: skip
    assert store.optouts.remove("2250707123456", actor="kofi") is True
    assert store.optouts.remove("2250707123456", actor="kofi") is False
    assert store.optouts.all_phones() == set()
    actions = [(e.action, e.actor, e.target) for e in store.audit.list()]
    assert actions == [("optout.removed", "kofi", "2250707123456"), ("optout.added", "awa", "2250707123456")]


def test_add_many_skips_known_and_repeated_numbers(store: Store) -> None:
    store.optouts.add("2250700000001", actor="awa")
    phones = [f"22507000000{i:02d}" for i in range(1, 31)] + ["2250700000005"]
    assert store.optouts.add_many(phones, actor="awa", source="import") == 29
    assert len(store.optouts.all_phones()) == 30
    latest = store.audit.list(action="optout.added", limit=1)[0]
    assert latest.details["count"] == 29 and "phones" not in latest.details  # large lists stay out


def test_empty_phone_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.optouts.add("  ", actor="awa")
