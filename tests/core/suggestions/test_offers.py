"""The two offers against the sandbox over HTTP: exact texts, savings over every recipient, the field rule
applied to what the API answered."""

from __future__ import annotations

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.suggestions import (
    find_links,
    judge,
    needs_fitting,
    offer_fit_in_one,
    offer_short_links,
    plan_measure,
)
from monsms_sandbox.control import SandboxControl

PEOPLE = [
    Recipient(f"22507070000{i:02d}", {"prénom": name}) for i, name in enumerate(["Awa", "Koffi", "Aya"])
]


def test_links_are_found_in_what_people_type() -> None:
    assert find_links("Voir https://awa.ci/promo. Et www.awa.ci/b, ok") == [
        "https://awa.ci/promo",
        "www.awa.ci/b",
    ]
    assert find_links("Pas de lien ici, juste awa.ci") == []


def test_short_links_offer(client: MonSmsClient, sandbox: SandboxControl) -> None:
    text = (
        "{prénom}, nos soldes de fin d'année continuent ! Tout le catalogue à -30 % jusqu'à dimanche "
        "soir, en boutique et en ligne : https://boutique-awa.ci/promo/fin-annee-2026?ref=sms"
    )
    measure = plan_measure(PEOPLE)
    offer = offer_short_links(client.ai, text, measure)
    assert offer is not None and offer.applicable
    assert offer.shortened == (
        "{prénom}, nos soldes de fin d'année continuent ! Tout le catalogue à -30 % jusqu'à dimanche "
        "soir, en boutique et en ligne : https://sbx.test/wGcKvX"
    )
    assert offer.links == [
        ("https://boutique-awa.ci/promo/fin-annee-2026?ref=sms", "https://sbx.test/wGcKvX")
    ]
    assert (offer.savings.parts_before, offer.savings.parts_after) == (2, 1)
    assert (offer.savings.credits_before, offer.savings.credits_after) == (6, 3)
    assert offer_short_links(client.ai, "Pas de lien", measure) is None
    assert sandbox.stats()["requests"]["/ai/url"] == 1  # no call without a link


def test_fit_in_one_offer_keeps_or_refuses_fields(client: MonSmsClient) -> None:
    text = (
        "Bonjour {prénom}, votre rendez-vous est demain à 9 heures à la boutique. Merci de confirmer "
        "s'il vous plaît en répondant OUI par SMS, ou appelez-nous au numéro habituel."
    )
    measure = plan_measure(PEOPLE)
    assert needs_fitting(measure, text) and not needs_fitting(measure, "Bonjour {prénom}")
    offer = offer_fit_in_one(client.ai, text, "fr", measure, latinize=False)
    assert offer.proposal == (
        "Bjr {prénom}, votre rdv est dmn à 9 h à la btq. Mrc de confirmer svp en répondant OUI par SMS, "
        "ou appelez-ns au num habituel."
    )
    assert offer.fields.ok and offer.acceptable and offer.fits_in_one
    # "plaît" makes it Unicode: 3 SMS each for 3 people; the short one is GSM-7, 1 SMS each.
    assert (offer.savings.credits_before, offer.savings.credits_after) == (9, 3)

    without_accents = offer_fit_in_one(client.ai, text, "fr", measure, latinize=True)
    assert "{prenom}" in without_accents.proposal and not without_accents.acceptable
    assert "modifié le champ {prénom} (devenu {prenom})" in without_accents.fields.message("fr")

    edited = judge(text, without_accents.proposal.replace("{prenom}", "{prénom}"), measure, latinize=True)
    assert edited.acceptable  # the user put the field back by hand
    assert not judge(text, text, measure, latinize=False).acceptable  # nothing changed: nothing to accept
