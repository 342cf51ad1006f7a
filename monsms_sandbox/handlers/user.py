"""`/user/details` and `/user/credit`."""

from __future__ import annotations

from monsms_sandbox.common import iso
from monsms_sandbox.handlers.context import Call


def details(call: Call) -> dict[str, object]:
    """The calling account."""
    account = call.account
    assert account is not None
    return {
        "id": account["id"],
        "fullName": account["full_name"],
        "emailAddress": account["email"],
        "phoneNumber": account["phone"],
        "availableCredit": int(account["credit"]),
        "isVerified": bool(account["is_verified"]),
        "blocked": bool(account["blocked"]),
        "country": account["country"],
        "createdAt": iso(account["created_at"]),
        "updatedAt": iso(account["updated_at"]),
    }


def credit(call: Call) -> int:
    """The available SMS credit, a bare integer."""
    assert call.account is not None
    return int(call.account["credit"])
