"""The sender's outbox page (their sends, "Vérifier" before any retry, "Réessayer" after a refusal) and the
composer's other recipient sources: a spreadsheet uploaded on the spot, picked contacts, opt-outs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, login, new_app, page_text
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
    env.add_user("awa", "sender")
    yield from live_account(env, monkeypatch, sandbox, base_url)


def _send(at_text: str, numbers: str) -> str:
    at = open_composer()
    at.text_area(key="composer_numbers").input(numbers).run()
    write(at, at_text)
    key = draft_key(at)
    confirm(at)
    return key


def test_an_unknown_send_is_checked_by_the_worker_before_anything_else(
    env: AppEnv, live: Live, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("drop", path="/campaign/create", phase="after", count=1)
    key = _send("Rappel : réunion samedi.", "0707123456")
    # The answer was lost: the worker reconciles (finds the campaign by its tag) and never sends again.
    entry = wait_for_entry(env.store, key, statuses=("sent",))
    assert live.creates() == 1
    actions = [a.action for a in env.store.audit.list()]
    assert "send.unknown" in actions and "send.reconciled" in actions

    at = login(new_app(), "awa")
    at.switch_page("app_pages/send/outbox.py").run()
    assert_no_exception(at)
    assert "Rappel : réunion samedi." in page_text(at) and "Réessayer" not in [b.label for b in at.button]
    assert entry.campaign_ids[0]


def test_outbox_retries_a_refused_send_once_the_account_works_again(
    env: AppEnv, live: Live, sandbox: SandboxControl
) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456, 0505123456").run()
    write(at, "Promo du jour")
    key = draft_key(at)
    button(at, "Envoyer…").click().run()
    sandbox.block_account(live.api_key)  # between the confirmation dialog and the click: a definite refusal
    button(at, "Confirmer l'envoi").click().run()
    entry = wait_for_entry(env.store, key)
    assert entry.status == "failed" and live.creates() == 0
    sandbox.block_account(live.api_key, False)

    outbox = login(new_app(), "awa")
    outbox.switch_page("app_pages/send/outbox.py").run()
    assert "Envoi refusé après 0 campagne sur 1" in page_text(outbox)
    button(outbox, "Réessayer").click().run()
    assert_no_exception(outbox)
    assert wait_for_entry(env.store, key).status == "sent"
    assert live.creates() == 1 and live.campaigns()[0].text == "Promo du jour"
    outbox.run()
    assert "Envoyé : 1 campagne créée pour 2 destinataires" in page_text(outbox)


def test_a_spreadsheet_contacts_and_opt_outs_make_one_list(env: AppEnv, live: Live) -> None:
    contacts = list(live.client.contacts.iterate())
    first, second = contacts[0], contacts[1]
    env.store.optouts.add(str(second.phone), actor="test", reason="STOP")
    sheet = (
        "Liste des parents\n"
        "N° Téléphone;Prénom;Montant\n"
        f"{first.phone};Awa;15000\n"
        "07 07 11 22 33;Yao;\n"
        "05 05 11 22 33;Aya;2500\n"
        "0505112233;Aya bis;1\n"
        "12;Erreur;3\n"
    ).encode()
    at = open_composer()
    at.file_uploader(key="composer_file").upload("parents.csv", sheet, "text/csv").run()
    assert_no_exception(at)
    text = page_text(at)
    assert "3 destinataires valides, 1 numéro refusé, 1 doublon dans le fichier" in text
    assert "{prénom}, {Montant}" in text
    at.multiselect(key="composer_contacts").select(str(first.id)).select(str(second.id)).run()
    text = page_text(at)
    # first is picked and in the sheet (one recipient, the contact's name completed by the sheet's amount),
    # second opted out: 3 recipients
    assert (
        "3 destinataires" in text and "1 doublon retiré" in text and "1 numéro désinscrit" in text
    )
    assert at.selectbox(key="composer_field").options == ["{prénom}", "{nom}", "{nom complet}", "{Montant}"]
    write(at, "{prénom}, il reste {montant} F à payer.")
    at.text_input(key="composer_fallback_montant").input("0").run()
    previews = [t.value for t in at.text]
    assert "Yao, il reste 0 F à payer." in previews
    key = draft_key(at)
    confirm(at)
    entry = wait_for_entry(env.store, key)
    assert entry.status == "sent" and entry.recipients == 3
    texts = {chunk["text"] for chunk in entry.payload["chunks"]}
    assert texts == {
        f"{first.first_name}, il reste 15000 F à payer.",
        "Yao, il reste 0 F à payer.",
        "Aya, il reste 2500 F à payer.",
    }
    phones = {p for chunk in entry.payload["chunks"] for p in chunk["phones"]}
    assert str(second.phone) not in phones and str(first.phone) in phones
