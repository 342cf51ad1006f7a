"""The composer's cheaper-message offers in AppTest, against the test sandbox over HTTP: "Raccourcir le
lien" then undo, "Tenir en un SMS" accepted, and refused when it alters a `{field}` (then fixed by hand)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, page_text
from tests.app.composer_support import Live, live_account, open_composer, write

PROMO = (
    "Nos soldes de fin d'année continuent ! Tout le catalogue à -30 % jusqu'à dimanche soir, en boutique "
    "et en ligne : https://boutique-awa.ci/promo/fin-annee-2026?ref=sms"
)
RAPPEL = (
    "Bonjour, votre rendez-vous est demain à 9 heures à la boutique. Merci de confirmer s'il vous plaît "
    "en répondant OUI par SMS, ou appelez-nous au numéro habituel."
)
RAPPEL_COURT = (
    "Bjr, votre rdv est dmn à 9 h à la btq. Mrc de confirmer svp en répondant OUI par SMS, ou appelez-ns "
    "au num habituel."
)


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender", phone="2250707000001")
    yield from live_account(env, monkeypatch, sandbox, base_url)


def test_shorten_the_link_shows_what_it_saves_and_undo_restores(live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456, 0505123456, 0101123456").run()
    write(at, PROMO)
    assert "Lien dans le message" in page_text(at)
    assert at.text_area(key="composer_text").value == PROMO  # offered, not applied
    assert "/ai/url" not in live.sandbox.stats()["requests"]  # nothing asked before the click

    at.button(key="suggest_links").click().run()
    assert_no_exception(at)
    short = PROMO.replace("https://boutique-awa.ci/promo/fin-annee-2026?ref=sms", "https://sbx.test/wGcKvX")
    assert at.text_area(key="composer_text").value == short
    text = page_text(at)
    assert "Lien raccourci dans votre message" in text
    assert "Le message le plus long passe de 2 à 1 SMS : 3 crédits économisés sur cet envoi." in text
    assert PROMO in [c.value for c in at.code] and short in [c.value for c in at.code]  # before / after
    assert {m.label: m.value for m in at.metric}["Crédits nécessaires"] == "3"
    stats = live.sandbox.stats()
    assert stats["requests"]["/ai/url"] == 1 and "/ai/url" not in stats["withApiKey"]

    at.button(key="suggest_undo").click().run()
    assert at.text_area(key="composer_text").value == PROMO
    assert "Votre message d'avant est remis." in page_text(at)
    assert {m.label: m.value for m in at.metric}["Crédits nécessaires"] == "6"


def test_fit_in_one_is_shown_beside_the_original_and_accepted(live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456, 0505123456").run()
    write(at, RAPPEL)  # "plaît" makes it Unicode: 3 SMS
    assert "Le message le plus long de cet envoi fait 3 SMS" in page_text(at)
    at.button(key="suggest_fit").click().run()
    assert_no_exception(at)
    assert at.text_area(key="suggest_fit_proposal").value == RAPPEL_COURT
    assert RAPPEL in [c.value for c in at.code]  # the original, beside it
    text = page_text(at)
    assert "Le message le plus long passe de 3 à 1 SMS : 4 crédits économisés sur cet envoi." in text
    assert "tient en un SMS pour chaque destinataire" in text
    assert at.text_area(key="composer_text").value == RAPPEL  # still the user's until accepted
    assert "/ai/msg" not in live.sandbox.stats()["withApiKey"]

    at.button(key="suggest_fit_accept").click().run()
    assert at.text_area(key="composer_text").value == RAPPEL_COURT
    assert "Version courte utilisée" in page_text(at)
    assert {m.label: m.value for m in at.metric}["Crédits nécessaires"] == "2"
    at.button(key="suggest_undo").click().run()
    assert at.text_area(key="composer_text").value == RAPPEL


def test_fit_in_one_refuses_an_altered_field_until_it_is_put_back(live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456").run()
    at.multiselect(key="composer_groups").select(live.group_id("Personnel")).run()
    original = RAPPEL.replace("Bonjour,", "Bonjour {prénom},")
    write(at, original)
    at.checkbox(key="suggest_fit_latinize").check().run()
    at.button(key="suggest_fit").click().run()
    assert_no_exception(at)
    proposal = at.text_area(key="suggest_fit_proposal").value
    assert proposal.startswith("Bjr {prenom}, votre rdv est dmn a 9 h")
    errors = " ".join(e.value for e in at.error)
    assert "Version refusée : elle a modifié le champ {prénom} (devenu {prenom})" in errors
    assert at.button(key="suggest_fit_accept").disabled

    at.text_area(key="suggest_fit_proposal").input(proposal.replace("{prenom}", "{prénom}")).run()
    assert not at.error and not at.button(key="suggest_fit_accept").disabled
    at.button(key="suggest_fit_accept").click().run()
    assert at.text_area(key="composer_text").value == proposal.replace("{prenom}", "{prénom}")

    at.button(key="suggest_undo").click().run()
    at.button(key="suggest_fit").click().run()  # refused again, then ignored: the text never changed
    at.button(key="suggest_fit_ignore").click().run()
    assert at.text_area(key="composer_text").value == original
    assert "suggest_fit_proposal" not in [t.key for t in at.text_area]


def test_a_service_failure_is_a_sentence_and_the_text_stays(live: Live) -> None:
    at = open_composer()
    write(at, PROMO)
    live.sandbox.add_fault("http_500", path="/ai/url")  # every try fails (reads are retried first)
    at.button(key="suggest_links").click().run()
    assert_no_exception(at)
    errors = " ".join(e.value for e in at.error)
    assert "Votre message n'a pas changé." in errors and "Traceback" not in errors
    assert at.text_area(key="composer_text").value == PROMO
    live.sandbox.clear_faults()
    at.button(key="suggest_links").click().run()
    assert at.text_area(key="composer_text").value.endswith("https://sbx.test/wGcKvX")
