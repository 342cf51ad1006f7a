"""The contacts, groups and opt-out pages on a seeded account of the test sandbox: browse, search, edit,
delete with confirmation, groups and their members, the opt-out list; what each role may do."""

from __future__ import annotations

from monsms_core.i18n import translate
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import Live
from tests.app.contacts_support import by_label, live, open_page, select_rows

__all__ = ["live"]  # the fixture


def test_contacts_are_browsed_page_by_page_and_searched(env: AppEnv, live: Live) -> None:
    env.add_user("aya", "viewer")
    at = open_page("contacts", "aya")
    table = at.dataframe[0].value
    assert len(table) == 50 and "Téléphone" in table.columns
    newest = next(iter(live.client.contacts.list(count=5)))
    assert table["Nom complet"].iloc[0] == newest.name
    assert "Page 1 sur 4 · 200 contacts" in page_text(at)  # the API gives no total: counted
    button(at, "Suivant").click().run()
    assert "Page 2 sur 4 · 200 contacts" in page_text(at) and len(at.dataframe[0].value) == 50
    assert at.dataframe[0].value["Nom complet"].iloc[0] != newest.name

    # Search by a name typed without accents and in capitals, then by the national number.
    target = next(c for c in live.client.contacts.iterate() if c.last_name and "é" in (c.name or ""))
    at.text_input(key="ct_query").input(target.name.upper().replace("É", "E")).run()
    assert_no_exception(at)
    found = at.dataframe[0].value
    assert target.name in set(found["Nom complet"])
    national = target.phone[3:]
    at.text_input(key="ct_query").input(
        f"{national[:2]} {national[2:4]} {national[4:6]} {national[6:]}"
    ).run()
    assert list(at.dataframe[0].value["Nom complet"]) == [target.name]
    assert "200 contacts" in page_text(at).replace("\u202f", " ")  # the search list covers all
    # A viewer sees, but cannot select, edit or delete.
    assert not [b for b in at.button if b.label in ("Modifier", "Supprimer")]


def test_a_contact_is_edited_then_deleted_after_confirmation(env: AppEnv, live: Live) -> None:
    env.add_user("awa", "sender")
    at = open_page("contacts")
    first = at.dataframe[0].value.iloc[0]
    contact = next(c for c in live.client.contacts.list(count=5))
    assert first["Nom complet"] == contact.name
    select_rows(at, "ct_table", [0])
    button(at, "Modifier").click().run()
    at.text_input(key="ct_edit_name").input("Awa Kouamé (boutique)")
    at.text_input(key="ct_edit_phone").input("7 07 99 88 77")  # a lost leading zero, put back
    button(at, "Enregistrer").click().run()
    assert_no_exception(at)
    assert "Contact modifié." in page_text(at)
    updated = live.client.contacts.get(contact.id)
    assert updated.name == "Awa Kouamé (boutique)" and updated.phone == "2250707998877"
    assert at.dataframe[0].value["Nom complet"].iloc[0] == "Awa Kouamé (boutique)"

    # A wrong number is refused with a sentence, nothing is sent.
    select_rows(at, "ct_table", [0])
    button(at, "Modifier").click().run()
    at.text_input(key="ct_edit_phone").input("27 22 44 55 66")
    button(at, "Enregistrer").click().run()
    assert any("ne peut pas recevoir de SMS" in e.value for e in at.error)
    assert live.client.contacts.get(contact.id).phone == "2250707998877"

    at = open_page("contacts")
    select_rows(at, "ct_table", [0, 1])
    doomed = [c.id for c in live.client.contacts.list(count=5)][:2]
    button(at, "Supprimer").click().run()
    assert any("définitive" in w.value for w in at.warning)
    assert len(list(live.client.contacts.iterate())) == 200  # nothing deleted before confirming
    button(at, "Oui, supprimer").click().run()
    assert_no_exception(at)
    assert "2 contacts supprimés." in page_text(at)
    assert "sélectionné" not in page_text(at)  # the deleted people are not ticked again by their old rows
    remaining = {c.id for c in live.client.contacts.iterate()}
    assert len(remaining) == 198 and not remaining & set(doomed)
    assert env.store.audit.list(action="contacts.deleted")


