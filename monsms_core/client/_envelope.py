"""Reading the API's answer: the `{success, data, error}` envelope, and what a failed one means.

The API answers HTTP 200 whatever happened, so the outcome is read from the body. The `error` field
comes in several shapes (a sentence, a Zod error object, an object with message/code/statusCode, a
list of issues, or — what the vendor's server sends for validation failures, typed String in the Dart
SDK — zod's message: the issues as JSON TEXT) and in French or English; `classify_error` turns any of
them into one exception, with field errors parsed out of JSON text too.
Every text taken from the server goes through `scrub` first so an echoed API key never reaches an
exception message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import requests

from monsms_core.client.errors import (
    ApiError,
    AuthenticationError,
    ForbiddenError,
    InsufficientCreditError,
    InvalidResponseError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ValidationError,
)

Scrub = Callable[[str], str]
_MAX_DETAIL = 300  # server texts are cut: an HTML page or a stack trace has no place in a message

# Lower-cased fragments, checked in this order (credit before "invalid", rate limit before "limit"…).
_TEXT_RULES: tuple[tuple[type[ApiError], tuple[str, ...]], ...] = (
    (
        RateLimitedError,
        (
            "too many request",
            "rate limit",
            "ratelimit",
            "trop de requêtes",
            "trop de demandes",
            "trop de requetes",
            "quota",
        ),
    ),
    (
        InsufficientCreditError,
        (
            "insufficient credit",
            "not enough credit",
            "insufficient balance",
            "crédit insuffisant",
            "credit insuffisant",
            "solde insuffisant",
            "pas assez de crédit",
            "pas assez de credit",
        ),
    ),
    (
        AuthenticationError,
        (
            "unauthorized",
            "unauthorised",
            "unauthenticated",
            "not authenticated",
            "api key",
            "apikey",
            "clé api",
            "cle api",
            "clé d'api",
            "non authentifié",
            "non autorisé",
            "authentication",
            "authentification",
        ),
    ),
    (
        ForbiddenError,
        (
            "forbidden",
            "interdit",
            "access denied",
            "accès refusé",
            "acces refuse",
            "not allowed",
            "permission",
            "blocked",
            "bloqué",
        ),
    ),
    (
        NotFoundError,
        ("not found", "introuvable", "does not exist", "n'existe pas", "inexistant", "non trouvé", "no such"),
    ),
    (
        ServerError,
        (
            "internal server error",
            "server error",
            "erreur interne",
            "erreur serveur",
            "erreur du serveur",
            "service unavailable",
            "indisponible",
            "internal error",
        ),
    ),
    (
        ValidationError,
        (
            "validation",
            "invalid",
            "invalide",
            "required",
            "requis",
            "obligatoire",
            "bad request",
            "must be",
            "doit être",
        ),
    ),
)
_STATUS_RULES: dict[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthenticationError,
    402: InsufficientCreditError,
    403: ForbiddenError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitedError,
}
_CODE_RULES: dict[str, type[ApiError]] = {
    "UNAUTHORIZED": AuthenticationError,
    "UNAUTHENTICATED": AuthenticationError,
    "FORBIDDEN": ForbiddenError,
    "NOT_FOUND": NotFoundError,
    "TOO_MANY_REQUESTS": RateLimitedError,
    "RATE_LIMITED": RateLimitedError,
    "BAD_REQUEST": ValidationError,
    "VALIDATION_ERROR": ValidationError,
    "INSUFFICIENT_CREDIT": InsufficientCreditError,
    "PAYMENT_REQUIRED": InsufficientCreditError,
    "INTERNAL_SERVER_ERROR": ServerError,
    "SERVICE_UNAVAILABLE": ServerError,
}
_CREDIT_NUMBERS = re.compile(
    r"(\d[\d\s\u202f,.]*)\s*(?:needed|requis|nécessaires?|necessaires?|required)"
    r"\D+(\d[\d\s\u202f,.]*)\s*(?:available|disponibles?)",
    re.IGNORECASE,
)
_RETRY_AFTER = re.compile(r"(?:retry|réessayez|reessayez|try again)\D{0,20}(\d+(?:\.\d+)?)", re.IGNORECASE)


def read_envelope(response: requests.Response, scrub: Scrub) -> Any:
    """The `data` of a successful answer; raises the mapped error otherwise.

    Raises InvalidResponseError for anything that is not the JSON envelope (HTML page, garbled body,
    a non-2xx status without an envelope) and an ApiError subclass for `success: false`.
    """
    status = response.status_code
    body = _decode_json(response)
    if isinstance(body, Mapping) and body.get("success") is False:
        raise classify_error(
            body.get("error"),
            scrub,
            is_zod=bool(body.get("isZodError")),
            status_code=status,
            retry_after=_retry_after_header(response),
        )
    if status == 429:  # a proxy's own refusal: nothing was processed
        raise RateLimitedError(f"HTTP {status}", retry_after=_retry_after_header(response))
    if not 200 <= status < 300:
        raise InvalidResponseError(f"HTTP {status} {_content_kind(response)}", status_code=status)
    if body is _NOT_JSON:
        raise InvalidResponseError(f"not JSON ({_content_kind(response)})", status_code=status)
    if not isinstance(body, Mapping):
        raise InvalidResponseError(f"JSON {type(body).__name__} instead of an envelope", status_code=status)
    if body.get("success") is True or ("success" not in body and "data" in body and not body.get("error")):
        return body.get("data")
    if "success" not in body and body.get("error"):
        raise classify_error(
            body.get("error"), scrub, is_zod=bool(body.get("isZodError")), status_code=status
        )
    raise InvalidResponseError("JSON without a success/data envelope", status_code=status)


_NOT_JSON = object()


def _decode_json(response: requests.Response) -> Any:
    text = response.content.decode("utf-8", errors="replace").strip()
    if not text or text.startswith("<"):
        return _NOT_JSON
    try:
        return json.loads(text)
    except ValueError:
        return _NOT_JSON


def _content_kind(response: requests.Response) -> str:
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip() or "no content type"
    return "HTML page" if "html" in content_type or response.content.lstrip()[:1] == b"<" else content_type


def _retry_after_header(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: rare enough that the usual backoff is fine


def classify_error(
    error: Any,
    scrub: Scrub,
    *,
    is_zod: bool = False,
    status_code: int | None = None,
    retry_after: float | None = None,
) -> ApiError:
    """The exception for an envelope's `error`, whatever its shape or language."""
    error = _decoded(error)
    field_errors = _field_errors(error)
    if is_zod or field_errors:
        return ValidationError(
            _detail(_message_of(error) or "validation failed", scrub), field_errors=field_errors
        )
    text = _message_of(error)
    cls = _class_from_code(error) or _class_from_text(text)
    if cls is None and status_code is not None:
        cls = _STATUS_RULES.get(status_code) or (ServerError if status_code >= 500 else None)
    cls = cls or ApiError
    detail = _detail(text or "no error text", scrub)
    if cls is RateLimitedError:
        return RateLimitedError(
            detail, retry_after=retry_after if retry_after is not None else _hint(error, text)
        )
    if cls is InsufficientCreditError:
        needed, available = _credit_numbers(text)
        return InsufficientCreditError(detail, needed=needed, available=available)
    return cls(detail)


