"""Helpers of the composer's browser tests: a signed-in composer, screenshots and Streamlit widget moves
(the app, the browser and signing in are in browser_support.py and conftest.py)."""

from __future__ import annotations

from playwright.sync_api import Page

from tests.e2e.browser_support import screenshot, settle, sign_in


def sign_in_to_composer(page: Page, url: str, username: str = "awa") -> None:
    """Sign in, then open the composer."""
    sign_in(page, url, "send", "Envoyer un SMS", username)


def shot(page: Page, name: str) -> None:
    """test-artifacts/send-`name`.png."""
    screenshot(page, f"send-{name}")


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
