"""The composer in a real browser (Debian's Chromium): against the test sandbox, a send happens exactly
once — with a double click on the confirmation, a reload mid-send, and an answer lost after the
sandbox processed the request; then screenshots in French on the demo data (sandbox mode)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from monsms_core.compose import count_segments
from monsms_core.store import OutboxEntry
from monsms_sandbox.control import SandboxControl
from tests.e2e.browser_support import StartApp, add_user, app_store, campaign_creates, settle
from tests.e2e.send_support import (
    pick_group,
    shot,
    sign_in_to_composer,
    type_message,
    type_numbers,
)

pytestmark = pytest.mark.e2e


def _entries(data_dir: Path) -> list[OutboxEntry]:
    with app_store(data_dir) as store:
        return store.outbox.list()


def _confirm(page: Page, *, double: bool = False) -> None:
    page.get_by_role("button", name="Envoyer…").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Solde vérifié à l'instant")).to_be_visible()
    confirm = dialog.get_by_role("button", name="Confirmer l'envoi")
    if double:
        confirm.dblclick()
    else:
        confirm.click()


def test_exactly_once_in_a_real_browser(
    tmp_path: Path, page: Page, start_app: StartApp, sandbox: SandboxControl, base_url: str
) -> None:
    api_key = sandbox.create_account(seed=True)
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "sender", phone="2250707000001")
    url = start_app(data_dir, api_key=api_key, base_url=base_url)
    sign_in_to_composer(page, url)

    # 1. A personalised send to a group, confirmed with a double click: its campaigns exist once.
    pick_group(page, "Personnel (8 contacts)")
    expect(page.get_by_role("heading", name="8 destinataires")).to_be_visible()
    type_message(page, "Bonjour {prénom}, réunion lundi 8h à la boutique.")
    expect(page.get_by_text("Aperçu pour de vrais destinataires")).to_be_visible()
    _confirm(page, double=True)
    expect(page.get_by_text(re.compile(r"Envoyé : \d+ campagnes? créées? pour 8"))).to_be_visible(
        timeout=30_000
    )
    page.wait_for_timeout(1500)  # a second send, had there been one, would have started by now
    (entry,) = _entries(data_dir)
    first_creates = campaign_creates(sandbox)
    assert entry.status == "sent" and first_creates == len(entry.payload["chunks"]) == len(entry.campaign_ids)
    assert "draft=" in page.url

    # 2. Reloaded while the sandbox is still answering: the page shows the send, nothing is resent.
    page.get_by_role("button", name="Nouveau message").click()
    settle(page)
    sandbox.add_fault("latency", path="/campaign/create", seconds=3, count=1)
    type_numbers(page, "07 07 12 34 56")
    type_message(page, "Livraison demain matin.")
    _confirm(page)
    page.wait_for_timeout(500)
    page.reload()
    expect(page.get_by_role("heading", name="Ce message")).to_be_visible()
    expect(page.get_by_text("Envoyé : 1 campagne créée pour 1")).to_be_visible(timeout=30_000)
    assert campaign_creates(sandbox) == first_creates + 1
    expect(page.get_by_role("button", name="Envoyer…")).to_be_disabled()

    # 3. The sandbox stores the campaign then times out: unknown → Vérifier → sent, never twice.
    page.get_by_role("button", name="Nouveau message").click()
    settle(page)
    sandbox.add_fault("timeout", path="/campaign/create", phase="after", seconds=1, count=1)
    type_numbers(page, "05 05 12 34 56")
    type_message(page, "Votre colis est arrivé.")
    _confirm(page)
    expect(page.get_by_text("La réponse du service s'est perdue")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Réessayer")).to_have_count(0)
    page.get_by_role("button", name="Vérifier").click()
    expect(page.get_by_text("toutes les campagnes ont bien été créées")).to_be_visible()
    assert campaign_creates(sandbox) == first_creates + 2
    assert [e.status for e in _entries(data_dir)] == ["sent", "sent", "sent"]
    page.goto(f"{url}/outbox")
    expect(page.get_by_role("heading", name="Mes envois")).to_be_visible()
    expect(page.get_by_text("Votre colis est arrivé.").first).to_be_visible()
    assert campaign_creates(sandbox) == first_creates + 2


LIVE_TEXTS = (
    "Bonjour",
    "Promo [€] {tous} ~ 20 %",  # extension characters count 2
    "a" * 160,
    "a" * 161,
    "a" * 152 + "€",  # the escape pair does not fit in the first part: it moves to the second
    "’" * 70,
    "’" * 71,
    "😀" * 35,
    "😀" * 34 + "a" * 3,
    "Chère cliente, aujourd’hui… Çà et là : ê ï ô.",
)


def _live_figures(page: Page) -> tuple[int, str, int, int]:
    text = page.get_by_test_id("composerLiveCounter").inner_text()
    numbers = [int(n) for n in re.findall(r"\d+", text.replace("GSM-7", "GSM"))]
    return numbers[0], "GSM-7" if "GSM-7" in text else "UCS-2", numbers[1], numbers[2]


def test_live_counter_and_screenshots_on_the_demo_data(
    tmp_path: Path, page: Page, start_app: StartApp
) -> None:
    page.set_viewport_size({"width": 1400, "height": 2400})  # Streamlit scrolls inside: show it all
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "sender", phone="2250707000001")
    url = start_app(data_dir)
    sign_in_to_composer(page, url)
    shot(page, "01-empty")

    # While typing (nothing committed yet), the browser's count agrees with Python's everywhere.
    area = page.get_by_role("textbox", name="Message", exact=True)
    for text in LIVE_TEXTS:
        area.fill(text)
        expected = count_segments(text)
        assert _live_figures(page) == (
            expected.characters,
            expected.encoding,
            expected.segments,
            expected.remaining,
        ), text
    area.fill("Chère cliente, la boutique est ouverte aujourd’hui")
    shot(page, "01b-typing")
    area.press("Control+Enter")
    settle(page)
    expect(page.get_by_test_id("composerLiveCounter")).to_be_hidden()

    type_numbers(page, "07 07 12 34 56\n05 05 98 76 54; 0101020304, 1234")
    type_message(
        page,
        "Chère cliente, la boutique est ouverte aujourd’hui jusqu’à 20h… Venez découvrir nos nouveautés !",
    )
    expect(page.get_by_text("Ces caractères font passer le message en Unicode")).to_be_visible()
    shot(page, "02-unicode-warning")
    page.get_by_role("button", name=re.compile(r"Remplacer ces caractères")).click()
    settle(page)
    expect(page.get_by_role("button", name="Annuler le remplacement")).to_be_visible()
    shot(page, "03-after-replacement")

    pick_group(page, "Clientes fidèles (70 contacts)")
    type_message(page, "Bonjour {prénom}, -20 % sur le karité ce week-end chez Awa Cosmétiques !")
    page.get_by_role("textbox", name="À la place de {prénom}, écrire :").fill("chère cliente")
    page.get_by_role("textbox", name="À la place de {prénom}, écrire :").press("Enter")
    settle(page)
    expect(page.get_by_text("Aperçu pour de vrais destinataires")).to_be_visible()
    shot(page, "04-personalised")

    page.get_by_role("button", name="Envoyer…").click()
    expect(page.get_by_role("dialog").get_by_text("Solde vérifié à l'instant")).to_be_visible()
    shot(page, "05-confirm-dialog")
    page.get_by_role("dialog").get_by_role("button", name="Confirmer l'envoi").click()
    expect(page.get_by_text(re.compile(r"Envoyé : \d+ campagne"))).to_be_visible(timeout=30_000)
    shot(page, "06-sent")
    page.goto(f"{url}/outbox")
    expect(page.get_by_role("heading", name="Mes envois")).to_be_visible()
    shot(page, "07-outbox")
