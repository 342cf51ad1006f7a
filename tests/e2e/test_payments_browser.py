"""Issue 12, point 3 in a real browser (Debian's Chromium), against the test sandbox: a send blocked for
lack of credit; a refused Orange Money code (a sentence, no credit, the draft kept); Wave paid with a
double click on "Payer" (one transaction); back on the same draft, confirmed, one campaign; then, on the
Recharger page, a reload while a payment is pending brings the waiting state back and it completes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from monsms_core.client import MonSmsClient
from monsms_sandbox.control import SandboxControl
from tests.e2e.browser_support import StartApp, add_user, app_store, campaign_creates, settle
from tests.e2e.send_support import shot, sign_in_to_composer, type_message, type_numbers

pytestmark = pytest.mark.e2e

NUMBERS = "\n".join(f"07 07 00 00 {i:02d}" for i in range(10, 22))  # 12 recipients
PAY = re.compile(r"^Payer 12\s500 FCFA$")


def _purchases(sandbox: SandboxControl) -> int:
    return int(sandbox.stats()["processed"].get("/transaction/create", 0))


def _fill(page: Page, method: str, payer: str, code: str | None = None) -> None:
    page.get_by_text(method, exact=True).click()
    settle(page)
    box = page.get_by_role("textbox", name="Numéro qui paie")
    box.fill(payer)
    box.press("Enter")
    settle(page)
    if code is not None:
        field = page.get_by_role("textbox", name="Code Orange Money (4 chiffres)")
        field.fill(code)
        field.press("Enter")
        settle(page)


def test_buying_credit_in_a_real_browser(
    tmp_path: Path, page: Page, start_app: StartApp, sandbox: SandboxControl, base_url: str
) -> None:
    sandbox.config(payment_seconds=1)
    api_key = sandbox.create_account(credit=0)
    data_dir = tmp_path / "data"
    add_user(data_dir, "ada", "admin")
    url = start_app(data_dir, api_key=api_key, base_url=base_url)
    sign_in_to_composer(page, url, "ada")
    client = MonSmsClient(api_key, base_url)

    # 1. Blocked: the smallest pack covering the 12 missing credits is preselected.
    type_numbers(page, NUMBERS)
    type_message(page, "Réunion des parents samedi 9h.")
    expect(page.get_by_text("Recharger sans quitter cet envoi")).to_be_visible()
    expect(page.get_by_text("Le pack STARTER (500 SMS) couvre les 12 crédits")).to_be_visible()
    expect(page.get_by_role("button", name="Envoyer…")).to_be_disabled()
    draft_url = page.url
    shot(page, "payments-blocked")

    # 2. A refused Orange Money code: one sentence, no credit, the draft still on screen.
    _fill(page, "Orange Money", "07 07 12 34 56", "1111")
    page.get_by_role("button", name=PAY).click()
    expect(page.get_by_text("Le paiement a été refusé")).to_be_visible(timeout=30_000)
    assert client.user.credit() == 0
    expect(page.get_by_role("textbox", name="Message", exact=True)).to_have_value(
        "Réunion des parents samedi 9h."
    )
    shot(page, "payments-refused")
    page.get_by_role("button", name="Faire un autre achat").click()
    settle(page)

    # 3. Wave, with a double click on "Payer": one transaction, then the send is ready to confirm.
    _fill(page, "Wave", "07 07 12 34 56")
    page.get_by_role("button", name=PAY).dblclick()
    expect(page.get_by_text("Paiement confirmé : 500 SMS ajoutés à votre crédit.")).to_be_visible(
        timeout=30_000
    )
    assert _purchases(sandbox) == 2 and client.user.credit() == 500  # the refused one, and this one
    assert page.url == draft_url
    expect(page.get_by_role("textbox", name="Message", exact=True)).to_have_value(
        "Réunion des parents samedi 9h."
    )
    shot(page, "payments-charged")
    page.get_by_role("button", name="Envoyer…").click()
    page.get_by_role("dialog").get_by_role("button", name="Confirmer l'envoi").click()
    expect(page.get_by_text(re.compile(r"Envoyé : 1 campagne créée pour 12"))).to_be_visible(
        timeout=30_000
    )
    assert campaign_creates(sandbox) == 1 and client.user.credit() == 500 - 12

    # 4. The Recharger page: a wallet that does not answer yet, a reload, the waiting state is back.
    page.goto(f"{url}/recharge")
    expect(page.get_by_role("heading", name="Recharger le crédit SMS")).to_be_visible()
    settle(page)
    page.get_by_text("MTN MoMo", exact=True).click()
    settle(page)
    box = page.get_by_role("textbox", name="Numéro qui paie")
    box.fill("07 00 00 00 03")  # the sandbox's "never answers" payer
    box.press("Enter")
    settle(page)
    page.get_by_role("button", name=PAY).click()
    expect(page.get_by_text("en attente de confirmation")).to_be_visible(timeout=30_000)
    page.reload()
    expect(page.get_by_text("en attente de confirmation")).to_be_visible(timeout=30_000)
    shot(page, "payments-waiting")
    with app_store(data_dir) as store:
        pending = store.credit_purchases.open_purchase()
    assert pending is not None and pending.transaction_id
    sandbox.settle_payment(api_key, pending.transaction_id, "CHARGED")  # approved on the phone at last
    expect(page.get_by_text("Paiement confirmé : 500 SMS ajoutés à votre crédit.")).to_be_visible(
        timeout=30_000
    )
    assert client.user.credit() == 500 - 12 + 500 and _purchases(sandbox) == 3
    client.close()
