"""The worker a dashboard starts for itself: started when no worker beats, not when one does, one per
dashboard process, and gone with a clean exit when asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from monsms_core.store import Store
from monsms_core.worker import EmbeddedLauncher, embedded_enabled
from tests.core.worker.worker_support import wait_for, worker_env, worker_processes

LIVE = timedelta(seconds=30)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'monsms.db'}")
    yield opened
    opened.dispose()


def _env(store: Store, tmp_path: Path) -> dict[str, str]:
    url = store.db.engine.url.render_as_string(hide_password=False)
    return worker_env(url, tmp_path, "unused-key", "http://127.0.0.1:9/v1")


def test_the_switch_reads_zero_as_off() -> None:
    assert embedded_enabled({}) and embedded_enabled({"MONSMS_EMBEDDED_WORKER": "1"})
    assert not embedded_enabled({"MONSMS_EMBEDDED_WORKER": "0"})
    assert not embedded_enabled({"MONSMS_EMBEDDED_WORKER": "off"})


def test_an_embedded_worker_starts_when_none_runs_and_one_replica_does_not_start_a_second(
    store: Store, tmp_path: Path
) -> None:
    env = _env(store, tmp_path)
    first, second = EmbeddedLauncher(store, env), EmbeddedLauncher(store, env)
    try:
        assert first.ensure() and first.child_pid is not None
        assert first.ensure()  # the same child: never a second one per process
        wait_for(lambda: bool(store.worker_jobs.live_workers(LIVE)), 60, "the embedded worker's heartbeat")
        (record,) = store.worker_jobs.live_workers(LIVE)
        assert record.embedded and record.pid == first.child_pid
        assert not second.ensure() and second.child_pid is None  # another replica sees it beating
    finally:
        first.stop()
        second.stop()
    assert not store.worker_jobs.live_workers(LIVE)  # drained and recorded its exit


def test_no_embedded_worker_next_to_a_worker_service(store: Store, tmp_path: Path) -> None:
    env = _env(store, tmp_path)
    with worker_processes(env, tmp_path) as start:
        start()
        wait_for(lambda: bool(store.worker_jobs.live_workers(LIVE)), 60, "the service's heartbeat")
        launcher = EmbeddedLauncher(store, env)
        assert not launcher.ensure() and launcher.child_pid is None
