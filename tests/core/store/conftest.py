"""Fixtures of the store suites: every test runs once on SQLite and once on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monsms_core.store import Store
from tests.store_support import STORE_KINDS, isolated_database_url, make_store


@pytest.fixture(params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgres"."""
    return str(request.param)


@pytest.fixture
def store(store_kind: str, tmp_path: Path) -> Iterator[Store]:
    """A migrated store on a fresh database."""
    with make_store(store_kind, tmp_path) as opened:
        yield opened


@pytest.fixture
def database_url(store_kind: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty database (for tests that build the schema themselves)."""
    with isolated_database_url(store_kind, tmp_path) as url:
        yield url
