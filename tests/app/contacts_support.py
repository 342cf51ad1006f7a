"""Helpers of the contacts pages' AppTest suites: a signed-in session on a page, waiting for a background
import, reading widgets by label, selecting table rows."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from monsms_core.client import MonSmsClient
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, login, new_app, page_text
from tests.app.composer_support import Live, live_account
from ui.shell.registry import PAGES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spreadsheets"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def open_page(page: str, username: str = "awa") -> AppTest:
    """A signed-in session on the page whose address is `page` (e.g. "contacts", "import")."""
    at = login(new_app(), username)
    at.switch_page(next(spec.path for spec in PAGES if spec.url_path == page)).run()
    assert_no_exception(at)
    return at


def by_label(widgets: Any, label: str) -> Any:
    """The widget of a kind (at.selectbox, at.radio…) showing `label`."""
    matches = [w for w in widgets if w.label == label]
    assert matches, f"no widget {label!r} among {[w.label for w in widgets]}"
    return matches[0]


def metrics(at: AppTest) -> dict[str, str]:
    """{label: value} of the metrics on the page (narrow no-break spaces made plain)."""
    return {m.label: str(m.value).replace("\u202f", " ").replace("\xa0", " ") for m in at.metric}


def select_rows(at: AppTest, key: str, rows: list[int]) -> AppTest:
    """Tick table rows (what a click on the row checkboxes does), then rerun."""
    at.session_state[key] = {"selection": {"rows": rows, "columns": [], "cells": []}}
    return at.run()


def wait_for_text(at: AppTest, text: str, timeout: float = 30) -> AppTest:
    """Rerun until `text` is on the page (a background import finishing)."""
    deadline = time.monotonic() + timeout
    while text not in page_text(at):
        assert time.monotonic() < deadline, f"{text!r} never appeared:\n{page_text(at)}"
        time.sleep(0.2)
        at.run()
        assert_no_exception(at)
    return at


def live_on_sandbox(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str, *, seed: bool
) -> Iterator[Live]:
    """The app on a fresh account of the test sandbox (`seed`: the demo's 200 contacts and 4 groups)."""
    for account in live_account(env, monkeypatch, sandbox, base_url, seed=seed):
        # The checks read through a client that waits out the sandbox's rate limit, as the app's does.
        with MonSmsClient(account.api_key, base_url, backoff_base=0.05) as client:
            yield Live(account.api_key, client, sandbox)


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    """The app on a seeded account of the test sandbox."""
    yield from live_on_sandbox(env, monkeypatch, sandbox, base_url, seed=True)


def selected_rows(at: AppTest, key: str) -> list[int]:
    """The positions ticked in a table, as the browser shows them."""
    state = at.session_state.get(key)
    return list(state["selection"]["rows"]) if state else []
