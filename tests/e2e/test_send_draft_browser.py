"""Issue 11, point 2, in a real browser (Debian's Chromium): a reload of the composer keeps the draft —
recipients, message and options — and so does a second tab on the same address; another user on that
address gets an empty draft. Screenshots at 1366×768 and 1400×900 (test-artifacts/send-draft-*.png),
and of the Unicode advice (point 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from monsms_sandbox.control import SandboxControl
from tests.e2e.browser_support import NewPage, StartApp, add_user, settle
from tests.e2e.send_support import pick_group, shot, sign_in_to_composer, type_message, type_numbers

pytestmark = pytest.mark.e2e

MESSAGE = "Bonjour {prénom}, la réunion des parents a lieu samedi à 9 h dans la cour. À bientôt !"


def _message(page: Page) -> Locator:
    # The page may still be drawing its lower half when the recipients' line shows: wait on the value.
    return page.get_by_role("textbox", name="Message", exact=True)


def test_a_reload_and_a_second_tab_keep_the_draft(
    tmp_path: Path, new_page: NewPage, start_app: StartApp, sandbox: SandboxControl, base_url: str
) -> None:
    api_key = sandbox.create_account(seed=True)
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "sender", phone="2250707000001")
    add_user(data_dir, "kofi", "sender")
    url = start_app(data_dir, api_key=api_key, base_url=base_url)
    page = new_page(1366, 768)
    sign_in_to_composer(page, url)
    # A fresh form: what is left to do, no red error.
    expect(page.get_by_text("Le message est vide")).to_be_visible()
    expect(page.locator("[data-testid='stAlertContentError']")).to_have_count(0)
    page.get_by_text("Le message est vide").scroll_into_view_if_needed()
    shot(page, "draft-fresh-1366")

    pick_group(page, "Personnel (8 contacts)")
    type_numbers(page, "07 07 55 44 33")
    type_message(page, MESSAGE)
    name = page.get_by_role("textbox", name="Nom de l'envoi (facultatif)")
    name.fill("Réunion samedi")
    name.press("Enter")
    settle(page)
    expect(page.get_by_text("9 destinataires").first).to_be_visible()
    address = page.url
    assert "draft=" in address

    page.reload()
    expect(page.get_by_role("heading", name="Envoyer un SMS")).to_be_visible()
    settle(page)
    expect(page.get_by_text("9 destinataires").first).to_be_visible()
    expect(_message(page)).to_have_value(MESSAGE)
    expect(page.get_by_role("textbox", name="Nom de l'envoi (facultatif)")).to_have_value("Réunion samedi")
    page.get_by_role("tab", name="Numéros").click()
    expect(page.get_by_role("textbox", name="Numéros saisis ou collés")).to_have_value("07 07 55 44 33")
    assert page.url == address
    shot(page, "draft-reloaded-1366")
    page.set_viewport_size({"width": 1400, "height": 900})
    shot(page, "draft-reloaded-1400")

    # The same address in a second tab of the same browser: the same draft.
    second = page.context.new_page()
    second.goto(address)
    expect(second.get_by_role("heading", name="Envoyer un SMS")).to_be_visible()
    settle(second)
    expect(second.get_by_text("9 destinataires").first).to_be_visible()
    expect(_message(second)).to_have_value(MESSAGE)

    # The accent advice on this personalised closing.
    page.get_by_text("Lettres accentuées hors de l'alphabet GSM").scroll_into_view_if_needed()
    shot(page, "advice-accents-1400")

    # Another user on that address: an empty draft of their own.
    other = new_page(1400, 900)
    sign_in_to_composer(other, url, "kofi")
    other.goto(address)
    expect(other.get_by_role("heading", name="Envoyer un SMS")).to_be_visible()
    settle(other)
    expect(other.get_by_text("0 destinataire", exact=False).first).to_be_visible()
    expect(_message(other)).to_have_value("")
