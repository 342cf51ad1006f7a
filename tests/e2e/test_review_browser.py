"""Four-eyes review in a real browser: an Expéditeur submits a send from the composer, a Relecteur
approves it in the queue, and the sandbox receives exactly one campaign; then the campaigns pages and
the audit log on the seeded demo account. Screenshots (French) go to test-artifacts/review-*.png."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from monsms_core.accounts import REVIEW_REQUIRED_KEY
from monsms_core.client import MonSmsClient
from monsms_sandbox.control import SandboxControl
from tests.e2e.browser_support import (
    NewPage,
    StartApp,
    add_user,
    app_store,
    campaign_creates,
    screenshot,
    sign_in,
)
from tests.e2e.send_support import type_message, type_numbers

pytestmark = pytest.mark.e2e

PEOPLE = {"awa": ("Awa Koné", "sender"), "kofi": ("Kofi Yao", "reviewer"), "ama": ("Ama Diallo", "admin")}
MESSAGE = "Bonjour, la boutique Awa Cosmétiques est ouverte ce dimanche de 9 h à 13 h."


def _prepare(data_dir: Path) -> None:
    for username, (name, role) in PEOPLE.items():
        add_user(data_dir, username, role, display_name=name)
    with app_store(data_dir) as store:
        store.app_settings.set(REVIEW_REQUIRED_KEY, True, actor="ama")


def _shot(page: Page, name: str) -> None:
    screenshot(page, f"review-{name}")


def test_one_submits_another_approves_one_campaign(
    tmp_path: Path, new_page: NewPage, start_app: StartApp, sandbox: SandboxControl, base_url: str
) -> None:
    sandbox.config(campaign_extras=True)  # campaign names/delivery as the demo sandbox answers them
    api_key = sandbox.create_account(seed=True)
    data_dir = tmp_path / "data"
    _prepare(data_dir)
    url = start_app(data_dir, api_key=api_key, base_url=base_url)
    with MonSmsClient(api_key, base_url=base_url) as client:
        before = len(list(client.campaigns.iterate(count=100)))
        # Awa (Expéditeur) prepares a send: review is required, so it waits.
        awa = new_page(width=1366, height=1500, timeout_ms=30_000)
        sign_in(awa, url, "send", "Envoyer un SMS", "awa")
        type_numbers(awa, "0707000001\n0505000002\n0101000003")
        type_message(awa, MESSAGE)
        awa.get_by_role("button", name="Soumettre pour relecture…").click()
        awa.get_by_role("dialog").get_by_role("button", name="Soumettre", exact=True).click()
        expect(awa.get_by_text("Envoi soumis pour validation")).to_be_visible()
        assert campaign_creates(sandbox) == 0
        awa.goto(f"{url}/campaigns")
        expect(awa.get_by_text("Vos envois en attente de validation (1)")).to_be_visible()
        _shot(awa, "01-author-waiting")

        # Kofi (Relecteur) sees it in the queue and approves it.
        kofi = new_page(width=1366, height=1500, timeout_ms=30_000)
        sign_in(kofi, url, "review_queue", "Envois à valider", "kofi")
        expect(kofi.get_by_text(MESSAGE)).to_be_visible()
        expect(kofi.get_by_text("3 destinataires · 3 crédits · 1 campagne")).to_be_visible()
        _shot(kofi, "02-queue")
        kofi.get_by_role("button", name="Approuver et envoyer").click()
        sent = kofi.get_by_text("Envoi effectué : 1 campagne créée sur 1", exact=False)  # sent by the worker
        expect(sent).to_be_visible()
        expect(kofi.get_by_text("Aucun envoi n'attend de validation.").first).to_be_visible()
        _shot(kofi, "03-approved")
        assert campaign_creates(sandbox) == 1
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
        ama = new_page(width=1366, height=1500, timeout_ms=30_000)
        sign_in(ama, url, "audit", "Journal d'audit", "ama")
        ama.get_by_role("combobox", name="Type d'action").click()
        ama.get_by_role("option", name="Validations").click()
        ama.keyboard.press("Escape")
        expect(ama.get_by_text("2 actions.")).to_be_visible()  # submitted, approved (the grid is a canvas)
        _shot(ama, "08-audit")
