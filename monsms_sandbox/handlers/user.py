"""`/user/details` and `/user/credit`."""

from __future__ import annotations

import hashlib

from monsms_sandbox.common import iso
from monsms_sandbox.handlers.context import Call


def details(call: Call) -> dict[str, object]:
    """The calling account, secrets included as the vendor's UserModel has them (`apiKey`, a `password`
    hash, a session `token`): the client must drop them, and tests check it does."""
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
        "apiKey": account["api_key"],
        "password": "$2b$10$" + hashlib.sha256(("pw" + account["id"]).encode()).hexdigest()[:53],
        "token": "tok_" + hashlib.sha256(("token" + account["api_key"]).encode()).hexdigest()[:40],
        "isAdmin": False,
        "newUser": False,
        "createdAt": iso(account["created_at"]),
        "updatedAt": iso(account["updated_at"]),
    }


def credit(call: Call) -> int:
    """The available SMS credit, a bare integer."""
    assert call.account is not None
    return int(call.account["credit"])
