"""Fixtures of the accounts tests: fast hashing, and `team`: the store (SQLite and PostgreSQL) holding
an administrator "awa" and a viewer "aya", both with the password GOOD."""

from __future__ import annotations

import pytest

from monsms_core import accounts
from monsms_core.accounts import passwords
from monsms_core.store import Store

GOOD = "Plateau-2026-ok"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "BCRYPT_ROUNDS", 4)


@pytest.fixture
def team(store: Store) -> Store:
    """The shared store (tests/conftest.py: SQLite and PostgreSQL) with the two accounts; a module that
    wants them says `pytestmark = pytest.mark.usefixtures("team")`."""
    for username, role in (("awa", "admin"), ("aya", "viewer")):
        accounts.create_user(
            store, actor="test", username=username, display_name=username.title(), role=role, password=GOOD
        )
    return store
