"""The dashboard frame in a real browser: `streamlit run app.py` on a free port with a temporary data
folder, driven through Debian's Chromium. Screenshots go to test-artifacts/ (git-ignored)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser_support import (
    ARTIFACTS,
    PASSWORD,
    PROJECT,
    NewPage,
    StartApp,
    app_environment,
    fill_login,
    settle,
    wait_for_login_cookie,
)

pytestmark = pytest.mark.e2e

COOKIE = "monsms_auth"


@pytest.fixture
def page(new_page: NewPage) -> Page:
    """This module's screenshots are taken at 1366×860."""
    return new_page(width=1366, height=860)


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    # Let tables finish drawing (a screenshot is for people to look at; nothing is asserted on it).
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / f"e2e-{name}.png"), full_page=True)


def _has_cookie(page: Page) -> bool:
    return any(cookie["name"] == COOKIE for cookie in page.context.cookies())


def _cli(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m monsms_core users ARGS` on the test's data folder (`stdin` typed into it)."""
    done = subprocess.run(
        [sys.executable, "-m", "monsms_core", "users", *args], input=stdin,
        capture_output=True, text=True, cwd=PROJECT, env=app_environment(data_dir), timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def test_first_run_login_reload_and_logout(tmp_path: Path, page: Page, start_app: StartApp) -> None:
    url = start_app(tmp_path / "data")
    page.goto(url)
    expect(page.get_by_text("Créer le premier administrateur")).to_be_visible()
    explained = "BAC À SABLE — rien n'est envoyé, rien n'est payé (compte de démonstration)"
    expect(page.get_by_text(explained).first).to_be_visible()
    _shot(page, "01-first-run")

    page.get_by_role("textbox", name="Nom complet").fill("Awa Koné")
    page.get_by_role("textbox", name="Identifiant").fill("awa")
    page.get_by_role("textbox", name="Mot de passe", exact=True).fill(PASSWORD)
    page.get_by_role("textbox", name="Confirmez le mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Créer mon compte administrateur").click()
    expect(page.get_by_role("heading", name="Bonjour, Awa Koné")).to_be_visible()
    expect(page.get_by_text("Dernières campagnes")).to_be_visible()
    page.wait_for_function("() => document.cookie.includes('monsms_auth=')")
    _shot(page, "02-home")

    page.goto(f"{url}/team")
    expect(page.get_by_role("heading", name="Comptes de l'équipe")).to_be_visible()
    page.reload()
    expect(page.get_by_role("heading", name="Comptes de l'équipe")).to_be_visible()
    assert page.url.endswith("/team")
    assert _has_cookie(page)
    _shot(page, "03-team-after-reload")

    # The language switch sticks to the user, across a reload too.
    page.locator("section[data-testid='stSidebar']").get_by_text("English", exact=True).click()
    expect(page.get_by_role("heading", name="Team accounts")).to_be_visible()
    page.reload()
    expect(page.get_by_role("heading", name="Team accounts")).to_be_visible()
    page.locator("section[data-testid='stSidebar']").get_by_text("Français", exact=True).click()
    expect(page.get_by_role("heading", name="Comptes de l'équipe")).to_be_visible()

    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_text("Vous êtes déconnecté.")).to_be_visible()
    page.wait_for_function("() => !document.cookie.includes('monsms_auth=')")
    page.reload()
    expect(page.get_by_role("button", name="Se connecter")).to_be_visible()
    expect(page.get_by_role("heading", name="Comptes de l'équipe")).to_have_count(0)
    _shot(page, "04-signed-out-after-reload")

    # Signing in again from the address still in the bar lands on that page.
    fill_login(page, "awa", PASSWORD)
    expect(page.get_by_role("heading", name="Comptes de l'équipe")).to_be_visible()


def test_a_user_added_on_the_command_line_can_sign_in(
    tmp_path: Path, page: Page, start_app: StartApp
) -> None:
    data_dir = tmp_path / "data"
    _cli(
        data_dir, "add", "fatou", "--role", "sender", "--name", "Fatou Diallo", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    url = start_app(data_dir)
    page.goto(url)
    expect(page.get_by_role("button", name="Se connecter")).to_be_visible()
    fill_login(page, "fatou", "mauvais-mot-2026")
    expect(page.get_by_text("Identifiant ou mot de passe incorrect.")).to_be_visible()
    fill_login(page, "fatou", PASSWORD)
    expect(page.get_by_role("heading", name="Bonjour, Fatou Diallo")).to_be_visible()
    expect(page.get_by_text("Expéditeur · fatou")).to_be_visible()
    # The sender's menu has no Administration section, and a deep link is refused.
    expect(page.get_by_text("Administration")).to_have_count(0)
    _shot(page, "05-sender-home")
    page.goto(f"{url}/settings")
    expect(page.get_by_role("heading", name="Accès refusé")).to_be_visible()
    expect(page.get_by_text("Clé API Mon SMS PRO")).to_have_count(0)
    _shot(page, "06-sender-refused")

    # A password reset by an administrator ends the sign-ins made before it (the cookie is refused)...
    reset = _cli(data_dir, "reset-password", "fatou")
    one_time = reset.stdout.strip().splitlines()[-1]
    page.goto(url)
    expect(page.get_by_text("Cette session a été fermée")).to_be_visible()
    # The refused cookie is deleted by the browser, then one more run confirms it; a sign-in typed before
    # that run can be swallowed by it (seen once in a full CI run), so wait for it, as sign_in does.
    page.wait_for_function("() => !document.cookie.includes('monsms_auth=')")
    page.wait_for_timeout(500)
    settle(page)
    fill_login(page, "fatou", one_time)
    # ...and the one-time password must be replaced before anything else.
    expect(page.get_by_text("Choisissez votre mot de passe")).to_be_visible()
    wait_for_login_cookie(page)  # the run confirming the new cookie could swallow the form's click
    page.wait_for_timeout(500)
    settle(page)
    page.get_by_role("textbox", name="Mot de passe actuel").fill(one_time)
    page.get_by_role("textbox", name="Nouveau mot de passe").fill("Treichville-2026")
    page.get_by_role("textbox", name="Confirmez le mot de passe").fill("Treichville-2026")
    page.get_by_role("button", name="Enregistrer mon mot de passe").click()
    expect(page.get_by_role("heading", name="Bonjour, Fatou Diallo")).to_be_visible()
    page.wait_for_function("() => document.cookie.includes('monsms_auth=')")
    page.reload()  # the cookie issued after the change still works
    expect(page.get_by_role("heading", name="Bonjour, Fatou Diallo")).to_be_visible()

    # Disabled by an administrator: the login cookie stops working on the next page load.
    _cli(data_dir, "disable", "fatou")
    page.goto(url)
    expect(page.get_by_text("Ce compte est désactivé")).to_be_visible()
    expect(page.get_by_role("button", name="Se connecter")).to_be_visible()
    expect(page.get_by_role("heading", name="Bonjour, Fatou Diallo")).to_have_count(0)
