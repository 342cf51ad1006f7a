"""The job queue and the worker, in this process: claims are exclusive, a dead worker's job is
reconciled then finished exactly once, failures back off and end in a state the page explains."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.config import Connection
from monsms_core.sending import SendPlan
from monsms_core.sending.tags import campaign_name, chunk_tag
from monsms_core.store import Store
from monsms_core.worker import SEND, Worker, WorkerOptions, enqueue_send, job_problem, sweep
from monsms_sandbox.control import SandboxControl
from tests.core.worker.worker_support import submit_send, tag_counts
from tests.store_support import STORE_KINDS, make_store

QUICK = WorkerOptions(lease=1.0, heartbeat=0.2, poll=0.1, settle=0.0, backoff_base=0.01, max_attempts=3)


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with make_store(str(request.param), tmp_path) as opened:
        yield opened


@pytest.fixture
def client(api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    with MonSmsClient(api_key, base_url) as opened:
        yield opened


def _worker(store: Store, api_key: str, base_url: str, options: WorkerOptions = QUICK) -> Worker:
    return Worker(store, lambda: Connection("live", base_url, api_key, "environment"), options)


def test_concurrent_claims_hand_each_job_to_one_worker(store: Store) -> None:
    for i in range(30):
        store.worker_jobs.enqueue(SEND, str(i), actor="awa")
    won: list[tuple[str, int]] = []
    lock = threading.Lock()

    def claimer(name: str) -> None:
        while True:
            claim = store.worker_jobs.claim(name, timedelta(minutes=1))
            if claim is None:
                if not store.worker_jobs.list(status="queued"):
                    return
                continue
            with lock:
                won.append((name, claim.job.id))

    threads = [threading.Thread(target=claimer, args=(f"w{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    ids = [job_id for _, job_id in won]
    assert sorted(ids) == sorted({job.id for job in store.worker_jobs.list()}) and len(ids) == 30


def test_one_live_job_per_target_and_a_new_one_after_it_ended(store: Store) -> None:
    first = store.worker_jobs.enqueue(SEND, "7", actor="awa")
    assert store.worker_jobs.enqueue(SEND, "7", actor="koffi").id == first.id
    claim = store.worker_jobs.claim("w", timedelta(minutes=1))
    assert claim is not None and claim.job.id == first.id and not claim.taken_over
    assert store.worker_jobs.settle(first.id, "w", "done")
    assert not store.worker_jobs.settle(first.id, "w", "done")  # no longer held
    assert store.worker_jobs.enqueue(SEND, "7", actor="awa").id != first.id


def test_an_expired_lease_is_taken_over_and_the_old_holder_loses_it(store: Store) -> None:
    job = store.worker_jobs.enqueue(SEND, "1", actor="awa")
    assert store.worker_jobs.claim("dead", timedelta(seconds=-1)) is not None  # already expired
    again = store.worker_jobs.claim("alive", timedelta(minutes=1))
    assert again is not None and again.job.id == job.id and again.taken_over and again.job.attempts == 2
    assert store.worker_jobs.renew("dead", timedelta(minutes=1)) == {}
    assert not store.worker_jobs.settle(job.id, "dead", "done")
    assert store.worker_jobs.renew("alive", timedelta(minutes=1)) == {job.id: False}


def test_a_worker_sends_a_queued_send_once(
    store: Store, api_key: str, base_url: str, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = submit_send(store, "plain", 3)
    job = enqueue_send(store, entry.id, "awa")
    outcome = _worker(store, api_key, base_url).run_once()
    assert outcome is not None and outcome.status == "done"
    assert store.outbox.get(entry.id).status == "sent"  # type: ignore[union-attr]
    assert store.worker_jobs.get(job.id).status == "done"  # type: ignore[union-attr]
    assert sorted(tag_counts(client, sandbox).values()) == [1, 1, 1]


def test_a_dead_workers_send_is_reconciled_then_finished_exactly_once(
    store: Store, api_key: str, base_url: str, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = submit_send(store, "crash", 3)
    plan = SendPlan.from_payload(entry.payload)
    job = enqueue_send(store, entry.id, "awa")
    # What a worker killed mid-send leaves: the job held under a lease now expired, the entry "sending"
    # with chunk 0 recorded and chunk 1 created on the API but not recorded.
    assert store.worker_jobs.claim("dead", timedelta(seconds=-1)) is not None
    assert store.outbox.transition(entry.id, ["pending"], "sending")
    made = [
        client.campaigns.create(plan.chunks[i].text, contacts=plan.chunks[i].phones,
                                name=campaign_name(plan.name, chunk_tag(entry.send_key, i), i, 3))
        for i in (0, 1)
    ]  # fmt: skip
    store.outbox.transition(entry.id, ["sending"], "sending", campaign_ids=[made[0].id, None, None])

    outcome = _worker(store, api_key, base_url).run_once()
    assert outcome is not None and outcome.status == "done"
    stored = store.outbox.get(entry.id)
    assert stored is not None and stored.status == "sent" and stored.campaign_ids[:2] == [m.id for m in made]
    assert sorted(tag_counts(client, sandbox).values()) == [1, 1, 1]
    actions = [a.action for a in store.audit.list()]
    assert {"send.interrupted", "send.reconciled", "send.executed"} <= set(actions)
    assert store.worker_jobs.get(job.id).attempts == 2  # type: ignore[union-attr]


def test_a_job_that_keeps_failing_is_given_up_with_a_sentence(store: Store, sandbox: SandboxControl) -> None:
    entry = submit_send(store, "unreachable", 1)
    store.outbox.transition(entry.id, ["pending"], "unknown", error="timeout")
    job = enqueue_send(store, entry.id, "awa")
    worker = _worker(store, "not-a-key", "http://127.0.0.1:9/v1")  # nobody listens: checking always fails
    for _ in range(200):
        if store.worker_jobs.get(job.id).status == "failed":  # type: ignore[union-attr]
            break
        if worker.run_once() is None:
            time.sleep(0.02)  # the backoff (10 ms, doubling) is not over yet
    final = store.worker_jobs.get(job.id)
    assert final is not None and final.status == "failed" and final.attempts == final.max_attempts == 5, final
    sentence = job_problem(final, "fr")
    assert sentence is not None and sentence.startswith("Abandonné après 5 tentatives")
    assert store.outbox.get(entry.id).status == "unknown"  # type: ignore[union-attr]  # "Vérifier" is offered


def test_the_sweep_queues_sends_left_without_a_job_once(store: Store) -> None:
    entry = submit_send(store, "orphan", 1)
    store.outbox.transition(entry.id, ["pending"], "unknown", error="timeout")
    assert sweep(store, QUICK) == [entry.id]
    assert sweep(store, QUICK) == []  # a job exists now: never queued twice
