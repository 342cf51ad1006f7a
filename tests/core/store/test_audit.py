"""The audit log records, searches, and refuses to be rewritten."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from monsms_core.store import Store
from monsms_core.store.audit import AuditLog


def test_entries_come_back_newest_first_with_their_details(store: Store) -> None:
    store.audit.record("awa", "user.created", "kofi", {"role": "sender"})
    store.audit.record("kofi", "campaign.sent", 42, {"recipients": 3, "nom": "Fête de l'Église"})
    entries = store.audit.list()
    assert [e.action for e in entries] == ["campaign.sent", "user.created"]
    assert entries[0].target == "42" and entries[0].details["nom"] == "Fête de l'Église"
    assert entries[1].details == {"role": "sender"} and entries[1].at.tzinfo is not None
    assert store.audit.list(limit=1) == entries[:1]


def test_filters(store: Store) -> None:
    store.audit.record("awa", "user.created", "kofi")
    store.audit.record("awa", "user.disabled", "kofi")
    store.audit.record("kofi", "settings.changed", "sender", {"key": "sender", "new": "ÉGLISE-CI"})
    assert {e.action for e in store.audit.list(actor="awa")} == {"user.created", "user.disabled"}
    assert [e.action for e in store.audit.list(action="user.created")] == ["user.created"]
    assert len(store.audit.list(action="user.")) == 2
    assert [e.actor for e in store.audit.list(text="ÉGLISE")] == ["kofi"]
    assert [e.action for e in store.audit.list(text="DISABLED")] == ["user.disabled"]
    assert store.audit.list(text="100%") == []  # LIKE wildcards are taken literally
    now = datetime.now(UTC)
    assert len(store.audit.list(since=now - timedelta(minutes=5))) == 3
    assert store.audit.list(since=now + timedelta(minutes=5)) == []
    assert store.audit.list(until=now - timedelta(minutes=5)) == []


def test_there_is_no_update_or_delete_api() -> None:
    public = {name for name in dir(AuditLog) if not name.startswith("_")}
    assert public == {"record", "list"}


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"]
)
def test_the_database_refuses_to_rewrite_history(store: Store, statement: str) -> None:
    store.audit.record("awa", "user.created", "kofi")
    with pytest.raises(DBAPIError, match="append-only"), store.db.write() as conn:
        conn.execute(text(statement))
    assert [e.actor for e in store.audit.list()] == ["awa"]
