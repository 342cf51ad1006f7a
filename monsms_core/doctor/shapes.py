"""What the client expects of each answer, written from the vendor's Dart SDK models, and the check.

A shape maps a field (dotted for nested objects: "_count.contacts") to a kind; a trailing "?" makes
the field optional (absent or null is fine, a present value must still have the kind). Kinds: "str",
"int", "number", "bool", "datetime" (ISO 8601 text), "object", "list", "time" (a recurring day: ISO
date-time, as the current SDK sends it), or "enum:A|B|C". `check_shape` lists every difference; an
empty list means the answer is what the client reads best.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from monsms_core.client.models import parse_datetime

Shape = Mapping[str, str]

# lib/models/core/user_model.dart (secrets apiKey/password/token exist there but are never checked)
USER = {"id": "str", "fullName": "str", "phoneNumber": "str?", "emailAddress": "str?",
        "availableCredit": "int", "isVerified": "bool?", "blocked": "bool?",
        "createdAt": "datetime"}  # fmt: skip
# lib/models/sender/sender_model.dart
SENDER = {"id": "str", "name": "str", "status": "enum:PENDING|SUBMITED|ACCEPTED|REFUSED",
          "archived": "bool?", "createdAt": "datetime"}  # fmt: skip
# lib/models/contact/contact_model.dart
CONTACT = {"id": "str", "phone": "str", "name": "str?", "firstName": "str?", "lastName": "str?",
           "sex": "enum:M|F?", "createdAt": "datetime?"}  # fmt: skip
# lib/models/group/group_model.dart
GROUP = {"id": "str", "name": "str", "createdAt": "datetime", "_count.contacts": "int"}
GROUP_DETAILS = {"id": "str", "name": "str", "createdAt": "datetime", "contacts": "list"}
# lib/models/campaign/campaign_model.dart
CAMPAIGN = {"id": "str", "text": "str", "type": "enum:SMS|FLASH|SCHEDULED|RECURRING",
            "contactCount": "int", "creditUsed": "int", "createdAt": "datetime", "_count": "object",
            "scheduledDate": "datetime?", "isEnabled": "bool?"}  # fmt: skip
# lib/models/campaign/campaign_details_model.dart, campaign_recurring_day_model.dart
CAMPAIGN_DETAILS = {**CAMPAIGN, "contacts": "list", "groups": "list", "sender": "object?",
                    "recurring": "object?", "recurring.enabled": "bool?",
                    **{f"recurring.{day}": "time?" for day in ("monday", "tuesday", "wednesday", "thursday",
                                                               "friday", "saturday", "sunday")}}  # fmt: skip
# lib/models/template/template_model.dart
TEMPLATE = {"id": "str", "text": "str", "createdAt": "datetime"}
# lib/models/transaction/transaction_model.dart
TRANSACTION = {"id": "str", "type": "enum:DEBITED|RECHARGED", "status": "enum:PENDING|FAILED|CHARGED",
               "credit": "int", "price": "number?", "createdAt": "datetime"}  # fmt: skip
# lib/models/core/offer_model.dart
OFFER = {"id": "str", "name": "enum:STARTER|BRONZE|FER|OR|DIAMANT|VIP", "price": "number", "credit": "int"}


@dataclass(frozen=True)
class Difference:
    """One way an answer differs from what the client expects.

    `code`: "missing" (required field absent), "type" (wrong kind), "enum" (unknown value), "not_list"
    (a list call answered something else), "not_object", "sender_name" (a `senderId` that is a name, not
    an id, with no `sender` object), "page_size" (more items than `count` asked), "paging" (page 2
    repeated page 1). `expected` and `got` are short and never hold a value from the account, except the
    offending value of "enum" and "time" (a status word, a time of day).
    """

    path: str
    code: str
    expected: str = ""
    got: str = ""

    def as_dict(self) -> dict[str, str]:
        """The JSON form of the report."""
        return {"path": self.path, "code": self.code, "expected": self.expected, "got": self.got}


def kind_of(value: Any) -> str:
    """The JSON type name of a value, as the report shows it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return "list"
    return "object" if isinstance(value, Mapping) else type(value).__name__


def _lookup(data: Mapping[str, Any], path: str) -> tuple[bool, Any]:
    holder: Any = data
    for part in path.split("."):
        if not isinstance(holder, Mapping) or part not in holder:
            return False, None
        holder = holder[part]
    return True, holder


def _fits(kind: str, value: Any) -> bool:
    if kind.startswith("enum:"):
        return isinstance(value, str) and value in kind[5:].split("|")
    checks = {
        "str": lambda v: isinstance(v, str),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "bool": lambda v: isinstance(v, bool),
        "datetime": lambda v: isinstance(v, str) and "T" in v and parse_datetime(v) is not None,
        "time": lambda v: isinstance(v, str) and "T" in v and parse_datetime(v) is not None,
        "object": lambda v: isinstance(v, Mapping),
        "list": lambda v: isinstance(v, list),
    }
    return checks[kind](value)


def check_shape(data: Any, shape: Shape, prefix: str = "") -> list[Difference]:
    """Every difference between one answer object and `shape`."""
    if not isinstance(data, Mapping):
        return [Difference(prefix or "data", "not_object", "object", kind_of(data))]
    found: list[Difference] = []
    for path, spec in shape.items():
        optional = spec.endswith("?")
        kind = spec.rstrip("?")
        present, value = _lookup(data, path)
        where = f"{prefix}{path}"
        if not present or value is None:
            if not optional:
                found.append(Difference(where, "missing", kind.split(":")[0]))
            continue
        if _fits(kind, value):
            continue
        if kind.startswith("enum:") and isinstance(value, str):
            found.append(Difference(where, "enum", kind[5:], value[:20]))
        elif kind == "time" and isinstance(value, str):
            found.append(Difference(where, "type", "ISO date-time", value[:20]))
        else:
            found.append(Difference(where, "type", kind, kind_of(value)))
    if "senderId" in data and "sender" in shape and not isinstance(data.get("sender"), Mapping):
        sender_id = data.get("senderId")
        if isinstance(sender_id, str) and sender_id.isupper() and len(sender_id) <= 11:
            found.append(Difference(f"{prefix}senderId", "sender_name", "id + sender object", "name"))
    return found


def check_list(data: Any, shape: Shape, *, limit: int = 20) -> list[Difference]:
    """Every difference of a list answer (a JSON array of objects), looking at the first `limit` items."""
    if not isinstance(data, list):
        return [Difference("data", "not_list", "list", kind_of(data))]
    found: list[Difference] = []
    for index, item in enumerate(data[:limit]):
        for difference in check_shape(item, shape, f"[{index}]."):
            if all((d.code, d.path.split(".", 1)[-1]) != (difference.code, difference.path.split(".", 1)[-1])
                   for d in found):  # fmt: skip
                found.append(difference)
    return found

# The shape each client model is checked against (contract fixtures name the model).
SHAPE_OF_MODEL: dict[str, Shape] = {
    "UserDetails": USER,
    "Sender": SENDER,
    "Contact": CONTACT,
    "Group": GROUP_DETAILS,
    "Campaign": CAMPAIGN,
    "CampaignDetails": CAMPAIGN_DETAILS,
    "Template": TEMPLATE,
    "Transaction": TRANSACTION,
    "Offer": OFFER,
}
