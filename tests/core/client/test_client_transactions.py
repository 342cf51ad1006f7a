"""Buying credit through the client against the sandbox (real HTTP): create, check, list with paging,
every failure kind of a wallet, and the exactly-once rule of a purchase (a create is never retried)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import (
    ConnectionFailedError,
    InvalidResponseError,
    NotFoundError,
    OutcomeUnknownError,
    RequestTimeoutError,
    ServerError,
    ValidationError,
)
from monsms_core.client.models import Transaction
from monsms_sandbox.control import SandboxControl

READ_TIMEOUT = 0.4
FAULT_SECONDS = 1.5
LOST_ANSWER = {
    "timeout": RequestTimeoutError,
    "drop": ConnectionFailedError,
    "http_500": InvalidResponseError,
    "html": InvalidResponseError,
    "success_false": ServerError,
}
PAYER = "2250707123456"


@pytest.fixture
def client(sandbox: SandboxControl, api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    sandbox.config(rate_limit_per_second=10_000, payment_seconds=0)
    with MonSmsClient(api_key, base_url, timeout=(2.0, READ_TIMEOUT), max_retries=3, backoff_base=0.01) as c:
        yield c


def starter_id(client: MonSmsClient) -> str:
    (starter,) = [offer for offer in client.offers.list() if offer.name == "STARTER"]
    assert starter.id is not None and starter.credit == 500
    return starter.id


def requests_to(sandbox: SandboxControl, path: str) -> int:
    return int(sandbox.stats()["requests"].get(path, 0))


def test_a_purchase_opens_pending_with_a_token_and_charges_on_check(
    client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    sandbox.config(payment_seconds=3600)
    before = client.user.credit()
    created = client.transactions.create(starter_id(client), "MTN_CI", phone="+" + PAYER)
    assert created.status == "PENDING" and created.type == "RECHARGED" and not created.settled
    assert created.payment_token and created.credit == 500 and created.price == 12_500
    assert created.payment_method == "MTN_CI" and created.offer_id == starter_id(client)
    assert "payment_token" not in repr(created)
    assert client.transactions.check(str(created.id)).status == "PENDING"
    assert client.user.credit() == before
    sandbox.settle_payment(api_key, str(created.id), "CHARGED")  # the payer approved on the phone
    checked = client.transactions.check(str(created.id))
    assert checked.status == "CHARGED" and checked.settled
    assert client.user.credit() == before + 500


def test_credit_is_added_once_however_often_check_is_called(client: MonSmsClient) -> None:
    before = client.user.credit()
    created = client.transactions.create(starter_id(client), "WAVE_CI", phone=PAYER)
    statuses = {client.transactions.check(str(created.id)).status for _ in range(5)}
    assert statuses == {"CHARGED"}
    assert client.user.credit() == before + 500
    (listed,) = [t for t in client.transactions.iterate(count=5) if t.id == created.id]
    assert listed.status == "CHARGED" and listed.credit == 500


@pytest.mark.parametrize(
    ("method", "phone", "otp", "reason"),
    [
        ("MOOV_CI", "2250700000001", None, "PAYMENT_REFUSED"),
        ("MTN_CI", "2250700000002", None, "INSUFFICIENT_FUNDS"),
        ("OM_CI", PAYER, "1111", "PAYMENT_REFUSED"),
        ("OM_CI", PAYER, "2222", "INSUFFICIENT_FUNDS"),
    ],
)
def test_a_refusing_wallet_fails_the_payment_without_credit(
    client: MonSmsClient, method: str, phone: str, otp: str | None, reason: str
) -> None:
    before = client.user.credit()
    created = client.transactions.create(starter_id(client), method, phone=phone, otp=otp)  # type: ignore[arg-type]
    checked = client.transactions.check(str(created.id))
    assert checked.status == "FAILED" and checked.failure_reason == reason
    assert client.user.credit() == before


def test_a_silent_wallet_stays_pending_until_the_control_api_decides(
    client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    before = client.user.credit()
    created = client.transactions.create(starter_id(client), "OM_CI", phone=PAYER, otp="3333")
    assert client.transactions.check(str(created.id)).status == "PENDING"
    sandbox.settle_payment(api_key, str(created.id), "CHARGED")
    assert client.transactions.check(str(created.id)).status == "CHARGED"
    assert client.user.credit() == before + 500


def test_unknown_offer_and_method_are_refused_naming_the_field(client: MonSmsClient) -> None:
    with pytest.raises(ValidationError) as caught:
        client.transactions.create("offer_gold", "WAVE_CI")
    assert list(caught.value.field_errors) == ["offerId"]
    with pytest.raises(ValidationError) as caught:
        client.transactions._write(  # the client refuses an unknown method itself: go round it
            "/transaction/create", {"offerId": starter_id(client), "paymentMethod": "PAYPAL"}, "create"
        )
    assert list(caught.value.field_errors) == ["paymentMethod"]
    with pytest.raises(ValueError):
        client.transactions.create(starter_id(client), "PAYPAL")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        client.transactions.check("c0000000000000000000000000")


@pytest.mark.parametrize("phase", ["after", "before"])
@pytest.mark.parametrize("kind", list(LOST_ANSWER))
def test_a_purchase_is_never_sent_twice(
    client: MonSmsClient, sandbox: SandboxControl, kind: str, phase: str
) -> None:
    offer_id = starter_id(client)
    sandbox.add_fault(kind, count=1, path="/transaction/create", phase=phase, seconds=FAULT_SECONDS)
    with pytest.raises(OutcomeUnknownError) as caught:
        client.transactions.create(offer_id, "WAVE_CI", phone=PAYER)
    assert caught.value.operation == "transactions.create"
    assert isinstance(caught.value.cause, LOST_ANSWER[kind])
    assert requests_to(sandbox, "/transaction/create") == 1
    purchases = [t for t in client.transactions.iterate(count=5) if t.type == "RECHARGED"]
    assert len(purchases) == (1 if phase == "after" else 0)


def test_check_is_a_read_and_is_retried(client: MonSmsClient, sandbox: SandboxControl) -> None:
    created = client.transactions.create(starter_id(client), "WAVE_CI", phone=PAYER)
    sandbox.add_fault("drop", count=2, path=f"/transaction/{created.id}/check")
    assert client.transactions.check(str(created.id)).status == "CHARGED"
    assert requests_to(sandbox, f"/transaction/{created.id}/check") == 3


def test_listing_reads_until_an_empty_page(
    client: MonSmsClient, sandbox: SandboxControl, seeded_api_key: str, base_url: str
) -> None:
    sandbox.config(page_size_cap=5)
    with MonSmsClient(seeded_api_key, base_url) as seeded:
        everything = list(seeded.transactions.iterate(count=20))
        assert len({t.id for t in everything}) == len(everything) > 10
        assert {t.type for t in everything} == {"RECHARGED", "DEBITED"}
        assert any(t.campaign_id for t in everything if t.type == "DEBITED")  # read from campainId
        first = seeded.transactions.list(count=5)
        assert [t.id for t in first] == [t.id for t in everything[:5]]


def test_the_model_is_tolerant() -> None:
    sparse = Transaction.from_api({"id": "t1", "campaignId": "c1", "status": "FAILED", "reason": "X"})
    assert sparse.campaign_id == "c1" and sparse.failure_reason == "X" and sparse.credit is None
    wave = Transaction.from_api({"id": "t2", "token": "https://pay.example/c/abc", "status": "PENDING"})
    assert wave.payment_url == "https://pay.example/c/abc" and not wave.settled
    assert Transaction.from_api(None).id is None
