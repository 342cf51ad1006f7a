"""Helpers of the composer's browser tests: `streamlit run app.py` on a free port against a given sandbox
(or the app's own in-process demo sandbox), a signed-in page, screenshots and Streamlit widget moves."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, expect

from monsms_core import accounts
from monsms_core.store import Store

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PASSWORD = "Plateau-2026-ok"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def add_user(data_dir: Path, username: str, role: str, *, phone: str | None = None) -> None:
    """Create an account in the app's database (the default one under `data_dir`)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(f"sqlite:///{data_dir / 'monsms.db'}")
    try:
        accounts.create_user(
            store,
            actor="test",
            username=username,
            display_name="Awa Koné",
            role=role,
            password=PASSWORD,
            phone=phone,
        )
    finally:
        store.dispose()


@contextmanager
def streamlit_app(
    data_dir: Path, *, api_key: str | None = None, base_url: str | None = None
) -> Iterator[str]:
    """The app in a subprocess (live mode on `base_url` with `api_key`, else its demo sandbox)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONSMS_")}
    env["MONSMS_DATA_DIR"] = str(data_dir)
    if api_key and base_url:
        env.update(
            MONSMS_API_KEY=api_key, MONSMS_BASE_URL=base_url, MONSMS_COOKIE_KEY=secrets.token_urlsafe(40)
        )
    port = _free_port()
    log = (data_dir.parent / "streamlit.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         # Other people edit the checkout while these tests run: no reloading in the middle of a test.
         "--server.fileWatcherType", "none"],
        cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start: see {log.name}")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def sign_in_to_composer(page: Page, url: str, username: str = "awa") -> None:
    """Sign in, then open the composer."""
    page.goto(f"{url}/send")
    page.get_by_role("textbox", name="Identifiant").fill(username)
    page.get_by_role("textbox", name="Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", name="Envoyer un SMS")).to_be_visible()


def shot(page: Page, name: str) -> None:
    """A full-page screenshot under test-artifacts/ (for people to look at)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(700)
    page.screenshot(path=str(ARTIFACTS / f"send-{name}.png"), full_page=True)


def settle(page: Page) -> None:
    """Wait until Streamlit finished the current run (its "running" indicator is gone)."""
    page.wait_for_timeout(250)
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30_000)


def type_message(page: Page, text: str) -> None:
    """Type into the message field and commit it (Ctrl+Enter), as a user would."""
    area = page.get_by_role("textbox", name="Message", exact=True)
    area.fill(text)
    area.press("Control+Enter")
    settle(page)


def type_numbers(page: Page, text: str) -> None:
    """Paste numbers into the "Numéros" tab and commit them."""
    page.get_by_role("tab", name="Numéros").click()
    area = page.get_by_role("textbox", name="Numéros saisis ou collés")
    area.fill(text)
    area.press("Control+Enter")
    settle(page)


def pick_group(page: Page, option: str) -> None:
    """Open the "Groupes" tab and pick a group by its label."""
    page.get_by_role("tab", name="Groupes").click()
    page.get_by_role("combobox", name="Groupes à ajouter").click()
    page.get_by_role("option", name=option).click()
    page.keyboard.press("Escape")
    settle(page)
