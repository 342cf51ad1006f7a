"""The contacts page keeps its promises: a ticked contact stays ticked as a person (not as a row position)
through an edit that moves it, a page change and a search; the edit dialog shows the number as people
write it; the delete confirmation names who goes; the pager says how many there are."""

from __future__ import annotations

from monsms_core.phones import pretty_phone
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import Live
from tests.app.contacts_support import live, open_page, select_rows, selected_rows

__all__ = ["live"]  # the fixture


def test_the_selection_follows_the_person_through_an_edit_pages_and_a_search(env: AppEnv, live: Live) -> None:
    env.add_user("awa", "sender")
    at = open_page("contacts")
    at.selectbox(key="ct_sort").set_value("name").run()
    table = at.dataframe[0].value
    phone_shown = table["Téléphone"].iloc[3]
    person = next(c for c in live.client.contacts.iterate() if pretty_phone(c.phone) == phone_shown)
    neighbour = table["Téléphone"].iloc[2]
    select_rows(at, "ct_table", [3])

    button(at, "Modifier").click().run()
    assert at.text_input(key="ct_edit_phone").value == pretty_phone(person.phone)  # not 2250…
    at.text_input(key="ct_edit_name").input("Aaaa Suivie")  # sorted by name: the row moves to the top
    button(at, "Enregistrer").click().run()
    assert_no_exception(at)
    assert "Contact modifié." in page_text(at)
    table = at.dataframe[0].value
    assert table["Nom complet"].iloc[0] == "Aaaa Suivie"
    assert selected_rows(at, "ct_table") == [0]  # the tick went with the person, not stayed on row 3
    assert "1 contact sélectionné" in page_text(at)

    # Another page, then back; a search that does not show the person: still chosen, by name.
    button(at, "Suivant").click().run()
    assert selected_rows(at, "ct_table") == []
    button(at, "Précédent").click().run()
    assert selected_rows(at, "ct_table") == [0]
    at.text_input(key="ct_query").input(neighbour).run()
    assert_no_exception(at)
    assert selected_rows(at, "ct_table") == [] and "1 contact sélectionné" in page_text(at)

    # Modifier and Supprimer act on the person; the confirmation names them.
    button(at, "Modifier").click().run()
    assert at.text_input(key="ct_edit_name").value == "Aaaa Suivie"
    button(at, "Supprimer").click().run()
    assert f"Sera supprimé : {person.first_name}." in page_text(at)
    button(at, "Oui, supprimer").click().run()
    assert_no_exception(at)
    remaining = {c.phone for c in live.client.contacts.iterate()}
    assert person.phone not in remaining and len(remaining) == 199
    assert "1 contact supprimé." in page_text(at)
    assert selected_rows(at, "ct_table") == [] and "sélectionné" not in page_text(at)


def test_a_contact_is_added_by_hand_into_a_group_and_a_duplicate_is_refused(env: AppEnv, live: Live) -> None:
    env.add_user("awa", "sender")
    at = open_page("contacts")
    group = next(g for g in live.client.groups.iterate())
    button(at, "Ajouter un contact").click().run()
    at.text_input(key="ct_add_phone").input("7 07 12 34 99")  # a lost leading zero, put back
    at.text_input(key="ct_add_first").input("Adjoua")
    at.text_input(key="ct_add_last").input("Brou")
    at.selectbox(key="ct_add_group").set_value(group.id)
    button(at, "Ajouter le contact").click().run()
    assert_no_exception(at)
    assert f"Contact « Adjoua Brou » ajouté au groupe « {group.name} »." in page_text(at)
    created = next(c for c in live.client.contacts.iterate() if c.phone == "2250707123499")
    assert (created.name, created.first_name, created.last_name) == ("Adjoua Brou", "Adjoua", "Brou")
    assert created.id in {c.id for c in live.client.groups.get(group.id).contacts}
    assert [e.target for e in env.store.audit.list(action="contact.created")] == [created.id]
    assert at.dataframe[0].value["Nom complet"].iloc[0] == "Adjoua Brou"  # newest first, seen at once

    # The same number typed another way: refused, the existing contact named, nothing created.
    someone = next(c for c in live.client.contacts.iterate() if c.name and c.phone != created.phone)
    button(at, "Ajouter un contact").click().run()
    at.text_input(key="ct_add_phone").input("+" + someone.phone)
    at.text_input(key="ct_add_name").input("Quelqu'un d'autre")
    button(at, "Ajouter le contact").click().run()
    assert_no_exception(at)
    assert [e.value for e in at.error] == [
        f"Ce numéro est déjà dans vos contacts : {someone.name} ({pretty_phone(someone.phone)}). "
        "Cherchez ce contact dans la liste pour le modifier."
    ]
    assert len(list(live.client.contacts.iterate())) == 201


def test_a_ticked_group_member_stays_ticked_when_an_older_contact_joins_above(
    env: AppEnv, live: Live
) -> None:
    env.add_user("awa", "sender")
    oldest_first = list(live.client.contacts.iterate(sort="asc", order_by="createdAt"))
    group, member, newcomer = next(
        (g, members[0], outsider)
        for g in live.client.groups.iterate()
        if (members := live.client.groups.get(g.id).contacts)
        for outsider in oldest_first[:1]
        if outsider.id not in {m.id for m in members}
    )
    at = open_page("groups")
    at.selectbox(key="gr_pick").set_value(group.id).run()
    members_key = f"gr_members_{group.id}"
    assert at.dataframe[1].value["Téléphone"].iloc[0] == pretty_phone(member.phone)
    select_rows(at, members_key, [0])
    assert f"1 contact sélectionné : {member.first_name}" in page_text(at)

    # The newcomer, older than everyone in the group, is listed first: the tick moves down with the member.
    at.text_input(key="gr_add_query").input(pretty_phone(newcomer.phone)).run()
    button(at, "Ajouter 1 contact trouvé").click().run()
    assert_no_exception(at)
    members_table = at.dataframe[1].value
    assert members_table["Téléphone"].iloc[0] == pretty_phone(newcomer.phone)
    assert selected_rows(at, members_key) == [1]

    button(at, "Retirer du groupe (1)").click().run()
    assert_no_exception(at)
    assert f"Retirés du groupe : {member.first_name}." in page_text(at)
    left = {c.id for c in live.client.groups.get(group.id).contacts}
    assert member.id not in left and newcomer.id in left

    # Two ticked, then everyone unticked at once.
    select_rows(at, members_key, [0, 1])
    assert "2 contacts sélectionnés : " in page_text(at)
    button(at, "Tout désélectionner").click().run()
    assert selected_rows(at, members_key) == [] and "sélectionné" not in page_text(at)
