"""How a worker paces itself: lease, heartbeat, polling, attempts and backoff, from arguments or the
environment (tests shorten them; production keeps the defaults)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from typing import Any

# A worker that stops beating is presumed dead after LEASE seconds; another one takes its jobs over at
# its next poll. lease + poll + settle must stay well under a minute (the promise is 60 s).
ENV_PREFIX = "MONSMS_WORKER_"


@dataclass(frozen=True)
class WorkerOptions:
    """Timings and bounds of one worker process (seconds unless said otherwise)."""

    lease: float = 15.0  # how long a claim holds without a heartbeat
    heartbeat: float = 3.0  # how often leases are renewed and the worker says it is alive
    poll: float = 1.0  # how often the queue is asked for work when idle
    concurrency: int = 4  # jobs run at once (a long upload must not hold every send back)
    # Before trusting that a lost request did nothing (reconciliation), counted from the send's last
    # write: a dead worker's last request left at least a lease ago, its connection closed by the kill.
    settle: float = 15.0
    max_attempts: int = 5  # claims of one job before it is given up
    backoff_base: float = 5.0  # first retry delay, doubled on each failure
    backoff_max: float = 300.0
    sweep_every: float = 30.0  # looking for sends left without a job, old import folders
    live_within: float = 30.0  # a heartbeat younger than this means "a worker runs"

    def __post_init__(self) -> None:
        if self.heartbeat <= 0 or self.lease <= 2 * self.heartbeat:
            raise ValueError("the lease must last more than two heartbeats")
        if self.concurrency < 1 or self.max_attempts < 1:
            raise ValueError("concurrency and max_attempts must be at least 1")

    @property
    def lease_delta(self) -> timedelta:
        """`lease` as a timedelta."""
        return timedelta(seconds=self.lease)

    def backoff(self, failures: int) -> float:
        """Seconds to wait after the `failures`-th failure in a row."""
        return min(self.backoff_max, self.backoff_base * 2 ** max(0, failures - 1))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: float | None) -> WorkerOptions:
        """Defaults, then MONSMS_WORKER_<FIELD> variables (MONSMS_WORKER_LEASE=6), then `overrides`
        that are not None (command-line arguments)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = env.get(ENV_PREFIX + item.name.upper())
            if raw:
                values[item.name] = int(raw) if item.type in ("int", int) else float(raw)
        for name, value in overrides.items():
            if value is not None:
                values[name] = value
        return replace(cls(), **values) if values else cls()
