"""Issue 11, point 5: "Les autres colonnes sont gardées pour personnaliser vos messages" is true. A sheet
with a "Ville" column is imported; the contact shows its Ville (table, edit dialog) and it can be changed
there; the download has the column; composing to the import's group offers {Ville}; the send renders each
person's Ville and the cost counts each person's own text — against the test sandbox over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.config import Connection
from monsms_sandbox.control import SandboxControl
from tests.app import composer_support as composer
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import Live
from tests.app.contacts_support import open_page, select_rows, wait_for_text

LONG_TOWN = (
    "Grand-Bassam, quartier France, près de la cathédrale (entrée par la rue du marché, portail bleu ciel)"
)
SHEET = (
    "Prénom;Téléphone;Ville;Classe\n"
    "Awa;07 07 12 34 56;Bouaké;6e A\n"
    "Kofi;05 05 12 34 56;Abidjan;5e B\n"
    f"Mariam;01 01 12 34 56;{LONG_TOWN};6e A\n"
).encode()


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender")
    for account in composer.live_account(env, monkeypatch, sandbox, base_url, seed=False):
        with MonSmsClient(account.api_key, base_url, backoff_base=0.05) as client:
            yield Live(account.api_key, client, sandbox)


def import_sheet(group: str) -> None:
    at = open_page("import")
    at.file_uploader[0].set_value(("parents.csv", SHEET, "text/csv")).run()
    assert_no_exception(at)
    assert "Gardées avec chaque contact, pour vos messages : {Ville}, {Classe}." in page_text(at)
    at.radio(key="imp_destination").set_value("new").run()
    at.text_input(key="imp_group_name").input(group).run()
    button(at, "Importer 3 contacts").click().run()
    assert_no_exception(at)
    wait_for_text(at, "Import terminé")


def test_a_sheets_other_columns_follow_the_contact_into_the_message(env: AppEnv, live: Live) -> None:
    import_sheet("Parents 6e")

    # The contact shows its Ville and Classe, and the dialog edits them.
    at = open_page("contacts")
    table = at.dataframe[0].value
    assert {"Ville", "Classe"} <= set(table.columns), list(table.columns)
    rows = dict(zip(table["Prénom"], table["Ville"], strict=True))
    assert rows == {"Awa": "Bouaké", "Kofi": "Abidjan", "Mariam": LONG_TOWN}
    kofi = list(table["Prénom"]).index("Kofi")
    select_rows(at, "ct_table", [kofi])
    button(at, "Modifier").click().run()
    assert_no_exception(at)
    ville = next(t for t in at.text_input if t.label == "Ville")
    assert ville.value == "Abidjan"
    ville.input("Korhogo")
    next(t for t in at.text_input if t.label == "Nouvelle information (ex. Ville)").input("Quartier")
    next(t for t in at.text_input if t.label == "Sa valeur").input("Cocody")
    button(at, "Enregistrer").click().run()
    assert_no_exception(at)
    assert "Contact modifié." in page_text(at)
    table = at.dataframe[0].value
    assert dict(zip(table["Prénom"], table["Ville"], strict=True))["Kofi"] == "Korhogo"
    assert "Quartier" in table.columns

    # Composing to the group offers {Ville}; each person gets their own town, and pays for it.
    at = composer.open_composer()
    group_id = live.group_id("Parents 6e")
    at.multiselect(key="composer_groups").select(group_id).run()
    assert_no_exception(at)
    assert "{Ville}" in at.selectbox(key="composer_field").options
    assert "{Classe}" in at.selectbox(key="composer_field").options
    composer.write(at, "Bonjour {prénom}, la réunion des parents de {Classe} a lieu à {Ville} samedi.")
    assert_no_exception(at)
    assert not [e.value for e in at.error if "Ville" in e.value]
    metrics = {m.label: m.value for m in at.metric}
    # Awa's and Kofi's texts fit one SMS; Mariam's long town makes hers two.
    assert metrics["Destinataires"] == "3" and metrics["Crédits nécessaires"] == "4", metrics

    key = composer.draft_key(at)
    composer.confirm(at)
    assert_no_exception(at)
    entry = composer.wait_for_entry(env.store, key)
    assert entry.status == "sent" and entry.credits == 4
    texts = {c.text for c in live.campaigns() if c.id in entry.campaign_ids}
    assert texts == {
        "Bonjour Awa, la réunion des parents de 6e A a lieu à Bouaké samedi.",
        "Bonjour Kofi, la réunion des parents de 5e B a lieu à Korhogo samedi.",
        f"Bonjour Mariam, la réunion des parents de 6e A a lieu à {LONG_TOWN} samedi.",
    }

    # A contact picked by hand brings its fields too (not only a group or a sheet sent on the spot).
    kofi_id = next(str(c.id) for c in live.client.contacts.iterate() if c.first_name == "Kofi")
    at = composer.open_composer()
    at.multiselect(key="composer_contacts").select(kofi_id).run()
    assert_no_exception(at)
    assert {"{Ville}", "{Quartier}"} <= set(at.selectbox(key="composer_field").options)
    composer.write(at, "{Quartier} / {Ville}")
    assert "Cocody / Korhogo" in [t.value for t in at.text]


def test_a_deleted_contact_takes_its_fields_along(env: AppEnv, live: Live, base_url: str) -> None:
    import_sheet("Parents 5e")
    account = Connection("live", base_url, live.api_key).account_id
    awa_phone = "2250707123456"
    assert env.store.contact_fields.get(account, awa_phone) == {"Ville": "Bouaké", "Classe": "6e A"}

    at = open_page("contacts")
    table = at.dataframe[0].value
    select_rows(at, "ct_table", [list(table["Prénom"]).index("Awa")])
    button(at, "Supprimer").click().run()
    button(at, "Oui, supprimer").click().run()
    assert_no_exception(at)
    assert "1 contact supprimé." in page_text(at)
    # Imported again later without those columns, the number must not bring Awa's town back.
    assert env.store.contact_fields.get(account, awa_phone) == {}
    assert env.store.contact_fields.get(account, "2250505123456") == {"Ville": "Abidjan", "Classe": "5e B"}
