"""The sandbox's request pipeline, independent of sockets: faults → rate limit → auth → handler.

`SandboxApp.handle` turns (method, path, body bytes) into an `Answer`; the HTTP layer only
writes it (or closes the connection when the answer says so). Waits for latency and timeout
faults happen here and end early when the server stops.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from monsms_sandbox import backend, control_api, pages, routes, seed, wallets
from monsms_sandbox.common import now
from monsms_sandbox.envelope import Answer, envelope, parse_body, zod_envelope
from monsms_sandbox.errors import (
    BAD_JSON,
    FORBIDDEN,
    INTERNAL_ERROR,
    NOT_FOUND,
    TOO_MANY_REQUESTS,
    UNAUTHORIZED,
    ApiError,
    ValidationFailed,
)
from monsms_sandbox.faults import DEFAULT_TIMEOUT_SECONDS, Fault, FaultRegistry
from monsms_sandbox.handlers.context import Call, DeliverySettings
from monsms_sandbox.ratelimit import RateLimiter
from monsms_sandbox.shapes import ShapeOptions
from monsms_sandbox.validation import zod_type_name

LOGGER = logging.getLogger("monsms_sandbox")


@dataclass(frozen=True)
class Config:
    """Tunable behaviour, changed through `/_sandbox/config`."""

    rate_limit_per_second: float
    delivery_seconds: float
    failure_rate: float
    shapes: ShapeOptions = field(default_factory=ShapeOptions)
    payment_seconds: float = 5.0

    def describe(self) -> dict[str, object]:
        """The configuration as the control API shows it."""
        return {
            "rateLimitPerSecond": self.rate_limit_per_second,
            "deliverySeconds": self.delivery_seconds,
            "failureRate": self.failure_rate,
            "paymentSeconds": self.payment_seconds,
            **self.shapes.describe(),
        }


class Stats:
    """Request counters, for tests that must count calls (e.g. exactly one /campaign/create)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Zero every counter."""
        with self._lock:
            self._requests: Counter[str] = Counter()
            self._routes: Counter[str] = Counter()
            self._processed: Counter[str] = Counter()
            self._faults: Counter[str] = Counter()
            self._rate_limited = 0

    def count(self, kind: str, key: str) -> None:
        """Add one to a counter family ("requests", "routes", "processed", "faults", "rateLimited")."""
        with self._lock:
            if kind == "rateLimited":
                self._rate_limited += 1
            else:
                {
                    "requests": self._requests,
                    "routes": self._routes,
                    "processed": self._processed,
                    "faults": self._faults,
                }[kind][key] += 1

    def snapshot(self) -> dict[str, object]:
        """Every counter, as plain dicts."""
        with self._lock:
            return {
                "requests": dict(self._requests),
                "routes": dict(self._routes),
                "processed": dict(self._processed),
                "faults": dict(self._faults),
                "rateLimited": self._rate_limited,
                "total": sum(self._requests.values()),
            }


class SandboxApp:
    """State and behaviour of one sandbox: database, configuration, faults, limiter, counters."""

    def __init__(
        self,
        db_path: str | Path,
        *,
        delivery_seconds: float = 5.0,
        failure_rate: float = 0.03,
        rate_limit_per_second: float = 20.0,
        shapes: ShapeOptions | None = None,
        payment_seconds: float = 5.0,
    ) -> None:
        self.db = backend.Database(db_path)
        shapes = shapes or ShapeOptions()
        self.defaults = Config(rate_limit_per_second, delivery_seconds, failure_rate, shapes, payment_seconds)
        self.config = self.defaults
        self.faults = FaultRegistry()
        self.limiter = RateLimiter(rate_limit_per_second)
        self.stats = Stats()
        self.stopping = threading.Event()
        self._config_lock = threading.Lock()
        self.root_url = ""  # http://HOST:PORT once serving (set by SandboxServer)

    # -- configuration and accounts (used by the control API and SandboxServer) --

    def configure(
        self,
        *,
        rate_limit_per_second: float | None = None,
        delivery_seconds: float | None = None,
        failure_rate: float | None = None,
        shapes: ShapeOptions | None = None,
        payment_seconds: float | None = None,
    ) -> Config:
        """Change some settings; the others keep their value."""
        with self._config_lock:
            current = self.config
            self.config = Config(
                current.rate_limit_per_second if rate_limit_per_second is None else rate_limit_per_second,
                current.delivery_seconds if delivery_seconds is None else delivery_seconds,
                current.failure_rate if failure_rate is None else failure_rate,
                current.shapes if shapes is None else shapes,
                current.payment_seconds if payment_seconds is None else payment_seconds,
            )
            if rate_limit_per_second is not None:
                self.limiter.configure(rate_limit_per_second)
            return self.config

    def reset(self) -> None:
        """Wipe accounts, faults, counters and buckets; restore the settings given at start."""
        with self.db.transaction() as conn:
            backend.wipe_all(conn)
        self.faults.clear()
        self.stats.reset()
        with self._config_lock:
            self.config = self.defaults
            self.limiter.configure(self.defaults.rate_limit_per_second)

    def create_account(
        self, api_key: str | None = None, *, seed_data: bool = False, credit: int = 10_000
    ) -> str:
        """Create an account (or keep the existing one with that key) and return its API key.
        A seeded account gets the demo ledger's balance instead of `credit`."""
        key = api_key or "sbx_" + secrets.token_hex(16)
        with self.db.transaction() as conn:
            if backend.find_account(conn, key) is not None:
                return key
            account_id = backend.insert_account(conn, key, credit=credit)
            if seed_data:
                seed.seed_account(conn, account_id, now(), self.config.failure_rate)
        return key

    # -- the request pipeline --

    def wait(self, seconds: float) -> None:
        """Sleep, unless the server stops first."""
        if seconds > 0:
            self.stopping.wait(seconds)

    def handle(self, method: str, path: str, raw_body: bytes) -> Answer:
        """Answer one HTTP request."""
        if path.startswith(wallets.CHECKOUT_PREFIX):
            return self._wave_checkout(path[len(wallets.CHECKOUT_PREFIX) :])
        if path.startswith("/_sandbox/"):
            return control_api.dispatch(self, method, path, raw_body)
        if not path.startswith("/v1/"):
            return envelope(False, None, NOT_FOUND)
        sub_path = path[3:]
        self.stats.count("requests", sub_path)
        found = routes.match(method, sub_path)
        if found is not None and found[0].pattern in self.config.shapes.missing_routes:
            found = None  # switched off: answered as an unknown path, like a server without it
        if found is not None:
            self.stats.count("routes", found[0].pattern)
        plan = self.faults.plan(sub_path)
        for kind in plan.fired:
            self.stats.count("faults", kind)
        self.wait(plan.delay_before)
        if plan.failure is not None and plan.failure.phase == "before":
            return self._fault_answer(plan.failure)
        answer = self._process(method, found, raw_body)
        self.wait(plan.delay_after)
        if plan.failure is not None and plan.failure.phase == "after":
            return self._fault_answer(plan.failure)
        return answer

    def _wave_checkout(self, token: str) -> Answer:
        """The Wave checkout page a payer opens: approving here settles the purchase at once (charged, or
        failed for the documented failing payers)."""
        with self.db.transaction() as conn:
            status = wallets.approve_checkout(conn, token.strip("/"), now())
        page = pages.checkout_page(status)
        return Answer(200 if status else 404, "text/html; charset=utf-8", page)

    def _fault_answer(self, fault: Fault) -> Answer:
        if fault.kind == "timeout":
            self.wait(fault.seconds or DEFAULT_TIMEOUT_SECONDS)
            return Answer(close=True)
        if fault.kind == "drop":
            return Answer(close=True)
        if fault.kind == "http_500":
            return Answer(500, "text/html; charset=utf-8", pages.SERVER_ERROR_PAGE)
        if fault.kind == "html":
            return Answer(200, "text/html; charset=utf-8", pages.CAPTIVE_PORTAL_PAGE)
        if fault.kind == "rate_limit":
            return envelope(False, None, TOO_MANY_REQUESTS)
        return envelope(False, None, INTERNAL_ERROR)

    def _process(
        self, method: str, found: tuple[routes.Route, dict[str, str]] | None, raw_body: bytes
    ) -> Answer:
        if found is None:
            return envelope(False, None, NOT_FOUND)
        route, params = found
        try:
            body = parse_body(raw_body) if method == "POST" else {}
        except ValueError:
            return envelope(False, None, BAD_JSON)
        if not isinstance(body, dict):
            issue: dict[str, object] = {
                "code": "invalid_type",
                "expected": "object",
                "received": zod_type_name(body),
                "path": [],
                "message": f"Expected object, received {zod_type_name(body)}",
            }
            return zod_envelope([issue])
        api_key = body.get("apiKey") if isinstance(body.get("apiKey"), str) else None
        if not self.limiter.allow(api_key or "anonymous"):
            self.stats.count("rateLimited", "")
            return envelope(False, None, TOO_MANY_REQUESTS)
        config = self.config
        try:
            with self.db.transaction() as conn:
                account = None
                if route.authenticated:
                    account = backend.find_account(conn, api_key) if api_key else None
                    if account is None:
                        raise ApiError(UNAUTHORIZED)
                    if account["blocked"]:
                        raise ApiError(FORBIDDEN)
                    if wallets.settle_due(conn, account["id"], now()):  # purchases due: credit changed
                        account = backend.find_account(conn, str(api_key))
                call = Call(
                    conn,
                    account,
                    body,
                    params,
                    now(),
                    DeliverySettings(config.delivery_seconds, config.failure_rate, config.payment_seconds),
                    config.shapes,
                    self.root_url,
                )
                data = route.handler(call)
        except ApiError as refusal:
            return envelope(False, None, refusal.message)
        except ValidationFailed as failure:
            return zod_envelope(failure.issues)
        except Exception:
            # The body may hold the API key: log the route only.
            LOGGER.exception("handler of %s failed", route.pattern)
            return envelope(False, None, INTERNAL_ERROR)
        self.stats.count("processed", route.pattern)
        return envelope(True, data, None)

    def close(self) -> None:
        """Release the database."""
        self.stopping.set()
        self.db.close()
