"""The process-wide resumer finishes a send nobody is watching, exactly once, and the key never
reaches a log line once protected."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from monsms_core.compose import Recipient
from monsms_core.config import Connection
from monsms_core.sending import build_plan, submit
from monsms_core.store import Store
from ui.runtime.duties import SendResumer, protect_key


@pytest.fixture
def store_kind() -> str:
    """SQLite only: this suite is about the background duty, not the store's engines."""
    return "sqlite"


def test_resumer_sends_a_pending_entry_once(store: Store, sandbox, api_key: str, base_url: str) -> None:
    plan = build_plan([Recipient("2250707123456"), Recipient("2250505123456")], "Réunion demain à 9h")
    entry = submit(store, plan, created_by="awa", send_key="resume-test-1")
    connection = Connection("sandbox", base_url, api_key, "sandbox")
    resumer = SendResumer(store, lambda: connection, interval=3600, pending_grace=timedelta(0))
    try:
        resumer.run_once()
        resumer.run_once()  # a second round finds nothing left to do
    finally:
        resumer.stop()
    assert store.outbox.get(entry.id).status == "sent"
    campaigns = sandbox.stats()["requests"].get("/campaign/create", 0)
    assert campaigns == 1


def test_protected_key_is_scrubbed_from_log_records(caplog: pytest.LogCaptureFixture) -> None:
    secret = "sk_live_resumer_test_key_0123456789"
    protect_key(secret)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("monsms_core.background.job").warning(
            "body was %s", {"apiKey": secret, "text": "x"}
        )
        logging.getLogger("some.library").debug("raw key %s", secret)
    assert caplog.records
    assert all(secret not in record.getMessage() for record in caplog.records)
