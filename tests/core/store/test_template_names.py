"""Template records (migration 9) on SQLite and PostgreSQL: unique names once normalised, audited changes,
the record following an edit, and usage counted once per confirmed send, whoever counts."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from monsms_core.store import Store, TemplateNameMissingError, TemplateNameTakenError
from monsms_core.store.template_names import name_key

REUNION = "Bonjour {prénom}, réunion des parents lundi à 17 h."


def payload(text: str, *, test: bool = False) -> dict[str, Any]:
    return {
        "template": text,
        "test": test,
        "chunks": [{"text": text, "phones": ["2250707000001"], "parts": 1}],
    }


def test_names_are_unique_once_normalised(store: Store) -> None:
    assert name_key("  Réunion   PARENTS ") == "reunion parents"
    record = store.template_names.name(
        "t1", name=" Réunion  parents ", category="Rappels", text=REUNION, actor="awa"
    )
    assert (record.name, record.category, record.uses, record.created_by) == (
        "Réunion parents",
        "Rappels",
        0,
        "awa",
    )
    with pytest.raises(TemplateNameTakenError) as taken:
        store.template_names.name("t2", name="reunion Parents", category="", text="x", actor="koffi")
    assert "« reunion Parents »" in taken.value.user_message("fr")
    with pytest.raises(TemplateNameMissingError):
        store.template_names.name("t2", name="   ", category="", text="x", actor="koffi")
    assert store.template_names.name_taken("RÉUNION parents") and not store.template_names.name_taken("Autre")
    assert not store.template_names.name_taken("Réunion parents", other_than="t1")  # its own name


def test_every_change_is_audited_and_an_edit_moves_the_record(store: Store) -> None:
    names = store.template_names
    names.name("t1", name="Réunion parents", category="Rappels", text=REUNION, actor="awa")
    names.name("t1", name="Réunion des parents", category="École", text=REUNION, actor="koffi")
    store.outbox.create("k1", created_by="awa", payload=payload(REUNION), recipients=1, credits=1)
    assert names.count_uses() == 1
    moved = names.follow_edit("t1", "t9", text="Réunion lundi 17 h.", actor="awa")
    assert moved is not None and moved.template_id == "t9" and moved.uses == 1
    assert (moved.name, moved.category, moved.text) == ("Réunion des parents", "École", "Réunion lundi 17 h.")
    assert names.get("t1") is None and names.follow_edit("nope", "t10", text="x", actor="awa") is None
    assert names.forget("t9", actor="awa") and not names.forget("t9", actor="awa")
    entries = store.audit.list(action="template.")
    assert [e.action for e in reversed(entries)] == [
        "template.created",
        "template.renamed",
        "template.edited",
        "template.deleted",
    ]
    renamed = next(e for e in entries if e.action == "template.renamed")
    assert renamed.actor == "koffi" and renamed.details["old"]["name"] == "Réunion parents"
    assert entries[0].details["uses"] == 1 and entries[0].target == "t9"


def test_uses_count_sends_with_the_exact_text_once(store: Store) -> None:
    names = store.template_names
    names.name("t1", name="Réunion parents", category="Rappels", text=REUNION, actor="awa")
    names.name("t2", name="Promo", category="Promotions", text="Soldes -30 %", actor="awa")
    store.outbox.create("k1", created_by="awa", payload=payload(REUNION), recipients=1, credits=1)
    store.outbox.create("k2", created_by="awa", payload=payload(REUNION + " "), recipients=1, credits=1)
    store.outbox.create("k3", created_by="awa", payload=payload(REUNION, test=True), recipients=1, credits=1)
    store.outbox.create("k4", created_by="awa", payload=payload("Soldes -30 %"), recipients=1, credits=1)
    assert names.count_uses() == 2  # k2 is another text, k3 a test send
    assert names.count_uses() == 0  # nothing new: nothing counted twice
    store.outbox.create("k5", created_by="awa", payload=payload(REUNION), recipients=1, credits=1)
    assert names.count_uses() == 1
    used = {r.name: r.uses for r in names.list()}
    assert used == {"Réunion parents": 2, "Promo": 1}
    record = names.get("t1")
    assert record is not None and record.last_used_at == store.outbox.get_by_key("k5").created_at  # type: ignore[union-attr]


def test_concurrent_counting_never_counts_twice(store: Store) -> None:
    store.template_names.name("t1", name="Réunion parents", category="", text=REUNION, actor="awa")
    for i in range(30):
        store.outbox.create(f"k{i}", created_by="awa", payload=payload(REUNION), recipients=1, credits=1)
    results: list[int] = []
    errors: list[BaseException] = []

    def count() -> None:
        try:
            results.append(store.template_names.count_uses())
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=count) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and sum(results) == 30
    record = store.template_names.get("t1")
    assert record is not None and record.uses == 30
