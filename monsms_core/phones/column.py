"""A whole spreadsheet column of phone cells at once, as arrays — the importer's path for big files.

Most cells of a contact sheet are a plain Ivorian mobile written one of the usual ways ("0707123456",
"07 07 12 34 56", "+225 07.07.12.34.56", "(+225) 07-07-12-34-56", "00225 0707123456"). Those are
recognised for the whole column in one pass of Arrow's compute functions (separators stripped, then one
regular expression built from libphonenumber's own CI mobile pattern), never one Python call per cell.
Numbers that Excel stored as numbers take `bulk`'s per-value fast path; everything else — other
countries, old 8-digit numbers, two numbers in a cell, words — goes the full way (`cells`), once per
distinct value. The answers are exactly those of `normalize_cell` (a differential test holds them to it).

`PhoneResult` objects are made only when asked for (`PhoneColumn.result`): the checker needs them for
the few rows it reports, not for the million it accepts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from monsms_core.phones.bulk import fast_ci
from monsms_core.phones.cells import normalize_cell_slow
from monsms_core.phones.numbers import CI_CODE, CI_MOBILE_PATTERN, CI_REGION, check_region
from monsms_core.phones.result import PhoneReason, PhoneResult, PhoneStatus

# The order of the status codes in `PhoneColumn.status`.
STATUS_ORDER = (PhoneStatus.VALID, PhoneStatus.REPAIRED, PhoneStatus.MIGRATED, PhoneStatus.REJECTED)
STATUS_CODES = {status: code for code, status in enumerate(STATUS_ORDER)}

# Formatting that never changes which number a cell holds when what remains is one whole mobile number:
# spaces (plain, non-breaking, thin, narrow), dots, dashes, slashes and brackets.
_SEPARATORS = " .-/()\u00a0\u2009\u202f"
_WHOLE_MOBILE = rf"^(?:\+225|00225|225)?(?:{CI_MOBILE_PATTERN})$"
_MOBILE = rf"^(?:{CI_MOBILE_PATTERN})$"
_NATIONAL_DIGITS = 10  # since 2021; a number the slice cuts wrong fails the second match: full path
_MAX_TEXT_LENGTH = 40  # longer text is never one plain number: the full path decides


@dataclass(frozen=True)
class PhoneColumn:
    """The results of a column of values, one entry per number found (a cell may hold several).

    `counts[i]` is how many entries value i gave (at least 1); the entries of value i are
    `starts[i] : starts[i] + counts[i]`. Per entry: `status` (a code, see STATUS_ORDER) and `phone`
    (API form, None when rejected).
    """

    values: Sequence[object]
    counts: np.ndarray
    status: np.ndarray
    phone: np.ndarray
    owner: np.ndarray  # the value each entry comes from
    full_path: dict[int, PhoneResult]  # entry → result, for the values that went the full way

    @property
    def starts(self) -> np.ndarray:
        """The first entry of each value."""
        return np.cumsum(self.counts) - self.counts

    def reasons(self, entries: np.ndarray) -> np.ndarray:
        """The reason code of each of `entries` ("" for none), without building their results: a fast-path
        entry has one only when repaired (the leading zero Excel dropped)."""
        reasons = np.full(len(entries), "", dtype=object)
        reasons[self.status[entries] == STATUS_CODES[PhoneStatus.REPAIRED]] = str(
            PhoneReason.LEADING_ZERO_RESTORED
        )
        if self.full_path:
            full = np.fromiter(self.full_path, dtype=np.int64, count=len(self.full_path))
            for at in np.flatnonzero(np.isin(entries, full)).tolist():
                reasons[at] = str(self.full_path[int(entries[at])].reason or "")
        return reasons

    def result(self, entry: int) -> PhoneResult:
        """The full result of one entry."""
        known = self.full_path.get(entry)
        if known is not None:
            return known
        value = self.values[int(self.owner[entry])]
        status = STATUS_ORDER[int(self.status[entry])]
        reason = PhoneReason.LEADING_ZERO_RESTORED if status is PhoneStatus.REPAIRED else None
        original = value if type(value) is str else str(value)
        return PhoneResult(original, status, self.phone[entry], reason)


def normalize_column(values: Sequence[object], default_region: str = CI_REGION) -> PhoneColumn:
    """Every value of a column normalised, as `normalize_cell` would, into one PhoneColumn."""
    region = check_region(default_region)
    count = len(values)
    fast_status = np.full(count, -1, dtype=np.int8)
    fast_phone = np.full(count, None, dtype=object)
    if region == CI_REGION:
        _plain_mobiles(values, fast_status, fast_phone)
        _stored_numbers(values, fast_status, fast_phone)
    counts = np.ones(count, dtype=np.int64)
    slow: dict[int, tuple[PhoneResult, ...]] = {}
    memo: dict[object, tuple[PhoneResult, ...]] = {}
    for position in np.flatnonzero(fast_status < 0).tolist():
        results = _full_path(values[position], region, memo)
        slow[position] = results
        counts[position] = len(results)
    total = int(counts.sum())
    starts = np.cumsum(counts) - counts
    owner = np.repeat(np.arange(count), counts)
    status = np.empty(total, dtype=np.int8)
    phone = np.empty(total, dtype=object)
    single = fast_status >= 0
    status[starts[single]] = fast_status[single]
    phone[starts[single]] = fast_phone[single]
    full_path: dict[int, PhoneResult] = {}
    for position, results in slow.items():
        for offset, result in enumerate(results):
            entry = int(starts[position]) + offset
            status[entry] = STATUS_CODES[result.status]
            phone[entry] = result.phone
            full_path[entry] = result
    return PhoneColumn(values, counts, status, phone, owner, full_path)


def _plain_mobiles(values: Sequence[object], status: np.ndarray, phone: np.ndarray) -> None:
    """Mark the text cells that are one plain Ivorian mobile: VALID, with their API form."""
    cells = np.fromiter(values, dtype=object, count=len(values))  # never 2-D, whatever a cell holds
    if pd.api.types.infer_dtype(cells, skipna=True) == "string":  # one C pass: a text file's column
        is_text = ~pd.isna(cells)
    else:
        is_text = np.fromiter((value.__class__ is str for value in values), dtype=bool, count=len(values))
    texts_at = np.flatnonzero(is_text)
    if not len(texts_at):
        return
    texts = pa.array(cells[texts_at], type=pa.large_string())
    short = pc.less_equal(pc.utf8_length(texts), _MAX_TEXT_LENGTH)
    stripped = texts
    for separator in _SEPARATORS:  # one literal pass each: cheaper than one regular-expression pass
        stripped = pc.replace_substring(stripped, separator, "")
    national = pc.utf8_slice_codeunits(stripped, start=-_NATIONAL_DIGITS)
    whole = pc.and_(
        pc.match_substring_regex(stripped, pattern=_WHOLE_MOBILE),
        pc.match_substring_regex(national, pattern=_MOBILE),
    )
    matched = np.asarray(pc.and_(short, whole).to_numpy(zero_copy_only=False), dtype=bool)
    api_form = pc.binary_join_element_wise(_text(CI_CODE), national, _text(""))
    api_form = api_form.to_numpy(zero_copy_only=False)
    hits = texts_at[matched]
    status[hits] = STATUS_CODES[PhoneStatus.VALID]
    phone[hits] = api_form[matched]


def _stored_numbers(values: Sequence[object], status: np.ndarray, phone: np.ndarray) -> None:
    """Numbers stored as numbers (Excel). The common one — a mobile that lost its leading zero, 9 digits —
    is recognised for all of them at once; the others take `bulk`'s per-value fast path."""
    numbers_at: list[int] = []
    digits: list[str] = []
    for position in np.flatnonzero(status < 0).tolist():
        value = values[position]
        if type(value) is int and value > 0:
            numbers_at.append(position)
            digits.append(str(value))
        elif type(value) is float and 0 < value < 1e15 and value.is_integer():
            numbers_at.append(position)
            digits.append(str(int(value)))
    if not numbers_at:
        return
    # An int > 0 never starts with "0": nine digits are a mobile when "0" + them is one (`fast_ci`'s rule).
    with_zero = pc.binary_join_element_wise(_text("0"), pa.array(digits, type=pa.large_string()), _text(""))
    repaired = pc.and_(
        pc.equal(pc.utf8_length(with_zero), _NATIONAL_DIGITS),
        pc.match_substring_regex(with_zero, pattern=_MOBILE),
    )
    is_repaired = np.asarray(repaired.to_numpy(zero_copy_only=False), dtype=bool)
    at = np.asarray(numbers_at, dtype=np.int64)
    status[at[is_repaired]] = STATUS_CODES[PhoneStatus.REPAIRED]
    api_form = pc.binary_join_element_wise(_text(CI_CODE), with_zero, _text(""))
    phone[at[is_repaired]] = api_form.to_numpy(zero_copy_only=False)[is_repaired]
    for position in at[~is_repaired].tolist():
        quick = fast_ci(values[position])
        if quick is not None:
            status[position] = STATUS_CODES[quick.status]
            phone[position] = quick.phone


def _text(value: str) -> pa.Scalar:
    """A text scalar of the type the columns use (Arrow joins only texts of one type)."""
    return pa.scalar(value, type=pa.large_string())


def _full_path(
    value: object, region: str, memo: dict[object, tuple[PhoneResult, ...]]
) -> tuple[PhoneResult, ...]:
    """`normalize_cell_slow` once per distinct value (sheets repeat themselves)."""
    key: object = value if value.__class__ is str else (value.__class__, value)
    try:
        known = memo.get(key)
    except TypeError:  # an unhashable cell (a list…): no memo for it
        return tuple(normalize_cell_slow(value, region))
    if known is None:
        known = memo[key] = tuple(normalize_cell_slow(value, region))
    return known
