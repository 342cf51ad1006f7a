"""A contact added by hand, over HTTP to the sandbox: the number normalised like everywhere, a number
already in the account refused with the existing contact named, the full name built, an optional group,
the audit record, and a lost answer settled without a second contact."""

from __future__ import annotations

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.contacts.browse import count_contacts
from monsms_core.contacts.groups import create_group
from monsms_core.contacts.index import build_index
from monsms_core.contacts.manual import ContactForm, NewContactError, add_contact, contact_body
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl


@pytest.fixture
def store_kind() -> str:
    """SQLite: the audit record is what is checked here; both engines are tested by the store's suite."""
    return "sqlite"


def test_a_contact_typed_by_hand_is_normalised_named_grouped_and_audited(
    store: Store, client: MonSmsClient
) -> None:
    group = create_group(client, "Clients fidèles").group
    form = ContactForm(phone="7 07 12 34 56", first_name=" Awa ", last_name="Kouamé", sex="F")
    added = add_contact(
        store, client, form, index=build_index(client), actor="awa", group=(group.id or "", "Clients fidèles")
    )
    stored = client.contacts.get(added.contact.id or "")
    assert (stored.phone, stored.name, stored.first_name, stored.last_name, stored.sex) == (
        "2250707123456", "Awa Kouamé", "Awa", "Kouamé", "F",
    )  # fmt: skip
    assert added.group_name == "Clients fidèles"
    assert [c.id for c in client.groups.get(group.id or "").contacts] == [stored.id]
    assert [(e.actor, e.target) for e in store.audit.list(action="contact.created")] == [("awa", stored.id)]
    assert store.audit.list(action="group.members_added")


def test_a_number_already_in_the_account_is_refused_with_the_contact_named(
    store: Store, client: MonSmsClient
) -> None:
    add_contact(store, client, ContactForm(phone="0505987654", name="Koffi Yao"), index=build_index(client),
                actor="awa")  # fmt: skip
    with pytest.raises(NewContactError) as refused:
        add_contact(store, client, ContactForm(phone="+225 05 05 98 76 54", name="Autre"),
                    index=build_index(client), actor="awa")  # fmt: skip
    assert refused.value.code == "exists"
    assert refused.value.user_message("fr") == (
        "Ce numéro est déjà dans vos contacts : Koffi Yao (05 05 98 76 54). Cherchez ce contact dans la "
        "liste pour le modifier."
    )
    assert len(list(client.contacts.iterate())) == 1 and len(store.audit.list(action="contact.created")) == 1


def test_an_unusable_number_is_refused_with_a_sentence_and_nothing_is_sent(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    index = build_index(client)
    for typed in ("27 22 44 55 66", "0707", ""):
        with pytest.raises(NewContactError) as refused:
            contact_body(ContactForm(phone=typed), index)
        assert refused.value.code == "phone"
        assert refused.value.user_message("fr").startswith("Ce numéro ne peut pas recevoir de SMS : ")
    assert int(sandbox.stats()["requests"].get("/contact/create", 0)) == 0


def test_a_lost_answer_is_settled_by_finding_the_contact_not_by_creating_it_twice(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("drop", count=1, path="/contact/create", phase="after")  # stored, answer lost
    added = add_contact(
        store, client, ContactForm(phone="0101020304"), index=build_index(client), actor="awa"
    )
    contacts = list(client.contacts.iterate())
    assert [c.phone for c in contacts] == ["2250101020304"] and added.contact.id == contacts[0].id
    assert int(sandbox.stats()["requests"]["/contact/create"]) == 1


def test_contacts_are_counted_from_the_pages_when_the_api_gives_no_total(api_key: str, base_url: str) -> None:
    client = MonSmsClient(api_key, base_url, max_retries=8)  # waits out the sandbox's rate limit
    assert count_contacts(client) == 0
    created = 0
    for target in (3, 50, 51, 137):  # one page, exactly one, one more, several
        batch = [{"phone": f"225070000{created + i:04d}"} for i in range(target - created)]
        for _ in client.contacts.create_many(batch):
            pass
        created = target
        assert count_contacts(client, 50) == target
        assert count_contacts(client, 7) == target
    client.close()
