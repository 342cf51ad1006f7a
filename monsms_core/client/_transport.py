"""The one request path of the client: every API call goes through `Transport.call`.

It injects the API key (and companyId) into the JSON body, POSTs with explicit (connect, read)
timeouts over a pooled `requests.Session`, reads the envelope, maps failures to `monsms_core.client.errors`
and applies the retry policy:

* Reads (list, get, details, credit, offers) are retried — exponential backoff with full jitter,
  at most `max_retries` times — on every TransportError (timeouts, refused/dropped connections,
  HTML/non-JSON/non-200 answers), on ServerError and on RateLimitedError (waiting at least the
  server's Retry-After hint when it gives one).
* Writes (create, update, delete, toggle) are retried ONLY when the API surely did not process them:
  - the request never left this machine: connect timeout, connection refused, DNS failure, a TLS
    certificate refused during the handshake;
  - the API refused it with "Too many requests" (RateLimitedError, envelope or HTTP 429) — a refusal,
    so nothing was stored; bounded by the same `max_retries`.
  Any failure after the request may have reached the server — read timeout, connection reset or
  dropped after sending, HTML/garbled/non-200 answer, `success: false` with a server error — raises
  OutcomeUnknownError(operation, cause) at once, never a retry: the caller reconciles.
  Definitive refusals (auth, validation, not found, forbidden, insufficient credit) raise as they are.

Only method, path, attempt, duration and outcome are logged (DEBUG); never the body, which holds the key.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import MaxRetryError, NewConnectionError, ReadTimeoutError

from monsms_core.client._envelope import read_envelope
from monsms_core.client._routes import PathChoices
from monsms_core.client.errors import (
    ConnectionFailedError,
    MonSmsError,
    OutcomeUnknownError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
)

logger = logging.getLogger("monsms_core.client")

Kind = Literal["read", "write"]
USER_AGENT = "monsms-dashboard/0.1 (+python-requests)"
REDACTED = "***"


class _QuietHTTPConnection(HTTPConnection):
    # http.client prints whole request bodies (the API key included) to stdout when its class-level
    # debuglevel is raised anywhere in the process; pinning it on our own connection classes means a
    # stray `http.client.HTTPConnection.debuglevel = 1` elsewhere can never dump our bodies.
    debuglevel = 0


class _QuietHTTPSConnection(HTTPSConnection):
    debuglevel = 0


class _QuietHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _QuietHTTPConnection


class _QuietHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _QuietHTTPSConnection


class _QuietAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections never print debug output, with urllib3's own retries off."""

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **kw: Any) -> None:
        super().init_poolmanager(connections, maxsize, block, **kw)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _QuietHTTPConnectionPool,
            "https": _QuietHTTPSConnectionPool,
        }


