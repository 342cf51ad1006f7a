"""The reviews table: idempotent creation, compare-and-set transitions that carry their audit entry, and
the upgrade of a version-3 database (which keeps its data and gains the table)."""

from __future__ import annotations

import threading

import pytest

from monsms_core.store import Store
from monsms_core.store.db import open_database
from monsms_core.store.migrations import LATEST_VERSION, upgrade

PAYLOAD = {"version": 1, "template": "Bonjour", "chunks": [{"text": "Bonjour", "phones": ["2250707123456"]}]}


def _create(store: Store, key: str = "draft-1", author: str = "awa") -> int:
    record, created = store.reviews.create(
        key, created_by=author, payload=PAYLOAD, fingerprint="f" * 64, recipients=1, credits=1
    )
    assert created
    return record.id


def test_create_is_idempotent_and_audited(store: Store) -> None:
    first, created = store.reviews.create(
        "draft-1",
        created_by="awa",
        payload=PAYLOAD,
        fingerprint="f1",
        recipients=1,
        credits=1,
        audit_details={"credits": 1},
    )
    assert created and (first.status, first.revision, first.outbox_id) == ("submitted", 1, None)
    again, created_again = store.reviews.create(
        "draft-1", created_by="kofi", payload={}, fingerprint="other", recipients=9, credits=9
    )
    assert not created_again and again == first
    assert store.reviews.get(first.id) == first == store.reviews.get_by_key("draft-1")
    entries = store.audit.list(action="review.")
    assert [(e.actor, e.action, e.target, e.details) for e in entries] == [
        ("awa", "review.submitted", str(first.id), {"credits": 1})
    ]


def test_transition_is_a_compare_and_set_with_its_audit(store: Store) -> None:
    review_id = _create(store)
    assert (
        store.reviews.transition(
            review_id,
            "submitted",
            "approved",
            actor="kofi",
            action="review.approved",
            expected_fingerprint="other",
        )
        is None
    )
    moved = store.reviews.transition(
        review_id,
        "submitted",
        "approved",
        actor="kofi",
        action="review.approved",
        details={"note": "ok"},
        expected_fingerprint="f" * 64,
        decided_by="kofi",
        approved_fingerprint="f" * 64,
    )
    assert moved is not None and moved.status == "approved" and moved.decided_by == "kofi"
    assert (
        store.reviews.transition(review_id, "submitted", "rejected", actor="x", action="review.rejected")
        is None
    )
    # Linking the outbox entry: no audit entry when action is None.
    linked = store.reviews.transition(
        review_id, "approved", "approved", actor="kofi", action=None, outbox_id=7
    )
    assert linked is not None and linked.outbox_id == 7
    assert store.reviews.get_by_outbox(7) == linked
    actions = [e.action for e in store.audit.list(action="review.")]
    assert actions == ["review.approved", "review.submitted"]


def test_revision_bump_and_field_checks(store: Store) -> None:
    review_id = _create(store)
    store.reviews.transition(
        review_id, "submitted", "returned", actor="kofi", action="review.returned", note="?"
    )
    again = store.reviews.transition(
        review_id,
        "returned",
        "submitted",
        actor="awa",
        action="review.resubmitted",
        bump_revision=True,
        payload={"version": 1, "chunks": []},
        fingerprint="g" * 64,
        note=None,
    )
    assert again is not None and again.revision == 2 and again.fingerprint == "g" * 64 and again.note is None
    with pytest.raises(TypeError):
        store.reviews.transition(review_id, "submitted", "approved", actor="a", action=None, created_by="x")
    with pytest.raises(ValueError):
        store.reviews.transition(review_id, "submitted", "sent", actor="a", action=None)


def test_list_and_count(store: Store) -> None:
    ids = [_create(store, f"k{i}", author="awa" if i < 2 else "kofi") for i in range(3)]
    store.reviews.transition(ids[0], "submitted", "rejected", actor="ama", action="review.rejected")
    assert store.reviews.count() == 2
    assert store.reviews.count(["submitted", "rejected"]) == 3
    assert store.reviews.count(created_by="kofi") == 1
    assert [r.id for r in store.reviews.list(status="submitted", oldest_first=True)] == [ids[1], ids[2]]
    assert store.reviews.list()[0].id == ids[0]  # the last changed comes first
    assert [r.id for r in store.reviews.list(created_by="awa", status="submitted")] == [ids[1]]


def test_only_one_of_two_concurrent_transitions_wins(store: Store) -> None:
    review_id = _create(store)
    barrier = threading.Barrier(2)
    results: list[object] = []

    def approve(name: str) -> None:
        barrier.wait()
        results.append(
            store.reviews.transition(
                review_id, "submitted", "approved", actor=name, action="review.approved", decided_by=name
            )
        )

    threads = [threading.Thread(target=approve, args=(name,)) for name in ("kofi", "ama")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(result is None for result in results) == [False, True]
    assert len(store.audit.list(action="review.approved")) == 1


def test_a_version_3_database_gains_the_table_and_keeps_its_data(database_url: str) -> None:
    db = open_database(database_url)
    try:
        assert upgrade(db, target=3) == 3
    finally:
        db.dispose()
    old = Store.open(database_url, migrate=False)
    try:
        old.users.create("awa", "Awa", None, "sender", "h")
        old.outbox.create("k1", created_by="awa", payload={"a": 1}, recipients=1, credits=1)
    finally:
        old.dispose()
    store = Store.open(database_url)
    try:
        assert store.schema_version() == LATEST_VERSION >= 4
        assert store.users.get("awa") is not None and store.outbox.get_by_key("k1") is not None
        assert store.reviews.count() == 0
        _create(store)
        assert store.reviews.count() == 1
    finally:
        store.dispose()
