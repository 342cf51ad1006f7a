"""The shell's pages on real data: home on the sandbox demo account, the language switch, team accounts,
settings (API key test and save against the sandbox over HTTP, preferences) and API errors as sentences."""

from __future__ import annotations

import pytest

from monsms_core import accounts
from monsms_core.client.errors import AuthenticationError
from monsms_core.config import API_KEY_SETTING
from tests.app.app_support import (
    GOOD,
    AppEnv,
    app_sandbox,
    assert_no_exception,
    button,
    login,
    new_app,
    page_text,
    titles,
)


def test_home_shows_the_demo_account(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = login(new_app(), "awa")
    assert_no_exception(at)
    metrics = {m.label: m.value for m in at.metric}
    assert set(metrics) == {"Crédit SMS", "Contacts", "Groupes"}
    assert all(value not in ("—", "", "0") for value in metrics.values()), metrics
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value.index) == 5
    assert "Crédit SMS : **" in page_text(at)  # the sidebar line
    # The figures come from the app's own sandbox over HTTP (each read once, then cached briefly).
    control, _ = app_sandbox()
    try:
        requests = control.stats()["requests"]
    finally:
        control.close()
    assert requests.get("/user/credit", 0) >= 1 and requests.get("/contact/list", 0) >= 1


def test_language_switch_sticks_to_the_user(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = login(new_app(), "awa")
    at.segmented_control(key="_sidebar_language").set_value("en").run()
    assert_no_exception(at)
    assert titles(at) == ["Hello, Awa"]
    assert "SANDBOX — nothing is sent, nothing is paid" in page_text(at)
    assert env.store.users.get("awa").language == "en"
    # A later session starts in English once signed in.
    assert titles(login(new_app(), "awa")) == ["Hello, Awa"]
    # The login page itself can be switched before signing in.
    other = new_app().run()
    other.segmented_control(key="_auth_language").set_value("en").run()
    assert "Sign in" in page_text(other)


def test_my_account_changes_password_and_language(env: AppEnv) -> None:
    env.add_user("aya", "viewer")
    at = login(new_app(), "aya")
    at.switch_page("app_pages/home/account.py").run()
    at.text_input(key="my_current_password").input(GOOD)
    at.text_input(key="my_new_password").input("Yopougon-2026-ok")
    at.text_input(key="my_new_password_confirm").input("Yopougon-2026-ok")
    button(at, "Changer le mot de passe").click().run()
    assert "Mot de passe modifié." in page_text(at)
    assert accounts.verify_password("Yopougon-2026-ok", env.store.users.get("aya").password_hash)
    at.radio(key="my_account_language").set_value("en").run()
    assert titles(at) == ["My account"] and env.store.users.get("aya").language == "en"


def test_team_page_creates_and_manages_accounts(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = login(new_app(), "awa")
    at.switch_page("app_pages/admin/team.py").run()
    at.text_input(key="team_new_name").input("Koffi Yao")
    at.text_input(key="team_new_username").input("koffi")
    at.selectbox(key="team_new_role").set_value("reviewer")
    button(at, "Créer le compte").click().run()
    assert_no_exception(at)
    assert len(at.code) == 1
    one_time = at.code[0].value
    koffi = env.store.users.get("koffi")
    assert koffi.role == "reviewer" and koffi.must_change_password
    assert accounts.verify_password(one_time, koffi.password_hash)
    at.run()
    assert not at.code  # shown once only

    at.selectbox(key="team_target").set_value("koffi").run()
    at.selectbox(key="team_role_koffi").set_value("sender").run()
    button(at, "Changer le rôle").click().run()
    assert env.store.users.get("koffi").role == "sender"
    at.button(key="team_confirm_reset").click().run()  # the popover's second click
    assert len(at.code) == 1 and env.store.users.get("koffi").must_change_password
    at.button(key="team_confirm_disable").click().run()
    assert env.store.users.get("koffi").disabled

    at.selectbox(key="team_target").set_value("awa").run()
    at.button(key="team_confirm_disable").click().run()
    assert "dernier administrateur actif" in page_text(at)
    assert not env.store.users.get("awa").disabled
    actions = [e.action for e in env.store.audit.list(actor="awa")]
    assert {"user.created", "user.role_changed", "user.disabled"} <= set(actions)


def test_settings_tests_and_saves_the_api_key(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, base_url: str, api_key: str
) -> None:
    monkeypatch.setenv("MONSMS_BASE_URL", base_url)
    env.add_user("awa", "admin")
    at = login(new_app(), "awa")
    at.switch_page("app_pages/admin/settings.py").run()
    assert "BAC À SABLE — rien n'est envoyé, rien n'est payé" in page_text(at)

    at.text_input(key="settings_api_key").input("not-a-real-key-000")
    button(at, "Tester la connexion").click().run()
    assert AuthenticationError().user_message("fr") in page_text(at)

    at.text_input(key="settings_api_key").input(api_key)
    button(at, "Tester la connexion").click().run()
    assert "Connexion réussie" in page_text(at) and "10\u202f000" in page_text(at)
    assert env.store.app_settings.get(API_KEY_SETTING) is None  # a test does not save

    at.text_input(key="settings_api_key").input(api_key)
    button(at, "Tester et enregistrer").click().run()
    assert_no_exception(at)
    assert env.store.app_settings.get(API_KEY_SETTING) == api_key
    at.run()
    text = page_text(at)
    assert "MODE RÉEL" in text and f"••••{api_key[-4:]}" in text
    assert api_key not in text and at.text_input(key="settings_api_key").value == ""
    assert all(api_key not in str(e.details) for e in env.store.audit.list())

    button(at, "Lancer la vérification").click().run()  # the doctor, on the saved key's account
    assert_no_exception(at)
    text = page_text(at)
    assert "Tout est conforme" in text and "✔ /user/details : conforme" in text and "Compte :" in text
    assert api_key not in text and "$2b$" not in text and "tok_" not in text  # the account's secrets

    button(at, "Retirer la clé (revenir au bac à sable)").click().run()
    at.run()
    assert "BAC À SABLE — rien n'est envoyé, rien n'est payé" in page_text(at)


def test_settings_preferences_and_low_credit_warning(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = login(new_app(), "awa")
    at.switch_page("app_pages/admin/settings.py").run()
    form_inputs = {t.label: t for t in at.text_input}
    form_inputs["Expéditeur par défaut"].input("MA BOUTIK")
    at.number_input[0].set_value(10_000_000)
    at.toggle[0].set_value(True)
    button(at, "Enregistrer").click().run()
    assert_no_exception(at)
    assert "Préférences enregistrées (3 modifiées)." in page_text(at)
    assert env.store.app_settings.get("default_sender") == "MA BOUTIK"
    assert env.store.app_settings.get("review_required") is True
    at.run()
    assert "Crédit bas" in page_text(at)

    {t.label: t for t in at.text_input}["Expéditeur par défaut"].input("É!")
    button(at, "Enregistrer").click().run()
    assert "3 à 11 caractères" in page_text(at)
    assert env.store.app_settings.get("default_sender") == "MA BOUTIK"


def test_api_errors_are_sentences_not_tracebacks(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, base_url: str, sandbox: object
) -> None:
    monkeypatch.setenv("MONSMS_API_KEY", "revoked-key-0000000000")
    monkeypatch.setenv("MONSMS_COOKIE_KEY", "k" * 20 + "-strong-enough-cookie-key-for-tests")
    monkeypatch.setenv("MONSMS_BASE_URL", base_url)
    env.add_user("awa", "admin")
    at = login(new_app(), "awa")
    assert_no_exception(at)
    text = page_text(at)
    assert AuthenticationError().user_message("fr") in text
    assert "MODE RÉEL" in text and "revoked-key" not in text
    assert {m.value for m in at.metric} == {"—"}
