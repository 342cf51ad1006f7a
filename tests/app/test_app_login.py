"""Signing in and out through the real app script: first run, login, throttling, disabled accounts,
one-time passwords and the configuration error page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monsms_core import accounts
from tests.app.app_support import GOOD, AppEnv, assert_no_exception, button, login, new_app, page_text, titles


def test_first_run_creates_the_first_administrator(env: AppEnv) -> None:
    at = new_app().run()
    assert_no_exception(at)
    assert "Créer le premier administrateur" in page_text(at)
    assert not [t for t in at.text_input if t.key == "login_username"]

    at.text_input(key="first_setup_code").input(env.setup_code())
    at.text_input(key="first_display_name").input("Awa Koné")
    at.text_input(key="first_username").input("awa")
    at.text_input(key="first_password").input(GOOD)
    at.text_input(key="first_password_confirm").input(GOOD + "x")
    button(at, "Créer mon compte administrateur").click().run()
    assert "ne sont pas identiques" in page_text(at)
    assert env.store.users.count() == 0

    at.text_input(key="first_password").input(GOOD)
    at.text_input(key="first_password_confirm").input(GOOD)
    button(at, "Créer mon compte administrateur").click().run()
    assert_no_exception(at)
    assert titles(at) == ["Bonjour, Awa Koné"]
    admin = env.store.users.get("awa")
    assert admin.role == "admin" and accounts.verify_password(GOOD, admin.password_hash)
    # No default account and no second first-run: a new visitor gets the login form.
    other = new_app().run()
    assert other.text_input(key="login_username") is not None
    assert "Créer le premier administrateur" not in page_text(other)


def test_login_success_and_failure(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = login(new_app(), "awa", "mauvais-mot-2026")
    assert_no_exception(at)
    assert "Identifiant ou mot de passe incorrect." in page_text(at)
    assert at.session_state["authentication_status"] is not True
    assert (
        env.store.login_attempts.failures_since(datetime.now(UTC) - timedelta(minutes=1), username="awa") == 1
    )

    login(at, " AWA ", GOOD)
    assert_no_exception(at)
    assert titles(at) == ["Bonjour, Awa"]
    assert "BAC À SABLE — rien n'est envoyé, rien n'est payé" in page_text(at)
    actions = [e.action for e in env.store.audit.list(actor="awa")]
    assert "login.succeeded" in actions and "login.failed" in actions


def test_throttling_refuses_even_the_right_password_then_lets_go(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    now = datetime.now(UTC)
    for minutes in (9, 7, 5, 3, 1):
        env.store.login_attempts.record("awa", "elsewhere", False, at=now - timedelta(minutes=minutes))
    at = login(new_app(), "awa", GOOD)
    text = page_text(at)
    assert "Trop de tentatives" in text and "14 min" in text
    assert at.session_state["authentication_status"] is not True
    assert not titles(at) or titles(at) == ["Mon SMS PRO"]

    # Old failures (more than 15 minutes ago) no longer count.
    env.add_user("aya", "viewer")
    for minutes in (40, 35, 30, 25, 20):
        env.store.login_attempts.record("aya", "elsewhere", False, at=now - timedelta(minutes=minutes))
    assert titles(login(new_app(), "aya", GOOD)) == ["Bonjour, Aya"]


def test_throttling_per_browser_session(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = new_app()
    at.session_state["_auth_client_id"] = "session-under-test"
    at.run()
    now = datetime.now(UTC)
    for name in ("a1", "a2", "a3", "a4", "a5"):
        env.store.login_attempts.record(name, "session-under-test", False, at=now - timedelta(minutes=2))
    login(at, "awa", GOOD)
    assert "Trop de tentatives" in page_text(at)
    assert titles(login(new_app(), "awa", GOOD)) == ["Bonjour, Awa"]  # another browser session


def test_logout_signs_out(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = login(new_app(), "awa")
    button(at, "Se déconnecter").click().run()
    assert_no_exception(at)
    assert "Vous êtes déconnecté." in page_text(at)
    assert at.session_state["authentication_status"] is None
    assert at.text_input(key="login_username") is not None
    assert "logout" in [e.action for e in env.store.audit.list(actor="awa")]
    at.run()  # a later run of the same session stays signed out
    assert at.text_input(key="login_username") is not None and "Bonjour" not in page_text(at)


def test_a_disabled_account_is_signed_out_on_its_next_run(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    env.add_user("aya", "sender")
    at = login(new_app(), "aya")
    assert titles(at) == ["Bonjour, Aya"]
    accounts.set_disabled(env.store, actor="awa", username="aya", disabled=True)
    at.run()
    assert "Ce compte est désactivé" in page_text(at)
    assert at.session_state["authentication_status"] is None
    assert "Ce compte est désactivé" in page_text(login(new_app(), "aya"))


def test_a_one_time_password_must_be_replaced_first(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    env.add_user("aya", "viewer")
    one_time = accounts.reset_password(env.store, actor="awa", username="aya")
    at = login(new_app(), "aya", one_time)
    assert "mot de passe provisoire" in page_text(at)
    assert "Bonjour, Aya" not in titles(at)
    # Pages refuse too while the password is provisional (even through a deep link).
    at.switch_page("app_pages/home/account.py").run()
    assert "Choisissez votre mot de passe" in page_text(at)

    at.text_input(key="forced_current").input(one_time)
    at.text_input(key="forced_new").input("Cocody-2026-ok")
    at.text_input(key="forced_confirm").input("Cocody-2026-ok")
    button(at, "Enregistrer mon mot de passe").click().run()
    assert_no_exception(at)
    assert titles(at) == ["Mon compte"], page_text(at)
    assert not env.store.users.get("aya").must_change_password


def test_live_mode_without_cookie_key_shows_how_to_fix_it(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONSMS_API_KEY", "live-key-0123456789")
    at = new_app().run()
    assert_no_exception(at)
    assert titles(at) == ["Configuration à compléter"]
    assert "MONSMS_COOKIE_KEY" in page_text(at) and "secrets.token_urlsafe" in page_text(at)
    assert "live-key-0123456789" not in page_text(at)
    monkeypatch.setenv("MONSMS_COOKIE_KEY", "some_key")
    assert "valeur d'exemple" in page_text(new_app().run())


def test_a_password_reset_ends_open_sessions(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    env.add_user("aya", "sender")
    at = login(new_app(), "aya")
    assert titles(at) == ["Bonjour, Aya"]
    accounts.reset_password(env.store, actor="awa", username="aya")
    at.run()
    assert "Votre mot de passe a changé" in page_text(at)
    assert at.session_state["authentication_status"] is None
    assert "Bonjour" not in " ".join(titles(at))
