"""Four-eyes review in a real browser: an Expéditeur submits a send from the composer, a Relecteur
approves it in the queue, and the sandbox receives exactly one campaign; then the campaigns pages and
the audit log on the seeded demo account. Screenshots (French) go to test-artifacts/review-*.png."""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from monsms_core import accounts
from monsms_core.client import MonSmsClient
from monsms_core.preferences import REVIEW_REQUIRED_KEY
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl

pytestmark = pytest.mark.e2e

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PASSWORD = "Plateau-2026-ok"
PEOPLE = {"awa": ("Awa Koné", "sender"), "kofi": ("Kofi Yao", "reviewer"), "ama": ("Ama Diallo", "admin")}
MESSAGE = "Bonjour, la boutique Awa Cosmétiques est ouverte ce dimanche de 9 h à 13 h."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _prepare(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(f"sqlite:///{data_dir / 'monsms.db'}")
    try:
        for username, (name, role) in PEOPLE.items():
            accounts.create_user(
                store, actor="test", username=username, display_name=name, role=role, password=PASSWORD
            )
        store.app_settings.set(REVIEW_REQUIRED_KEY, True, actor="ama")
    finally:
        store.dispose()


@contextmanager
def _app(data_dir: Path, api_key: str, base_url: str) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONSMS_")}
    env.update(
        MONSMS_DATA_DIR=str(data_dir), MONSMS_API_KEY=api_key, MONSMS_BASE_URL=base_url,
        MONSMS_COOKIE_KEY=secrets.token_urlsafe(40),
    )  # fmt: skip
    port = _free_port()
    log = (data_dir.parent / "streamlit.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
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


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _context(browser: Browser) -> BrowserContext:
    context = browser.new_context(viewport={"width": 1366, "height": 1500}, locale="fr-FR")
    context.set_default_timeout(30_000)
    return context


def _settle(page: Page) -> None:
    page.wait_for_timeout(300)
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=30_000)


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    _settle(page)
    page.wait_for_timeout(700)
    page.screenshot(path=str(ARTIFACTS / f"review-{name}.png"), full_page=True)


def _sign_in(page: Page, url: str, path: str, username: str, heading: str) -> None:
    page.goto(f"{url}/{path}")
    page.get_by_role("textbox", name="Identifiant").fill(username)
    page.get_by_role("textbox", name="Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    _settle(page)


def _creates(sandbox: SandboxControl) -> int:
    return int(sandbox.stats()["requests"].get("/campaign/create", 0))


def test_one_submits_another_approves_one_campaign(
    tmp_path: Path, browser: Browser, sandbox: SandboxControl, base_url: str
) -> None:
    api_key = sandbox.create_account(seed=True)
    data_dir = tmp_path / "data"
    _prepare(data_dir)
    with _app(data_dir, api_key, base_url) as url, MonSmsClient(api_key, base_url=base_url) as client:
        before = len(list(client.campaigns.iterate(count=100)))
        # Awa (Expéditeur) prepares a send: review is required, so it waits.
        awa = _context(browser).new_page()
        _sign_in(awa, url, "send", "awa", "Envoyer un SMS")
        numbers = awa.get_by_role("textbox", name="Numéros saisis ou collés")
        numbers.fill("0707000001\n0505000002\n0101000003")
        numbers.press("Control+Enter")
        _settle(awa)
        message = awa.get_by_role("textbox", name="Message", exact=True)
        message.fill(MESSAGE)
        message.press("Control+Enter")
        _settle(awa)
        awa.get_by_role("button", name="Soumettre pour relecture…").click()
        awa.get_by_role("dialog").get_by_role("button", name="Soumettre", exact=True).click()
        expect(awa.get_by_text("Envoi soumis pour validation")).to_be_visible()
        assert _creates(sandbox) == 0
        awa.goto(f"{url}/campaigns")
        expect(awa.get_by_text("Vos envois en attente de validation (1)")).to_be_visible()
        _shot(awa, "01-author-waiting")

        # Kofi (Relecteur) sees it in the queue and approves it.
        kofi = _context(browser).new_page()
        _sign_in(kofi, url, "review_queue", "kofi", "Envois à valider")
        expect(kofi.get_by_text(MESSAGE)).to_be_visible()
        expect(kofi.get_by_text("3 destinataires · 3 crédits · 1 campagne(s)")).to_be_visible()
        _shot(kofi, "02-queue")
        kofi.get_by_role("button", name="Approuver et envoyer").click()
        expect(kofi.get_by_text("Approuvée.")).to_be_visible()
        expect(kofi.get_by_text("Aucun envoi n'attend de validation.")).to_be_visible()
        _shot(kofi, "03-approved")
        assert _creates(sandbox) == 1
        campaigns = list(client.campaigns.iterate(count=100))
        assert len(campaigns) == before + 1 and campaigns[0].text == MESSAGE
        assert sorted(m["phone"] for m in sandbox.outbox(api_key, campaigns[0].id)) == [
            "2250101000003", "2250505000002", "2250707000001",
        ]  # fmt: skip

        # The campaigns list (demo data + the new send), its charts, and the new send's tracking page.
        kofi.goto(f"{url}/campaigns")
        expect(kofi.get_by_role("heading", name="Campagnes")).to_be_visible()
        expect(kofi.get_by_text(f"{before + 1} envois. Cliquez sur une ligne")).to_be_visible()
        _shot(kofi, "04-campaigns")
        kofi.get_by_role("tab", name="Graphiques").click()
        expect(kofi.get_by_text("Regrouper par")).to_be_visible()
        _shot(kofi, "05-charts")
        kofi.goto(f"{url}/campaign?id={campaigns[0].id}")
        expect(kofi.get_by_role("heading", name=re.compile(r"^Distribution"))).to_be_visible()
        expect(kofi.get_by_text("Approuvé par Kofi Yao")).to_be_visible()
        expect(kofi.get_by_text("Mise à jour automatique")).to_have_count(0, timeout=30_000)
        _shot(kofi, "06-detail")
        scheduled = next(c for c in campaigns if c.type == "SCHEDULED")
        kofi.goto(f"{url}/campaign?id={scheduled.id}")
        expect(kofi.get_by_role("heading", name="Soldes fin de mois")).to_be_visible()
        _shot(kofi, "07-detail-scheduled")

        # The administrator's audit log tells the story.
        ama = _context(browser).new_page()
        _sign_in(ama, url, "audit", "ama", "Journal d'audit")
        ama.get_by_role("combobox", name="Type d'action").click()
        ama.get_by_role("option", name="Validations").click()
        ama.keyboard.press("Escape")
        expect(ama.get_by_text("2 action(s).")).to_be_visible()  # submitted, approved (the grid is a canvas)
        _shot(ama, "08-audit")