def test_groups_are_created_filled_renamed_emptied_and_deleted(env: AppEnv, live: Live) -> None:
    env.add_user("awa", "sender")
    at = open_page("groups")
    names = set(at.dataframe[0].value["Nom du groupe"])
    assert len(names) == 4
    at.text_input(key="gr_new_name").input("Chorale")
    at.text_input(key="gr_new_description").input("Répétitions du jeudi")
    button(at, "Créer le groupe").click().run()
    assert_no_exception(at)
    assert "Groupe « Chorale » créé." in page_text(at)
    chorale = next(g for g in live.client.groups.iterate() if g.name == "Chorale")
    assert at.selectbox(key="gr_pick").value == chorale.id

    # Add members found by a search (all results), then remove one.
    someone = next(c for c in live.client.contacts.iterate() if c.last_name)
    at.text_input(key="gr_add_query").input(someone.last_name).run()
    found = at.dataframe[-1].value
    assert someone.name in set(found["Nom complet"])
    button(at, translate("groups.add.all", "fr", count=len(found))).click().run()
    assert_no_exception(at)
    members = live.client.groups.get(chorale.id).contacts
    assert len(members) == len(found)
    # Doing it again adds nobody twice.
    at.text_input(key="gr_add_query").input(someone.last_name).run()
    button(at, translate("groups.add.all", "fr", count=len(found))).click().run()
    assert "0 contact ajouté" in page_text(at)
    assert len(live.client.groups.get(chorale.id).contacts) == len(found)

    select_rows(at, f"gr_members_{chorale.id}", [0])
    button(at, "Retirer du groupe (1)").click().run()
    assert len(live.client.groups.get(chorale.id).contacts) == len(found) - 1
    assert len(list(live.client.contacts.iterate())) == 200  # removed from the group only

    at.text_input(key="gr_rename_name").input("Chorale Saint-Jean")
    button(at, "Renommer").click().run()
    assert live.client.groups.get(chorale.id).name == "Chorale Saint-Jean"
    button(at, "Supprimer ce groupe").click().run()
    button(at, "Oui, supprimer le groupe").click().run()
    assert_no_exception(at)
    assert chorale.id not in {g.id for g in live.client.groups.iterate()}
    assert len(list(live.client.contacts.iterate())) == 200


def test_opt_out_list_takes_typed_numbers_and_gives_them_back(env: AppEnv, live: Live) -> None:
    env.add_user("awa", "sender", display_name="Awa Kouamé")
    at = open_page("optouts")
    at.text_area(key="oo_numbers").input("07 07 12 34 56 ; +225 0505987654\n0707123456\nbonjour")
    at.text_input(key="oo_reason").input("a répondu STOP")
    button(at, "Ajouter à la liste").click().run()
    assert_no_exception(at)
    assert env.store.optouts.all_phones() == {"2250707123456", "2250505987654"}
    text = page_text(at)
    assert "2 numéros ajoutés" in text and "« bonjour »" in text
    table = at.dataframe[0].value
    assert len(table) == 2
    # The form is ready for the next number: the reason is cleared with the numbers.
    assert at.text_area(key="oo_numbers").value == "" and at.text_input(key="oo_reason").value == ""
    # Who added the number (by name) and from where, in words.
    assert set(table["Ajouté par"]) == {"Awa Kouamé"} and set(table["Provenance"]) == {"Saisi à la main"}
    assert set(table["Motif"]) == {"a répondu STOP"}
    select_rows(at, "oo_table", [0])
    button(at, "Retirer de la liste (1)").click().run()
    assert len(env.store.optouts.all_phones()) == 1


def test_viewers_do_not_get_the_opt_out_list(env: AppEnv, live: Live) -> None:
    env.add_user("aya", "viewer")
    at = open_page("optouts", "aya")
    assert at.error and not at.text_area
    at = open_page("groups", "aya")
    assert at.dataframe and not [b for b in at.button if b.label == "Créer le groupe"]
    assert by_label(at.selectbox, "Ouvrir le groupe")
