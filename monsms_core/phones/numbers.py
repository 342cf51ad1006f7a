"""From the digits of one number to a verdict: Ivorian rules first, libphonenumber for everything else.

Ivorian numbers (+225) are decided here because libphonenumber only knows today's 10-digit plan: it
cannot repair a lost leading zero nor migrate an 8-digit number. The 10-digit patterns themselves come
from libphonenumber's metadata, so a new mobile prefix opened by the ARTCI arrives with a library update.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType, ValidationResult

from monsms_core.phones import artci
from monsms_core.phones.result import PhoneReason, PhoneStatus

CI_REGION = "CI"
CI_CODE = "225"
CI_MOBILE_PATTERN = artci.national_pattern(CI_REGION, "mobile")
_CI_MOBILE = re.compile(CI_MOBILE_PATTERN)
# Every Ivorian fixed-line block, assigned or not: a number there is a landline and cannot get an SMS.
_CI_FIXED_PREFIXES = ("21", "25", "27")

_SMS_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})
_IMPOSSIBLE_REASONS = MappingProxyType(
    {
        ValidationResult.TOO_SHORT: PhoneReason.TOO_SHORT,
        ValidationResult.TOO_LONG: PhoneReason.TOO_LONG,
        ValidationResult.INVALID_COUNTRY_CODE: PhoneReason.INVALID_COUNTRY_CODE,
    }
)
_PARSE_ERRORS = MappingProxyType(
    {
        NumberParseException.INVALID_COUNTRY_CODE: PhoneReason.INVALID_COUNTRY_CODE,
        NumberParseException.TOO_SHORT_AFTER_IDD: PhoneReason.TOO_SHORT,
        NumberParseException.TOO_SHORT_NSN: PhoneReason.TOO_SHORT,
        NumberParseException.TOO_LONG: PhoneReason.TOO_LONG,
    }
)


class Verdict(NamedTuple):
    """The outcome for one number, before it is tied to the text it came from."""

    status: PhoneStatus
    phone: str | None
    reason: PhoneReason | None

    @property
    def is_full_number(self) -> bool:
        """A whole number, sendable or not: accepted, or a landline / special number (not a fragment)."""
        return self.status is not PhoneStatus.REJECTED or self.reason in (
            PhoneReason.FIXED_LINE,
            PhoneReason.NOT_MOBILE,
        )


def reject(reason: PhoneReason) -> Verdict:
    """A rejection verdict."""
    return Verdict(PhoneStatus.REJECTED, None, reason)


def check_region(region: str) -> str:
    """The region code upper-cased; ValueError when libphonenumber does not know it."""
    code = (region or "").upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"Unknown region code: {region!r}")
    return code


def judge(digits: str, *, plus: bool, region: str, numeric: bool = False) -> Verdict:
    """The verdict for one number given as ASCII digits.

    `plus` says the number was written with a leading "+"; `numeric` that it came from a number cell
    (int/float), where a spreadsheet silently drops leading zeros.
    """
    if not digits:
        return reject(PhoneReason.NOT_A_NUMBER)
    if plus:
        if digits.startswith(CI_CODE):
            return ci_national(digits[3:])
        return _foreign("+" + digits, None)
    if region == CI_REGION:
        if digits.startswith("00"):
            international = digits[2:]
            if international.startswith(CI_CODE):
                return ci_national(international[3:])
            return _foreign("+" + international, None)
        return _ci_local(digits, numeric)
    verdict = _foreign(digits, region)
    if not verdict.is_full_number and digits.startswith(CI_CODE) and len(digits) in (11, 12, 13):
        # "2250707123456" typed without "+" by someone whose default region is not CI
        alternative = ci_national(digits[3:])
        if alternative.is_full_number:
            return alternative
    return verdict


def ci_national(nsn: str) -> Verdict:
    """An Ivorian number after its country code 225."""
    length = len(nsn)
    if length == 10:
        return ci_ten(nsn)
    if length == 8:
        return _ci_old(nsn, zero_restored=False)
    if length == 9:
        return _ci_nine(nsn)
    if length < 8:
        return reject(PhoneReason.TOO_SHORT)
    if _looks_glued(nsn):
        return reject(PhoneReason.TWO_NUMBERS_GLUED)
    return reject(PhoneReason.TOO_LONG)


def ci_ten(nsn: str, status: PhoneStatus = PhoneStatus.VALID, reason: PhoneReason | None = None) -> Verdict:
    """A 10-digit Ivorian national number: a mobile is accepted with `status`, a landline rejected."""
    if _CI_MOBILE.fullmatch(nsn):
        return Verdict(status, CI_CODE + nsn, reason)
    if nsn.startswith(_CI_FIXED_PREFIXES):
        return reject(PhoneReason.FIXED_LINE)
    # Anything else is outside today's plan; ask libphonenumber in case its metadata knows better.
    number = phonenumbers.PhoneNumber(
        country_code=int(CI_CODE), national_number=int(nsn), italian_leading_zero=nsn.startswith("0")
    )
    if not phonenumbers.is_valid_number(number):
        return reject(PhoneReason.INVALID_NUMBER)
    return _by_type(number, status, reason)


def _ci_local(digits: str, numeric: bool) -> Verdict:
    """An Ivorian number written without an international prefix, possibly with 225 in front."""
    length = len(digits)
    if length == 7 and numeric and digits[0] != "0":
        # an old 8-digit number starting with 0 that a spreadsheet stored as a number
        return _ci_old("0" + digits, zero_restored=True)
    if digits.startswith(CI_CODE) and length in (11, 12, 13):
        return ci_national(digits[3:])
    # Everything else (8, 9 or 10 digits, too short, two numbers glued, too long) reads as a national number.
    return ci_national(digits)


def _ci_nine(nsn: str) -> Verdict:
    """Nine digits: a mobile whose leading zero was lost (Excel stores 0707123456 as 707123456)."""
    candidate = "0" + nsn
    if nsn[0] != "0" and _CI_MOBILE.fullmatch(candidate):
        return Verdict(PhoneStatus.REPAIRED, CI_CODE + candidate, PhoneReason.LEADING_ZERO_RESTORED)
    return reject(PhoneReason.TOO_SHORT)


def _ci_old(old: str, *, zero_restored: bool) -> Verdict:
    """An 8-digit number from before 31 January 2021, moved to the 10-digit plan."""
    if artci.is_old_fixed_line(old):
        return reject(PhoneReason.FIXED_LINE)
    new = artci.migrate_old_number(old)
    if new is None:
        return reject(PhoneReason.UNKNOWN_OLD_PREFIX)
    reason = PhoneReason.LEADING_ZERO_RESTORED_AND_MIGRATED if zero_restored else PhoneReason.MIGRATED_8_TO_10
    return ci_ten(new, PhoneStatus.MIGRATED, reason)


def _looks_glued(digits: str) -> bool:
    """True when the digits read as two whole Ivorian numbers written without any separator."""
    if not 16 <= len(digits) <= 2 * 13:  # two numbers of 8 to 13 digits (225 + 10)
        return False
    for cut in range(8, len(digits) - 7):
        if _ci_local(digits[:cut], False).is_full_number and _ci_local(digits[cut:], False).is_full_number:
            return True
    return False


def _foreign(text: str, region: str | None) -> Verdict:
    """A number of any country, through libphonenumber; Ivorian ones go back through the rules above."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as error:
        return reject(_PARSE_ERRORS.get(error.error_type, PhoneReason.NOT_A_NUMBER))
    nsn = phonenumbers.national_significant_number(number)
    if number.country_code == int(CI_CODE):
        return ci_national(nsn)
    if not phonenumbers.is_valid_number(number):
        possible = phonenumbers.is_possible_number_with_reason(number)
        return reject(_IMPOSSIBLE_REASONS.get(possible, PhoneReason.INVALID_NUMBER))
    return _by_type(number, PhoneStatus.VALID, None)


def _by_type(number: phonenumbers.PhoneNumber, status: PhoneStatus, reason: PhoneReason | None) -> Verdict:
    """Accept mobiles (and numbers that may be mobiles), reject landlines and special numbers."""
    kind = phonenumbers.number_type(number)
    if kind in _SMS_TYPES:
        nsn = phonenumbers.national_significant_number(number)
        return Verdict(status, f"{number.country_code}{nsn}", reason)
    if kind == PhoneNumberType.FIXED_LINE:
        return reject(PhoneReason.FIXED_LINE)
    return reject(PhoneReason.NOT_MOBILE)
