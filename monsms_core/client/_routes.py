"""Endpoints whose path is not confirmed by any vendor SDK: the forms to try, and which one answered.

`/campaign/list` and the template paths appear in no current SDK call (api-contract.md, "Where the
vendor's current SDK is the better evidence"). The client tries the first form and falls back to the
next on a "not found" answer; the form that answered is remembered on the client instance (one client
per account), so later calls of that account go straight to it. Nothing here is module-level state.
"""

from __future__ import annotations

import threading


class PathChoices:
    """Which form of each unconfirmed endpoint this account's API serves (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._chosen: dict[str, str] = {}

    def get(self, endpoint: str) -> str | None:
        """The form remembered for `endpoint` (e.g. "campaigns.list" → "per-sender"), or None."""
        with self._lock:
            return self._chosen.get(endpoint)

    def remember(self, endpoint: str, form: str) -> None:
        """Record that `endpoint` answered in `form`."""
        with self._lock:
            self._chosen[endpoint] = form

    def snapshot(self) -> dict[str, str]:
        """Every remembered choice (for the doctor's report)."""
        with self._lock:
            return dict(self._chosen)