class Transport:
    """Holds one account's session and credentials; `call` is the only way a request is made."""

    def __init__(
        self,
        api_key: str,
        base_url: str,
        *,
        timeout: tuple[float, float],
        max_retries: int,
        company_id: str | None,
        backoff_base: float,
        backoff_max: float,
        pool_size: int,
    ) -> None:
        if not api_key or not isinstance(api_key, str):
            raise ValueError("an API key is required")
        if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).netloc:
            raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
        if len(timeout) != 2 or min(timeout) <= 0:
            raise ValueError("timeout must be a (connect, read) pair of positive seconds")
        self._api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeout = (float(timeout[0]), float(timeout[1]))
        self.max_retries = max(0, int(max_retries))
        self.company_id = company_id
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.path_choices = PathChoices()  # which form of each unconfirmed path this account serves
        self._random = random.Random()
        self.session = requests.Session()
        self.session.trust_env = True  # honour HTTPS_PROXY / CA bundle settings of the host
        adapter = _QuietAdapter(pool_connections=4, pool_maxsize=pool_size, max_retries=0)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.session.headers.update({"Accept": "application/json", "User-Agent": USER_AGENT})

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r}, company_id={self.company_id!r})"

    def scrub(self, text: str) -> str:
        """`text` without this account's API key (servers sometimes echo what they were sent)."""
        return text.replace(self._api_key, REDACTED) if self._api_key in text else text

    def close(self) -> None:
        """Release the pooled connections."""
        self.session.close()

    def call(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        kind: Kind,
        operation: str,
        method: Literal["POST", "GET"] = "POST",
        authenticated: bool = True,
    ) -> Any:
        """POST `body` (+ credentials) to `path`, return the envelope's `data`, retrying per the policy.

        `authenticated=False` sends the body without the API key and companyId: endpoints that need no
        key (the AI helpers) never get it, so it cannot leak through them."""
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                data = self._send_once(method, path, body, authenticated)
            except MonSmsError as error:
                error.set_operation(operation)
                elapsed_ms = (time.monotonic() - started) * 1000
                if attempt < self.max_retries and self._may_retry(error, kind):
                    delay = self._delay(attempt, error)
                    logger.debug(
                        "%s %s -> %s after %.0f ms (attempt %d), retrying in %.2f s",
                        method,
                        path,
                        error.code,
                        elapsed_ms,
                        attempt + 1,
                        delay,
                    )
                    time.sleep(delay)
                    attempt += 1
                    continue
                logger.debug(
                    "%s %s -> %s after %.0f ms (attempt %d), giving up",
                    method,
                    path,
                    error.code,
                    elapsed_ms,
                    attempt + 1,
                )
                if kind == "write" and _outcome_unknown(error):
                    raise OutcomeUnknownError(operation, error) from error
                raise
            logger.debug(
                "%s %s -> ok in %.0f ms (attempt %d)",
                method,
                path,
                (time.monotonic() - started) * 1000,
                attempt + 1,
            )
            return data

    def _send_once(self, method: str, path: str, body: Mapping[str, Any] | None, authenticated: bool) -> Any:
        url = f"{self.base_url}/{path.lstrip('/')}"
        try:
            if method == "GET":
                response = self.session.get(url, timeout=self.timeout)
            else:
                payload = dict(body or {})
                if authenticated:
                    payload["apiKey"] = self._api_key
                    if self.company_id is not None:
                        payload["companyId"] = self.company_id
                response = self.session.post(
                    url,
                    data=json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8"),
                    headers={"Content-Type": "application/json; charset=utf-8"},
                    timeout=self.timeout,
                )
            # The body is read inside session.post (stream=False), so timeouts there are covered too.
            return read_envelope(response, self.scrub)
        except requests.RequestException as exc:
            raise _transport_error(exc) from _forget_request(exc)

    def _may_retry(self, error: MonSmsError, kind: Kind) -> bool:
        if kind == "read":
            return isinstance(error, TransportError | ServerError | RateLimitedError)
        if isinstance(error, RateLimitedError):
            return True  # the API refused it: not processed, safe to send again
        return isinstance(error, TransportError) and not error.request_sent

    def _delay(self, attempt: int, error: MonSmsError) -> float:
        ceiling = min(self.backoff_max, self.backoff_base * (2**attempt))
        delay = self._random.uniform(0, ceiling)  # full jitter: spreads retries of many sessions apart
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            delay = max(delay, min(error.retry_after, max(self.backoff_max, 60.0)))
        return delay


def _outcome_unknown(error: MonSmsError) -> bool:
    """True when a write may have been applied although we got no success answer."""
    if isinstance(error, TransportError):
        return error.request_sent
    return isinstance(error, ServerError)


def _forget_request(exc: requests.RequestException) -> requests.RequestException:
    # requests keeps the prepared request (whose body holds the API key) on its exceptions; it
    # would stay reachable from our exception's __cause__, so drop it.
    exc.request = None
    return exc


def _transport_error(exc: requests.RequestException) -> TransportError:
    """The TransportError for a requests failure, knowing whether the request could have been sent."""
    reason = exc.args[0] if exc.args else None
    if isinstance(exc, requests.ConnectTimeout):
        return RequestTimeoutError("connect timeout", phase="connect")
    if isinstance(exc, requests.ReadTimeout) or isinstance(reason, ReadTimeoutError):
        return RequestTimeoutError("read timeout", phase="read")
    if isinstance(exc, requests.exceptions.SSLError):
        # A refused certificate ends the handshake before anything is sent; other TLS errors may
        # happen after the body went out, so they count as possibly sent.
        refused_certificate = "certificate verify failed" in str(exc).lower()
        return ConnectionFailedError("TLS error", request_sent=not refused_certificate)
    if isinstance(reason, MaxRetryError) and isinstance(reason.reason, NewConnectionError):
        return ConnectionFailedError("connection refused or host unknown", request_sent=False)
    if isinstance(exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError):
        return ConnectionFailedError("answer cut off while reading")
    return ConnectionFailedError(f"connection failed ({type(reason or exc).__name__})")
