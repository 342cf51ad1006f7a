"""Plain helpers of the sandbox suites (fixtures are in conftest.py)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

ApiCall = Callable[..., dict[str, Any]]


def wait_until(predicate: Callable[[], bool], timeout: float = 15.0) -> None:
    """Poll `predicate` until it holds; fail the test if it never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("condition not reached in time")


def issues_of(answer: dict[str, Any]) -> dict[str, str]:
    """{"dotted.path": message} of a zod-like refusal (asserting it is one)."""
    assert answer["success"] is False and answer.get("isZodError") is True, answer
    # The vendor's server sends zod's message: the issues as JSON text (the Dart SDK reads a String).
    assert answer["data"] is None and isinstance(answer["error"], str)
    issues = json.loads(answer["error"])
    return {".".join(str(p) for p in issue["path"]): issue["message"] for issue in issues}