def _decoded(error: Any) -> Any:
    """A string error that holds JSON (zod's message is `JSON.stringify(issues, null, 2)`) as the JSON
    value it holds; any other error unchanged."""
    if not isinstance(error, str) or error.lstrip()[:1] not in ("[", "{"):
        return error
    try:
        value = json.loads(error)
    except ValueError:
        return error
    return value if isinstance(value, list | Mapping) else error


def _message_of(error: Any) -> str:
    if isinstance(error, str):
        return error
    if isinstance(error, Mapping):
        for key in ("message", "error", "msg", "detail", "description", "name"):
            if isinstance(error.get(key), str) and error[key].strip():
                return error[key]
            if isinstance(error.get(key), Mapping):
                return _message_of(error[key])
    if isinstance(error, list) and error:
        return "; ".join(filter(None, (_message_of(item) for item in error)))
    return ""


def _class_from_code(error: Any) -> type[ApiError] | None:
    if not isinstance(error, Mapping):
        return None
    code = error.get("code") or error.get("type")
    if isinstance(code, str) and code.strip().upper().replace("-", "_") in _CODE_RULES:
        return _CODE_RULES[code.strip().upper().replace("-", "_")]
    for key in ("statusCode", "status", "code"):
        status = error.get(key)
        if isinstance(status, int) and not isinstance(status, bool):
            if status in _STATUS_RULES:
                return _STATUS_RULES[status]
            if status >= 500:
                return ServerError
    return None


def _class_from_text(text: str) -> type[ApiError] | None:
    lowered = text.lower()
    for cls, fragments in _TEXT_RULES:
        if any(fragment in lowered for fragment in fragments):
            return cls
    return None


def _field_errors(error: Any) -> dict[str, list[str]]:
    """Field → messages from a Zod error (`issues`), a flattened Zod error (`fieldErrors`) or a list."""
    if isinstance(error, Mapping):
        if isinstance(error.get("fieldErrors"), Mapping):
            return {
                str(k): [str(m) for m in (v if isinstance(v, list) else [v])]
                for k, v in error["fieldErrors"].items()
            }
        issues = error.get("issues") or error.get("errors")
    else:
        issues = error
    result: dict[str, list[str]] = {}
    if isinstance(issues, list):
        for issue in issues:
            if isinstance(issue, Mapping) and ("path" in issue or "field" in issue):
                path = issue.get("path", issue.get("field"))
                name = ".".join(str(p) for p in path) if isinstance(path, list) else str(path or "")
                result.setdefault(name, []).append(
                    str(issue.get("message") or issue.get("code") or "invalid")
                )
    return result


def _detail(text: str, scrub: Scrub) -> str:
    text = " ".join(scrub(text).split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


def _hint(error: Any, text: str) -> float | None:
    if isinstance(error, Mapping):
        for key in ("retryAfter", "retry_after", "retryAfterSeconds"):
            value = error.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
                return float(value)
    match = _RETRY_AFTER.search(text)
    return float(match.group(1)) if match else None


def _credit_numbers(text: str) -> tuple[int | None, int | None]:
    match = _CREDIT_NUMBERS.search(text)
    if not match:
        return None, None
    return _int(match.group(1)), _int(match.group(2))


def _int(text: str) -> int | None:
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None
