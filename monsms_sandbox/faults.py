"""Injected failures: what the network, a proxy or an overloaded server does to a real client.

A fault matches the contract path by prefix (e.g. "/campaign/create"), fires either with a
probability or for the next N matching calls, and applies "before" the request is processed
(nothing happens on the server) or "after" (the request is processed and stored, then the answer
is lost or spoiled — the case a client must treat as "outcome unknown").
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

KINDS = ("latency", "timeout", "drop", "http_500", "html", "success_false", "rate_limit")
PHASES = ("before", "after")
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_LATENCY_SECONDS = 1.0


@dataclass
class Fault:
    """One registered fault. `remaining` is None for probability faults."""

    kind: str
    probability: float | None
    remaining: int | None
    path: str
    seconds: float
    phase: str

    def describe(self) -> dict[str, object]:
        """The fault as the control API lists it."""
        return {
            "kind": self.kind,
            "probability": self.probability,
            "count": self.remaining,
            "path": self.path,
            "seconds": self.seconds,
            "phase": self.phase,
        }


@dataclass
class FaultPlan:
    """What the faults decided for one request."""

    delay_before: float = 0.0
    delay_after: float = 0.0
    failure: Fault | None = None
    fired: list[str] = field(default_factory=list)


def normalize_path(path: str) -> str:
    """Contract path without the "/v1" prefix, as fault prefixes are written."""
    return path[3:] if path.startswith("/v1/") else path


class FaultRegistry:
    """The registered faults of one sandbox server (thread-safe)."""

    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._random = random.Random(seed)

    def add(self, fault: Fault) -> None:
        """Register a fault; it is consulted after those registered earlier."""
        fault.path = normalize_path(fault.path)
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults.clear()

    def list(self) -> list[dict[str, object]]:
        """The active faults."""
        with self._lock:
            return [fault.describe() for fault in self._faults]

    def plan(self, path: str) -> FaultPlan:
        """Decide the faults of one request on `path` (a contract path, "/v1" optional).

        Latency faults add up; of the other kinds, the first that fires wins and later ones are
        not consumed."""
        path = normalize_path(path)
        plan = FaultPlan()
        with self._lock:
            for fault in list(self._faults):
                if not path.startswith(fault.path):
                    continue
                if fault.kind != "latency" and plan.failure is not None:
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                elif self._random.random() >= (fault.probability or 0.0):
                    continue
                plan.fired.append(fault.kind)
                if fault.kind == "latency":
                    if fault.phase == "after":
                        plan.delay_after += fault.seconds
                    else:
                        plan.delay_before += fault.seconds
                else:
                    plan.failure = fault
        return plan
