"""Helpers of the campaigns and review AppTest suites: the app pointed at a fresh account of the test
sandbox (so a test counts what really arrived), plans to submit, and opening a page signed in."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.sending import SendPlan, build_plan
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, login, new_app


@dataclass
class Account:
    """The app's account on the test sandbox: its key, a client on it and the control API."""

    api_key: str
    client: MonSmsClient
    sandbox: SandboxControl

    def creates(self) -> int:
        """How many /campaign/create requests reached the sandbox."""
        return int(self.sandbox.stats()["requests"].get("/campaign/create", 0))


def account(
    monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str, *, seed: bool
) -> Iterator[Account]:
    """Point the app at a new sandbox account ("live" mode against the test sandbox)."""
    key = sandbox.create_account(seed=seed, credit=10_000)
    monkeypatch.setenv("MONSMS_API_KEY", key)
    monkeypatch.setenv("MONSMS_BASE_URL", base_url)
    monkeypatch.setenv("MONSMS_COOKIE_KEY", secrets.token_urlsafe(40))
    with MonSmsClient(key, base_url=base_url, max_retries=5, backoff_base=0.1) as client:
        yield Account(key, client, sandbox)


def plan(
    text: str = "Réunion des parents samedi à 9 h.", *, names: tuple[str, ...] = (), schedule: Any = None
) -> SendPlan:
    """A send to three Ivorian mobiles; with `names` the text may use {prenom}; `schedule` as build_plan's."""
    phones = ("2250707000001", "2250505000002", "2250101000003")
    fields = [{"prenom": names[i % len(names)]} if names else {} for i in range(len(phones))]
    people = [Recipient(p, f) for p, f in zip(phones, fields, strict=True)]
    return build_plan(people, text, name="Réunion", schedule=schedule)


def open_page(username: str, page: str, **query: str) -> AppTest:
    """A signed-in session on `page` (query parameters in the address bar)."""
    at = login(new_app(), username)
    for key, value in query.items():
        at.query_params[key] = value
    at.switch_page(page).run()
    assert_no_exception(at)
    return at


def users(env: AppEnv, **roles: str) -> None:
    """Create the given accounts: users(env, awa="sender", kofi="reviewer")."""
    for username, role in roles.items():
        env.add_user(username, role)


def wait_until_sent(at: AppTest, store: Store, review_id: int, timeout: float = 30) -> AppTest:
    """Once the worker finished the approved send of `review_id`, the page run again (its progress bar
    then gives way to the outcome)."""
    deadline = time.monotonic() + timeout
    while True:
        record = store.reviews.get(review_id)
        entry = store.outbox.get(record.outbox_id) if record and record.outbox_id else None
        if entry is not None and entry.status in ("sent", "failed", "unknown"):
            break
        assert time.monotonic() < deadline, f"the send of review {review_id} did not end"
        time.sleep(0.1)
    at.run()
    assert_no_exception(at)
    return at
