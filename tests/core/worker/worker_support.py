"""Helpers of the worker suites: sends of many campaigns, worker processes on a test database, and
counting on the sandbox what really arrived."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.sending import build_plan, submit
from monsms_core.sending.tags import tags_in
from monsms_core.store import OutboxEntry, Store
from monsms_sandbox.control import SandboxControl

PROJECT = Path(__file__).resolve().parents[3]
# Short timings so a takeover happens in seconds: lease 3 s, heartbeat 1 s, settle 2 s.
FAST = {"MONSMS_WORKER_LEASE": "3", "MONSMS_WORKER_HEARTBEAT": "1", "MONSMS_WORKER_POLL": "0.3",
        "MONSMS_WORKER_SETTLE": "2", "MONSMS_WORKER_BACKOFF_BASE": "0.5"}  # fmt: skip


def submit_send(store: Store, key: str, campaigns: int, actor: str = "awa") -> OutboxEntry:
    """An outbox entry of `campaigns` campaigns (one distinct personalised text per recipient)."""
    people = [Recipient(f"22507{i:08d}", {"code": f"C{i:03d}"}) for i in range(campaigns)]
    plan = build_plan(people, "Votre code de retrait : {code}.", name=f"Codes {key}")
    return submit(store, plan, created_by=actor, send_key=key)


def tag_counts(client: MonSmsClient, sandbox: SandboxControl) -> Counter[str]:
    """How many campaigns on the account carry each idempotency tag (1 each: exactly once). The live API
    leaves names out of lists, and so does the sandbox: the workers ran that way; only this final count
    asks the sandbox for them."""
    sandbox.config(campaign_extras=True)
    counts: Counter[str] = Counter()
    for campaign in client.campaigns.iterate(count=100):
        counts.update(tags_in(campaign.name))
    return counts


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> float:
    """Poll `condition` until true; the seconds it took (fails after `timeout`)."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < timeout, f"{what} did not happen within {timeout} s"
        time.sleep(0.2)
    return time.monotonic() - start


def worker_env(
    database_url: str, data_dir: Path, api_key: str, base_url: str, **extra: str
) -> dict[str, str]:
    """The environment of a worker process on the test database and sandbox account."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONSMS_")}
    env.update(MONSMS_DATABASE_URL=database_url, MONSMS_DATA_DIR=str(data_dir), MONSMS_API_KEY=api_key,
               MONSMS_BASE_URL=base_url, **FAST, **extra)  # fmt: skip
    return env


@contextmanager
def worker_processes(env: dict[str, str], log_dir: Path) -> Iterator[Callable[[], subprocess.Popen[bytes]]]:
    """Start worker processes with `start()`; every one still running is killed on exit."""
    started: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        log = (log_dir / f"worker-{len(started)}.log").open("wb")
        process = subprocess.Popen([sys.executable, "-m", "monsms_core", "worker"], cwd=PROJECT, env=env,
                                   stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
        started.append(process)
        return process

    try:
        yield start
    finally:
        for process in started:
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                process.wait()
