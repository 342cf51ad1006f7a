"""The key never reaches a log line once protected (the worker that finishes sends nobody watches is
tested in tests/core/worker)."""

from __future__ import annotations

import logging

import pytest

from ui.runtime.duties import protect_key


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
