"""Helpers of the composer's AppTest suites: the app pointed at the test sandbox (so a test can inject
faults and count what really arrived), opening the composer, waiting for a background send."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from streamlit.testing.v1 import AppTest

from monsms_core.client import MonSmsClient
from monsms_core.store import OutboxEntry, Store
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, login, new_app

FINAL = ("sent", "failed", "unknown")


@dataclass
class Live:
    """The app's account on the test sandbox: its key, an API client on it, and the control API."""

    api_key: str
    client: MonSmsClient
    sandbox: SandboxControl

    def creates(self) -> int:
        """How many /campaign/create requests the sandbox received (faulty ones included)."""
        return int(self.sandbox.stats()["requests"].get("/campaign/create", 0))

    def campaigns(self) -> list[object]:
        """The campaigns the account really has (newest first)."""
        return list(self.client.campaigns.iterate(count=100))

    def group_id(self, name: str) -> str:
        """The id of the demo group called `name`."""
        return next(str(g.id) for g in self.client.groups.iterate() if g.name == name)


def live_account(
    env: AppEnv,
    monkeypatch: pytest.MonkeyPatch,
    sandbox: SandboxControl,
    base_url: str,
    *,
    seed: bool = True,
    credit: int = 10_000,
) -> Iterator[Live]:
    """Point the app at a fresh account of the test sandbox ("live" mode against it); `seed` gives it the
    Ivorian demo data (whose ledger then sets the credit)."""
    key = sandbox.create_account(seed=seed, credit=credit)
    monkeypatch.setenv("MONSMS_API_KEY", key)
    monkeypatch.setenv("MONSMS_BASE_URL", base_url)
    monkeypatch.setenv("MONSMS_COOKIE_KEY", secrets.token_urlsafe(40))
    with MonSmsClient(key, base_url=base_url, max_retries=5, backoff_base=0.1) as client:
        yield Live(key, client, sandbox)


def open_composer(username: str = "awa", *, draft: str | None = None) -> AppTest:
    """A signed-in session on the composer (`draft`: a send key in the address bar, as after a reload)."""
    at = login(new_app(), username)
    if draft is not None:
        at.query_params["draft"] = draft
    at.switch_page("app_pages/send/send.py").run()
    assert_no_exception(at)
    return at


def draft_key(at: AppTest) -> str:
    """The send key of the draft on screen."""
    return str(at.session_state["_composer_send_key"])


def write(at: AppTest, text: str) -> AppTest:
    """Type the message (committed, as on blur)."""
    return at.text_area(key="composer_text").input(text).run()


def confirm(at: AppTest, submit: str = "Confirmer l'envoi") -> AppTest:
    """Open the confirmation dialog and confirm."""
    button(at, "Soumettre pour relecture…" if submit == "Soumettre" else "Envoyer…").click().run()
    assert_no_exception(at)
    return button(at, submit).click().run()


def wait_for_entry(
    store: Store, key: str, *, statuses: tuple[str, ...] = FINAL, timeout: float = 30
) -> OutboxEntry:
    """The draft's outbox entry once its background send reached one of `statuses`."""
    deadline = time.monotonic() + timeout
    while True:
        entry = store.outbox.get_by_key(key)
        if entry is not None and entry.status in statuses:
            return entry
        if time.monotonic() > deadline:
            raise AssertionError(f"outbox entry for {key} is {entry.status if entry else 'missing'}")
        time.sleep(0.05)
