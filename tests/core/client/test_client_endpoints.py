"""Every endpoint of the contract, round trip through the client against the sandbox (real HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import (
    AuthenticationError,
    ForbiddenError,
    InsufficientCreditError,
    NotFoundError,
    ValidationError,
)
from monsms_core.client.models import NewContact, Recurrence
from monsms_sandbox.control import SandboxControl


@pytest.fixture
def client(sandbox: SandboxControl, api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    sandbox.config(rate_limit_per_second=10_000)  # these tests are about endpoints, not the limiter
    with MonSmsClient(api_key, base_url, backoff_base=0.01) as c:
        yield c


def phone(i: int) -> str:
    return f"225070{i:07d}"


def test_user_details_and_credit(sandbox: SandboxControl, seeded_api_key: str, base_url: str) -> None:
    with MonSmsClient(seeded_api_key, base_url) as client:
        details = client.user.details()
        assert details.full_name and details.country == "CI" and details.created_at is not None
        assert client.user.credit() == details.available_credit > 0


def test_senders(client: MonSmsClient, sandbox: SandboxControl, api_key: str) -> None:
    sender = client.senders.create("MYSHOP", "Boutique")
    assert (sender.name, sender.status, sender.archived) == ("MYSHOP", "PENDING", False)
    assert [s.id for s in client.senders.iterate(count=5)] == [sender.id]
    assert client.senders.list(count=5).items[0].name == "MYSHOP"
    with pytest.raises(ForbiddenError):  # not accepted by the operator yet
        client.campaigns.create("Bonjour", contacts=[phone(1)], sender_id="MYSHOP")
    sandbox.set_sender_status(api_key, "MYSHOP", "ACCEPTED")
    assert client.senders.get(sender.id).status == "ACCEPTED"
    campaign = client.campaigns.create("Bonjour", contacts=[phone(1)], sender_id="MYSHOP")
    assert [c.id for c in client.senders.campaigns(sender.id, count=5)] == [campaign.id]
    assert client.senders.archive(sender.id).archived is True
    assert client.senders.unarchive(sender.id).archived is False


def test_contacts_batches_paging_update_delete(client: MonSmsClient) -> None:
    rows = [{"phone": phone(i), "firstName": f"Awa {i}"} for i in range(23)]
    results = list(client.contacts.create_many(rows, batch_size=10))
    assert [(r.start, r.requested, r.created_count) for r in results] == [
        (0, 10, 10),
        (10, 10, 10),
        (20, 3, 3),
    ]
    created = [c for r in results for c in r.created]
    assert [c.phone for c in created] == [r["phone"] for r in rows]
    assert all(c.id and c.created_at for c in created)

    first = client.contacts.list(count=5, sort="asc", order_by="phone")
    assert [c.phone for c in first] == [phone(i) for i in range(5)]
    everyone = list(client.contacts.iterate(count=5))
    assert sorted(c.id for c in everyone) == sorted(c.id for c in created)

    (kone,) = client.contacts.create(
        [NewContact(phone(99), first_name="Moussa", sex="M", extra={"ville": "Bouaké"})]
    )
    assert (kone.first_name, kone.sex, kone.extra.get("ville")) == ("Moussa", "M", "Bouaké")
    updated = client.contacts.update(kone.id, last_name="Koné", name="Moussa Koné")
    assert (updated.first_name, updated.last_name, updated.name) == ("Moussa", "Koné", "Moussa Koné")
    assert client.contacts.get(kone.id).last_name == "Koné"

    assert client.contacts.delete_many([c.id for c in created[:3]] + [kone.id], batch_size=2) == 4
    assert len(list(client.contacts.iterate(count=5))) == 20
    with pytest.raises(NotFoundError):
        client.contacts.get(kone.id)


def test_groups(client: MonSmsClient) -> None:
    group = client.groups.create("Parents d'élèves", "CM2 B", contacts=[phone(1), {"phone": phone(2)}])
    assert (group.name, group.description) == ("Parents d'élèves", "CM2 B")
    existing = client.contacts.create([phone(3), phone(4)])
    other = client.groups.create("Enseignants", contacts=existing)  # stored contacts: sent with their id
    listed = {g.name: g.contact_count for g in client.groups.iterate(count=5)}
    assert listed == {"Parents d'élèves": 2, "Enseignants": 2}
    assert sorted(c.phone for c in client.groups.get(group.id).contacts) == [phone(1), phone(2)]

    renamed = client.groups.update(group.id, name="Parents CM2", contacts=[existing[0]])
    assert renamed.name == "Parents CM2"
    assert [c.phone for c in client.groups.get(group.id).contacts] == [phone(3)]
    client.groups.delete(other.id)
    with pytest.raises(NotFoundError):
        client.groups.get(other.id)
    assert [g.name for g in client.groups.list(count=5)] == ["Parents CM2"]
    assert len(client.contacts.list(count=10)) == 4  # members named by id were not created again


def test_campaigns_of_every_type(client: MonSmsClient, sandbox: SandboxControl, api_key: str) -> None:
    group = client.groups.create("Clients", contacts=[phone(5), phone(6)])
    sms = client.campaigns.create("Bonjour !", contacts=[{"phone": phone(1)}], name="Accueil")
    assert (sms.type, sms.contact_count, sms.credit_used) == ("SMS", 1, 1)
    assert sms.name is None and sms.status is None  # not in the vendor's model: optional everywhere
    flash = client.campaigns.create("Alerte", group_ids=[group.id], contacts=[phone(1)], type="FLASH")
    assert flash.contact_count == 3
    when = datetime.now(UTC) + timedelta(days=2)
    scheduled = client.campaigns.create("Rappel", contacts=[phone(2)], type="SCHEDULED", scheduled_date=when)
    assert scheduled.scheduled_date is not None and abs(scheduled.scheduled_date - when) < timedelta(
        seconds=1
    )
    weekly = Recurrence.weekly(time(8, 30), ("monday", "friday"))
    recurring = client.campaigns.create("Hebdo", contacts=[phone(3)], type="RECURRING", recurring=weekly)

    details = client.campaigns.get(recurring.id)
    assert details.recurring is not None and details.recurring.days() == {
        "monday": time(8, 30),
        "friday": time(8, 30),
    }
    assert details.recurring.campaign_id == recurring.id
    assert [c.phone for c in client.campaigns.get(sms.id).contacts] == [phone(1)]
    assert [g.id for g in client.campaigns.get(flash.id).groups] == [group.id]

    later = when + timedelta(days=1)
    moved = client.campaigns.update(scheduled.id, scheduled_date=later)
    assert moved.scheduled_date is not None and abs(moved.scheduled_date - later) < timedelta(seconds=1)
    client.campaigns.update(recurring.id, recurring=Recurrence.weekly("18:00", ("sunday",)))
    assert client.campaigns.get(recurring.id).recurring.days() == {"sunday": time(18, 0)}
    assert client.campaigns.toggle_enable(scheduled.id).is_enabled is False
    assert client.campaigns.toggle_enable(scheduled.id).is_enabled is True

    assert {c.id for c in client.campaigns.iterate(count=5)} == {sms.id, flash.id, scheduled.id, recurring.id}
    assert len(sandbox.outbox(api_key, sms.id)) == 1
    debits = [t for t in client.transactions.iterate(count=5) if t.type == "DEBITED"]
    assert {t.campaign_id for t in debits} >= {sms.id, flash.id}
    assert client.transactions.list(count=5).items[0].credit is not None


def test_templates_and_offers(client: MonSmsClient) -> None:
    template = client.templates.create("Bonjour {prenom}, votre commande est prête.")
    assert template.id and template.text.startswith("Bonjour")
    assert [t.id for t in client.templates.iterate(count=5)] == [template.id]
    client.templates.delete(template.id)
    assert client.templates.list(count=5).items == []
    offers = client.offers.list()
    assert {o.name for o in offers} == {"STARTER", "BRONZE", "FER", "OR", "DIAMANT", "VIP"}
    assert all(o.price and o.credit for o in offers)


def test_api_refusals_map_to_their_errors(sandbox: SandboxControl, base_url: str) -> None:
    stranger = MonSmsClient("sbx_no_such_key_0000000000000000", base_url)
    with stranger, pytest.raises(AuthenticationError) as caught:
        stranger.user.credit()
    assert "clé API" in caught.value.user_message("fr")

    poor = sandbox.create_account(credit=1)
    with MonSmsClient(poor, base_url) as client:
        with pytest.raises(ValidationError) as invalid:
            client.campaigns.create("Bonjour", contacts=["+225 07 07"])
        assert "contacts.0.phone" in invalid.value.field_errors
        with pytest.raises(InsufficientCreditError) as credit:
            client.campaigns.create("Bonjour", contacts=[phone(1), phone(2)])
        assert (credit.value.needed, credit.value.available) == (2, 1)
        with pytest.raises(NotFoundError):
            client.campaigns.get("cnothere000000000000000000")
        sandbox.block_account(poor)
        with pytest.raises(ForbiddenError):
            client.user.details()
