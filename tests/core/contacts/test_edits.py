"""What a user changes from the contacts and groups pages, against the sandbox: the duplicate-name check,
the API change, and exactly one audit record for each change that happened (none for one that did not)."""

from __future__ import annotations

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import NotFoundError
from monsms_core.contacts import edits
from monsms_core.contacts.browse import contact_changes
from monsms_core.store import Store


def _audit(store: Store) -> list[tuple[str, str | None, dict | None]]:
    return [(e.action, e.target, e.details) for e in reversed(store.audit.list())]


def test_group_create_refuses_an_empty_or_taken_name(store: Store, client: MonSmsClient) -> None:
    change = edits.new_group(store, client, "  Parents 6e A ", actor="awa", description=" ")
    group_id = change.group.id
    assert change.group.name == "Parents 6e A"
    for taken in ("parents 6E a", " PARENTS 6e A"):
        with pytest.raises(edits.GroupNameError) as refused:
            edits.new_group(store, client, taken, actor="awa")  # read from the API
        assert refused.value.code == "exists"
        assert taken.strip() in refused.value.user_message("fr")
    with pytest.raises(edits.GroupNameError) as empty:
        edits.new_group(store, client, "   ", actor="awa", existing_names=[])
    assert empty.value.user_message("fr") == "Donnez un nom au groupe."
    # The names the page already holds are enough: no second group of that name, not even from a stale tab.
    with pytest.raises(edits.GroupNameError):
        edits.new_group(store, client, "Bureau", actor="awa", existing_names=["bureau "])
    assert [g.name for g in client.groups.iterate()] == ["Parents 6e A"]
    assert _audit(store) == [("group.created", group_id, {"name": "Parents 6e A"})]


def test_group_rename_members_and_delete_are_audited(store: Store, client: MonSmsClient) -> None:
    people = client.contacts.create([{"phone": "2250707000001"}, {"phone": "2250505000002"}])
    ids = [c.id for c in people if c.id] or [c.id for c in client.contacts.iterate() if c.id]
    group_id = edits.new_group(store, client, "Chorale", actor="awa").group.id
    assert group_id is not None
    assert edits.add_to_group(store, client, group_id, ids, actor="awa").changed == 2
    assert edits.add_to_group(store, client, group_id, ids, actor="awa").changed == 0  # already in it
    assert edits.remove_from_group(store, client, group_id, ids[:1], actor="awa").changed == 1
    assert not edits.rename(store, client, group_id, old_name="Chorale", new_name=" Chorale ", actor="awa")
    with pytest.raises(edits.GroupNameError):
        edits.rename(store, client, group_id, old_name="Chorale", new_name="  ", actor="awa")
    assert edits.rename(store, client, group_id, old_name="Chorale", new_name="Chorale 2026", actor="awa")
    assert client.groups.get(group_id).name == "Chorale 2026"
    edits.delete_group(store, client, group_id, name="Chorale 2026", actor="awa")
    with pytest.raises(NotFoundError):
        client.groups.get(group_id)
    assert [action for action, _target, _details in _audit(store)] == [
        "group.created",
        "group.members_added",
        "group.members_added",
        "group.members_removed",
        "group.renamed",
        "group.deleted",
    ]
    assert _audit(store)[4] == ("group.renamed", group_id, {"from": "Chorale", "to": "Chorale 2026"})


def test_contact_edit_and_delete_are_audited(store: Store, client: MonSmsClient) -> None:
    client.contacts.create([{"phone": "2250707000003", "name": "Awa"}])
    contact = next(iter(client.contacts.iterate()))
    assert contact.id is not None
    phone = contact.phone or ""
    changes = contact_changes(contact, phone=phone, name="Awa Koné", first_name="", last_name="", sex=None)
    assert edits.save_contact(store, client, contact.id, changes, actor="kofi").name == "Awa Koné"
    store.contact_fields.merge("acct", {phone: {"Ville": "Abidjan"}}, actor="kofi")
    assert edits.delete_contacts(store, client, [contact], account="acct", actor="kofi") == [contact.id]
    assert store.contact_fields.get("acct", phone) == {}
    assert list(client.contacts.iterate()) == []
    assert _audit(store) == [
        ("contact.updated", contact.id, None),
        ("contacts.deleted", "1 contacts", {"count": 1}),
    ]
