"""Buying credit exactly once, against the sandbox over HTTP and a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest

from monsms_core.accounts import SENDERS_MAY_BUY_KEY
from monsms_core.client import MonSmsClient
from monsms_core.payments import (
    PaymentError,
    PurchaseRequest,
    abandon,
    follow,
    packs_from_offers,
    purchase_progress,
    smallest_covering,
    start_purchase,
)
from monsms_core.payments.packs import Pack
from monsms_core.store import Store
from monsms_core.store.db import now_utc
from monsms_sandbox.control import SandboxControl

PAYER = "07 07 12 34 56"


@pytest.fixture
def client(sandbox: SandboxControl, api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    sandbox.config(rate_limit_per_second=10_000, payment_seconds=0)
    with MonSmsClient(api_key, base_url, timeout=(1.0, 0.5), max_retries=0) as opened:
        yield opened


def starter(client: MonSmsClient) -> Pack:
    return packs_from_offers(client.offers.list())[0]


def request(
    client: MonSmsClient, method: str = "WAVE_CI", code: str | None = None, **kw: str
) -> PurchaseRequest:
    return PurchaseRequest(
        starter(client), method, kw.get("payer", PAYER), code, kw.get("key", uuid.uuid4().hex), kw.get("back")
    )


def processed(sandbox: SandboxControl) -> int:
    return int(sandbox.stats()["processed"].get("/transaction/create", 0))


def actions(store: Store) -> list[str]:
    return [entry.action for entry in reversed(store.audit.list()) if entry.action.startswith("payment.")]


def test_a_purchase_is_recorded_paid_once_and_audited(store: Store, client: MonSmsClient) -> None:
    before = client.user.credit()
    record = start_purchase(store, client, request(client, back="abc"), actor="awa", role="admin")
    assert record.status == "pending" and record.transaction_id and record.payer_phone == "2250707123456"
    assert record.return_to == "abc" and record.credits == 500 and record.price == 12_500
    assert record.payment_url is not None and "/_sandbox/wave/" in record.payment_url  # the Wave link
    assert store.credit_purchases.open_purchase() == record
    done = follow(store, client, record.id, actor="awa")
    assert done.status == "charged" and done.settled_at is not None
    assert follow(store, client, record.id, actor="awa") == done  # settled: nothing more happens
    assert client.user.credit() == before + 500
    assert store.credit_purchases.open_purchase() is None
    assert actions(store) == ["payment.attempted", "payment.created", "payment.charged"]
    assert purchase_progress(done).user_message("fr") == "Paiement confirmé : 500 SMS ajoutés à votre crédit."


def test_a_double_click_never_makes_two_payments(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.config(payment_seconds=3600)
    first = start_purchase(store, client, request(client, key="k" * 32), actor="awa", role="admin")
    again = start_purchase(store, client, request(client, key="k" * 32), actor="awa", role="admin")
    other_tab = start_purchase(store, client, request(client, method="MTN_CI"), actor="ali", role="admin")
    assert again == first and other_tab.id == first.id
    assert processed(sandbox) == 1
    assert actions(store) == ["payment.attempted", "payment.created"]


def test_a_refused_orange_money_code_fails_with_a_sentence_and_no_credit(
    store: Store, client: MonSmsClient
) -> None:
    before = client.user.credit()
    record = start_purchase(store, client, request(client, "OM_CI", code="1111"), actor="awa", role="admin")
    failed = follow(store, client, record.id, actor="awa")
    assert failed.status == "failed" and failed.failure_reason == "PAYMENT_REFUSED"
    sentence = purchase_progress(failed).user_message("fr")
    assert sentence.startswith("Le paiement a été refusé") and sentence.count(".") <= 1
    assert client.user.credit() == before
    assert actions(store)[-1] == "payment.failed"
    # the slot is free again: buying with the right code works
    retry = start_purchase(store, client, request(client, "OM_CI", code="4321"), actor="awa", role="admin")
    assert follow(store, client, retry.id, actor="awa").status == "charged"


def test_inputs_are_checked_before_anything_is_recorded(store: Store, client: MonSmsClient) -> None:
    for bad, code in ((request(client, payer="12"), "bad_payer"), (request(client, "OM_CI"), "bad_code")):
        with pytest.raises(PaymentError) as caught:
            start_purchase(store, client, bad, actor="awa", role="admin")
        assert caught.value.code == code
    assert store.credit_purchases.recent() == []


def test_who_may_buy_is_a_role_capability_and_a_setting(store: Store, client: MonSmsClient) -> None:
    for role in ("sender", "reviewer", "viewer"):
        with pytest.raises(PaymentError) as caught:
            start_purchase(store, client, request(client), actor="sam", role=role)
        assert caught.value.code == "not_allowed" and "administrateur" in caught.value.user_message("fr")
    store.app_settings.set(SENDERS_MAY_BUY_KEY, True, actor="admin")
    assert start_purchase(store, client, request(client), actor="sam", role="sender").status == "pending"
    with pytest.raises(PaymentError):
        start_purchase(store, client, request(client), actor="val", role="viewer")


def test_a_lost_answer_is_reconciled_not_paid_again(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("drop", count=1, path="/transaction/create", phase="after")
    record = start_purchase(store, client, request(client), actor="awa", role="admin")
    assert record.status == "unknown" and record.transaction_id is None
    assert purchase_progress(record).code == "checking"
    found = follow(store, client, record.id, actor="awa")
    assert found.status == "charged" and found.transaction_id  # found in transaction/list, then checked
    assert processed(sandbox) == 1
    assert "payment.unknown" in actions(store)


def test_a_create_that_never_arrived_fails_only_after_the_settle_time(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("drop", count=1, path="/transaction/create", phase="before")
    record = start_purchase(store, client, request(client), actor="awa", role="admin")
    assert record.status == "unknown"
    assert follow(store, client, record.id, actor="awa").status == "unknown"  # too early to trust
    later = now_utc() + timedelta(seconds=61)
    failed = follow(store, client, record.id, actor="awa", now=later)
    assert failed.status == "failed" and failed.failure_reason == "not_created"
    assert processed(sandbox) == 0
    assert "rien n'a été débité" in purchase_progress(failed).user_message("fr")


def test_a_purchase_left_creating_by_a_dead_process_is_reconciled(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    from monsms_core.store import NewPurchase

    pack = starter(client)
    new = NewPurchase(
        "z" * 32, "awa", pack.offer_id, pack.name, pack.credits, pack.price, "WAVE_CI", "2250707123456"
    )
    record, created = store.credit_purchases.open(new, audit="payment.attempted", details={})
    assert created and record.status == "creating"
    assert follow(store, client, record.id, actor="awa").status == "creating"
    # 3 minutes on, the process is surely gone and a create it sent would long be listed: none is.
    final = follow(store, client, record.id, actor="awa", now=now_utc() + timedelta(minutes=3))
    assert final.status == "failed" and final.failure_reason == "not_created"
    assert actions(store) == ["payment.attempted", "payment.unknown", "payment.failed"]


def test_waiting_then_late_then_abandoned(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.config(payment_seconds=3600)
    record = start_purchase(store, client, request(client, "MOOV_CI"), actor="awa", role="admin")
    waiting = purchase_progress(record)
    assert waiting.code == "waiting" and 0 < waiting.progress < 1 and not waiting.final
    late = purchase_progress(record, now=record.created_at + timedelta(minutes=4))
    assert late.code == "late" and "Arrêter d'attendre" in late.user_message("fr")
    stopped = abandon(store, record.id, actor="awa")
    assert stopped is not None and stopped.status == "abandoned" and purchase_progress(stopped).final
    assert store.credit_purchases.open_purchase() is None and actions(store)[-1] == "payment.abandoned"


def test_the_smallest_pack_covering_a_shortfall() -> None:
    packs = [
        Pack("s", "STARTER", 500, 12_500),
        Pack("b", "BRONZE", 2_000, 44_000),
        Pack("v", "VIP", 100_000, 1_400_000),
    ]
    assert smallest_covering(packs, 1).name == "STARTER"
    assert smallest_covering(packs, 500).name == "STARTER"
    assert smallest_covering(packs, 501).name == "BRONZE"
    assert smallest_covering(packs, 200_000).name == "VIP"  # none covers it: the biggest
    assert smallest_covering([], 5) is None
    assert packs[1].price_per_sms == 22
