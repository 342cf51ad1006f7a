"""Handing a send to the composer, in AppTest against the test sandbox over HTTP: "Renvoyer" a demo
campaign sends it again exactly once, after the confirmation and without the opted-out numbers (and the
sidebar credit follows); "Dupliquer en brouillon" fills a new draft and sends nothing; "Corriger et
soumettre à nouveau" on a returned review resubmits that very review with the new content."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest

from monsms_core import review
from monsms_core.accounts import REVIEW_REQUIRED_KEY
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import confirm, draft_key, wait_for_entry, write
from tests.app.review_support import Account, account, open_page, plan, users

DETAIL = "app_pages/campaigns/campaign.py"
COMPOSER = "app_pages/send/send.py"


def _handed(at: AppTest, label: str) -> AppTest:
    """Click the hand-over button `label`: the page opens the composer (`st.switch_page`). AppTest draws
    the composer in that run but reruns the page it was opened on afterwards, unlike a browser, which
    stays on the composer: the test follows the browser."""
    button(at, label).click().run()
    assert_no_exception(at)
    assert [t.value for t in at.title] == ["Envoyer un SMS"]
    return at.switch_page(COMPOSER)


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Account]:
    users(env, awa="sender", kofi="reviewer")
    sandbox.config(campaign_extras=True)  # the seeded campaigns are found by their name
    yield from account(monkeypatch, sandbox, base_url, seed=True)


def _demo(live: Account, name: str) -> tuple[object, list[str]]:
    """The seeded campaign called `name` and the phones of its groups' members."""
    campaign = next(c for c in live.client.campaigns.iterate(count=100) if c.name == name)
    details = live.client.campaigns.get(campaign.id)
    phones = [c.phone for g in details.groups for c in live.client.groups.get(g.id).contacts]
    return details, list(dict.fromkeys(phones))


def _sidebar_credit(at: AppTest) -> int:
    line = next(m.value for m in at.sidebar.markdown if "Crédit SMS" in m.value)
    return int("".join(ch for ch in line if ch.isdigit()))


def test_send_again_sends_a_demo_campaign_once_after_confirmation(env: AppEnv, live: Account) -> None:
    campaign, members = _demo(live, "Livraison Yopougon")
    assert len(members) > 2
    opted_out = members[1]
    env.store.optouts.add(opted_out, actor="test", reason="STOP")
    before = {c.id for c in live.client.campaigns.iterate(count=100)}

    at = open_page("awa", DETAIL, id=campaign.id)
    _handed(at, "Renvoyer")
    assert at.text_area(key="composer_text").value == campaign.text
    text = page_text(at)
    assert f"{len(members)} destinataires repris de la campagne « Livraison Yopougon »" in text
    assert f"{len(members) - 1} destinataires" in text and "1 numéro désinscrit retiré" in text
    assert at.selectbox(key="composer_sender").value == "PROMO"
    assert live.creates() == 0  # shown ready to send, not sent
    credit_before = _sidebar_credit(at)

    key = draft_key(at)
    confirm(at)  # "Envoyer…" at the top of the page, then the dialog's "Confirmer l'envoi"
    assert_no_exception(at)
    entry = wait_for_entry(env.store, key)
    assert entry.status == "sent" and entry.recipients == len(members) - 1
    new = [c for c in live.client.campaigns.iterate(count=100) if c.id not in before]
    assert len(new) == 1 and new[0].text == campaign.text and live.creates() == 1
    sent_to = {m["phone"] for m in live.sandbox.outbox(live.api_key, new[0].id)}
    assert sent_to == set(members) - {opted_out}

    at.run()
    assert_no_exception(at)
    assert "Envoyé :" in page_text(at) and "Nouvel envoi de la campagne" not in page_text(at)
    # The sidebar credit is read again once the send finished (not 45 s later, when its cache expires).
    assert _sidebar_credit(at) == credit_before - entry.credits and entry.credits == len(members) - 1
    at.run()
    assert live.creates() == 1


def test_duplicate_fills_a_new_draft_and_sends_nothing(env: AppEnv, live: Account) -> None:
    campaign, members = _demo(live, "Fête des mères")
    at = open_page("awa", DETAIL, id=campaign.id)
    _handed(at, "Dupliquer en brouillon")
    assert "compose_prefill" not in at.session_state
    assert at.text_area(key="composer_text").value == campaign.text
    assert at.text_input(key="composer_name").value == "Fête des mères"
    text = page_text(at)
    assert "Brouillon copié de la campagne « Fête des mères »" in text
    assert f"{len(members)} destinataires repris de la campagne" in text
    assert "composer_send_top" not in [b.key for b in at.button]  # a draft to edit, not ready to go
    first_key = draft_key(at)

    write(at, campaign.text + " Offre valable jusqu'à dimanche.")
    at.button(key="composer_handed_remove").click().run()
    text = page_text(at)
    assert ":material/group: 0 destinataire\n" in text and "repris de la campagne" not in text
    assert live.creates() == 0 and env.store.outbox.get_by_key(first_key) is None

    # A second hand-over of the same campaign is another new draft, never the first one's key.
    at = open_page("awa", DETAIL, id=campaign.id)
    _handed(at, "Renvoyer")
    assert draft_key(at) != first_key and live.creates() == 0


def test_a_returned_review_is_corrected_and_resubmitted_as_the_same_review(
    env: AppEnv, live: Account
) -> None:
    env.store.app_settings.set(REVIEW_REQUIRED_KEY, True, actor="test")
    send_key = uuid.uuid4().hex
    first = review.submit(
        env.store,
        plan("Bonjour {prenom}, réunion samedi.", names=("Awa", "Yao")),
        created_by="awa",
        send_key=send_key,
    )
    review.return_for_edits(env.store, first.id, reviewer="kofi", role="reviewer", comment="Donnez l'heure")

    at = open_page("awa", "app_pages/campaigns/campaigns.py")
    _handed(at, "Corriger et soumettre à nouveau")
    assert draft_key(at) == send_key and at.query_params["draft"] == send_key
    assert at.text_area(key="composer_text").value == "Bonjour {prenom}, réunion samedi."
    text = page_text(at)
    assert "Correction de l'envoi « Réunion »" in text and "Donnez l'heure" in text
    assert "3 destinataires repris de l'envoi « Réunion »" in text

    write(at, "Bonjour {prenom}, réunion samedi à 9 h.")
    confirm(at, submit="Soumettre")
    assert_no_exception(at)
    again = review.get(env.store, first.id)
    assert again is not None and again.status == "submitted" and again.revision == 2
    assert again.fingerprint != first.fingerprint and again.send_key == send_key
    assert len(env.store.reviews.list(limit=10)) == 1  # the same review, not a second one
    # The first names were read back from the frozen texts: each person keeps theirs.
    texts = {c["text"]: c["phones"] for c in again.payload["chunks"]}
    old = {c["text"].replace("samedi.", "samedi à 9 h."): c["phones"] for c in first.payload["chunks"]}
    assert texts == old and "Bonjour Awa, réunion samedi à 9 h." in texts
    assert env.store.outbox.get_by_key(send_key) is None and live.creates() == 0
    assert "Nouvelle version soumise" in page_text(at)
