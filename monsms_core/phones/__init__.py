"""Phone numbers as users type them and spreadsheets store them, turned into the API form ("2250707123456").

    from monsms_core.phones import normalize_phone, normalize_cell, normalize_many, PhoneResult, PhoneStatus

- `normalize_phone(value, default_region="CI") -> PhoneResult`: exactly one number.
- `normalize_cell(value, default_region="CI") -> list[PhoneResult]`: a cell may hold two numbers.
- `normalize_many(values, default_region="CI") -> list[list[PhoneResult]]`: many values, fast.
- `normalize_column(values, default_region="CI") -> PhoneColumn`: a whole column as arrays (the importer's).

Statuses: VALID (only formatting removed), REPAIRED (a lost leading zero put back), MIGRATED (an 8-digit
number from before 2021 moved to the 10-digit plan, see `artci`), REJECTED (with a reason code; landlines
are rejected because they cannot receive SMS). `PhoneResult.user_message(lang)` explains the reason.

Modules: `result` (the result types), `artci` (the 8 → 10 migration table and its sources), `numbers`
(digits → verdict), `cells` (cell → numbers), `bulk` (entry points and fast path), `column` (a whole
column at once, with Arrow).
"""

from __future__ import annotations

from monsms_core.phones.artci import migrate_old_number
from monsms_core.phones.bulk import DEFAULT_REGION, normalize_cell, normalize_many, normalize_phone
from monsms_core.phones.column import STATUS_CODES, STATUS_ORDER, PhoneColumn, normalize_column
from monsms_core.phones.display import pretty_phone
from monsms_core.phones.result import PhoneReason, PhoneResult, PhoneStatus

__all__ = [
    "DEFAULT_REGION",
    "STATUS_CODES",
    "STATUS_ORDER",
    "PhoneColumn",
    "PhoneReason",
    "PhoneResult",
    "PhoneStatus",
    "migrate_old_number",
    "normalize_cell",
    "normalize_column",
    "normalize_many",
    "normalize_phone",
    "pretty_phone",
]
