"""Every failure the Mon SMS PRO client can report, as one small exception hierarchy.

    MonSmsError
    ├── ApiError                    the API answered, with `success: false`
    │   ├── AuthenticationError       API key missing, wrong or revoked
    │   ├── ForbiddenError            the account may not do this
    │   ├── ValidationError           a field is wrong (`field_errors`)
    │   ├── NotFoundError             the id does not exist (any more)
    │   ├── RateLimitedError          too many requests (`retry_after` when known); NOT processed
    │   ├── InsufficientCreditError   not enough SMS credit (`needed`, `available` when known)
    │   └── ServerError               the API says it failed internally
    ├── TransportError              no usable answer came back
    │   ├── RequestTimeoutError       connect or read timeout (`phase`)
    │   ├── ConnectionFailedError     refused, reset, dropped
    │   └── InvalidResponseError      non-200, HTML, non-JSON, no envelope
    └── OutcomeUnknownError         a write may or may not have been applied: reconcile before retrying

Every error is a problem record (`monsms_core.i18n.problems`): a stable `code` (for logs, audits and
tests) and `user_message(lang)`, a short sentence
for a non-technical reader saying what to do next. Messages are built by this package only, from
counts and field names: `str()`, `repr()` and `args` never hold the API key or a request body.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monsms_core.i18n.formatting import format_number
from monsms_core.i18n.problems import Problem


class MonSmsError(Problem, Exception):
    """Base of every error raised by `monsms_core.client`; its sentence is the catalog's "errors.<code>"."""

    catalog = "errors"
    code: str = "error"

    def __init__(self, detail: str = "", *, operation: str | None = None) -> None:
        self.detail = detail
        self.operation = operation
        super().__init__(self._text())

    def set_operation(self, operation: str) -> None:
        """Name the client call that failed (e.g. "contacts.list"); shown in str() for logs."""
        self.operation = operation
        self.args = (self._text(),)

    def _text(self) -> str:
        where = f" [{self.operation}]" if self.operation else ""
        return f"{self.code}{where}: {self.detail}" if self.detail else f"{self.code}{where}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._text()!r})"

    @property
    def params(self) -> dict[str, Any]:
        """What the sentence says besides the code (nothing, unless a subclass knows more)."""
        return {}

    @property
    def retryable(self) -> bool:
        """True when the same call may simply be tried again later (nothing was applied)."""
        return False


class ApiError(MonSmsError):
    """The API answered with `success: false`; `detail` is its (sanitised) error text."""

    code = "api_error"


class AuthenticationError(ApiError):
    """The API key is missing, wrong or revoked."""

    code = "auth_failed"


class ForbiddenError(ApiError):
    """The account is not allowed to do this (blocked account, unverified sender…)."""

    code = "forbidden"


class NotFoundError(ApiError):
    """The contact, group, campaign… does not exist, or no longer does."""

    code = "not_found"


class ServerError(ApiError):
    """The API reports an internal failure."""

    code = "server_error"

    @property
    def retryable(self) -> bool:
        return True


class ValidationError(ApiError):
    """Some fields were refused; `field_errors` maps a dotted field path to its messages."""

    code = "invalid_request"

    def __init__(
        self,
        detail: str = "",
        *,
        field_errors: Mapping[str, list[str]] | None = None,
        operation: str | None = None,
    ) -> None:
        self.field_errors: dict[str, list[str]] = {k: list(v) for k, v in (field_errors or {}).items()}
        super().__init__(detail, operation=operation)

    def _text(self) -> str:
        base = super()._text()
        return f"{base} (fields: {', '.join(self.field_errors)})" if self.field_errors else base

    @property
    def params(self) -> dict[str, Any]:
        """The refused fields' names, when the API named them."""
        return {"fields": ", ".join(f or "?" for f in self.field_errors)} if self.field_errors else {}

    def message_key(self) -> str:
        return "errors.invalid_request_fields" if self.field_errors else "errors.invalid_request"


class RateLimitedError(ApiError):
    """Too many requests: the API refused the call without processing it."""

    code = "rate_limited"

    def __init__(
        self, detail: str = "", *, retry_after: float | None = None, operation: str | None = None
    ) -> None:
        self.retry_after = retry_after
        super().__init__(detail, operation=operation)

    @property
    def retryable(self) -> bool:
        return True


class InsufficientCreditError(ApiError):
    """Not enough SMS credit for the campaign; `needed`/`available` when the API says so."""

    code = "insufficient_credit"

    def __init__(
        self,
        detail: str = "",
        *,
        needed: int | None = None,
        available: int | None = None,
        operation: str | None = None,
    ) -> None:
        self.needed = needed
        self.available = available
        super().__init__(detail, operation=operation)

    @property
    def params(self) -> dict[str, Any]:
        """The amounts, when the API told both."""
        if self.needed is None or self.available is None:
            return {}
        return {"needed": self.needed, "available": self.available}

    def message_key(self) -> str:
        return "errors.insufficient_credit_amounts" if self.params else "errors.insufficient_credit"

    def message_params(self, lang: str | None) -> dict[str, object]:
        return {name: format_number(value, lang) for name, value in self.params.items()}


class TransportError(MonSmsError):
    """No usable answer came back from the API.

    `request_sent` is False only when the request surely never left this machine (connect-phase
    failure), which is what makes retrying a write safe.
    """

    code = "transport_error"

    def __init__(self, detail: str = "", *, request_sent: bool = True, operation: str | None = None) -> None:
        self.request_sent = request_sent
        super().__init__(detail, operation=operation)

    @property
    def retryable(self) -> bool:
        return True


class RequestTimeoutError(TransportError):
    """The API did not answer in time; `phase` is "connect" or "read"."""

    code = "timeout"

    def __init__(self, detail: str = "", *, phase: str = "read", operation: str | None = None) -> None:
        self.phase = phase
        super().__init__(detail, request_sent=phase != "connect", operation=operation)


class ConnectionFailedError(TransportError):
    """The connection was refused, reset or dropped."""

    code = "connection_failed"


class InvalidResponseError(TransportError):
    """An answer came back but is not the API's JSON envelope (proxy page, outage, garbled body)."""

    code = "invalid_response"

    def __init__(
        self,
        detail: str = "",
        *,
        status_code: int | None = None,
        operation: str | None = None,
    ) -> None:
        self.status_code = status_code
        super().__init__(detail, request_sent=True, operation=operation)


class OutcomeUnknownError(MonSmsError):
    """A create/update/delete may have been applied by the API, or not: nobody can tell.

    Raised instead of retrying (a retry could send a campaign twice). `operation` names the call
    (e.g. "campaigns.create") and `cause` is the error that made the outcome unknown; the caller must
    reconcile (look the object up) before trying again.
    """

    code = "outcome_unknown"

    def __init__(self, operation: str, cause: MonSmsError) -> None:
        self.cause = cause
        super().__init__(f"{cause.code}: {cause.detail}" if cause.detail else cause.code, operation=operation)
