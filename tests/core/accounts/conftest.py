"""Fixtures of the login, session and lockout tests: fast hashing, and a store (SQLite and PostgreSQL)
holding an administrator "awa" and a viewer "aya", both with the password GOOD."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monsms_core import accounts
from monsms_core.accounts import passwords
from monsms_core.store import Store
from tests.store_support import STORE_KINDS, make_store

GOOD = "Plateau-2026-ok"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "BCRYPT_ROUNDS", 4)


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with make_store(request.param, tmp_path) as opened:
        accounts.create_user(
            opened, actor="test", username="awa", display_name="Awa", role="admin", password=GOOD
        )
        accounts.create_user(
            opened, actor="test", username="aya", display_name="Aya", role="viewer", password=GOOD
        )
        yield opened
