"""Issue 15, point by point: the client speaks the vendor's current (Dart) SDK forms, over real HTTP
against the sandbox, which answers in the SDK's shapes by default (see monsms_sandbox/shapes.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import time

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import NotFoundError, ValidationError
from monsms_core.client.models import Recurrence, Transaction, UserDetails
from monsms_core.contacts.index import build_index
from monsms_sandbox.control import SandboxControl


@pytest.fixture
def client(sandbox: SandboxControl, api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    sandbox.config(rate_limit_per_second=10_000)
    with MonSmsClient(api_key, base_url, backoff_base=0.01) as opened:
        yield opened


def phone(i: int) -> str:
    return f"225070{i:07d}"


def test_1_recurring_days_travel_as_iso_date_times_and_read_back_as_times(client: MonSmsClient) -> None:
    weekly = Recurrence.weekly(time(8, 30), ("monday", "friday"))
    assert weekly.to_api()["monday"] == "2024-01-01T08:30:00.000Z"  # each date falls on its weekday
    assert weekly.to_api()["friday"] == "2024-01-05T08:30:00.000Z" and weekly.to_api()["sunday"] is None
    campaign = client.campaigns.create("Hebdo", contacts=[phone(1)], type="RECURRING", recurring=weekly)
    raw = client.read_raw(f"/campaign/{campaign.id}", {"id": campaign.id})
    assert raw["recurring"]["monday"] == "2024-01-01T08:30:00.000Z"  # the SDK's form, as stored
    details = client.campaigns.get(campaign.id)
    assert details.recurring is not None
    assert details.recurring.days() == {"monday": time(8, 30), "friday": time(8, 30)}
    client.campaigns.update(campaign.id, recurring=Recurrence.weekly("18:00", ("sunday",)))
    assert client.campaigns.get(campaign.id).recurring.days() == {"sunday": time(18, 0)}


def test_1_every_recurring_form_either_sdk_shows_is_read() -> None:
    read = Recurrence.from_api(
        {"monday": "08:00", "tuesday": "2024-01-02T09:15:00.000", "wednesday": "2024-01-03T10:00:00+01:00",
         "thursday": "1970-01-01T07:45:00.000Z", "friday": "n'importe quoi", "id": "r1", "campaignId": "c1"}
    )  # fmt: skip
    assert read.days() == {
        "monday": time(8),
        "tuesday": time(9, 15),
        "wednesday": time(9),
        "thursday": time(7, 45),
    }
    assert (read.id, read.campaign_id) == ("r1", "c1")


def test_2_group_members_are_contact_objects_and_existing_ones_are_not_duplicated(
    client: MonSmsClient,
) -> None:
    stored = client.contacts.create([phone(1), phone(2)])
    group = client.groups.create("Parents", contacts=stored)
    raw = client.read_raw(f"/group/{group.id}", {"id": group.id})
    assert sorted(c["id"] for c in raw["contacts"]) == sorted(c.id for c in stored)
    client.groups.update(group.id, name="Parents", contacts=[*stored, phone(3)])
    assert sorted(c.phone for c in client.groups.get(group.id).contacts) == [phone(1), phone(2), phone(3)]
    assert len(list(client.contacts.iterate())) == 3


def test_3_details_carry_a_sender_object_and_sender_id_is_an_id(
    client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    sender = client.senders.create("MYSHOP", "Boutique")
    sandbox.set_sender_status(api_key, "MYSHOP", "ACCEPTED")
    campaign = client.campaigns.create("Bonjour", contacts=[phone(1)], sender_id="MYSHOP")  # create: the name
    assert campaign.sender_id == sender.id
    details = client.campaigns.get(campaign.id)
    assert (details.sender_id, details.sender_name) == (sender.id, "MYSHOP")


def test_4_a_string_zod_error_becomes_field_errors(client: MonSmsClient) -> None:
    with pytest.raises(ValidationError) as refused:
        client.contacts.create([phone(1), "12", {"phone": phone(2), "sex": "X"}])
    assert set(refused.value.field_errors) == {"contacts.1.phone", "contacts.2.sex"}
    assert "contacts.1.phone" in refused.value.user_message("en")


def test_5_a_seven_page_contact_list_with_a_100_item_cap_is_read_whole(
    client: MonSmsClient, sandbox: SandboxControl
) -> None:
    assert sandbox.config()["pageSizeCap"] == 100
    total = 650  # 7 pages of at most 100
    for start in range(0, total, 250):
        client.contacts.create([phone(i) for i in range(start, min(total, start + 250))])
    before = sandbox.stats()["requests"].get("/contact/list", 0)
    assert len({c.id for c in client.contacts.iterate(count=1000)}) == total
    # 1 page of 1000 (capped to 100), then pages of 100 up to the 7th, then the empty 8th.
    assert sandbox.stats()["requests"]["/contact/list"] - before == 8
    assert len(build_index(client).frame) == total  # the importer's duplicate check sees every contact
    sandbox.config(page_size_cap=7)  # a stranger cap, below the 500 asked: still every contact
    assert len({c.id for c in client.contacts.iterate(count=500)}) == total


def test_6_campaign_list_falls_back_to_each_sender_and_remembers_it(
    client: MonSmsClient, sandbox: SandboxControl, api_key: str, base_url: str
) -> None:
    for name in ("AWASHOP", "PROMO"):
        client.senders.create(name, "Boutique")
        sandbox.set_sender_status(api_key, name, "ACCEPTED")
    made = [client.campaigns.create(f"Texte {i}", contacts=[phone(i)], sender_id=("AWASHOP", "PROMO")[i % 2])
            for i in range(7)]  # fmt: skip
    sandbox.config(missing_routes=["/campaign/list"])
    assert [c.id for c in client.campaigns.iterate(count=5)] == [c.id for c in reversed(made)]  # newest first
    assert client.path_choices == {"campaigns.list": "per-sender"}
    assert [c.id for c in client.campaigns.list(page=2, count=5).items] == [made[1].id, made[0].id]
    calls = sandbox.stats()["requests"].get("/campaign/list", 0)
    list(client.campaigns.iterate())
    assert sandbox.stats()["requests"].get("/campaign/list", 0) == calls  # remembered: not asked again
    with MonSmsClient(api_key, base_url) as other:  # remembered on the instance, not in the module
        assert other.path_choices == {}


def test_6_template_delete_falls_back_to_the_path_form(client: MonSmsClient, sandbox: SandboxControl) -> None:
    sandbox.config(missing_routes=["/template/delete"])
    first, second = client.templates.create("Un"), client.templates.create("Deux")
    client.templates.delete(first.id)
    client.templates.delete(second.id)
    requests = sandbox.stats()["requests"]
    assert requests.get("/template/delete") == 1  # tried once, then the remembered form only
    assert client.path_choices == {"templates.delete": "path-id"}
    assert client.templates.list().items == []
    with pytest.raises(NotFoundError):
        client.templates.delete(first.id)


def test_7_account_secrets_are_dropped_at_parse_time(
    client: MonSmsClient, api_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    raw = client.read_raw("/user/details")
    assert {"apiKey", "password", "token"} <= raw.keys()  # the sandbox sends them, as the API does
    details = client.user.details()
    shown = repr(details) + str(details.extra)
    for secret in (raw["apiKey"], raw["password"], raw["token"]):
        assert secret not in shown and secret not in caplog.text
    assert not {"apiKey", "password", "token"} & details.extra.keys()
    assert UserDetails.from_api({"ApiKey": "x", "TOKEN": "y", "fullName": "A"}).extra == {}


def test_8_transactions_name_their_campaign_campain_id(client: MonSmsClient) -> None:
    campaign = client.campaigns.create("Bonjour", contacts=[phone(1)])
    (debit,) = [t for t in client.transactions.iterate() if t.type == "DEBITED"]
    assert "campainId" in client.read_raw("/transaction/list", {"count": 5})[0]
    assert debit.campaign_id == campaign.id
    assert Transaction.from_api({"campaignId": "a", "campainId": "b"}).campaign_id == "a"
