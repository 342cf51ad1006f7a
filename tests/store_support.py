"""Isolated databases for tests, on SQLite and on PostgreSQL, reusable by any suite.

    from tests.store_support import STORE_KINDS, make_store

    @pytest.fixture(params=STORE_KINDS)
    def store(request, tmp_path):
        with make_store(request.param, tmp_path) as store:
            yield store

PostgreSQL runs against the server whose URL is in MONSMS_TEST_POSTGRES_URL (`bash
scripts/postgres-test-server.sh` starts one and prints it). Each database gets its own fresh schema,
selected through the connection's search_path (so triggers, functions and raw SQL land there too) and
dropped afterwards. Without that variable the PostgreSQL variant is skipped, unless
MONSMS_REQUIRE_POSTGRES=1, in which case it fails: a CI run must not pass by skipping.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from monsms_core.store import Store

STORE_KINDS = (
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
)


def postgres_url() -> str:
    """The test server's URL; skips (or fails when PostgreSQL is required) if none is configured."""
    url = os.environ.get("MONSMS_TEST_POSTGRES_URL", "").strip()
    if url:
        return url
    message = "MONSMS_TEST_POSTGRES_URL is not set (`bash scripts/postgres-test-server.sh` prints it)"
    if os.environ.get("MONSMS_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"MONSMS_REQUIRE_POSTGRES=1 but {message}", pytrace=False)
    pytest.skip(message)


@contextmanager
def isolated_database_url(kind: str, directory: Path | None = None) -> Iterator[str]:
    """A URL to an empty database of `kind` ("sqlite" or "postgres"), removed afterwards."""
    if kind == "sqlite":
        if directory is not None:
            yield f"sqlite:///{Path(directory) / f'monsms-{uuid.uuid4().hex[:8]}.db'}"
            return
        with tempfile.TemporaryDirectory(prefix="monsms-store-") as temporary:
            yield f"sqlite:///{Path(temporary) / 'monsms.db'}"
        return
    if kind != "postgres":
        raise ValueError(f"unknown store kind {kind!r}")
    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex}"
    admin = create_engine(base, poolclass=NullPool)
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    except DBAPIError as exc:
        admin.dispose()
        pytest.fail(f"cannot reach the PostgreSQL test server: {exc.orig}", pytrace=False)
    url = make_url(base).update_query_dict({"options": f"-c search_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            # A connection leaked by a failing test must not hang the whole run on the DROP.
            conn.exec_driver_sql("SET LOCAL lock_timeout = '10s'")
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@contextmanager
def make_store(kind: str, directory: Path | None = None) -> Iterator[Store]:
    """A migrated `Store` on a fresh, isolated database of `kind`; disposed and removed afterwards."""
    with isolated_database_url(kind, directory) as url:
        store = Store.open(url)
        try:
            yield store
        finally:
            store.dispose()
