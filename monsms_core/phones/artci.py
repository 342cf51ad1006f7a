"""The move of Ivorian numbers from 8 to 10 digits (ARTCI, 31 January 2021): old number → new number.

The rule, as the regulator ARTCI announced it (press conference of 28 July 2020, reported by
newsgeek.ci, 7info.ci, pressafrik.com; ARTCI FAQ at artci.ci/en/faq): every 8-digit mobile or fixed
number keeps its 8 digits and gets its operator's two digits in front of it.

    mobile:  Orange → 07   MTN → 05   Moov → 01
    fixed:   Orange → 27   MTN → 25   Moov → 21

Short numbers, numbers starting with 13, 800/900 services and emergency numbers did not change.

Which operator held an old number depends on its first two digits (mobile) or first three (fixed).
Mobile table: libphonenumber's carrier data for +225 as it stood before the switch
(google/libphonenumber, resources/carrier/en/225.txt, commit 1271f70727b8aea78c7d2b0f87269540fe120cf2),
cross-checked with the cipnn library (github.com/aurellemeless/cipnn, src/constants.js); both follow the
pattern "second digit 0-3 Moov, 4-6 MTN, 7-9 Orange" within each block the ARTCI assigned:

    old prefix                                     operator  new prefix
    01 02 03 40 41 42 43 50 51 52 53 70 71 72 73   Moov      01
    04 05 06 44 45 46 54 55 56 64 65 66 74 75 76
    84 85 86 94 95 96                              MTN       05
    07 08 09 47 48 49 57 58 59 67 68 69 77 78 79
    87 88 89 97 98                                 Orange    07

One disagreement: libphonenumber's older data gives 69 to Aircom (licence withdrawn before 2021), while
cipnn and the project's brief give it to Orange; we follow Orange, and every migrated number is shown to
the user for review anyway. Prefixes no source assigns to Moov, MTN or Orange (00, 1x, 60-63 — 60/61 were
the defunct GreenN/Oricel —, 80-83, 90-93, 99) are not guessed: `migrate_old_number` returns None and the
number is rejected as "unknown_old_prefix".

Fixed lines: old numbers 20-24 (Abidjan) and 30-36 (rest of the country). Per cipnn and consistent with
libphonenumber's current fixed-line ranges for 27 (Orange): third digit 0 → MTN (25), third digit 8 in
Abidjan → Moov (21), the rest → Orange (27) when libphonenumber knows that 27 range, otherwise unknown.
Fixed lines cannot receive SMS, so the caller rejects them whatever their new prefix.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from phonenumbers import PhoneMetadata

MOOV, MTN, ORANGE = "Moov", "MTN", "Orange"

NEW_MOBILE_PREFIX = MappingProxyType({MOOV: "01", MTN: "05", ORANGE: "07"})
NEW_FIXED_PREFIX = MappingProxyType({MOOV: "21", MTN: "25", ORANGE: "27"})

_MOOV_OLD = ("01", "02", "03", "40", "41", "42", "43", "50", "51", "52", "53", "70", "71", "72", "73")
_MTN_OLD = (
    "04", "05", "06", "44", "45", "46", "54", "55", "56", "64", "65", "66",
    "74", "75", "76", "84", "85", "86", "94", "95", "96",
)  # fmt: skip
_ORANGE_OLD = (
    "07", "08", "09", "47", "48", "49", "57", "58", "59", "67", "68", "69",
    "77", "78", "79", "87", "88", "89", "97", "98",
)  # fmt: skip
OLD_MOBILE_OPERATORS = MappingProxyType(
    {**dict.fromkeys(_MOOV_OLD, MOOV), **dict.fromkeys(_MTN_OLD, MTN), **dict.fromkeys(_ORANGE_OLD, ORANGE)}
)

OLD_FIXED_BLOCKS = frozenset(("20", "21", "22", "23", "24", "30", "31", "32", "33", "34", "35", "36"))


def national_pattern(region: str, kind: str) -> str:
    """libphonenumber's national-number pattern of one number kind ("mobile", "fixed_line") of a region."""
    metadata = PhoneMetadata.metadata_for_region(region)
    description = getattr(metadata, kind, None) if metadata is not None else None
    pattern = getattr(description, "national_number_pattern", None)
    if not isinstance(pattern, str):
        raise LookupError(f"libphonenumber has no {kind} pattern for {region}")
    return pattern


_CI_FIXED_LINE = re.compile(national_pattern("CI", "fixed_line"))


def is_old_fixed_line(old: str) -> bool:
    """True when an 8-digit pre-2021 number was a fixed line (20-24 Abidjan, 30-36 elsewhere)."""
    return old[:2] in OLD_FIXED_BLOCKS


def old_number_operator(old: str) -> str | None:
    """The operator that held an 8-digit pre-2021 number ("Moov", "MTN", "Orange"), None if unknown."""
    if len(old) != 8 or not old.isdigit():
        return None
    if is_old_fixed_line(old):
        if old[2] == "0":
            return MTN
        if old[0] == "2" and old[2] == "8":
            return MOOV
        return ORANGE if _CI_FIXED_LINE.fullmatch("27" + old) else None
    return OLD_MOBILE_OPERATORS.get(old[:2])


def migrate_old_number(old: str) -> str | None:
    """The 10-digit national number an 8-digit pre-2021 number became, None when its prefix was unassigned.

    >>> migrate_old_number("07123456"), migrate_old_number("44123456"), migrate_old_number("20001234")
    ('0707123456', '0544123456', '2520001234')
    """
    operator = old_number_operator(old)
    if operator is None:
        return None
    prefixes = NEW_FIXED_PREFIX if is_old_fixed_line(old) else NEW_MOBILE_PREFIX
    return prefixes[operator] + old
