"""A token bucket that keeps campaign creations under the API's request rate limit."""

from __future__ import annotations

import threading
import time

DEFAULT_RATE_PER_SECOND = 5.0  # campaign creations per second: well under the API's request limit


class TokenBucket:
    """At most `rate_per_second` acquisitions per second on average, with bursts of `burst`.

    Thread-safe: several send workers of one account may share a bucket so that together they stay
    under the account's limit. `acquire` waits on `stop` (when given) so a stopping worker wakes at once.
    """

    def __init__(self, rate_per_second: float, burst: float | None = None) -> None:
        if rate_per_second <= 0:
            raise ValueError("rate_per_second must be positive")
        self.rate = float(rate_per_second)
        self.capacity = max(1.0, float(burst if burst is not None else rate_per_second))
        self._tokens = self.capacity
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TokenBucket(rate_per_second={self.rate}, burst={self.capacity})"

    def _reserve(self) -> float:
        """Take a token (possibly borrowed from the future); the seconds to wait before using it."""
        with self._lock:
            moment = time.monotonic()
            self._tokens = min(self.capacity, self._tokens + (moment - self._last) * self.rate)
            self._last = moment
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def acquire(self, stop: threading.Event | None = None) -> bool:
        """Wait for a token; False if `stop` was set while waiting (the token is then lost, harmlessly)."""
        delay = self._reserve()
        if delay <= 0:
            return not (stop is not None and stop.is_set())
        if stop is not None:
            return not stop.wait(delay)
        time.sleep(delay)
        return True
