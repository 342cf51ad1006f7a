"""The public entry points, with a fast path for the forms most Ivorian cells already have.

Most cells of a real contact sheet are already clean: "0707123456", "07 07 12 34 56", "+225 0707123456",
"2250707123456", or the number 707123456 that Excel made of 0707123456. `fast_ci` recognises exactly
those with one regular expression (built from libphonenumber's own mobile pattern for CI) and answers
what the full path would answer, without tokenising or calling libphonenumber; anything else takes the
full path. `normalize_many` also remembers each distinct value within one call, since sheets repeat.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import MappingProxyType

from monsms_core.phones.cells import lost_digits, normalize_cell_slow
from monsms_core.phones.numbers import CI_CODE, CI_MOBILE_PATTERN, CI_REGION, check_region
from monsms_core.phones.result import PhoneReason, PhoneResult, PhoneStatus, rejected

DEFAULT_REGION = CI_REGION

_FAST_TEXT = re.compile(rf"(?:\+225|00225|225)?({CI_MOBILE_PATTERN})")
_FAST_MOBILE = re.compile(CI_MOBILE_PATTERN)
# Formatting the full path also ignores: spaces (plain, non-breaking, thin, narrow), dots and dashes.
_FAST_DELETE = MappingProxyType(str.maketrans("", "", " .-\u00a0\u2009\u202f"))
_FAST_MAX_LENGTH = 40


def normalize_phone(value: object, default_region: str = DEFAULT_REGION) -> PhoneResult:
    """Exactly one number: its result, or a "several_numbers" rejection when the cell holds more than one."""
    results = normalize_cell(value, default_region)
    if len(results) == 1:
        return results[0]
    return rejected(str(value), PhoneReason.SEVERAL_NUMBERS)


def normalize_cell(value: object, default_region: str = DEFAULT_REGION) -> list[PhoneResult]:
    """One result per number in a cell ("0707123456 / 0505123456" gives two), or one rejection.

    `value` may be text, an int, a float or a Decimal as a spreadsheet reader returns it; None and NaN
    are empty cells. `default_region` is the ISO code numbers without a country code belong to.
    """
    region = check_region(default_region)
    if region == CI_REGION:
        fast = fast_ci(value)
        if fast is not None:
            return [fast]
    return normalize_cell_slow(value, region)


def normalize_many(values: Iterable[object], default_region: str = DEFAULT_REGION) -> list[list[PhoneResult]]:
    """`normalize_cell` for every value, in order; repeated values are worked out once per call."""
    region = check_region(default_region)
    fast = region == CI_REGION
    # Text is keyed by itself; other values by (type, value), since 707123456 == 707123456.0 but their
    # results differ in `original`.
    seen: dict[object, tuple[PhoneResult, ...]] = {}
    out: list[list[PhoneResult]] = []
    append = out.append
    for value in values:
        quick = fast_ci(value) if fast else None
        if quick is not None:
            # cheaper to redo than to remember: a memo entry per clean number only grows the heap
            append([quick])
            continue
        key: object = value if value.__class__ is str else (value.__class__, value)
        try:
            known = seen.get(key)
        except TypeError:  # an unhashable cell (a list…): no memo for it
            key, known = None, None
        if known is None:
            known = tuple(normalize_cell_slow(value, region))
            if key is not None:
                seen[key] = known
        append(list(known))
    return out


def fast_ci(value: object) -> PhoneResult | None:
    """The result for an already clean Ivorian mobile, None when the full path must decide."""
    if type(value) is str:
        match = _FAST_TEXT.fullmatch(value)
        if match is None and len(value) <= _FAST_MAX_LENGTH:
            match = _FAST_TEXT.fullmatch(value.translate(_FAST_DELETE))
        return None if match is None else PhoneResult(value, PhoneStatus.VALID, CI_CODE + match[1], None)
    if type(value) is int:
        return _fast_digits(str(value), str(value)) if value > 0 else None
    if type(value) is float and 0 < value < 1e15 and value.is_integer():
        return _fast_digits(str(value), str(int(value)))
    return None


def _fast_digits(original: str, digits: str) -> PhoneResult | None:
    """A number cell: 13 digits with 225 in front, or 9 digits that lost the mobile's leading zero."""
    length = len(digits)
    if length == 13 and digits.startswith(CI_CODE) and _FAST_MOBILE.fullmatch(digits, 3):
        return None if lost_digits(digits) else PhoneResult(original, PhoneStatus.VALID, digits, None)
    if length == 9 and digits[0] != "0" and _FAST_MOBILE.fullmatch("0" + digits):
        phone = CI_CODE + "0" + digits
        return PhoneResult(original, PhoneStatus.REPAIRED, phone, PhoneReason.LEADING_ZERO_RESTORED)
    return None
