"""No English in a real browser (Debian's Chromium): Streamlit's own words — its multiselect's "Select
all", "No results", the screen-reader labels of its widgets — read in French on the composer, and in
English again after switching language; the sandbox says what it means."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser_support import StartApp, add_user, settle
from tests.e2e.send_support import shot, sign_in_to_composer

pytestmark = pytest.mark.e2e

# Streamlit 1.67's English words that the composer page shows (aria-labels, list lines).
ENGLISH = ("Clear all", "Open", "Selected values", "Collapse sidebar", "App pages", "Sidebar", "Select all")


def _labels(page: Page) -> set[str]:
    return set(page.eval_on_selector_all("[aria-label]", "els => els.map(e => e.getAttribute('aria-label'))"))


def test_streamlits_own_words_are_french_then_english(
    tmp_path: Path, page: Page, start_app: StartApp
) -> None:
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "admin")
    url = start_app(data_dir)
    sign_in_to_composer(page, url)
    sandbox = "BAC À SABLE — rien n'est envoyé, rien n'est payé (compte de démonstration)"
    expect(page.get_by_text(sandbox).first).to_be_visible()

    page.get_by_role("tab", name="Groupes").click()
    groups = page.get_by_role("combobox", name="Groupes à ajouter")
    groups.click()
    listbox = page.get_by_role("listbox")
    expect(listbox.get_by_role("option").first).to_be_visible()
    assert "Select all" not in listbox.inner_text() and "Tout sélectionner" not in listbox.inner_text()
    groups.fill("aucun groupe ne s'appelle ainsi")
    expect(page.get_by_text("Aucun résultat")).to_be_visible()
    expect(page.get_by_text("No results")).to_have_count(0)
    groups.fill("")
    page.keyboard.press("Escape")

    # Our own "Tout sélectionner" ticks every group; each tag's remove button is labelled in French.
    page.get_by_role("button", name="Tout sélectionner").click()
    settle(page)
    expect(page.get_by_role("button", name="Tout sélectionner")).to_have_count(0)
    expect(page.get_by_label("Tout effacer")).to_be_visible()
    assert any(label.startswith("Retirer ") for label in _labels(page))
    assert not _labels(page) & set(ENGLISH), _labels(page) & set(ENGLISH)
    shot(page, "words-fr")

    page.get_by_text("English", exact=True).click()
    settle(page)
    expect(page.get_by_text("SANDBOX — nothing is sent, nothing is paid (demo account)").first).to_be_visible(
        timeout=20_000
    )
    expect(page.locator("[aria-label='Clear all']").first).to_be_attached()
    assert "Tout effacer" not in _labels(page) and "Replier le menu latéral" not in _labels(page)
