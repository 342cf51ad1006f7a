"""The dashboard frame in a real browser: `streamlit run app.py` on a free port with a temporary data
folder, driven through Debian's Chromium. Screenshots go to test-artifacts/ (git-ignored)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

pytestmark = pytest.mark.e2e

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PASSWORD = "Plateau-2026-ok"
COOKIE = "monsms_auth"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONSMS_")}
    env["MONSMS_DATA_DIR"] = str(data_dir)
    return env


@contextmanager
def streamlit_server(data_dir: Path) -> Iterator[str]:
    """`streamlit run app.py` in a subprocess; yields its URL once /_stcore/health answers."""
    port = _free_port()
    log = (data_dir.parent / "streamlit.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=PROJECT, env=_environment(data_dir), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start: see {log.name}")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 860}, locale="fr-FR")
    context.set_default_timeout(20_000)
    yield context.new_page()
    context.close()


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    # Let tables finish drawing (a screenshot is for people to look at; nothing is asserted on it).
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / f"e2e-{name}.png"), full_page=True)


def _has_cookie(page: Page) -> bool:
    return any(cookie["name"] == COOKIE for cookie in page.context.cookies())


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m monsms_core users ARGS` on the test's data folder."""
    done = subprocess.run(
        [sys.executable, "-m", "monsms_core", "users", *args],
        capture_output=True, text=True, cwd=PROJECT, env=_environment(data_dir), timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def _sign_in(page: Page, username: str, password: str) -> None:
    page.get_by_role("textbox", name="Identifiant").fill(username)
    page.get_by_role("textbox", name="Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()


def test_first_run_login_reload_and_logout(tmp_path: Path, page: Page) -> None:
    with streamlit_server(tmp_path / "data") as url:
        page.goto(url)
        expect(page.get_by_text("Créer le premier administrateur")).to_be_visible()
        expect(page.get_by_text("MODE SANDBOX — aucun SMS réel n'est envoyé")).to_be_visible()
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
        _sign_in(page, "awa", PASSWORD)
        expect(page.get_by_role("heading", name="Comptes de l'équipe")).to_be_visible()


def test_a_user_added_on_the_command_line_can_sign_in(tmp_path: Path, page: Page) -> None:
    data_dir = tmp_path / "data"
    added = subprocess.run(
        [sys.executable, "-m", "monsms_core", "users", "add", "fatou", "--role", "sender",
         "--name", "Fatou Diallo", "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, cwd=PROJECT, env=_environment(data_dir),
        timeout=60,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    with streamlit_server(data_dir) as url:
        page.goto(url)
        expect(page.get_by_role("button", name="Se connecter")).to_be_visible()
        _sign_in(page, "fatou", "mauvais-mot-2026")
        expect(page.get_by_text("Identifiant ou mot de passe incorrect.")).to_be_visible()
        _sign_in(page, "fatou", PASSWORD)
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
        expect(page.get_by_text("Votre mot de passe a changé")).to_be_visible()
        _sign_in(page, "fatou", one_time)
        # ...and the one-time password must be replaced before anything else.
        expect(page.get_by_text("Choisissez votre mot de passe")).to_be_visible()
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
