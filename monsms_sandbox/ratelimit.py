"""Per-API-key request rate limit: a token bucket holding one second's worth of requests."""

from __future__ import annotations

import threading
import time


class RateLimiter:
    """Token buckets keyed by API key; `allow` spends one token or refuses."""

    def __init__(self, per_second: float) -> None:
        self._lock = threading.Lock()
        self._per_second = per_second
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill time)

    @property
    def per_second(self) -> float:
        """The configured rate (and burst size)."""
        return self._per_second

    def configure(self, per_second: float) -> None:
        """Change the rate; buckets restart full."""
        with self._lock:
            self._per_second = per_second
            self._buckets.clear()

    def reset(self) -> None:
        """Forget every bucket."""
        with self._lock:
            self._buckets.clear()

    def allow(self, key: str) -> bool:
        """Spend one token of `key`'s bucket; False when it is empty (rate <= 0 disables the limit)."""
        if self._per_second <= 0:
            return True
        moment = time.monotonic()
        with self._lock:
            capacity = max(self._per_second, 1.0)
            tokens, last = self._buckets.get(key, (capacity, moment))
            tokens = min(capacity, tokens + (moment - last) * self._per_second)
            if tokens < 1.0:
                self._buckets[key] = (tokens, moment)
                return False
            self._buckets[key] = (tokens - 1.0, moment)
            return True
