"""What normalising one phone number produced: a status, the API form, the reason of a repair or rejection."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from monsms_core.i18n.problems import Problem


class PhoneStatus(StrEnum):
    """How much the dashboard had to do to get a sendable number."""

    VALID = "valid"  # only formatting was removed (spaces, labels, +225 …)
    REPAIRED = "repaired"  # digits were added or changed (a lost leading zero): worth a look
    MIGRATED = "migrated"  # an 8-digit number from before 31 January 2021 moved to 10 digits: review it
    REJECTED = "rejected"  # nothing sendable; `reason` says why


class PhoneReason(StrEnum):
    """Machine codes of repairs and rejections; each has a sentence in `messages_phones.py`."""

    # repairs and migrations
    LEADING_ZERO_RESTORED = "leading_zero_restored"
    MIGRATED_8_TO_10 = "migrated_8_to_10"
    LEADING_ZERO_RESTORED_AND_MIGRATED = "leading_zero_restored_and_migrated"
    # rejections
    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    SCIENTIFIC_NOTATION = "scientific_notation"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    INVALID_NUMBER = "invalid_number"
    INVALID_COUNTRY_CODE = "invalid_country_code"
    FIXED_LINE = "fixed_line"
    NOT_MOBILE = "not_mobile"
    UNKNOWN_OLD_PREFIX = "unknown_old_prefix"
    TWO_NUMBERS_GLUED = "two_numbers_glued"
    SEVERAL_NUMBERS = "several_numbers"


@dataclass(frozen=True, slots=True)
class PhoneResult(Problem):
    """One number as the user gave it and what became of it.

    `phone` is None exactly when `status` is REJECTED. When a cell held several numbers, each result's
    `original` is the part of the cell that number came from; otherwise it is the whole cell.
    """

    original: str  # the cell/text as given, stringified
    status: PhoneStatus
    phone: str | None  # API form: country code + national number, digits only, e.g. "2250707123456"
    reason: str | None  # machine code of the rejection or of the repair, e.g. "fixed_line"

    @property
    def accepted(self) -> bool:
        """True when the number can be sent to (valid, repaired or migrated)."""
        return self.status is not PhoneStatus.REJECTED

    @property
    def code(self) -> str:
        """The reason's code, or the status's when there is no reason ("valid")."""
        return str(self.reason) if self.reason is not None else self.status.value

    @property
    def params(self) -> dict[str, object]:
        """Nothing: the code says it all."""
        return {}

    def message_key(self) -> str:
        # The sentence says the reason, or "Numéro valide" (the status) when there is none.
        kind = "status" if self.reason is None else "reason"
        return f"phones.{kind}.{self.code}"


def rejected(original: str, reason: PhoneReason) -> PhoneResult:
    """A rejection of `original` for `reason`."""
    return PhoneResult(original, PhoneStatus.REJECTED, None, reason)
