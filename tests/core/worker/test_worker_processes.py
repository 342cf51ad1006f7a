"""Real worker processes on real databases: kill -9 mid-send and another worker finishes the send
within a minute, exactly once (counted on the sandbox); SIGTERM drains; two workers on PostgreSQL never
run the same job."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.sending import slots
from monsms_core.store import Store
from monsms_core.worker import enqueue_send
from monsms_sandbox.control import SandboxControl
from tests.core.worker.worker_support import submit_send, tag_counts, wait_for, worker_env, worker_processes
from tests.store_support import STORE_KINDS, isolated_database_url

CAMPAIGNS = 30  # at 5 campaigns a second: a send of about 6 s, long enough to be cut in the middle


@pytest.fixture(params=STORE_KINDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with isolated_database_url(str(request.param), tmp_path) as url:
        yield url


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = Store.open(database_url)
    yield opened
    opened.dispose()


@pytest.fixture
def client(api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    with MonSmsClient(api_key, base_url) as opened:
        yield opened


def _status(store: Store, entry_id: int) -> str | None:
    entry = store.outbox.get(entry_id)
    return entry.status if entry else None


def _done(store: Store, entry_id: int) -> int:
    entry = store.outbox.get(entry_id)
    return sum(1 for slot in slots(entry) if slot is not None) if entry else 0


def test_a_killed_worker_s_send_is_finished_by_another_exactly_once(
    store: Store, database_url: str, tmp_path: Path, api_key: str, base_url: str, client: MonSmsClient,
    sandbox: SandboxControl,
) -> None:  # fmt: skip
    entry = submit_send(store, "kill", CAMPAIGNS)
    env = worker_env(database_url, tmp_path, api_key, base_url)
    with worker_processes(env, tmp_path) as start:
        first = start()
        enqueue_send(store, entry.id, "awa")
        wait_for(lambda: _done(store, entry.id) >= 5, 60, "the first campaigns")
        first.send_signal(signal.SIGKILL)
        first.wait()
        assert store.outbox.get(entry.id).status == "sending"  # type: ignore[union-attr]
        start()
        wait_for(lambda: _status(store, entry.id) == "sent", 60, "the send finished by the other worker")
    counts = tag_counts(client, sandbox)
    assert len(counts) == CAMPAIGNS and set(counts.values()) == {1}
    actions = [a.action for a in store.audit.list(limit=1000)]
    assert "send.interrupted" in actions and "send.reconciled" in actions


def test_sigterm_lets_the_current_chunk_finish_then_exits_and_another_worker_continues(
    store: Store, database_url: str, tmp_path: Path, api_key: str, base_url: str, client: MonSmsClient,
    sandbox: SandboxControl,
) -> None:  # fmt: skip
    entry = submit_send(store, "term", CAMPAIGNS)
    env = worker_env(database_url, tmp_path, api_key, base_url)
    with worker_processes(env, tmp_path) as start:
        first = start()
        job = enqueue_send(store, entry.id, "awa")
        wait_for(lambda: _done(store, entry.id) >= 3, 60, "the first campaigns")
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
        drained = store.outbox.get(entry.id)
        assert drained is not None and drained.status in ("pending", "sent")
        requeued = store.worker_jobs.get(job.id)
        assert requeued is not None and requeued.attempts == 0 and requeued.status in ("queued", "done")
        assert not store.worker_jobs.live_workers(timedelta(minutes=5))
        start()
        wait_for(lambda: _status(store, entry.id) == "sent", 60, "the send finished")
    counts = tag_counts(client, sandbox)
    assert len(counts) == CAMPAIGNS and set(counts.values()) == {1}
    assert "send.interrupted" not in [a.action for a in store.audit.list(limit=1000)]


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_two_workers_on_postgresql_never_run_the_same_job(
    store: Store, database_url: str, tmp_path: Path, api_key: str, base_url: str, client: MonSmsClient,
    sandbox: SandboxControl,
) -> None:  # fmt: skip
    entries = [submit_send(store, f"many-{i}", 2) for i in range(12)]
    env = worker_env(database_url, tmp_path, api_key, base_url)
    with worker_processes(env, tmp_path) as start:
        start(), start()
        jobs = [enqueue_send(store, entry.id, "awa") for entry in entries]
        wait_for(lambda: all(_status(store, e.id) == "sent" for e in entries), 90, "every send")
    ran = [store.worker_jobs.get(job.id) for job in jobs]
    assert all(job is not None and job.status == "done" and job.attempts == 1 for job in ran)
    counts = tag_counts(client, sandbox)
    assert len(counts) == 24 and set(counts.values()) == {1}
    executed = [a for a in store.audit.list(action="send.executed", limit=1000)]
    assert sorted(int(a.target) for a in executed) == sorted(e.id for e in entries)  # type: ignore[arg-type]
