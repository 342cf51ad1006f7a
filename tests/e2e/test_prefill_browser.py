"""Handing a campaign to the composer in a real browser: "Renvoyer" on a seeded demo campaign opens the
composer on a new draft, ready to send (cost and button at the top); the confirmation dialog is the only
way out, and the sandbox receives exactly one campaign. "Dupliquer en brouillon" opens a draft to edit.
Screenshots (French) go to test-artifacts/prefill-*.png."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from monsms_core.client import MonSmsClient
from monsms_sandbox.control import SandboxControl
from tests.e2e.browser_support import (
    ARTIFACTS,
    NewPage,
    StartApp,
    add_user,
    campaign_creates,
    settle,
    sign_in,
)

pytestmark = pytest.mark.e2e


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    settle(page)
    page.wait_for_timeout(700)
    page.screenshot(path=str(ARTIFACTS / f"prefill-{name}.png"), full_page=True)


def test_send_again_and_duplicate_from_a_campaign(
    tmp_path: Path, new_page: NewPage, start_app: StartApp, sandbox: SandboxControl, base_url: str
) -> None:
    sandbox.config(campaign_extras=True)  # campaign names/delivery as the demo sandbox answers them
    api_key = sandbox.create_account(seed=True)
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "sender")
    url = start_app(data_dir, api_key=api_key, base_url=base_url)
    with MonSmsClient(api_key, base_url=base_url) as client:
        campaign = next(c for c in client.campaigns.iterate(count=100) if c.name == "Livraison Yopougon")
        before = {c.id for c in client.campaigns.iterate(count=100)}
        page = new_page(width=1366, height=1400, timeout_ms=30_000)
        sign_in(page, url, f"campaign?id={campaign.id}", "Livraison Yopougon")

        page.get_by_role("button", name="Dupliquer en brouillon").click()
        expect(page.get_by_role("heading", name="Envoyer un SMS")).to_be_visible()
        expect(page.get_by_text("Brouillon copié de la campagne « Livraison Yopougon »")).to_be_visible()
        expect(page.get_by_role("textbox", name="Message", exact=True)).to_have_value(campaign.text or "")
        expect(page.get_by_role("textbox", name="Nom de l'envoi")).to_have_value("Livraison Yopougon")
        _shot(page, "01-duplicate")
        assert campaign_creates(sandbox) == 0

        page.goto(f"{url}/campaign?id={campaign.id}")
        page.get_by_role("button", name="Renvoyer").click()
        banner = page.locator(".st-key-composer_origin")
        expect(banner.get_by_text("Nouvel envoi de la campagne « Livraison Yopougon »")).to_be_visible()
        expect(page.get_by_text("repris de la campagne « Livraison Yopougon »")).to_be_visible()
        _shot(page, "02-again")
        # A rerun (any widget) keeps the composer and its draft: the page really switched.
        page.get_by_role("tab", name="Numéros").click()
        settle(page)
        expect(banner).to_be_visible()
        assert campaign_creates(sandbox) == 0

        banner.get_by_role("button", name="Envoyer…").click()
        dialog = page.get_by_role("dialog")
        expect(dialog.get_by_role("button", name="Confirmer l'envoi")).to_be_enabled()
        _shot(page, "03-confirm")
        dialog.get_by_role("button", name="Confirmer l'envoi").click()
        expect(page.get_by_text("Envoyé :")).to_be_visible(timeout=30_000)
        expect(banner).to_have_count(0)
        _shot(page, "04-sent")

        new = [c for c in client.campaigns.iterate(count=100) if c.id not in before]
        assert len(new) == 1 and new[0].text == campaign.text
        assert campaign_creates(sandbox) == 1
