"""Mobile-money purchases in the sandbox, over raw HTTP: validation like zod's, PENDING with a token,
settling once after the configured delay or on demand, documented failing wallets, the ledger."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import requests
from sandbox_helpers import ApiCall, issues_of

from monsms_sandbox.control import SandboxControl, SandboxControlError
from monsms_sandbox.server import SandboxServer

PAYER = "2250707123456"


def test_validation_names_the_offending_fields(api: ApiCall, api_key: str) -> None:
    assert set(issues_of(api("/transaction/create", api_key))) == {"offerId", "paymentMethod"}
    unknown = issues_of(api("/transaction/create", api_key, offerId="offer_gold", paymentMethod="WAVE_CI"))
    assert list(unknown) == ["offerId"] and "offer_gold" in unknown["offerId"]
    method = issues_of(api("/transaction/create", api_key, offerId="offer_starter", paymentMethod="CASH"))
    assert list(method) == ["paymentMethod"] and "Invalid enum value" in method["paymentMethod"]
    bad = api(
        "/transaction/create", api_key, offerId="offer_starter", paymentMethod="OM_CI", otp="12", phone="+1"
    )
    assert set(issues_of(bad)) == {"otp", "phone"}
    assert (
        api("/transaction/create", None, offerId="offer_starter", paymentMethod="OM_CI")["success"] is False
    )


def test_a_purchase_is_pending_then_charged_once(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    sandbox.config(payment_seconds=3600)
    created = api("/transaction/create", api_key, offerId="offer_bronze", paymentMethod="MTN_CI", phone=PAYER)
    assert created["success"], created
    purchase = created["data"]
    assert purchase["status"] == "PENDING" and purchase["type"] == "RECHARGED" and purchase["token"]
    assert (
        purchase["credit"] == 2_000 and purchase["price"] == 44_000 and purchase["offerId"] == "offer_bronze"
    )
    path = f"/transaction/{purchase['id']}/check"
    assert api(path, api_key)["data"]["status"] == "PENDING"  # the Dart SDK sends no id in the body
    assert api("/user/credit", api_key)["data"] == 10_000
    settled = sandbox.settle_payment(api_key, purchase["id"], "CHARGED")
    assert settled["status"] == "CHARGED"
    for _ in range(3):
        assert api(path, api_key, id=purchase["id"])["data"]["status"] == "CHARGED"
    assert api("/user/credit", api_key)["data"] == 12_000
    with pytest.raises(SandboxControlError):
        sandbox.settle_payment(api_key, purchase["id"], "FAILED")  # no longer pending
    assert api("/user/credit", api_key)["data"] == 12_000
    ledger = api("/transaction/list", api_key)["data"]
    assert [(t["id"], t["status"]) for t in ledger] == [(purchase["id"], "CHARGED")]


def test_the_delay_settles_it_at_the_next_call(api: ApiCall, sandbox: SandboxControl, api_key: str) -> None:
    assert sandbox.config(payment_seconds=0)["paymentSeconds"] == 0
    api("/transaction/create", api_key, offerId="offer_starter", paymentMethod="WAVE_CI")
    assert api("/user/credit", api_key)["data"] == 10_500  # no check needed: the wallet answered
    (purchase,) = api("/transaction/list", api_key)["data"]
    assert purchase["status"] == "CHARGED"


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        ({"paymentMethod": "MOOV_CI", "phone": "2250700000001"}, "FAILED", "PAYMENT_REFUSED"),
        ({"paymentMethod": "WAVE_CI", "phone": "2250700000002"}, "FAILED", "INSUFFICIENT_FUNDS"),
        ({"paymentMethod": "MTN_CI", "phone": "2250700000003"}, "PENDING", None),
        ({"paymentMethod": "OM_CI", "phone": PAYER, "otp": "1111"}, "FAILED", "PAYMENT_REFUSED"),
        ({"paymentMethod": "OM_CI", "phone": PAYER, "otp": "2222"}, "FAILED", "INSUFFICIENT_FUNDS"),
        ({"paymentMethod": "OM_CI", "phone": PAYER, "otp": "3333"}, "PENDING", None),
    ],
)
def test_documented_wallets_fail_like_real_ones(
    api: ApiCall, sandbox: SandboxControl, api_key: str, body: dict[str, str], status: str, reason: str | None
) -> None:
    sandbox.config(payment_seconds=0)
    purchase = api("/transaction/create", api_key, offerId="offer_starter", **body)["data"]
    checked = api(f"/transaction/{purchase['id']}/check", api_key)["data"]
    assert checked["status"] == status and checked.get("failureReason") == reason
    assert api("/user/credit", api_key)["data"] == 10_000
    if status == "PENDING":  # never answers: only the control API decides
        failed = sandbox.settle_payment(api_key, purchase["id"], "FAILED", reason="TIMEOUT")
        assert failed["status"] == "FAILED" and failed["failureReason"] == "TIMEOUT"


def test_a_wave_purchase_is_approved_by_opening_its_checkout_link(
    api: ApiCall, sandbox: SandboxControl, api_key: str
) -> None:
    sandbox.config(payment_seconds=3600)
    purchase = api("/transaction/create", api_key, offerId="offer_starter", paymentMethod="WAVE_CI")["data"]
    link = purchase["token"]
    assert link.startswith("http://127.0.0.1:") and "/_sandbox/wave/pay_" in link
    page = requests.get(link, timeout=10)
    assert page.status_code == 200 and "approuvé" in page.text
    assert api(f"/transaction/{purchase['id']}/check", api_key)["data"]["status"] == "CHARGED"
    assert requests.get(link, timeout=10).status_code == 200  # opened again: nothing more happens
    assert api("/user/credit", api_key)["data"] == 10_500
    refused = api(
        "/transaction/create",
        api_key,
        offerId="offer_starter",
        paymentMethod="WAVE_CI",
        phone="2250700000001",
    )["data"]
    assert "refusé" in requests.get(refused["token"], timeout=10).text
    assert api(f"/transaction/{refused['id']}/check", api_key)["data"]["status"] == "FAILED"
    assert requests.get(link.rsplit("/", 1)[0] + "/pay_nope", timeout=10).status_code == 404
    other = api("/transaction/create", api_key, offerId="offer_starter", paymentMethod="MTN_CI")["data"]
    assert not other["token"].startswith("http")


def test_the_demo_account_has_past_recharges_and_debits(api: ApiCall, seeded_api_key: str) -> None:
    ledger = api("/transaction/list", seeded_api_key, count=100)["data"]
    recharges = [t for t in ledger if t["type"] == "RECHARGED"]
    assert len(recharges) >= 3 and all(t["offerId"] and t["paymentMethod"] for t in recharges)
    assert any(t["type"] == "DEBITED" and t["campainId"] for t in ledger)


def test_an_older_sandbox_file_gains_the_payment_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE transactions (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, type TEXT NOT NULL,"
            " status TEXT NOT NULL, credit INTEGER NOT NULL, price INTEGER NOT NULL, campaign_id TEXT,"
            " offer_name TEXT, payment_method TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL)"
        )
    with SandboxServer(path, port=0) as server:
        key = server.create_account(credit=0)
        control = SandboxControl(server.root_url)
        control.config(payment_seconds=0)
        control.close()
        answer = requests.post(
            server.base_url + "/transaction/create",
            json={"apiKey": key, "offerId": "offer_starter", "paymentMethod": "WAVE_CI"},
            timeout=10,
        ).json()
        assert answer["success"], answer
        credit = requests.post(server.base_url + "/user/credit", json={"apiKey": key}, timeout=10).json()
        assert credit["data"] == 500
