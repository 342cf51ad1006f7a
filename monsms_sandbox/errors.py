"""The failures a handler can raise, and the exact error texts the real API answers with."""

from __future__ import annotations

UNAUTHORIZED = "Unauthorized: invalid or missing API key"
NOT_FOUND = "Not found"
TOO_MANY_REQUESTS = "Too many requests"
INTERNAL_ERROR = "Internal server error"
FORBIDDEN = "Forbidden"
SENDER_NAME_TAKEN = "A sender with this name already exists"
BAD_JSON = "Bad request: the body is not valid JSON"


def insufficient_credit(needed: int, available: int) -> str:
    """The refusal text of a campaign the account cannot pay for."""
    return f"Insufficient credit: {needed} needed, {available} available"


class ApiError(Exception):
    """A refusal answered as `{"success": false, "error": message}`."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(Exception):
    """A zod-like validation failure: answered with `isZodError: true` and the field issues."""

    def __init__(self, issues: list[dict[str, object]]) -> None:
        super().__init__(f"{len(issues)} validation issue(s)")
        self.issues = issues
