"""Exactly-once execution through the outbox, over real HTTP against the sandbox."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, time, timedelta

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.sending import (
    PlanBlockedError,
    SendKeyConflictError,
    Weekly,
    build_plan,
    build_test_plan,
    chunk_states,
    execute,
    retry_failed,
    sent_campaign_ids,
    submit,
)
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl

NAMES = ("Awa", "Koffi", "Aya")


def _people(count: int, names: tuple[str, ...] = NAMES) -> list[Recipient]:
    return [Recipient(f"225070{i:07d}", {"prenom": names[i % len(names)]}) for i in range(count)]


def _creates(sandbox: SandboxControl) -> int:
    return int(sandbox.stats()["requests"].get("/campaign/create", 0))


def test_a_personalised_send_makes_one_campaign_per_text_with_the_right_recipients(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    people = _people(300)
    plan = build_plan(people, "Bonjour {prenom}, la promo Tabaski commence !", name="Promo Tabaski")
    assert (plan.distinct_texts, plan.total_credits) == (3, 300)
    entry = submit(store, plan, created_by="awa", send_key="draft-300")
    seen: list[tuple[int, int]] = []
    result = execute(store, client, entry.id, progress=lambda done, total: seen.append((done, total)))
    assert (result.status, result.created, result.claimed, result.error) == ("sent", 3, True, None)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    stored = store.outbox.get(entry.id)
    assert stored is not None and stored.status == "sent" and stored.campaign_ids == list(result.campaign_ids)
    assert chunk_states(stored) == ["done"] * 3
    for index, campaign_id in enumerate(sent_campaign_ids(stored)):
        messages = sandbox.outbox(api_key, campaign_id)
        name = NAMES[index]
        assert {m["phone"] for m in messages} == {p.phone for p in people if p.fields["prenom"] == name}
        assert {m["text"] for m in messages} == {f"Bonjour {name}, la promo Tabaski commence !"}
    assert _creates(sandbox) == 3
    assert client.user.credit() == 10_000 - 300
    sandbox.config(campaign_extras=True)  # names are optional in answers: the sandbox adds them on demand
    campaigns = client.campaigns.list().items
    assert all(c.name and c.name.startswith("Promo Tabaski (") and "#" in c.name for c in campaigns)
    actions = [a.action for a in store.audit.list(action="send.executed")]
    assert actions == ["send.executed"]


def test_executing_twice_sends_once(store: Store, client: MonSmsClient, sandbox: SandboxControl) -> None:
    entry = submit(store, build_plan(_people(5), "Salut {prenom}"), created_by="awa", send_key="k")
    first = execute(store, client, entry.id)
    second = execute(store, client, entry.id)
    assert first.claimed and first.status == "sent"
    assert not second.claimed and second.status == "sent" and second.created == 0
    assert second.campaign_ids == first.campaign_ids
    assert _creates(sandbox) == 3


def test_two_threads_at_once_send_once(store: Store, client: MonSmsClient, sandbox: SandboxControl) -> None:
    entry = submit(store, build_plan(_people(9), "Salut {prenom}"), created_by="awa", send_key="k")
    barrier = threading.Barrier(2)
    results = []

    def run() -> None:
        barrier.wait()
        results.append(execute(store, client, entry.id))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(r.claimed for r in results) == [False, True]
    assert _creates(sandbox) == 3 and len(client.campaigns.list().items) == 3


def test_submit_is_idempotent_per_send_key(store: Store) -> None:
    plan = build_plan(_people(3), "Salut")
    first = submit(store, plan, created_by="awa", send_key="draft")
    again = submit(store, build_plan(_people(3), "Salut"), created_by="awa", send_key="draft")
    assert again.id == first.id and len(store.outbox.list()) == 1
    assert (first.recipients, first.credits, first.created_by) == (3, 3, "awa")
    with pytest.raises(SendKeyConflictError):
        submit(store, build_plan(_people(3), "Salut !"), created_by="awa", send_key="draft")
    with pytest.raises(PlanBlockedError) as blocked:
        submit(store, build_plan(_people(3), "Salut {ville}"), created_by="awa", send_key="other")
    assert blocked.value.blockers == ("unknown_fields",)
    assert len(store.audit.list(action="send.submitted")) == 1


def test_insufficient_credit_fails_before_sending(
    store: Store, base_url: str, sandbox: SandboxControl
) -> None:
    key = sandbox.create_account(credit=10)
    entry = submit(store, build_plan(_people(20), "Salut"), created_by="awa", send_key="k")
    with MonSmsClient(key, base_url, max_retries=0) as poor:
        result = execute(store, poor, entry.id)
    assert (result.status, result.error, result.created) == ("failed", "insufficient_credit", 0)
    assert _creates(sandbox) == 0
    audit = store.audit.list(action="send.failed")[0]
    assert audit.details["needed"] == 20 and audit.details["available"] == 10
    assert "crédit" in result.user_message("fr").lower()


def test_a_refused_chunk_fails_and_retry_sends_only_the_rest(
    store: Store, base_url: str, sandbox: SandboxControl
) -> None:
    key = sandbox.create_account(credit=70)
    plan = build_plan(_people(90), "Salut {prenom}")  # 3 campaigns of 30 credits, 70 available
    entry = submit(store, plan, created_by="awa", send_key="k")
    with MonSmsClient(key, base_url, max_retries=0) as account:
        failed = execute(store, account, entry.id, check_credit=False)  # let the API itself refuse
        assert (failed.status, failed.error, failed.done) == ("failed", "insufficient_credit", 2)
        stored = store.outbox.get(entry.id)
        assert stored is not None and chunk_states(stored) == ["done", "done", "failed"]
        sandbox.recharge(key, 100)
        assert retry_failed(store, entry.id, actor="awa")
        done = execute(store, account, entry.id)
    assert (done.status, done.created, done.done) == ("sent", 1, 3)
    assert done.campaign_ids[:2] == failed.campaign_ids[:2]
    assert _creates(sandbox) == 4  # 2 created, 1 refused, 1 created on retry


def test_rate_limit_refusals_are_waited_out(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("rate_limit", count=3, path="/campaign/create")
    entry = submit(store, build_plan(_people(6), "Salut {prenom}"), created_by="awa", send_key="k")
    result = execute(store, client, entry.id, rate_limit_wait=0.05)
    assert (result.status, result.created) == ("sent", 3)
    assert _creates(sandbox) == 6 and len(client.campaigns.list().items) == 3


def test_the_sandbox_request_limit_is_respected(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.config(rate_limit_per_second=3)
    people = _people(5, ("Awa", "Koffi", "Aya", "Yao", "Fatou"))
    entry = submit(store, build_plan(people, "Salut {prenom}"), created_by="awa", send_key="k")
    result = execute(
        store, client, entry.id, rate_per_second=50, rate_limit_wait=0.2, max_rate_limit_waits=20
    )
    assert (result.status, result.created) == ("sent", 5)
    assert sandbox.stats()["rateLimited"]  # the limit did bite…
    sandbox.config(rate_limit_per_second=100)
    assert len(client.campaigns.list().items) == 5  # …and yet each campaign exists once


def test_too_many_rate_limit_refusals_fail_cleanly(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("rate_limit", count=5, path="/campaign/create")
    entry = submit(store, build_plan(_people(2), "Salut"), created_by="awa", send_key="k")
    result = execute(store, client, entry.id, rate_limit_wait=0.01, max_rate_limit_waits=2)
    assert (result.status, result.error) == ("failed", "rate_limited")
    assert client.campaigns.list().items == []


@pytest.mark.parametrize("kind", ["timeout", "drop", "success_false"])
def test_a_lost_answer_leaves_the_entry_unknown_without_retrying(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, kind: str
) -> None:
    sandbox.add_fault(kind, count=1, path="/campaign/create", phase="after", seconds=1.0)
    entry = submit(store, build_plan(_people(6), "Salut {prenom}"), created_by="awa", send_key="k")
    result = execute(store, client, entry.id)
    assert (result.status, result.error, result.done) == ("unknown", "outcome_unknown", 0)
    assert _creates(sandbox) == 1  # stopped at the first chunk: nothing more, nothing again
    stored = store.outbox.get(entry.id)
    assert stored is not None and chunk_states(stored) == ["unknown", "waiting", "waiting"]
    again = execute(store, client, entry.id)  # an unknown entry is never sent again blindly
    assert not again.claimed and _creates(sandbox) == 1
    assert store.audit.list(action="send.unknown")[0].target == str(entry.id)


def test_scheduled_recurring_and_test_sends(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    later = datetime.now(UTC) + timedelta(days=3)
    plans = [
        build_plan(_people(2), "Rappel : réunion des parents", schedule=later),
        build_plan(_people(2), "Culte à 9 h", schedule=Weekly(("sunday",), time(7))),
        build_test_plan("Bonjour {prenom}", "2250707123456", fields={"prenom": "Awa"}),
    ]
    for index, plan in enumerate(plans):
        entry = submit(store, plan, created_by="awa", send_key=f"k{index}")
        assert execute(store, client, entry.id).status == "sent"
    campaigns = {c.type: c for c in client.campaigns.list().items}
    assert set(campaigns) == {"SCHEDULED", "RECURRING", "SMS"}
    assert campaigns["SCHEDULED"].scheduled_date is not None
    assert abs((campaigns["SCHEDULED"].scheduled_date - later).total_seconds()) < 1
    test_messages = sandbox.outbox(api_key, campaigns["SMS"].id)
    assert [(m["phone"], m["text"]) for m in test_messages] == [("2250707123456", "Bonjour Awa")]


def test_an_altered_frozen_plan_is_refused_and_keeps_what_was_recorded(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    payload = build_plan(_people(3), "Salut {prenom}").to_payload()
    payload["chunks"][0]["text"] = "Salut Awa, gagnez 1 000 000 F"  # edited behind the plan's back
    entry = store.outbox.create("forged", created_by="awa", payload=payload, recipients=3, credits=3)
    store.outbox.transition(entry.id, ["pending"], "pending", campaign_ids=["c-kept"])
    result = execute(store, client, entry.id)
    assert (result.status, result.error) == ("failed", "plan_invalid")
    stored = store.outbox.get(entry.id)
    assert stored is not None and stored.campaign_ids == ["c-kept"]
    assert _creates(sandbox) == 0
