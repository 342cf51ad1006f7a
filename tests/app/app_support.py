"""Helpers for the AppTest suites: an isolated data folder per test, users, sign-in and page text."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from monsms_core import accounts
from monsms_core.accounts import passwords
from monsms_core.config import load_settings
from monsms_core.store import Store
from monsms_core.worker import Worker, WorkerOptions, worker_connection
from monsms_sandbox.control import SandboxControl
from ui.runtime import resources

PROJECT = Path(__file__).resolve().parents[2]
GOOD = "Plateau-2026-ok"
ENV_NAMES = (
    "MONSMS_API_KEY",
    "MONSMS_COOKIE_KEY",
    "MONSMS_DATABASE_URL",
    "MONSMS_DATA_DIR",
    "MONSMS_BASE_URL",
    "MONSMS_EMBEDDED_WORKER",
)


@dataclass
class AppEnv:
    """The test's own handle on the database the app uses, and where its data folder is."""

    store: Store
    database_url: str
    data_dir: Path

    def add_user(self, username: str, role: str, password: str = GOOD, **fields: object) -> None:
        """Create an account directly in the store (display name: the user name capitalised, unless
        given)."""
        accounts.create_user(
            self.store,
            actor="test",
            username=username,
            display_name=str(fields.pop("display_name", username.title())),
            role=role,
            password=password,
            **fields,
        )

    def setup_code(self) -> str:
        """The one-time setup code the first-run screen asks for (written by the app into its data
        folder, as an operator would read it from the server)."""
        return accounts.setup_code_path(self.data_dir).read_text(encoding="utf-8").strip()


# A quick worker for the app suites: jobs start within 0.1 s, a lost answer settles in 1 s.
TEST_WORKER = WorkerOptions(lease=5.0, heartbeat=1.0, poll=0.1, settle=1.0, backoff_base=0.2)


@contextmanager
def running_worker(store: Store) -> Iterator[Worker]:
    """A worker serving `store` in a thread of this process while the block runs, on the account the
    app itself resolves (its settings are read from the environment at each job)."""
    worker = Worker(store, lambda: worker_connection(load_settings(), store), TEST_WORKER)
    thread = threading.Thread(target=worker.serve, name="test-worker", daemon=True)
    thread.start()
    try:
        yield worker
    finally:
        worker.drain()
        thread.join(30)


def app_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path) -> Iterator[AppEnv]:
    """Point the app at a fresh database (and a shared sandbox data folder), never the real one."""
    monkeypatch.setattr(passwords, "BCRYPT_ROUNDS", 4)
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    url = f"sqlite:///{tmp_path / 'monsms.db'}"
    monkeypatch.setenv("MONSMS_DATA_DIR", str(data_dir))
    monkeypatch.setenv("MONSMS_DATABASE_URL", url)
    monkeypatch.setenv("MONSMS_EMBEDDED_WORKER", "0")
    store = Store.open(url)
    try:
        yield AppEnv(store, url, data_dir)
    finally:
        store.dispose()


def app_sandbox() -> tuple[SandboxControl, str]:
    """A control client on the very sandbox the app under test runs on (shared by the test session,
    started if needed) and its demo account's API key: to check what really reached the API. The caller
    closes the control client."""
    runtime = resources.sandbox_runtime()
    return SandboxControl(runtime.server.root_url), runtime.api_key


def new_app(script: str = "app.py") -> AppTest:
    """A fresh browser session on the app (or on one page file run on its own)."""
    return AppTest.from_file(str(PROJECT / script), default_timeout=30)


def button(at: AppTest, label: str) -> Any:  # AppTest's Button class is not public API
    """The button (or form submit button) showing `label`."""
    matches = [b for b in at.button if b.label == label]
    assert matches, f"no button {label!r} among {[b.label for b in at.button]}"
    return matches[0]


def login(at: AppTest, username: str, password: str = GOOD, *, submit: str = "Se connecter") -> AppTest:
    """Fill the sign-in form and submit it (runs the app first if needed)."""
    if not at.text_input:
        at.run()
    at.text_input(key="login_username").input(username)
    at.text_input(key="login_password").input(password)
    return button(at, submit).click().run()


def page_text(at: AppTest) -> str:
    """Everything readable on the page (main area and sidebar), to search in."""
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "error",
        "warning",
        "info",
        "success",
        "code",
        "text",
    ):
        parts.extend(str(element.value) for element in getattr(at, kind))
    parts.extend(str(m.value) for m in at.metric)
    parts.extend(str(m.label) for m in at.metric)
    return "\n".join(parts)


def titles(at: AppTest) -> list[str]:
    """The page titles shown."""
    return [str(t.value) for t in at.title]


def assert_no_exception(at: AppTest) -> None:
    """No traceback reached the page."""
    assert not at.exception, [e.value for e in at.exception]
