"""Fixtures shared by every suite: a real sandbox server on loopback, reset before each test, and a fresh
store on SQLite and on PostgreSQL (`store`: every test that asks for it runs once on each; a module
that must stay on SQLite overrides `store_kind`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl
from monsms_sandbox.server import SandboxServer
from tests.store_support import STORE_KINDS, isolated_database_url, make_store


@pytest.fixture(params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgres" (PostgreSQL is skipped without MONSMS_TEST_POSTGRES_URL)."""
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


@pytest.fixture(scope="session")
def sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A started SandboxServer on a temporary SQLite file, port 0, deliveries done within 1 s."""
    db_path: Path = tmp_path_factory.mktemp("sandbox") / "sandbox.db"
    server = SandboxServer(db_path, port=0, delivery_seconds=1.0).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def base_url(sandbox_server: SandboxServer) -> str:
    """The sandbox's API base URL (http://127.0.0.1:PORT/v1)."""
    return sandbox_server.base_url


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> Iterator[SandboxControl]:
    """The control API client, after a reset (no accounts, no faults, start-up settings)."""
    control = SandboxControl(sandbox_server.root_url)
    control.reset()
    yield control
    control.close()


@pytest.fixture
def api_key(sandbox: SandboxControl) -> str:
    """A fresh, empty account with 10,000 credits."""
    return sandbox.create_account(credit=10_000)


@pytest.fixture
def seeded_api_key(sandbox: SandboxControl) -> str:
    """A fresh account holding the Ivorian demo data set."""
    return sandbox.create_account(seed=True)
