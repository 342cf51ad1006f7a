"""Fixtures of the core suites: a client on the sandbox account of the test (`api_key`).

No retries: a test sees each failure the sandbox was told to produce. Suites that need other client
settings (short timeouts for sending, quick backoff for contacts) override `client` in their conftest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core.client import MonSmsClient


@pytest.fixture
def client(api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    """A client on a fresh sandbox account with 10,000 credits."""
    with MonSmsClient(api_key, base_url, max_retries=0) as opened:
        yield opened
