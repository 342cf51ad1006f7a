"""The outbox: idempotent creation by send key, and a compare-and-set that only one caller can win."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from monsms_core.store import Store

PAYLOAD = {"text": "Bonjour {prenom}", "sender": "BOUTIK", "phones": ["2250707123456", "2250505123456"]}


def _create(store: Store, key: str = "send-1") -> int:
    return store.outbox.create(key, created_by="awa", payload=PAYLOAD, recipients=2, credits=2).id


def test_create_then_get(store: Store) -> None:
    entry = store.outbox.create("send-1", created_by="awa", payload=PAYLOAD, recipients=2, credits=2)
    assert (entry.status, entry.payload, entry.campaign_ids, entry.error) == ("pending", PAYLOAD, [], None)
    assert store.outbox.get(entry.id) == entry == store.outbox.get_by_key("send-1")
    assert store.outbox.get(entry.id + 1000) is None and store.outbox.get_by_key("nope") is None


def test_the_same_send_key_returns_the_existing_entry(store: Store) -> None:
    first = store.outbox.create("send-1", created_by="awa", payload=PAYLOAD, recipients=2, credits=2)
    again = store.outbox.create(
        "send-1", created_by="kofi", payload={"text": "other"}, recipients=9, credits=9
    )
    assert again == first
    assert len(store.outbox.list()) == 1


def test_transition_is_a_compare_and_set(store: Store) -> None:
    entry_id = _create(store)
    assert store.outbox.transition(entry_id, ["pending"], "sending") is True
    assert store.outbox.transition(entry_id, "pending", "sending") is False  # no longer pending
    assert store.outbox.transition(entry_id, ["sending"], "sent", campaign_ids=["c-17", "c-18"]) is True
    entry = store.outbox.get(entry_id)
    assert entry is not None and entry.status == "sent" and entry.campaign_ids == ["c-17", "c-18"]
    assert entry.updated_at >= entry.created_at
    assert store.outbox.transition(entry_id + 1000, ["pending"], "sending") is False


def test_error_is_recorded_on_failure(store: Store) -> None:
    entry_id = _create(store)
    store.outbox.transition(entry_id, ["pending"], "sending")
    assert store.outbox.transition(entry_id, ["sending"], "unknown", error="timeout after sending") is True
    entry = store.outbox.get(entry_id)
    assert entry is not None and (entry.status, entry.error) == ("unknown", "timeout after sending")


def test_unknown_statuses_are_programming_errors(store: Store) -> None:
    entry_id = _create(store)
    with pytest.raises(ValueError):
        store.outbox.transition(entry_id, ["pending"], "done")
    with pytest.raises(ValueError):
        store.outbox.list(status="done")


def test_list_filters(store: Store) -> None:
    ids = [_create(store, f"k{i}") for i in range(3)]
    store.outbox.create("kofi-1", created_by="kofi", payload={}, recipients=1, credits=1)
    store.outbox.transition(ids[0], ["pending"], "sending")
    assert [e.send_key for e in store.outbox.list()] == ["kofi-1", "k2", "k1", "k0"]
    assert [e.id for e in store.outbox.list(status="sending")] == [ids[0]]
    assert [e.send_key for e in store.outbox.list(status=["pending"], created_by="awa")] == ["k2", "k1"]
    assert len(store.outbox.list(limit=2)) == 2


def _race(contenders: int, action: Callable[[], object]) -> list[object]:
    barrier = threading.Barrier(contenders)
    results: list[object] = []
    errors: list[BaseException] = []

    def run() -> None:
        barrier.wait()
        try:
            results.append(action())
        except BaseException as exc:  # collected and asserted by the caller
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(contenders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


def test_racing_workers_exactly_one_wins(store: Store) -> None:
    for round_number in range(5):
        entry_id = _create(store, f"race-{round_number}")
        results = _race(
            4, lambda entry_id=entry_id: store.outbox.transition(entry_id, ["pending"], "sending")
        )
        assert sorted(results) == [False, False, False, True]
        entry = store.outbox.get(entry_id)
        assert entry is not None and entry.status == "sending"


def test_racing_creates_with_one_key_make_one_entry(store: Store) -> None:
    results = _race(4, lambda: _create(store, "double-click"))
    assert len(set(results)) == 1
    assert len(store.outbox.list()) == 1
