"""Review is discoverable and says whom it covers (issue 11, point 6), and the signed-in administrator's
"Dernière connexion" is true (point 10): creating a reviewer offers to turn review on, the Settings page
chooses who is reviewed, the composer says before sending who will approve, a reviewer's home page shows
the sends waiting, and a second click on "Approuver et envoyer" ends on the green confirmation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core import review
from monsms_core.accounts import REVIEW_REQUIRED_KEY
from monsms_core.review import ReviewPolicy
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import GOOD, AppEnv, assert_no_exception, button, new_app, page_text
from tests.app.composer_support import open_composer, write
from tests.app.review_support import Account, account, open_page, plan, users, wait_until_sent

HOME = "app_pages/home/home.py"
TEAM = "app_pages/admin/team.py"
SETTINGS = "app_pages/admin/settings.py"
QUEUE = "app_pages/campaigns/review_queue.py"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Account]:
    users(env, awa="sender", ama="admin")
    yield from account(monkeypatch, sandbox, base_url, seed=False)


def test_creating_a_reviewer_offers_to_turn_review_on_for_everyone(env: AppEnv, live: Account) -> None:
    at = open_page("ama", TEAM)
    at.text_input(key="team_new_name").input("Kofi Yao")
    at.text_input(key="team_new_username").input("kofi")
    at.selectbox(key="team_new_role").set_value("reviewer")
    button(at, "Créer le compte").click().run()
    assert_no_exception(at)
    assert "la relecture des envois n'est pas activée" in page_text(at)
    at.radio(key="team_review_scope").set_value("everyone")
    button(at, "Activer la relecture").click().run()
    assert review.read_policy(env.store) == ReviewPolicy(required=True, scope="everyone")
    assert "Relecture activée : Tout le monde, administrateurs compris." in page_text(at)
    assert "n'est pas activée" not in page_text(at)


def test_the_settings_choose_who_is_reviewed(env: AppEnv, live: Account) -> None:
    at = open_page("ama", SETTINGS)
    at.toggle[0].set_value(True)
    radio = next(r for r in at.radio if r.label == "Qui doit être relu ?")
    radio.set_value("everyone")
    button(at, "Enregistrer").click().run()
    assert_no_exception(at)
    assert review.read_policy(env.store) == ReviewPolicy(required=True, scope="everyone")


def test_the_composer_says_before_sending_who_will_approve(env: AppEnv, live: Account) -> None:
    users(env, kofi="reviewer")
    review.save_policy(env.store, ReviewPolicy(True, "senders"), actor="ama")
    at = open_composer("awa")
    write(at, "Réunion samedi à 9 h.")
    assert "Cet envoi sera relu avant de partir : il attendra l'accord de Kofi, Ama." in page_text(at)
    admin = open_composer("ama")
    assert "Vos envois ne sont pas relus" in page_text(admin)
    review.save_policy(env.store, ReviewPolicy(True, "everyone"), actor="ama")
    admin = open_composer("ama")
    assert "il attendra l'accord de Kofi." in page_text(admin)  # not by Ama herself


def test_a_reviewers_home_shows_the_sends_waiting(env: AppEnv, live: Account) -> None:
    users(env, kofi="reviewer")
    review.save_policy(env.store, ReviewPolicy(True, "senders"), actor="ama")
    review.submit(env.store, plan(), created_by="awa", send_key="d1")
    review.submit(env.store, plan("Autre réunion lundi."), created_by="awa", send_key="d2")
    at = open_page("kofi", HOME)
    assert "2 envois à valider" in page_text(at)
    assert [link.label for link in at.get("page_link") if "validation" in link.label] == [
        "Ouvrir la file de validation"
    ]


def test_a_second_click_on_approve_ends_on_the_green_confirmation(env: AppEnv, live: Account) -> None:
    users(env, kofi="reviewer")
    env.store.app_settings.set(REVIEW_REQUIRED_KEY, True, actor="ama")
    item = review.submit(env.store, plan(), created_by="awa", send_key="d1")
    first, second = open_page("kofi", QUEUE), open_page("kofi", QUEUE)  # the second run of a double click
    button(first, "Approuver et envoyer").click().run()
    button(second, "Approuver et envoyer").click().run()
    assert_no_exception(second)
    assert not second.error, [e.value for e in second.error]
    assert second.success
    # The worker may finish before the click's run ends (then that run says so) or after (the next does).
    shown = [s.value for s in second.success]
    wait_until_sent(second, env.store, item.id)
    assert not second.error, [e.value for e in second.error]
    shown += [s.value for s in second.success]
    assert any("Envoi effectué" in text for text in shown), shown
    assert live.creates() == 1


def test_the_first_administrator_is_not_never_signed_in(env: AppEnv) -> None:
    at = new_app().run()
    at.text_input(key="first_setup_code").input(env.setup_code())
    at.text_input(key="first_display_name").input("Awa Koné")
    at.text_input(key="first_username").input("awa")
    at.text_input(key="first_password").input(GOOD)
    at.text_input(key="first_password_confirm").input(GOOD)
    button(at, "Créer mon compte administrateur").click().run()
    at.switch_page(TEAM).run()
    assert_no_exception(at)
    table = at.dataframe[0].value
    assert list(table["Dernière connexion"]) != ["Jamais"] and len(table) == 1
