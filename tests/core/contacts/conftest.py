"""Fixtures of the contacts suites."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core.client import MonSmsClient


@pytest.fixture
def client(api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    """A client that retries quickly: these tests are about what survives retries, not about waiting."""
    with MonSmsClient(api_key, base_url, backoff_base=0.01, backoff_max=0.05) as opened:
        yield opened
