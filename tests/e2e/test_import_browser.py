"""The contact import and the contacts pages in a real browser (Debian's Chromium): a real sheet uploaded,
its mapping fixed, the report read, the contacts imported into a new group and found on the test
sandbox; then every contacts page in French on the demo data, with screenshots under test-artifacts/."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from monsms_core.client import MonSmsClient
from monsms_sandbox.control import SandboxControl
from tests.e2e.browser_support import ARTIFACTS, StartApp, add_user, settle, sign_in

pytestmark = pytest.mark.e2e

SHEET = Path(__file__).resolve().parents[1] / "fixtures" / "spreadsheets" / "membres.xlsx"


def shot(page: Page, name: str) -> None:
    """A full-page screenshot for people to look at (nothing is asserted on it)."""
    ARTIFACTS.mkdir(exist_ok=True)
    settle(page)
    page.mouse.move(0, 0)  # no hover toolbar over a table
    # Streamlit scrolls its main area itself: grow the window to the content so the whole page is shot.
    height = page.evaluate("document.querySelector('[data-testid=stMain]')?.scrollHeight || 900")
    page.set_viewport_size({"width": 1400, "height": max(900, int(height) + 40)})
    page.wait_for_timeout(1500)  # tables draw on a canvas, after the run ends
    page.screenshot(path=str(ARTIFACTS / f"contacts-{name}.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 900})


def choose(page: Page, label: str, option: str) -> None:
    """Pick `option` in the select box labelled `label`. A run that ends just after the click (the
    check of the file runs in a child process) redraws the box and closes its menu: try again."""
    combobox = page.get_by_role("combobox", name=label, exact=True)
    wanted = page.get_by_role("option", name=option, exact=True)
    for _ in range(4):
        settle(page)
        combobox.click()
        try:
            wanted.wait_for(state="visible", timeout=3000)
        except PlaywrightTimeoutError:  # a click on an already focused box may not open its menu: keys do
            combobox.press("ArrowDown")
            try:
                wanted.wait_for(state="visible", timeout=3000)
            except PlaywrightTimeoutError:
                page.keyboard.press("Escape")
                continue
        try:
            wanted.click(timeout=5000)
        except PlaywrightTimeoutError:
            continue
        settle(page)
        return
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "contacts-choose-failed.png"), full_page=True)
    shown = page.get_by_role("option").all_inner_texts()
    raise AssertionError(f"the option {option!r} of {label!r} never appeared; options seen: {shown}")


def test_a_sheet_is_imported_into_a_new_group(
    tmp_path: Path, page: Page, start_app: StartApp, sandbox: SandboxControl, base_url: str
) -> None:
    key = sandbox.create_account(credit=1000)
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "sender")
    url = start_app(data_dir, api_key=key, base_url=base_url)
    sign_in(page, url, "import", "Importer des contacts")
    page.locator("input[type='file']").set_input_files(str(SHEET))
    expect(page.get_by_text("19 lignes lues")).to_be_visible()
    settle(page)

    # Fix the mapping: no phone column → a sentence says what to do; the right one → the report.
    choose(page, "Téléphone", "— aucune —")
    expect(page.get_by_text("colonne", exact=False).first).to_be_visible()
    expect(page.get_by_text("Refusés", exact=True)).to_have_count(0)
    choose(page, "Téléphone", "N° de Téléphone (B)")
    expect(page.get_by_text("Passés à 10 chiffres")).to_be_visible()
    expect(page.get_by_role("button", name="Lignes refusées (Excel)")).to_be_visible()
    shot(page, "01-import-report")

    page.get_by_text("Un nouveau groupe", exact=True).click()
    page.get_by_role("textbox", name="Nom du nouveau groupe").fill("Membres Riviera")
    page.get_by_role("textbox", name="Nom du nouveau groupe").press("Enter")
    settle(page)
    page.get_by_role("button", name="Importer 12 contacts").click()
    expect(page.get_by_text("Import terminé", exact=False)).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Groupe « Membres Riviera » : 12 membres ajoutés.")).to_be_visible()
    shot(page, "02-import-done")

    # The contacts page shows them, and the search finds one by a number typed the local way.
    page.goto(f"{url}/contacts")
    expect(page.get_by_text("12 contacts dans votre compte.")).to_be_visible()
    page.get_by_role("textbox", name="Rechercher").fill("07 07 12 34 56")
    page.get_by_role("textbox", name="Rechercher").press("Enter")
    expect(page.get_by_text("1 contact trouvé", exact=False))
    shot(page, "03-contacts-search")

    with MonSmsClient(key, base_url, backoff_base=0.05) as client:
        contacts = list(client.contacts.iterate())
        groups = [g for g in client.groups.iterate() if g.name == "Membres Riviera"]
        assert len(groups) == 1
        members = client.groups.get(groups[0].id).contacts
    assert len(contacts) == 12 and max(Counter(c.phone for c in contacts).values()) == 1
    assert {c.id for c in members} == {c.id for c in contacts}


def test_contacts_pages_on_the_demo_data(tmp_path: Path, page: Page, start_app: StartApp) -> None:
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "admin")
    url = start_app(data_dir)
    sign_in(page, url, "contacts", "Contacts")
    expect(page.get_by_text("Page 1 sur 4 · 200 contacts")).to_be_visible()  # counted: the API gives no total
    shot(page, "04-contacts")

    # A short result: the table is as tall as its rows (header + 11), no blank rows under them.
    page.get_by_role("textbox", name="Rechercher").fill("sandrine")
    page.get_by_role("textbox", name="Rechercher").press("Enter")
    expect(page.get_by_text("11 contacts trouvés pour", exact=False)).to_be_visible()
    settle(page)
    box = page.locator("[data-testid='stDataFrame']").first.bounding_box()
    assert box is not None and 12 * 35 <= box["height"] <= 12 * 35 + 6, box

    page.get_by_role("textbox", name="Rechercher").fill("kone")
    page.get_by_role("textbox", name="Rechercher").press("Enter")
    expect(page.get_by_text(re.compile(r"trouvés? pour « kone »"))).to_be_visible()
    shot(page, "05-contacts-search-name")

    page.goto(f"{url}/groups")
    expect(page.get_by_role("heading", name="Groupes")).to_be_visible()
    expect(page.get_by_role("tab", name="Membres", exact=True)).to_be_visible()
    shot(page, "06-groups")
    page.get_by_role("tab", name="Renommer ou supprimer").click()
    page.get_by_role("button", name="Supprimer ce groupe").click()
    expect(page.get_by_role("dialog").get_by_text("Ses membres restent dans vos contacts")).to_be_visible()
    shot(page, "07-groups-delete-confirm")
    page.get_by_role("dialog").get_by_role("button", name="Annuler").click()
    expect(page.get_by_role("dialog")).to_have_count(0)

    page.goto(f"{url}/optouts")
    expect(page.get_by_role("heading", name="Liste d'opposition")).to_be_visible()
    page.get_by_role("textbox", name="Numéros").fill("07 07 12 34 56 ; 05 05 98 76 54 ; bonjour")
    page.get_by_role("textbox", name="Motif (facultatif)").fill("a répondu STOP")
    page.get_by_role("button", name="Ajouter à la liste").click()
    expect(page.get_by_text("2 numéros ajoutés", exact=False)).to_be_visible()
    shot(page, "08-optouts")

    page.goto(f"{url}/import")
    expect(page.get_by_role("heading", name="Importer des contacts")).to_be_visible()
    shot(page, "09-import-empty")
