"""The client's request path against a tiny scripted HTTP server of our own: odd answers the sandbox
does not produce (proxy pages, non-200s, shapes of lists and errors), real HTTP, no mocks."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from monsms_core.client import DEFAULT_BASE_URL, MonSmsClient
from monsms_core.client.errors import (
    ConnectionFailedError,
    InvalidResponseError,
    OutcomeUnknownError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    ValidationError,
)

KEY = "local-test-key-0123456789abcdef"
Answer = tuple[
    str, Any
]  # ("json", obj) | ("raw", (status, content_type, bytes)) | ("drop", None) | ("sleep", s)


class ScriptedApi:
    """Answers each path with the next scripted answer (default: an empty success); records requests."""

    def __init__(self) -> None:
        self.script: dict[str, list[Answer]] = {}
        self.requests: list[tuple[str, str, Any]] = []
        self._lock = threading.Lock()
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                api._answer(self, None)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                api._answer(self, json.loads(self.rfile.read(length) or b"null"))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_port}/v1"
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()

    def add(self, path: str, *answers: Answer) -> None:
        self.script.setdefault(path, []).extend(answers)

    def calls(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)

    def _answer(self, handler: BaseHTTPRequestHandler, body: Any) -> None:
        path = handler.path.removeprefix("/v1")
        with self._lock:
            self.requests.append((handler.command, path, body))
            queue = self.script.get(path) or []
            kind, value = queue.pop(0) if queue else ("json", {"success": True, "data": None, "error": None})
        if kind == "drop":
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)
            return
        if kind == "sleep":
            time.sleep(value)
            kind, value = "json", {"success": True, "data": None}
        status, content_type, payload = (
            (200, "application/json", json.dumps(value).encode()) if kind == "json" else value
        )
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(payload)))
        if status == 429:
            handler.send_header("Retry-After", "0")
        handler.end_headers()
        handler.wfile.write(payload)


def ok(data: Any) -> Answer:
    return ("json", {"success": True, "data": data, "error": None})


def fail(error: Any, **extra: Any) -> Answer:
    return ("json", {"success": False, "data": None, "error": error, **extra})


@pytest.fixture
def api() -> Iterator[ScriptedApi]:
    server = ScriptedApi()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def client(api: ScriptedApi) -> Iterator[MonSmsClient]:
    with MonSmsClient(KEY, api.base_url, timeout=(1.0, 0.3), max_retries=2, backoff_base=0.001) as c:
        yield c


def test_key_and_company_travel_in_the_json_body_not_in_the_url(api: ScriptedApi) -> None:
    api.add("/user/credit", ok(1234))
    with MonSmsClient(KEY, api.base_url, company_id="co-1") as c:
        assert c.user.credit() == 1234
        assert KEY not in repr(c) and KEY not in repr(c.contacts)
    method, path, body = api.requests[0]
    assert (method, path) == ("POST", "/user/credit")
    assert body == {"apiKey": KEY, "companyId": "co-1"}
    assert DEFAULT_BASE_URL == "https://rest.monsms.pro/v1"


def test_offers_is_a_get_without_any_key(api: ScriptedApi, client: MonSmsClient) -> None:
    api.add("/offer", ok([{"name": "STARTER", "price": 5000, "credit": 250, "currency": "XOF"}]))
    (offer,) = client.offers.list()
    assert (offer.name, offer.price, offer.credit, offer.extra) == (
        "STARTER",
        5000.0,
        250,
        {"currency": "XOF"},
    )
    assert api.requests == [("GET", "/offer", None)]


@pytest.mark.parametrize(
    "answer",
    [
        ("raw", (200, "text/html", b"<html><body>502 Bad Gateway</body></html>")),
        ("raw", (200, "application/json", b'{"success": tru')),
        ("raw", (502, "application/json", b'{"message": "bad gateway"}')),
        ("raw", (200, "application/json", b"[1, 2]")),
        ("raw", (200, "application/json", b'{"hello": "world"}')),
        ("raw", (200, "text/plain", b"")),
    ],
)
def test_answers_that_are_not_the_envelope(api: ScriptedApi, client: MonSmsClient, answer: Answer) -> None:
    api.add("/user/details", answer, answer, answer)
    with pytest.raises(InvalidResponseError):
        client.user.details()
    assert api.calls("/user/details") == 3  # a read: tried once, retried twice


def test_a_read_recovers_after_transient_failures(api: ScriptedApi, client: MonSmsClient) -> None:
    html = ("raw", (503, "text/html", b"<h1>Maintenance</h1>"))
    api.add(
        "/user/details", html, fail("Internal server error"), ok({"fullName": "Awa", "availableCredit": 7})
    )
    details = client.user.details()
    assert (details.full_name, details.available_credit) == ("Awa", 7)
    assert api.calls("/user/details") == 3


def test_http_429_from_a_proxy_is_a_rate_limit(api: ScriptedApi, client: MonSmsClient) -> None:
    limited = ("raw", (429, "text/plain", b"slow down"))
    api.add("/template/create", limited, limited, limited)
    with pytest.raises(RateLimitedError) as caught:
        client.templates.create("Bonjour")
    assert caught.value.retry_after == 0.0
    assert api.calls("/template/create") == 3  # refused, so even a create may be sent again (bounded)


def test_a_create_answered_with_a_server_error_is_not_retried(api: ScriptedApi, client: MonSmsClient) -> None:
    api.add("/template/create", fail("Internal server error"), ok({"id": "t1", "text": "x"}))
    with pytest.raises(OutcomeUnknownError) as caught:
        client.templates.create("Bonjour")
    assert caught.value.operation == "templates.create"
    assert isinstance(caught.value.cause, ServerError)
    assert api.calls("/template/create") == 1


def test_a_create_answered_with_html_is_outcome_unknown(api: ScriptedApi, client: MonSmsClient) -> None:
    api.add("/contact/create", ("raw", (500, "text/html", b"<html>oops</html>")))
    with pytest.raises(OutcomeUnknownError) as caught:
        client.contacts.create(["2250707123456"])
    assert isinstance(caught.value.cause, InvalidResponseError)
    assert caught.value.cause.status_code == 500
    assert api.calls("/contact/create") == 1


def test_read_timeout_and_dropped_connection(api: ScriptedApi, client: MonSmsClient) -> None:
    api.add("/group/list", ("sleep", 0.8), ("drop", None), ok([]))
    assert client.groups.list().items == []  # a read: the timeout and the drop were retried
    api.add("/group/create", ("sleep", 0.8))
    with pytest.raises(OutcomeUnknownError) as caught:
        client.groups.create("Parents")
    assert isinstance(caught.value.cause, RequestTimeoutError) and caught.value.cause.phase == "read"
    api.add("/group/create", ("drop", None))
    with pytest.raises(OutcomeUnknownError) as caught:
        client.groups.create("Parents")
    assert isinstance(caught.value.cause, ConnectionFailedError) and caught.value.cause.request_sent
    assert api.calls("/group/create") == 2


def test_connection_refused_is_known_not_sent() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens once the socket is closed
    client = MonSmsClient(KEY, f"http://127.0.0.1:{port}/v1", max_retries=1, backoff_base=0.001)
    with client as c, pytest.raises(ConnectionFailedError) as caught:
        c.campaigns.create("Bonjour", contacts=["2250707123456"])
    assert caught.value.request_sent is False  # so it was safe to retry, and it is not "outcome unknown"
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)


def test_zod_error_gives_field_messages(api: ScriptedApi, client: MonSmsClient) -> None:
    zod = {"name": "ZodError", "issues": [{"path": ["contacts", 0, "phone"], "message": "Required"}]}
    api.add("/campaign/create", fail(zod, isZodError=True))
    with pytest.raises(ValidationError) as caught:
        client.campaigns.create("Bonjour", contacts=[{"phone": "x"}])
    assert caught.value.field_errors == {"contacts.0.phone": ["Required"]}
    assert "contacts.0.phone" in caught.value.user_message("fr")


def test_list_shapes_and_iterators(api: ScriptedApi, client: MonSmsClient) -> None:
    def contacts(first: int, n: int) -> list[dict[str, Any]]:
        return [{"id": f"c{i}", "phone": f"22507{i:08d}"} for i in range(first, first + n)]

    api.add("/contact/list", ok({"contacts": contacts(0, 5), "total": 12}))
    page = client.contacts.list(count=5)
    assert (len(page), page.total, page.is_last) == (5, 12, False)
    api.add(
        "/contact/list",
        ok(contacts(0, 5)),
        ok({"data": contacts(5, 5), "meta": {"total": 12}}),
        ok({"items": contacts(10, 2)}),
        ok([]),
    )
    assert [c.id for c in client.contacts.iterate(count=5)] == [f"c{i}" for i in range(12)]
    bodies = [body for _, path, body in api.requests if path == "/contact/list"][1:]
    # A short page is not the end (it may be a cap): reading stops at the first EMPTY page.
    assert [b["page"] for b in bodies] == [1, 2, 3, 4] and {b["count"] for b in bodies} == {5}


def test_an_api_ignoring_page_numbers_does_not_loop_forever(api: ScriptedApi, client: MonSmsClient) -> None:
    same = ok([{"id": f"g{i}", "name": "G"} for i in range(5)])
    api.add("/group/list", same, same)
    with pytest.raises(InvalidResponseError):
        list(client.groups.iterate(count=5))


def test_bad_arguments_fail_before_any_request(api: ScriptedApi, client: MonSmsClient) -> None:
    with pytest.raises(ValueError):
        client.contacts.list(count=2)
    with pytest.raises(ValueError):
        client.campaigns.create("Bonjour")
    with pytest.raises(ValueError):
        client.campaigns.create("Bonjour", contacts=["225"], type="SCHEDULED")
    with pytest.raises(ValueError):
        client.senders.create("AB")
    with pytest.raises(ValueError):
        MonSmsClient(KEY, "rest.monsms.pro/v1")
    assert api.requests == []
