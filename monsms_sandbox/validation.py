"""Zod-like validation of request bodies.

The real service validates bodies with zod (its public JavaScript SDK ships the schemas): unknown keys
are ignored, `nullish()` fields accept null or absence, numbers are NOT coerced from strings, and a
failure answers `{"success": false, "isZodError": true, "data": null, "error": {"name": "ZodError",
"issues": [...]}}`. `Fields` reads one JSON object, records every issue with zod's codes and wording,
and `check()` raises them all at once, as zod does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from monsms_sandbox.common import parse_iso
from monsms_sandbox.errors import ValidationFailed

_MISSING = object()
PHONE_PATTERN = re.compile(r"^[0-9]{8,15}$")
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 10
MIN_PAGE_SIZE = 5

Path = tuple[str | int, ...]


def zod_type_name(value: object) -> str:
    """The name zod prints for the type of a JSON value ("Expected string, received number")."""
    if value is _MISSING:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _issue_invalid_type(path: Path, expected: str, value: object) -> dict[str, object]:
    received = zod_type_name(value)
    message = "Required" if received == "undefined" else f"Expected {expected}, received {received}"
    return {
        "code": "invalid_type",
        "expected": expected,
        "received": received,
        "path": list(path),
        "message": message,
    }


class Fields:
    """Reads the fields of one JSON object, collecting zod-like issues instead of stopping at the first."""

    def __init__(self, body: object, path: Path = (), issues: list[dict[str, object]] | None = None) -> None:
        self.path = path
        self.issues: list[dict[str, object]] = [] if issues is None else issues
        if isinstance(body, dict):
            self.body: dict[str, object] = body
        else:
            self.body = {}
            self.issues.append(_issue_invalid_type(path, "object", body))

    def nested(self, value: object, *path: str | int) -> Fields:
        """A reader for a nested object, sharing this reader's issue list."""
        return Fields(value, (*self.path, *path), self.issues)

    def issue(self, path: Sequence[str | int], code: str, message: str, **extra: object) -> None:
        """Record one issue at `path` (relative to this object)."""
        self.issues.append({"code": code, **extra, "path": [*self.path, *path], "message": message})

    def check(self) -> None:
        """Raise `ValidationFailed` with every recorded issue, if any."""
        if self.issues:
            raise ValidationFailed(list(self.issues))

    def _get(self, key: str, expected: str, required: bool) -> object:
        value = self.body.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.issues.append(_issue_invalid_type((*self.path, key), expected, value))
            return _MISSING
        return value

    def string(
        self, key: str, *, required: bool = False, min_len: int | None = None, max_len: int | None = None
    ) -> str | None:
        """A trimmed string (zod `z.string().trim()`), with optional length bounds."""
        value = self._get(key, "string", required)
        if value is _MISSING:
            return None
        if not isinstance(value, str):
            self.issues.append(_issue_invalid_type((*self.path, key), "string", value))
            return None
        text = value.strip()
        if min_len is not None and len(text) < min_len:
            self.issue(
                [key],
                "too_small",
                f"String must contain at least {min_len} character(s)",
                minimum=min_len,
                type="string",
                inclusive=True,
                exact=False,
            )
            return None
        if max_len is not None and len(text) > max_len:
            self.issue(
                [key],
                "too_big",
                f"String must contain at most {max_len} character(s)",
                maximum=max_len,
                type="string",
                inclusive=True,
                exact=False,
            )
            return None
        return text

    def boolean(self, key: str, *, required: bool = False) -> bool | None:
        """A JSON boolean (no coercion from strings or numbers)."""
        value = self._get(key, "boolean", required)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            self.issues.append(_issue_invalid_type((*self.path, key), "boolean", value))
            return None
        return value

    def integer(self, key: str, *, required: bool = False, minimum: int | None = None) -> int | None:
        """A JSON integer (zod `z.number().int()`), optionally bounded below."""
        value = self._get(key, "number", required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.issues.append(_issue_invalid_type((*self.path, key), "number", value))
            return None
        if isinstance(value, float) and not value.is_integer():
            self.issue(
                [key],
                "invalid_type",
                "Expected integer, received float",
                expected="integer",
                received="float",
            )
            return None
        number = int(value)
        if minimum is not None and number < minimum:
            self.issue(
                [key],
                "too_small",
                f"Number must be greater than or equal to {minimum}",
                minimum=minimum,
                type="number",
                inclusive=True,
                exact=False,
            )
            return None
        return number

    def enum(self, key: str, options: Sequence[str], *, required: bool = False) -> str | None:
        """One of `options` (zod `z.enum`)."""
        value = self._get(key, "string", required)
        if value is _MISSING:
            return None
        if value not in options:
            quoted = " | ".join(f"'{option}'" for option in options)
            received = value if isinstance(value, str) else zod_type_name(value)
            self.issue(
                [key],
                "invalid_enum_value",
                f"Invalid enum value. Expected {quoted}, received '{received}'",
                options=list(options),
                received=received,
            )
            return None
        return str(value)

    def array(self, key: str, *, required: bool = False) -> list[object] | None:
        """A JSON array (its items are checked by the caller)."""
        value = self._get(key, "array", required)
        if value is _MISSING:
            return None
        if not isinstance(value, list):
            self.issues.append(_issue_invalid_type((*self.path, key), "array", value))
            return None
        return value

    def string_list(self, key: str, *, required: bool = False) -> list[str] | None:
        """An array of trimmed strings (ids)."""
        items = self.array(key, required=required)
        if items is None:
            return None
        result: list[str] = []
        for index, item in enumerate(items):
            if isinstance(item, str):
                result.append(item.strip())
            else:
                self.issues.append(_issue_invalid_type((*self.path, key, index), "string", item))
        return result

    def datetime(self, key: str, *, required: bool = False) -> float | None:
        """An ISO 8601 date-time string, as epoch seconds."""
        text = self.string(key, required=required)
        if text is None:
            return None
        moment = parse_iso(text)
        if moment is None:
            self.issue([key], "invalid_string", "Invalid datetime", validation="datetime")
        return moment

    def phone(self, key: str, *, required: bool = True) -> str | None:
        """International digits without "+", 8 to 15 of them (e.g. "2250707123456")."""
        text = self.string(key, required=required)
        if text is None:
            return None
        if not PHONE_PATTERN.match(text):
            self.issue(
                [key],
                "invalid_string",
                "Invalid phone number: 8 to 15 digits, no '+' or spaces",
                validation="regex",
            )
            return None
        return text


@dataclass(frozen=True)
class ListParams:
    """The common list parameters, validated."""

    count: int
    page: int
    descending: bool
    order_by: str

    @property
    def offset(self) -> int:
        """Rows to skip for the requested page."""
        return (self.page - 1) * self.count


def list_params(fields: Fields, order_fields: Sequence[str]) -> ListParams:
    """Read count/page/sort/orderBy. A count above 1000 is capped (the real schema has no maximum)."""
    count = fields.integer("count", minimum=MIN_PAGE_SIZE)
    page = fields.integer("page", minimum=1)
    sort = fields.enum("sort", ("asc", "desc"))
    order_by = fields.enum("orderBy", order_fields)
    return ListParams(
        count=min(count or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
        page=page or 1,
        descending=(sort or "desc") == "desc",
        order_by=order_by or "createdAt",
    )
