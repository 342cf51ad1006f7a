"""Campaigns: debit and refusal, senders, recipients, delivery over time, scheduling, recurrence."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sandbox_helpers import ApiCall, issues_of, wait_until

from monsms_core.compose import count_segments
from monsms_sandbox.control import SandboxControl

MOBILES = ["2250707000001", "2250505000002", "2250101000003"]


def _iso_in(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")


def _details(api: ApiCall, key: str, campaign_id: str) -> dict:
    answer = api(f"/campaign/{campaign_id}", key, id=campaign_id)
    assert answer["success"] is True, answer
    return answer["data"]


@pytest.mark.usefixtures("campaign_extras")
def test_debit_is_parts_times_distinct_recipients(api: ApiCall, api_key: str) -> None:
    group = api("/group/create", api_key, name="G", contacts=[{"phone": MOBILES[1]}, {"phone": MOBILES[2]}])
    text = "Promo " + "x" * 160  # two GSM-7 parts
    assert count_segments(text).segments == 2
    contacts = [{"phone": MOBILES[0]}, {"phone": MOBILES[1]}]  # MOBILES[1] is also in the group
    answer = api(
        "/campaign/create",
        api_key,
        text=text,
        contacts=contacts,
        groupsIds=[group["data"]["id"]],
        name="Soldes",
    )
    campaign = answer["data"]
    assert campaign["contactCount"] == 3 and campaign["creditUsed"] == 6
    assert campaign["_count"] == {"contacts": 2, "groups": 1}
    assert [g["name"] for g in campaign["groups"]] == ["G"]
    assert campaign["stats"]["total"] == 3
    assert api("/user/credit", api_key)["data"] == 10_000 - 6
    (debit,) = api("/transaction/list", api_key)["data"]
    assert (debit["type"], debit["status"], debit["credit"], debit["campainId"]) == (
        "DEBITED",
        "CHARGED",
        6,
        campaign["id"],
    )
    assert debit["price"] > 0


def test_unicode_text_costs_more_parts(api: ApiCall, api_key: str) -> None:
    text = "Fête des mères : coffrets cadeaux à 5 000 F chez Awa, réservez vite le vôtre !!"
    parts = count_segments(text).segments
    assert count_segments(text).encoding == "UCS-2" and parts == 2
    campaign = api("/campaign/create", api_key, text=text, contacts=[{"phone": MOBILES[0]}])["data"]
    assert campaign["creditUsed"] == parts


def test_insufficient_credit_is_refused_and_nothing_changes(api: ApiCall, sandbox: SandboxControl) -> None:
    key = sandbox.create_account(credit=2)
    answer = api("/campaign/create", key, text="Bonjour", contacts=[{"phone": p} for p in MOBILES])
    assert answer == {"success": False, "data": None, "error": "Insufficient credit: 3 needed, 2 available"}
    assert api("/user/credit", key)["data"] == 2
    assert api("/campaign/list", key)["data"] == []
    assert api("/transaction/list", key)["data"] == []
    assert sandbox.outbox(key) == []


def test_campaign_validation(api: ApiCall, api_key: str) -> None:
    assert issues_of(api("/campaign/create", api_key, contacts=[{"phone": MOBILES[0]}])) == {
        "text": "Required"
    }
    assert "contacts" in issues_of(api("/campaign/create", api_key, text="Bonjour"))
    assert "type" in issues_of(
        api("/campaign/create", api_key, text="x", contacts=[{"phone": MOBILES[0]}], type="MMS")
    )
    assert "contacts.0.phone" in issues_of(
        api("/campaign/create", api_key, text="x", contacts=[{"phone": "07"}])
    )
    empty = api("/group/create", api_key, name="Vide")["data"]
    assert "groupsIds" in issues_of(api("/campaign/create", api_key, text="x", groupsIds=[empty["id"]]))
    assert api("/campaign/create", api_key, text="x", groupsIds=["nope"])["error"] == "Not found"
    assert api("/user/credit", api_key)["data"] == 10_000


@pytest.mark.usefixtures("campaign_extras")
def test_sender_must_be_accepted(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    body = {"text": "Bonjour", "contacts": [{"phone": MOBILES[0]}]}
    assert api("/campaign/create", api_key, senderId="GHOST", **body)["error"] == "Not found"
    sender = api("/sender/create", api_key, name="MYSHOP", description="Boutique")["data"]
    assert api("/campaign/create", api_key, senderId="MYSHOP", **body)["error"] == "Forbidden"
    sandbox.set_sender_status(api_key, "MYSHOP", "ACCEPTED")
    campaign = api("/campaign/create", api_key, senderId="MYSHOP", **body)["data"]
    # As the Dart SDK reads it: `sender` is the object, `senderId` its row id (not the name).
    assert campaign["senderId"] == sender["id"]
    assert campaign["sender"]["id"] == sender["id"] and campaign["sender"]["name"] == "MYSHOP"
    by_sender = api(f"/sender/{sender['id']}/campaign", api_key, senderId=sender["id"])["data"]
    assert [c["id"] for c in by_sender] == [campaign["id"]]
    api(f"/sender/{sender['id']}/update", api_key, archived=True)
    assert api("/campaign/create", api_key, senderId="MYSHOP", **body)["error"] == "Forbidden"
    assert api("/user/credit", api_key)["data"] == 10_000 - 1


@pytest.mark.usefixtures("campaign_extras")
def test_delivery_progresses_to_the_end(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    sandbox.config(delivery_seconds=60, failure_rate=0.0)
    slow = api("/campaign/create", api_key, text="Lent", contacts=[{"phone": MOBILES[0]}])["data"]
    assert slow["status"] == "PENDING" and slow["stats"]["pending"] == 1
    sandbox.config(delivery_seconds=0.3)
    contacts = [{"phone": p} for p in [*MOBILES, "22500000000"]]  # the last is an old 8-digit number
    campaign = api("/campaign/create", api_key, text="Bonjour !", contacts=contacts)["data"]
    wait_until(lambda: _details(api, api_key, campaign["id"])["stats"]["pending"] == 0)
    done = _details(api, api_key, campaign["id"])
    assert done["stats"] == {"total": 4, "sent": 3, "failed": 1, "pending": 0}
    assert done["status"] == "SENT"
    outbox = {m["phone"]: m for m in sandbox.outbox(api_key, campaign["id"])}
    assert outbox["22500000000"]["status"] == "FAILED"
    assert outbox["22500000000"]["failureReason"] == "invalid_number"
    assert all(m["deliveredAt"] and m["parts"] == 1 and m["text"] == "Bonjour !" for m in outbox.values())
    listed = {c["id"]: c for c in api("/campaign/list", api_key)["data"]}
    assert listed[campaign["id"]]["status"] == "SENT"
    assert listed[slow["id"]]["status"] == "PENDING"


@pytest.mark.usefixtures("campaign_extras")
def test_all_failed_campaign_is_failed(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    sandbox.config(delivery_seconds=0.1, failure_rate=1.0)
    campaign = api("/campaign/create", api_key, text="x", contacts=[{"phone": p} for p in MOBILES])["data"]
    wait_until(lambda: _details(api, api_key, campaign["id"])["status"] != "PENDING")
    assert _details(api, api_key, campaign["id"])["status"] == "FAILED"
    reasons = {m["failureReason"] for m in sandbox.outbox(api_key, campaign["id"])}
    assert reasons == {"operator_rejected"}


def test_failures_are_deterministic_and_near_the_rate(
    api: ApiCall, sandbox: SandboxControl, api_key: str
) -> None:
    sandbox.config(delivery_seconds=0.0, failure_rate=0.2)
    contacts = [{"phone": f"22507{i:08d}"} for i in range(300)]
    campaign = api("/campaign/create", api_key, text="x", contacts=contacts)["data"]
    failed = [m for m in sandbox.outbox(api_key, campaign["id"]) if m["status"] == "FAILED"]
    assert 30 <= len(failed) <= 90


@pytest.mark.usefixtures("campaign_extras")
def test_scheduled_campaign_waits_for_its_date(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    sandbox.config(delivery_seconds=0.2, failure_rate=0.0)
    when = _iso_in(1.0)
    campaign = api(
        "/campaign/create",
        api_key,
        text="Plus tard",
        type="SCHEDULED",
        scheduledDate=when,
        contacts=[{"phone": MOBILES[0]}],
    )["data"]
    assert campaign["status"] == "PENDING" and campaign["scheduledDate"] is not None
    assert api("/user/credit", api_key)["data"] == 10_000 - 1  # paid at creation
    wait_until(lambda: _details(api, api_key, campaign["id"])["status"] == "SENT")
    (message,) = sandbox.outbox(api_key, campaign["id"])
    delivered = datetime.fromisoformat(message["deliveredAt"].replace("Z", "+00:00"))
    assert delivered >= datetime.fromisoformat(when.replace("Z", "+00:00"))
    # Too late to move it now.
    assert (
        api(f"/campaign/{campaign['id']}/update", api_key, scheduledDate=_iso_in(3600))["error"]
        == "Forbidden"
    )


@pytest.mark.usefixtures("campaign_extras")
def test_schedule_update_and_validation(api: ApiCall, api_key: str) -> None:
    base = {"text": "x", "contacts": [{"phone": MOBILES[0]}], "type": "SCHEDULED"}
    assert issues_of(api("/campaign/create", api_key, **base)) == {"scheduledDate": "Required"}
    assert "scheduledDate" in issues_of(api("/campaign/create", api_key, scheduledDate=_iso_in(-60), **base))
    assert "scheduledDate" in issues_of(api("/campaign/create", api_key, scheduledDate="demain", **base))
    campaign = api("/campaign/create", api_key, scheduledDate=_iso_in(3600), **base)["data"]
    later = _iso_in(7200)
    moved = api(f"/campaign/{campaign['id']}/update", api_key, id=campaign["id"], scheduledDate=later)["data"]
    assert moved["scheduledDate"][:19] == later[:19]
    assert moved["status"] == "PENDING"
    sms = api("/campaign/create", api_key, text="x", contacts=[{"phone": MOBILES[0]}])["data"]
    assert api(f"/campaign/{sms['id']}/update", api_key, scheduledDate=later)["error"] == "Forbidden"


@pytest.mark.usefixtures("campaign_extras")
def test_disabled_scheduled_campaign_does_not_deliver(
    api: ApiCall, sandbox: SandboxControl, api_key: str
) -> None:
    sandbox.config(delivery_seconds=0.1, failure_rate=0.0)
    due = time.time() + 0.5
    campaign = api(
        "/campaign/create",
        api_key,
        text="x",
        type="SCHEDULED",
        contacts=[{"phone": MOBILES[0]}],
        scheduledDate=_iso_in(0.5),
    )["data"]
    toggled = api(f"/campaign/{campaign['id']}/toggle-enable", api_key, id=campaign["id"])["data"]
    assert toggled["isEnabled"] is False
    wait_until(lambda: time.time() > due + 0.5)
    assert _details(api, api_key, campaign["id"])["status"] == "PENDING"
    enabled = api(f"/campaign/{campaign['id']}/toggle-enable", api_key, id=campaign["id"])["data"]
    assert enabled["isEnabled"] is True
    wait_until(lambda: _details(api, api_key, campaign["id"])["status"] == "SENT")


@pytest.mark.usefixtures("campaign_extras")
def test_recurring_campaign(api: ApiCall, api_key: str) -> None:
    base = {"text": "Point du lundi", "contacts": [{"phone": MOBILES[0]}], "type": "RECURRING"}
    assert "recurring" in issues_of(api("/campaign/create", api_key, **base))
    assert "recurring" in issues_of(api("/campaign/create", api_key, recurring={"enabled": True}, **base))
    assert "recurring.monday" in issues_of(
        api("/campaign/create", api_key, recurring={"monday": "25:99"}, **base)
    )
    # Dart sends full ISO date-times; older clients "HH:MM": both accepted, answered as date-times.
    spec = {"enabled": True, "monday": "2024-01-01T08:00:00.000Z", "friday": "17:30"}
    campaign = api("/campaign/create", api_key, recurring=spec, **base)["data"]
    recurring = campaign["recurring"]
    assert recurring["monday"] == "2024-01-01T08:00:00.000Z" and recurring["sunday"] is None
    assert recurring["friday"] == "1970-01-01T17:30:00.000Z"
    assert recurring["campaignId"] == campaign["id"] and recurring["id"]
    assert campaign["status"] == "PENDING" and campaign["creditUsed"] == 1
    updated = api(
        f"/campaign/{campaign['id']}/update", api_key, recurring={"enabled": True, "sunday": "10:00"}
    )
    assert (
        updated["data"]["recurring"]["sunday"] == "1970-01-01T10:00:00.000Z"
        and updated["data"]["recurring"]["monday"] is None
    )
    assert api("/user/credit", api_key)["data"] == 10_000 - 1


def test_campaign_list_params(api: ApiCall, api_key: str) -> None:
    for kind in ("SMS", "FLASH", "SMS"):
        api("/campaign/create", api_key, text=kind, type=kind, contacts=[{"phone": MOBILES[0]}])
    by_type = api("/campaign/list", api_key, orderBy="type", sort="asc")["data"]
    assert [c["type"] for c in by_type] == ["FLASH", "SMS", "SMS"]
    assert "orderBy" in issues_of(api("/campaign/list", api_key, orderBy="name"))
    assert api("/campaign/nope", api_key)["error"] == "Not found"
