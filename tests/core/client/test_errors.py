"""Error classification of the envelope's `error`, and what each error says to people and to logs."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from urllib3.connectionpool import HTTPConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)

from monsms_core.client._envelope import classify_error
from monsms_core.client._transport import _transport_error
from monsms_core.client.errors import (
    ApiError,
    AuthenticationError,
    ConnectionFailedError,
    ForbiddenError,
    InsufficientCreditError,
    InvalidResponseError,
    MonSmsError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    ValidationError,
)
from monsms_core.i18n import catalog

SECRET = "sk_live_9f8e7d6c5b4a39281706"


def scrub(text: str) -> str:
    return text.replace(SECRET, "***")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        # the sandbox's exact texts (interfaces.md)
        ("Unauthorized: invalid or missing API key", AuthenticationError),
        ("Not found", NotFoundError),
        ("Too many requests", RateLimitedError),
        ("Insufficient credit: 5 needed, 3 available", InsufficientCreditError),
        ("Internal server error", ServerError),
        ("Forbidden", ForbiddenError),
        # plausible variants, French and English
        ("Clé API invalide", AuthenticationError),
        ("Non autorisé", AuthenticationError),
        ("Invalid API key provided", AuthenticationError),
        ("Accès refusé : compte bloqué", ForbiddenError),
        ("Contact introuvable", NotFoundError),
        ("Campaign does not exist", NotFoundError),
        ("Trop de requêtes, réessayez dans 3 secondes", RateLimitedError),
        ("Rate limit exceeded", RateLimitedError),
        ("Crédit insuffisant", InsufficientCreditError),
        ("Solde insuffisant pour cette campagne", InsufficientCreditError),
        ("Erreur interne du serveur", ServerError),
        ("Le champ text est requis", ValidationError),
        ("Quelque chose d'étrange", ApiError),
        (None, ApiError),
        # objects with message / code / statusCode
        ({"message": "Not Found", "statusCode": 404}, NotFoundError),
        ({"code": "UNAUTHORIZED", "message": "nope"}, AuthenticationError),
        ({"code": "TOO_MANY_REQUESTS", "retryAfter": 2}, RateLimitedError),
        ({"statusCode": 503, "message": "upstream"}, ServerError),
        ({"status": 403}, ForbiddenError),
        ({"error": {"message": "Forbidden"}}, ForbiddenError),
        ({"formErrors": [], "fieldErrors": {"phone": ["Invalid phone"]}}, ValidationError),
        ([{"path": ["name"], "message": "Too short"}], ValidationError),
    ],
)
def test_error_shapes_are_classified(error: Any, expected: type[ApiError]) -> None:
    assert type(classify_error(error, scrub)) is expected


def test_zod_issues_become_field_errors() -> None:
    error = {
        "name": "ZodError",
        "issues": [
            {"path": ["text"], "message": "Required", "code": "invalid_type"},
            {"path": ["contacts", 2, "phone"], "message": "Invalid"},
            {"path": ["text"], "message": "Too long"},
        ],
    }
    exc = classify_error(error, scrub, is_zod=True)
    assert isinstance(exc, ValidationError)
    assert exc.field_errors == {"text": ["Required", "Too long"], "contacts.2.phone": ["Invalid"]}
    assert "text" in exc.user_message("fr") and "contacts.2.phone" in exc.user_message("en")


def test_numbers_and_hints_are_read_from_the_text() -> None:
    credit = classify_error("Insufficient credit: 1200 needed, 350 available", scrub)
    assert isinstance(credit, InsufficientCreditError)
    assert (credit.needed, credit.available) == (1200, 350)
    fr = credit.user_message("fr").replace("\u202f", " ").replace("\xa0", " ")
    assert "1 200" in fr and "350" in fr
    assert "1,200" in credit.user_message("en")
    french = classify_error("Crédit insuffisant : 40 nécessaires, 12 disponibles", scrub)
    assert (french.needed, french.available) == (40, 12)
    limited = classify_error("Trop de requêtes, réessayez dans 3 secondes", scrub)
    assert limited.retry_after == 3.0
    assert classify_error({"code": "RATE_LIMITED", "retryAfter": 1.5}, scrub).retry_after == 1.5
    assert classify_error("Too many requests", scrub, retry_after=4.0).retry_after == 4.0


def test_an_echoed_key_never_reaches_the_exception() -> None:
    exc = classify_error(f"Unauthorized: key {SECRET} is revoked", scrub)
    assert isinstance(exc, AuthenticationError)
    for text in (str(exc), repr(exc), repr(exc.args), exc.detail, exc.user_message("fr")):
        assert SECRET not in text
    long = classify_error("x" * 5000, scrub)
    assert len(str(long)) < 400  # an HTML page or stack trace is cut, not carried along


ALL_ERRORS: list[MonSmsError] = [
    MonSmsError("boom"),
    ApiError("odd"),
    AuthenticationError("Unauthorized"),
    ForbiddenError("Forbidden"),
    NotFoundError("Not found"),
    ServerError("Internal server error"),
    ValidationError("bad", field_errors={"text": ["Required"]}),
    ValidationError("bad"),
    RateLimitedError("Too many requests", retry_after=2),
    InsufficientCreditError("Insufficient credit"),
    InsufficientCreditError("Insufficient credit", needed=10, available=2),
    TransportError("x"),
    RequestTimeoutError("read timeout", phase="read"),
    ConnectionFailedError("refused", request_sent=False),
    InvalidResponseError("HTML page", status_code=502),
    OutcomeUnknownError("campaigns.create", RequestTimeoutError("read timeout")),
]


@pytest.mark.parametrize("error", ALL_ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_has_a_code_and_sentences_in_both_languages(error: MonSmsError) -> None:
    assert f"errors.{error.code}" in catalog()
    fr, en = error.user_message("fr"), error.user_message("en")
    assert fr != en and not fr.startswith("errors.") and not en.startswith("errors.")
    assert fr.endswith(".") and en.endswith(".")
    assert error.code in str(error) and type(error).__name__ in repr(error)


def test_hierarchy_and_retry_hints() -> None:
    timeout = RequestTimeoutError("connect timeout", phase="connect")
    assert isinstance(timeout, TransportError) and timeout.request_sent is False and timeout.retryable
    assert RequestTimeoutError("read timeout").request_sent is True
    assert RateLimitedError().retryable and ServerError().retryable
    assert not AuthenticationError().retryable and not ValidationError().retryable
    unknown = OutcomeUnknownError("contacts.create", ConnectionFailedError("reset"))
    assert unknown.operation == "contacts.create" and not unknown.retryable
    assert "contacts.create" in str(unknown)
    exc = NotFoundError("Not found")
    exc.set_operation("groups.get")
    assert "groups.get" in str(exc) and exc.args == (str(exc),)


def test_requests_failures_say_whether_the_request_could_have_left() -> None:
    """Which requests/urllib3 failures count as "never sent" (a write may be retried) — the exact list."""
    pool = HTTPConnectionPool("127.0.0.1", 9)
    never_sent = [
        requests.ConnectTimeout(MaxRetryError(pool, "/v1/x", ConnectTimeoutError(pool, "timed out"))),
        requests.ConnectionError(MaxRetryError(pool, "/v1/x", NewConnectionError(pool, "refused"))),
        requests.exceptions.SSLError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
    ]
    maybe_sent = [
        requests.ReadTimeout(ReadTimeoutError(pool, "/v1/x", "read timed out")),
        requests.ConnectionError(ReadTimeoutError(pool, "/v1/x", "read timed out")),  # while reading the body
        requests.ConnectionError(ProtocolError("Connection aborted.", ConnectionResetError())),
        requests.exceptions.ChunkedEncodingError(ProtocolError("cut")),
        requests.exceptions.SSLError("[SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC]"),
    ]
    assert [_transport_error(e).request_sent for e in never_sent] == [False, False, False]
    assert [_transport_error(e).request_sent for e in maybe_sent] == [True] * 5
    assert isinstance(_transport_error(never_sent[0]), RequestTimeoutError)
    assert _transport_error(maybe_sent[1]).code == "timeout"
