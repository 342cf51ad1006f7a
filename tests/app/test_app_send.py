"""The composer in AppTest, against the test sandbox over HTTP: compose, personalise, see the cost,
confirm — and the campaign exists exactly once, also after a second click, a reload mid-send, or an
answer lost after the sandbox processed the request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest

from monsms_core.accounts import REVIEW_REQUIRED_KEY
from monsms_core.i18n.formatting import ABIDJAN
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import (
    Live,
    confirm,
    draft_key,
    live_account,
    open_composer,
    wait_for_entry,
    write,
)


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender", phone="2250707000001")
    yield from live_account(env, monkeypatch, sandbox, base_url)


def test_personalised_send_to_a_group_reaches_the_sandbox_once(env: AppEnv, live: Live) -> None:
    before = len(live.campaigns())
    at = open_composer()
    at.multiselect(key="composer_groups").select(live.group_id("Personnel")).run()
    at.text_area(key="composer_numbers").input("07 07 55 44 33\n0707554433; 12345").run()
    text = page_text(at)
    assert "9 destinataires" in text and "Numéro trop court" in text
    write(at, "Bonjour {prénom}, réunion lundi 8h à la boutique.")
    at.text_input(key="composer_fallback_prenom").input("ami").run()
    assert_no_exception(at)
    previews = [t.value for t in at.text]
    assert "Bonjour ami, réunion lundi 8h à la boutique." in previews  # the typed number
    assert any(p.startswith("Bonjour ") and "ami," not in p for p in previews), previews
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Destinataires"] == "9" and metrics["Crédits nécessaires"] == "9"

    key = draft_key(at)
    confirm(at)
    assert_no_exception(at)
    entry = wait_for_entry(env.store, key)
    assert entry.status == "sent" and entry.recipients == 9 and entry.created_by == "awa"
    chunks = len(entry.payload["chunks"])  # one campaign per distinct text
    assert len(entry.campaign_ids) == chunks == live.creates()
    mine = [c for c in live.campaigns() if c.id in entry.campaign_ids]
    assert len(mine) == chunks and len(live.campaigns()) == before + chunks
    assert "Bonjour ami, réunion lundi 8h à la boutique." in {c.text for c in mine}

    # A second click on the confirmation (the double click's late twin) finds the same entry: no resend.
    at.session_state["_composer_confirm_open"] = True
    at.run()
    button(at, "Confirmer l'envoi").click().run()
    assert_no_exception(at)
    assert live.creates() == chunks
    at.run()
    assert "Envoyé :" in page_text(at)
    assert button(at, "Envoyer…").disabled
    button(at, "Nouveau message").click().run()
    assert draft_key(at) != key and at.text_area(key="composer_text").value == ""
    assert at.multiselect(key="composer_groups").value == [] and "0 destinataire\n" in page_text(at)


def test_reload_mid_send_shows_the_send_and_never_sends_again(
    env: AppEnv, live: Live, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("latency", path="/campaign/create", seconds=1.5, count=1)
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456, 0505123456").run()
    write(at, "Livraison demain matin.")
    key = draft_key(at)
    confirm(at)

    reloaded = open_composer(draft=key)  # a new browser session on the same address: the draft's key
    assert draft_key(reloaded) == key
    assert "Ce message" in page_text(reloaded)
    assert button(reloaded, "Envoyer…").disabled
    write(reloaded, "Livraison demain matin.")  # even with the same text typed again
    reloaded.text_area(key="composer_numbers").input("0707123456, 0505123456").run()
    assert button(reloaded, "Envoyer…").disabled

    entry = wait_for_entry(env.store, key)
    assert entry.status == "sent" and live.creates() == 1
    reloaded.run()
    assert "Envoyé :" in page_text(reloaded)
    button(reloaded, "Réutiliser ce message").click().run()
    assert draft_key(reloaded) != key and not button(reloaded, "Envoyer…").disabled


def test_lost_answer_is_verified_then_never_sent_twice(
    env: AppEnv, live: Live, sandbox: SandboxControl
) -> None:
    # The sandbox stores the campaign, then times out without answering: the outcome is unknown.
    sandbox.add_fault("timeout", path="/campaign/create", phase="after", seconds=0.5, count=1)
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456").run()
    write(at, "Votre colis est arrivé.")
    key = draft_key(at)
    confirm(at)
    entry = wait_for_entry(env.store, key)
    assert entry.status == "unknown" and live.creates() == 1
    at.run()
    text = page_text(at)
    assert "La réponse du service s'est perdue" in text
    assert [b.label for b in at.button if b.label in ("Réessayer", "Envoyer le reste")] == []
    button(at, "Vérifier").click().run()
    assert_no_exception(at)
    assert "toutes les campagnes ont bien été créées" in page_text(at)
    final = env.store.outbox.get_by_key(key)
    assert final is not None and final.status == "sent" and len(final.campaign_ids) == 1
    assert live.creates() == 1 and final.campaign_ids[0] in {c.id for c in live.campaigns()}


def test_unicode_characters_are_named_and_replaced_only_on_request(live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456").run()
    original = "Promo : -20 % aujourd’hui… " + "x" * 50
    write(at, original)
    text = page_text(at)
    assert "« ’ », « … »" in text and "Unicode (70 caractères par SMS)" in text
    assert at.text_area(key="composer_text").value == original  # nothing changed by itself
    assert "2 SMS par message au lieu de" not in text
    button(at, "Remplacer ces caractères (2)").click().run()
    assert at.text_area(key="composer_text").value == "Promo : -20 % aujourd'hui... " + "x" * 50
    assert "GSM-7 (160 caractères par SMS)" in page_text(at)
    button(at, "Annuler le remplacement").click().run()
    assert at.text_area(key="composer_text").value == original


def test_the_replacement_offer_tells_what_it_saves_or_costs(live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456, 0505123456").run()
    write(at, "x" * 69 + "…")  # 70 Unicode units = 1 SMS; "..." gives 72 GSM characters = 1 SMS
    assert "ne change le nombre de SMS d'aucun message : le coût de l'envoi reste le même" in page_text(at)
    write(at, "Promo" + "…" * 65)  # 70 units = 1 SMS; after: 200 GSM characters = 2 SMS
    assert (
        "après remplacement, tous les messages (2) passent de 1 SMS à 2, soit 2 crédits de plus"
        in page_text(at)
    )
    write(at, "’" + "a" * 158 + "……")  # 161 Unicode units = 3 SMS; after: 165 GSM characters = 2 SMS
    assert "tous les messages (2) passent de 3 SMS à 2, soit 2 crédits économisés" in page_text(at)
    write(at, "ê" + "x" * 157)  # 158 Unicode units = 3 SMS; accents are kept unless asked
    text = page_text(at)
    # Under the box that replaces ê, never "no GSM equivalent… remove them by hand": what ticking it does.
    assert "Aucun équivalent GSM" not in text and "à la main" not in text
    assert "Cochez la case ci-dessus pour les remplacer par la même lettre sans accent" in text
    assert "tous les messages (2) passeraient de 3 SMS à 1, soit 4 crédits économisés" in text
    assert at.text_area(key="composer_text").value == "ê" + "x" * 157  # nothing replaced yet
    at.checkbox(key="composer_replace_accents").check().run()
    assert "Après remplacement : tous les messages (2) passent de 3 SMS à 1, soit 4 crédits" in page_text(at)


def test_unknown_fields_and_impossible_schedules_block_the_send(live: Live) -> None:
    at = open_composer()
    at.multiselect(key="composer_groups").select(live.group_id("Personnel")).run()
    write(at, "Bonjour {prénom}, rendez-vous à {ville}.")
    assert "Champs inconnus dans le message : {ville}" in page_text(at)
    assert button(at, "Envoyer…").disabled
    write(at, "Bonjour {prénom}, rendez-vous à la boutique.")
    assert not button(at, "Envoyer…").disabled
    at.radio(key="composer_when").set_value("once").run()
    today = datetime.now(ABIDJAN).date()
    at.date_input(key="composer_date").set_value(today).run()
    at.time_input(key="composer_time").set_value(time(0, 0)).run()
    assert "déjà passée" in page_text(at) and button(at, "Envoyer…").disabled
    at.radio(key="composer_when").set_value("weekly").run()
    assert "Choisissez au moins un jour" in page_text(at)
    at.pills(key="composer_days").set_value(["monday", "friday"]).run()
    assert not button(at, "Envoyer…").disabled
    at.segmented_control(key="composer_type").set_value("FLASH").run()
    assert "ne peut pas être programmé" in page_text(at) and button(at, "Envoyer…").disabled


def test_a_send_the_balance_cannot_cover_is_blocked_with_what_to_do(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> None:
    env.add_user("awa", "sender")
    for _ in live_account(env, monkeypatch, sandbox, base_url, seed=False, credit=1):
        at = open_composer()
        at.text_area(key="composer_numbers").input("0707123456, 0505123456").run()
        write(at, "Bonjour")
        text = page_text(at)
        assert "Crédit insuffisant" in text and "Rechargez au moins 1 SMS" in text
        # A sender may not buy credit by default (issue 12): the block says who can.
        assert "demandez à un administrateur de recharger" in text and button(at, "Envoyer…").disabled


def test_scheduled_send_goes_out_as_one_scheduled_campaign(env: AppEnv, live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456").run()
    write(at, "Soldes samedi !")
    at.radio(key="composer_when").set_value("once").run()
    key = draft_key(at)
    confirm(at)
    entry = wait_for_entry(env.store, key)
    assert entry.status == "sent"
    (campaign,) = [c for c in live.campaigns() if c.id in entry.campaign_ids]
    assert campaign.type == "SCHEDULED" and campaign.scheduled_date is not None


def test_test_send_asks_for_the_number_once_and_sends_one_campaign(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> None:
    env.add_user("koffi", "sender")
    for live in live_account(env, monkeypatch, sandbox, base_url):
        at = open_composer("koffi")
        write(at, "Essai de message")
        at.text_input(key="composer_test_phone").input("07 07 99 88 77").run()
        button(at, "Enregistrer").click().run()
        assert env.store.users.get("koffi").phone == "2250707998877"
        button(at, "Envoyer un test à mon numéro").click().run()
        assert_no_exception(at)
        (entry,) = env.store.outbox.list(created_by="koffi")
        assert entry.payload["test"] is True
        entry = wait_for_entry(env.store, entry.send_key)
        assert entry.status == "sent"
        at.run()
        assert [
            b.label for b in at.button if b.label.startswith("Envoyer un test")
        ] == []  # "Renvoyer le test"
        assert live.creates() == 1
        messages = sandbox.outbox(live.api_key, entry.campaign_ids[0])
        assert [m["phone"] for m in messages] == ["2250707998877"]
        assert [m["text"] for m in messages] == ["Essai de message"]


def test_review_required_submits_to_the_queue_without_sending(env: AppEnv, live: Live) -> None:
    env.store.app_settings.set(REVIEW_REQUIRED_KEY, True, actor="test")
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456").run()
    write(at, "Réunion des parents vendredi 17h.")
    key = draft_key(at)
    confirm(at, submit="Soumettre")
    assert_no_exception(at)
    record = env.store.reviews.get_by_key(key)
    assert record is not None and record.status == "submitted" and record.created_by == "awa"
    assert env.store.outbox.get_by_key(key) is None and live.creates() == 0
    assert "En attente de relecture" in page_text(at)


def test_sender_request_and_templates(live: Live) -> None:
    at = open_composer()
    assert at.selectbox(key="composer_sender").options == ["AWASHOP", "PROMO", "Nom par défaut du service"]
    at.text_input(key="composer_new_sender").input("ECOLE2")
    button(at, "Envoyer la demande").click().run()
    assert "« ECOLE2 » est en attente de validation" in page_text(at)
    assert any(s.name == "ECOLE2" and s.status == "PENDING" for s in live.client.senders.iterate())

    at.selectbox(key="composer_template").select_index(0).run()
    button(at, "Charger dans le message").click().run()
    assert at.text_area(key="composer_text").value.startswith("Chère cliente")
    write(at, "Nouveau modèle de test")
    button(at, "Enregistrer le message actuel").click().run()
    assert "Modèle enregistré." in page_text(at)
    assert any(t.text == "Nouveau modèle de test" for t in live.client.templates.iterate())


def test_a_viewer_is_refused(env: AppEnv, live: Live) -> None:
    env.add_user("yao", "viewer")
    at = open_composer("yao")
    assert "Accès refusé" in page_text(at) and not at.text_area


def test_someone_elses_draft_key_in_the_address_is_not_reused(env: AppEnv, live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456").run()
    write(at, "Message d'Awa")
    key = draft_key(at)
    confirm(at)
    wait_for_entry(env.store, key)
    env.add_user("koffi", "sender")
    other = open_composer("koffi", draft=key)
    assert draft_key(other) != key and "Ce message" not in page_text(other)
    assert "Message d'Awa" not in [t.value for t in other.text]
