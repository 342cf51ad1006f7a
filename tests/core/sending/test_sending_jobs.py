"""Sends as jobs: a background worker, and resumption after a crash or an interruption."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime, timedelta

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.sending import (
    SendPlan,
    SendWorker,
    build_plan,
    chunk_states,
    execute,
    resume_pending,
    submit,
)
from monsms_core.sending.tags import campaign_name, chunk_tag
from monsms_core.store import OutboxEntry, Store
from monsms_sandbox.control import SandboxControl

IMMEDIATELY = timedelta(0)


def _submit(store: Store, key: str = "draft") -> OutboxEntry:
    people = [Recipient(f"22501{i:08d}", {"classe": ("6e A", "5e B", "3e C")[i % 3]}) for i in range(12)]
    plan = build_plan(people, "Parents de {classe} : conseil de classe lundi.", name="Conseil")
    return submit(store, plan, created_by="awa", send_key=key)


def _creates(sandbox: SandboxControl) -> int:
    return int(sandbox.stats()["requests"].get("/campaign/create", 0))


def test_a_crash_mid_send_is_reconciled_then_finished_exactly_once(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _submit(store)
    plan = SendPlan.from_payload(entry.payload)
    # What a killed process leaves behind: the entry claimed, chunk 0 recorded, chunk 1 created on the
    # API but the process died before writing its id, chunk 2 never started.
    assert store.outbox.transition(entry.id, ["pending"], "sending")
    first = client.campaigns.create(
        plan.chunks[0].text,
        contacts=plan.chunks[0].phones,
        name=campaign_name("Conseil", chunk_tag("draft", 0), 0, 3),
    )
    assert store.outbox.transition(entry.id, ["sending"], "sending", campaign_ids=[first.id, None, None])
    second = client.campaigns.create(
        plan.chunks[1].text,
        contacts=plan.chunks[1].phones,
        name=campaign_name("Conseil", chunk_tag("draft", 1), 1, 3),
    )

    live = resume_pending(store, lambda _: client)  # the default staleness: a live worker is left alone
    assert live == [] and _creates(sandbox) == 2

    outcomes = resume_pending(store, lambda _: client, stale_after=IMMEDIATELY)
    assert [(o.entry_id, o.action, o.status) for o in outcomes] == [(entry.id, "executed", "sent")]
    stored = store.outbox.get(entry.id)
    assert stored is not None and stored.campaign_ids[:2] == [first.id, second.id]
    assert _creates(sandbox) == 3 and len(client.campaigns.list().items) == 3
    actions = [a.action for a in store.audit.list()]
    assert {"send.interrupted", "send.reconciled", "send.executed"} <= set(actions)


class _Killed(BaseException):
    """Stands for the script being stopped (Streamlit's rerun/stop exceptions are BaseExceptions)."""


def test_an_interruption_between_campaigns_hands_the_entry_back(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _submit(store)

    def stop_after_first(done: int, total: int) -> None:
        if done == 1:
            raise _Killed

    with pytest.raises(_Killed):
        execute(store, client, entry.id, progress=stop_after_first)
    stored = store.outbox.get(entry.id)
    assert stored is not None and stored.status == "pending" and stored.error == "interrupted"
    assert chunk_states(stored) == ["done", "waiting", "waiting"]
    fresh = resume_pending(store, lambda _: client)  # just handed back: within the grace period
    assert fresh == []
    outcomes = resume_pending(store, lambda _: client, pending_grace=IMMEDIATELY)
    assert [(o.action, o.status) for o in outcomes] == [("executed", "sent")]
    assert _creates(sandbox) == 3


def test_unknown_entries_are_reconciled_and_old_pending_ones_skipped(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    lost = _submit(store, "lost")
    sandbox.add_fault("drop", count=1, path="/campaign/create", phase="after")
    assert execute(store, client, lost.id).status == "unknown"
    old = _submit(store, "old")
    tomorrow = datetime.now(UTC) + timedelta(days=2)
    outcomes = resume_pending(store, lambda _: client, settle=IMMEDIATELY, now=tomorrow)
    by_entry = {o.entry_id: o for o in outcomes}
    assert (by_entry[lost.id].action, by_entry[lost.id].status) == ("executed", "sent")
    assert (by_entry[old.id].action, by_entry[old.id].detail) == ("skipped", "too_old")
    assert _creates(sandbox) == 3  # the lost one was found, not re-sent


def test_send_worker_runs_in_the_background(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _submit(store)
    worker = SendWorker(store, client, entry.id, actor="koffi").start()
    result = worker.join(timeout=30)
    assert result is not None and (result.status, result.created) == ("sent", 3)
    assert worker.progress == (3, 3) and not worker.running and worker.error is None
    assert store.audit.list(action="send.executed")[0].actor == "koffi"
    duplicate = SendWorker(store, client, entry.id).start().join(timeout=30)
    assert duplicate is not None and not duplicate.claimed
    assert _creates(sandbox) == 3


def test_a_stopped_worker_pauses_and_a_later_one_continues(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _submit(store)
    paused = SendWorker(store, client, entry.id)
    paused.stop()
    result = paused.start().join(timeout=30)
    assert result is not None and (result.status, result.created) == ("pending", 0)
    resumed = SendWorker(store, client, entry.id).start().join(timeout=30)
    assert resumed is not None and resumed.status == "sent"
    assert _creates(sandbox) == 3


def test_ids_written_in_batches_are_recovered_by_their_tags_after_a_crash(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Large sends write their ids every few campaigns; shrink "large" to 6 campaigns, 3 per write.
    execute_module = importlib.import_module("monsms_core.sending.execute")
    monkeypatch.setattr(execute_module, "MAX_SLOT_WRITES", 2)
    monkeypatch.setattr(execute_module, "MAX_RECORD_DELAY", 3600.0)  # only the count decides here
    people = [Recipient(f"22507{i:08d}", {"n": str(i % 6)}) for i in range(12)]
    entry = submit(
        store, build_plan(people, "Ticket n° {n}", name="Tombola"), created_by="awa", send_key="big"
    )
    recorded: list[int] = []

    def crash_after_two(done: int, total: int) -> None:
        stored = store.outbox.get(entry.id)
        assert stored is not None
        recorded.append(sum(1 for c in stored.campaign_ids if c))
        if done == 2:
            raise _Killed

    with pytest.raises(_Killed):
        execute(store, client, entry.id, progress=crash_after_two)
    assert recorded == [0, 0, 0]  # two campaigns exist, but no write happened yet
    # A killed process would not even have handed the entry back: put it back as it would be.
    assert store.outbox.transition(entry.id, ["pending"], "sending", campaign_ids=[None] * 6)
    outcomes = resume_pending(store, lambda _: client, stale_after=IMMEDIATELY)
    assert [(o.action, o.status) for o in outcomes] == [("executed", "sent")]
    assert _creates(sandbox) == 6 and len(client.campaigns.list().items) == 6
