"""Issue 14 in the real browser: a login cookie copied before "Se déconnecter" opens nothing afterwards;
strangers failing on purpose lock the account for unknown browsers only, never for the owner's known
browser; a malformed cookie leads to the login form (cleared, logged without the token)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.browser_support import NewPage, StartApp, add_user, fill_login, settle, sign_in

LOGIN_COOKIE = "monsms_auth"


def _login_form(page: Page) -> None:
    expect(page.get_by_role("textbox", name="Identifiant")).to_be_visible()
    expect(page.get_by_text("This app has encountered an error")).to_have_count(0)


def _cookie(page: Page, name: str) -> dict | None:
    return next((c for c in page.context.cookies() if c["name"] == name), None)


def _sign_in_then_out(page: Page, url: str, keep: str) -> dict | None:
    """Sign in as awa, wait for the cookie `keep` to be written, sign out; returns that cookie as it was
    while signed in."""
    sign_in(page, url, "", "Bonjour, Awa Koné")
    page.wait_for_function(f"() => document.cookie.includes('{keep}=')")
    kept = _cookie(page, keep)
    page.get_by_role("button", name="Se déconnecter").click()
    _login_form(page)
    settle(page)
    return kept


def test_a_cookie_copied_before_sign_out_opens_nothing(
    tmp_path: Path, new_page: NewPage, start_app: StartApp
) -> None:
    data = tmp_path / "data"
    add_user(data, "awa", "admin")
    url = start_app(data)
    stolen = _sign_in_then_out(new_page(), url, LOGIN_COOKIE)
    assert stolen is not None

    thief = new_page()
    thief.context.add_cookies([stolen])  # type: ignore[list-item]
    thief.goto(url)
    _login_form(thief)
    expect(thief.get_by_text("Cette session a été fermée")).to_be_visible()
    expect(thief.get_by_role("heading", name="Bonjour, Awa Koné")).to_have_count(0)


def _fail_once(page: Page, url: str) -> None:
    page.goto(url)
    fill_login(page, "awa", "mauvais-mot-2026")
    expect(page.get_by_text("incorrect").or_(page.get_by_text("Trop de tentatives"))).to_be_visible()


def test_strangers_cannot_lock_the_owner_out(tmp_path: Path, new_page: NewPage, start_app: StartApp) -> None:
    data = tmp_path / "data"
    add_user(data, "awa", "admin")
    url = start_app(data)
    owner = new_page()
    assert _sign_in_then_out(owner, url, "monsms_device") is not None

    for attempt in range(6):  # six attacker browsers, spaced past the progressive delays (2, 4, 8 s)
        attacker = new_page()
        attacker.wait_for_timeout(1000 * min(2**attempt, 9))
        _fail_once(attacker, url)
        attacker.context.close()

    fresh = new_page()
    fresh.goto(url)
    fill_login(fresh, "awa")  # the right password, from a browser the account does not know
    expect(fresh.get_by_text("Trop de tentatives")).to_be_visible()

    owner.goto(url)
    fill_login(owner, "awa")
    expect(owner.get_by_role("heading", name="Bonjour, Awa Koné")).to_be_visible()


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_a_malformed_cookie_leads_to_the_login_form(tmp_path: Path, page: Page, start_app: StartApp) -> None:
    data = tmp_path / "data"
    add_user(data, "awa", "admin")
    url = start_app(data)
    forged = _b64({"alg": "none", "typ": "JWT"}) + "." + _b64({"username": "awa", "exp_date": 4e9}) + "."
    page.context.add_cookies([{"name": LOGIN_COOKIE, "value": forged, "url": url}])
    page.goto(url)
    _login_form(page)
    settle(page)
    page.wait_for_function("() => !document.cookie.includes('monsms_auth=')")
    log = (tmp_path / "streamlit.log").read_text(errors="replace")
    assert "unreadable monsms_auth cookie" in log and forged not in log
    fill_login(page, "awa")
    expect(page.get_by_role("heading", name="Bonjour, Awa Koné")).to_be_visible()
