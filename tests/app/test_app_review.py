"""The review queue in AppTest, against the test sandbox over HTTP: approve (the send happens once),
reject and return with a reason, a change while the reviewer looks (or after approval) voids the
decision, nobody approves their own send unless an administrator overrides with a reason, and the
roles that may (not) open the queue."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from monsms_core import review
from monsms_core.accounts import REVIEW_REQUIRED_KEY
from monsms_core.i18n.formatting import ABIDJAN
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.review_support import Account, account, open_page, plan, users, wait_until_sent

QUEUE = "app_pages/campaigns/review_queue.py"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Account]:
    users(env, awa="sender", kofi="reviewer", ama="admin", yao="viewer")
    env.store.app_settings.set(REVIEW_REQUIRED_KEY, True, actor="ama")
    yield from account(monkeypatch, sandbox, base_url, seed=False)


def _key(item: review.ReviewItem) -> str:
    return f"review_{item.id}_{item.fingerprint[:10]}"


def test_a_reviewer_approves_and_the_send_happens_once(env: AppEnv, live: Account) -> None:
    item = review.submit(env.store, plan(), created_by="awa", send_key="d1")
    at = open_page("kofi", QUEUE)
    text = page_text(at)
    assert "Réunion des parents samedi à 9 h." in text and "Awa" in text
    assert "3 destinataires · 3 crédits · 1 campagne" in text
    button(at, "Approuver et envoyer").click().run()
    assert_no_exception(at)
    wait_until_sent(at, env.store, item.id)
    text = page_text(at)
    assert "Envoi effectué : 1 campagne créée sur 1" in text and "Aucun envoi n'attend de validation." in text
    assert live.creates() == 1
    assert len(live.sandbox.outbox(live.api_key)) == 3
    decided = review.get(env.store, item.id)
    assert decided.status == "approved" and decided.decided_by == "kofi"
    history = at.dataframe[-1].value
    assert list(history["Décision"]) == ["Approuvé"] and list(history["Envoi effectif"]) == ["Envoyé"]
    # Rerunning (or a second click from a stale tab) never sends again.
    at.run()
    assert live.creates() == 1


def test_reject_and_return_need_a_comment_that_the_author_sees(env: AppEnv, live: Account) -> None:
    first = review.submit(env.store, plan("Premier message"), created_by="awa", send_key="d1")
    second = review.submit(env.store, plan("Second message"), created_by="awa", send_key="d2")
    at = open_page("kofi", QUEUE)
    at.button(key=f"{_key(first)}_reject").click().run()
    assert "Indiquez la raison du refus" in page_text(at)
    at.text_area(key=f"{_key(first)}_comment").input("Hors sujet pour nos clients")
    at.button(key=f"{_key(first)}_reject").click().run()
    assert "Envoi refusé" in page_text(at)
    at.text_area(key=f"{_key(second)}_comment").input("Ajoutez l'heure de la réunion")
    at.button(key=f"{_key(second)}_return").click().run()
    assert_no_exception(at)
    assert review.get(env.store, first.id).status == "rejected"
    assert review.get(env.store, second.id).status == "returned"
    assert live.creates() == 0

    author = open_page("awa", "app_pages/campaigns/campaigns.py")
    text = page_text(author)
    assert "renvoyé pour correction par kofi" in text and "Ajoutez l'heure de la réunion" in text
    assert "Premier message" not in text  # a rejection is final: not in the author's to-do list


def test_a_change_while_the_reviewer_looks_voids_the_click(env: AppEnv, live: Account) -> None:
    item = review.submit(env.store, plan(), created_by="awa", send_key="d1")
    review.return_for_edits(env.store, item.id, reviewer="kofi", role="reviewer", comment="Heure ?")
    again = review.resubmit(env.store, item.id, plan("Réunion samedi à 9 h"), actor="awa")
    at = open_page("kofi", QUEUE)
    assert "Dernier commentaire de Kofi : Heure ?" in page_text(at)
    # The author edits once more while the page is open: the reviewer's click concerns the old version.
    review.resubmit(env.store, item.id, plan("Réunion samedi à 10 h"), actor="awa")
    at.button(key=f"{_key(again)}_approve").click().run()
    assert "Le contenu de cet envoi a changé" in page_text(at)
    assert live.creates() == 0 and review.get(env.store, item.id).status == "submitted"
    assert "Réunion samedi à 10 h" in page_text(at)  # the page now shows the new version


def test_a_change_after_approval_puts_it_back_in_the_queue(env: AppEnv, live: Account) -> None:
    item = review.submit(env.store, plan(), created_by="awa", send_key="d1")
    approved = review.approve(
        env.store, live.client, item.id, reviewer="kofi", role="reviewer", execute_now=False
    )
    review.resubmit(env.store, item.id, plan("Réunion reportée"), actor="awa")
    assert env.store.outbox.get(approved.entry.id).status == "failed"
    at = open_page("kofi", QUEUE)
    assert "Réunion reportée" in page_text(at) and "version 2" in page_text(at)
    audit = open_page("ama", "app_pages/admin/audit.py")
    assert "Approbation annulée (contenu modifié)" in list(audit.dataframe[0].value["label"])
    button(at, "Approuver et envoyer").click().run()
    wait_until_sent(at, env.store, item.id)
    assert {m["text"] for m in live.sandbox.outbox(live.api_key)} == {"Réunion reportée"}
    assert live.creates() == 1


def test_nobody_approves_their_own_send_unless_an_admin_says_why(env: AppEnv, live: Account) -> None:
    own = review.submit(env.store, plan("Message de Kofi"), created_by="kofi", send_key="k1")
    at = open_page("kofi", QUEUE)
    assert "Vous ne pouvez pas approuver votre propre envoi" in page_text(at)
    assert not [b for b in at.button if b.key == f"{_key(own)}_approve"]

    admin_own = review.submit(env.store, plan("Message d'Ama"), created_by="ama", send_key="a1")
    at = open_page("ama", QUEUE)
    at.button(key=f"{_key(admin_own)}_approve").click().run()
    assert "indiquez la raison de cette exception" in page_text(at)
    assert live.creates() == 0
    at.text_input(key=f"{_key(admin_own)}_override").input("Relecteur en congé, rappel urgent")
    at.button(key=f"{_key(admin_own)}_approve").click().run()
    assert_no_exception(at)
    wait_until_sent(at, env.store, admin_own.id)
    assert live.creates() == 1 and review.get(env.store, admin_own.id).override_reason
    [entry] = env.store.audit.list(action="review.override")
    assert entry.actor == "ama" and entry.details["override_reason"] == "Relecteur en congé, rappel urgent"
    # The administrator may approve others' sends normally.
    at.button(key=f"{_key(own)}_approve").click().run()
    wait_until_sent(at, env.store, own.id)
    assert live.creates() == 2


@pytest.mark.parametrize("username", ["awa", "yao"])
def test_senders_and_viewers_cannot_open_the_queue(env: AppEnv, live: Account, username: str) -> None:
    review.submit(env.store, plan(), created_by="awa", send_key="d1")
    at = open_page(username, QUEUE)
    assert "Accès refusé" in page_text(at) or "n'a pas accès" in page_text(at)
    assert not [b for b in at.button if b.label == "Approuver et envoyer"]


def test_reviewers_cannot_open_the_audit_log(env: AppEnv, live: Account) -> None:
    at = open_page("kofi", "app_pages/admin/audit.py")
    assert not at.dataframe and "Journal d'audit" not in [t.value for t in at.title]


def test_approving_after_the_planned_time_asks_for_a_new_one(env: AppEnv, live: Account) -> None:
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)  # >= 1 s ahead
    item = review.submit(
        env.store, plan("Rappel : réunion ce soir", schedule=soon), created_by="awa", send_key="s"
    )
    time.sleep(max(0.0, (soon - datetime.now(UTC)).total_seconds()) + 0.2)
    at = open_page("kofi", QUEUE)
    assert "L'heure prévue pour cet envoi est passée" in page_text(at)
    later = (datetime.now(UTC) + timedelta(days=1)).astimezone(ABIDJAN).replace(second=0, microsecond=0)
    at.date_input(key=f"{_key(item)}_day").set_value(later.date())
    at.time_input(key=f"{_key(item)}_time").set_value(later.time())
    at.button(key=f"{_key(item)}_approve").click().run()
    assert_no_exception(at)
    wait_until_sent(at, env.store, item.id)
    [campaign] = live.client.campaigns.list().items
    assert campaign.type == "SCHEDULED" and campaign.scheduled_date == later
    assert review.get(env.store, item.id).plan().schedule == later
