"""Fixtures of the sending suites."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core.client import MonSmsClient


@pytest.fixture
def client(api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    """A short read timeout (0.5 s) makes the sandbox's timeout faults quick; no client retries, so that
    the sending code's own rate-limit handling is what the tests see."""
    with MonSmsClient(api_key, base_url, timeout=(1.0, 0.5), max_retries=0) as opened:
        yield opened
