"""Rows → contacts ready to import, plus one issue record per entry that will not be.

Vectorised: each distinct phone cell goes once through `phones.normalize_many`, and everything else
is numpy/pandas over whole columns, so a million-row sheet costs a few seconds. Valid contacts stay a
DataFrame; only issues (rejections and duplicates) become Python objects.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from monsms_core.importer.columns import ColumnMapping, parse_sex
from monsms_core.importer.gc_pause import cyclic_gc_paused
from monsms_core.importer.problems import ALREADY_IN_ACCOUNT, DUPLICATE_IN_FILE, ImportProblem, Issue
from monsms_core.importer.values import column_text
from monsms_core.phones import (
    STATUS_CODES,
    STATUS_ORDER,
    PhoneColumn,
    PhoneStatus,
    normalize_column,
    normalize_many,
)

# Columns of `CheckResult.valid` before the custom fields; text columns hold "" when empty.
VALID_COLUMNS = ("row", "phone", "status", "original", "reason", "name", "first_name", "last_name", "sex")
_STATUS_NAMES = np.array([status.value for status in STATUS_ORDER], dtype=object)
_REJECTED = STATUS_CODES[PhoneStatus.REJECTED]


@dataclass(frozen=True)
class ImportCounts:
    """What a check found. valid + duplicates + rejected == entries; entries ≥ total_rows (a cell with
    two numbers is two entries, a row with a blank phone cell one rejected entry)."""

    total_rows: int  # non-blank rows under the header
    blank_rows: int  # blank rows skipped silently
    entries: int
    valid: int  # contacts ready to import: unchanged + repaired + migrated
    unchanged: int
    repaired: int
    migrated: int
    duplicates: int  # duplicates_in_file + already_in_account
    duplicates_in_file: int
    already_in_account: int
    rejected: int

    def as_dict(self) -> dict[str, int]:
        """The counts as a plain dict (for JSON)."""
        return asdict(self)


@dataclass(frozen=True)
class CheckResult:
    """Contacts ready to import (`valid`), issue records in row order, counts, and what was checked."""

    valid: pd.DataFrame  # VALID_COLUMNS then custom fields, one row per contact
    issues: tuple[Issue, ...]
    counts: ImportCounts
    mapping: ColumnMapping
    custom_fields: tuple[str, ...]  # names of the custom-field columns of `valid`, in sheet order
    source: pd.DataFrame = field(repr=False)  # the checked sheet, for the rejected-rows export

    @property
    def rejected(self) -> list[Issue]:
        """Entries that are not importable numbers."""
        return [issue for issue in self.issues if not issue.is_duplicate]

    @property
    def duplicates(self) -> list[Issue]:
        """Entries whose number appears above in the file or is already in the account."""
        return [issue for issue in self.issues if issue.is_duplicate]


def row_numbers(frame: pd.DataFrame) -> np.ndarray:
    """Spreadsheet row numbers of `frame`'s rows: its index as `read_sheet` sets it; for a frame with a
    default 0-based index, the rows under a header on row 1 (position + 2)."""
    index = frame.index
    if isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1 and index.name != "row":
        return np.arange(2, len(frame) + 2, dtype=np.int64)
    return np.asarray(index, dtype=np.int64)


def check(
    frame: pd.DataFrame,
    mapping: ColumnMapping,
    default_region: str = "CI",
    existing_phones: Collection[str] = frozenset(),
) -> CheckResult:
    """Check every row of `frame` (as `read_sheet` gives it) under `mapping`.

    Blank rows are skipped and counted. Each phone cell yields one entry per number it holds (same row,
    same names), or one rejection. An accepted number seen earlier in the file is a duplicate pointing at
    the first row; one in `existing_phones` (API form) is already in the account. Raises ImportProblem
    when the mapping does not fit the frame or `default_region` is not an ISO country code.
    """
    with cyclic_gc_paused():
        return _check(frame, mapping, default_region, existing_phones)


def _check(
    frame: pd.DataFrame, mapping: ColumnMapping, default_region: str, existing_phones: Collection[str]
) -> CheckResult:
    mapping.validate(frame)
    try:
        normalize_many([], default_region)  # checks the region before any work
    except ValueError as error:
        raise ImportProblem("unknown_country", country=str(default_region)) from error
    phone_column = mapping.phone
    assert phone_column is not None  # validate() guarantees it
    rows = row_numbers(frame)
    name_columns = {mapping.full_name, mapping.first_name, mapping.last_name}
    columns = {
        str(column): column_text(frame[column], squeeze=column in name_columns) for column in frame.columns
    }
    texts = {column: found.texts for column, found in columns.items()}
    filled = np.zeros(len(frame), dtype=bool)
    for found in columns.values():
        filled |= ~found.blank
    kept = np.flatnonzero(filled)

    # every distinct phone cell once through the phones module
    phone = columns[phone_column]
    if phone.codes is not None and phone.uniques is not None:
        codes, values = phone.codes[kept], phone.uniques
    else:
        cells = frame[phone_column].iloc[kept]
        if _mostly_distinct(cells):
            # deduplicating a column of distinct numbers costs more than it saves (and normalize_many
            # still remembers the values it had to work hard on)
            values = [*cells.tolist(), None]
            codes = np.arange(len(kept))
        else:
            found_codes, found = pd.factorize(cells, use_na_sentinel=True)
            values = [*found.tolist(), None]
            codes = np.where(found_codes < 0, len(values) - 1, found_codes)
    flat = normalize_column(values, default_region)
    counts_per_value, flat_status, flat_phone = flat.counts, flat.status, flat.phone

    # entries: one per number, in row order
    entry_of_row = counts_per_value[codes]
    entry_kept = np.repeat(np.arange(len(kept)), entry_of_row)
    starts = np.cumsum(counts_per_value) - counts_per_value
    within = np.arange(len(entry_kept)) - np.repeat(np.cumsum(entry_of_row) - entry_of_row, entry_of_row)
    entry_flat = starts[codes[entry_kept]] + within
    entries = _Entries(
        position=kept[entry_kept],
        row=rows[kept[entry_kept]],
        result=entry_flat,
        status=flat_status[entry_flat],
        multiple=entry_of_row[entry_kept] > 1,
    )

    # duplicates among accepted numbers: within the file first, then against the account
    accepted = np.flatnonzero(entries.status != _REJECTED)
    phone_codes, phone_uniques = pd.factorize(flat_phone[entry_flat[accepted]])
    _, first_of_phone = np.unique(phone_codes, return_index=True)
    first_entry = accepted[first_of_phone[phone_codes]]
    in_file_dup = first_entry != accepted
    in_account = np.zeros(len(accepted), dtype=bool)
    if existing_phones and len(phone_uniques):
        known = pd.Index(phone_uniques).isin(list(existing_phones))
        in_account = known[phone_codes] & ~in_file_dup
    keep = accepted[~in_file_dup & ~in_account]

    valid, custom_fields = _valid_frame(frame, mapping, texts, entries, keep, flat, flat_phone)
    duplicate_of: dict[int, tuple[str, int | None]] = {}
    for entry, first in zip(accepted[in_file_dup].tolist(), first_entry[in_file_dup].tolist(), strict=True):
        duplicate_of[entry] = (DUPLICATE_IN_FILE, int(entries.row[first]))
    for entry in accepted[in_account].tolist():
        duplicate_of[entry] = (ALREADY_IN_ACCOUNT, None)
    issues = _issues(phone_column, texts[phone_column], flat, entries, duplicate_of)
    kept_status = entries.status[keep]
    counts = ImportCounts(
        total_rows=len(kept),
        blank_rows=len(frame) - len(kept),
        entries=len(entry_flat),
        valid=len(keep),
        unchanged=int((kept_status == 0).sum()),
        repaired=int((kept_status == 1).sum()),
        migrated=int((kept_status == 2).sum()),
        duplicates=len(duplicate_of),
        duplicates_in_file=int(in_file_dup.sum()),
        already_in_account=int(in_account.sum()),
        rejected=int((entries.status == _REJECTED).sum()),
    )
    return CheckResult(valid, tuple(issues), counts, mapping, custom_fields, frame)


def _mostly_distinct(cells: pd.Series, sample: int = 20_000) -> bool:
    """True when at least 90% of a sample of the cells are distinct."""
    head = cells.iloc[:sample]
    return len(head) >= 1000 and head.nunique(dropna=False) >= 0.9 * len(head)


@dataclass(frozen=True)
class _Entries:
    """One item per number found, in row order (arrays of equal length)."""

    position: np.ndarray  # row position in the checked frame
    row: np.ndarray  # spreadsheet row number
    result: np.ndarray  # index into the flat list of PhoneResults
    status: np.ndarray  # _STATUS_CODES value
    multiple: np.ndarray  # the cell held several numbers


def _valid_frame(
    frame: pd.DataFrame,
    mapping: ColumnMapping,
    texts: dict[str, pd.Series],
    entries: _Entries,
    keep: np.ndarray,
    flat: PhoneColumn,
    flat_phone: np.ndarray,
) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """The contacts to import: fixed columns, then one column per custom field."""
    positions = entries.position[keep]
    chosen = entries.result[keep]
    originals: pd.Series | np.ndarray = _take(texts[str(mapping.phone)], positions)
    several = np.flatnonzero(entries.multiple[keep]).tolist()
    if several:
        originals = np.array(np.asarray(originals, dtype=object), dtype=object)
        for at in several:
            originals[at] = flat.result(
                int(chosen[at])
            ).original  # the part of the cell this number came from
    reasons = flat.reasons(chosen)
    data: dict[str, object] = {
        "row": entries.row[keep],
        "phone": flat_phone[chosen],
        "status": _STATUS_NAMES[entries.status[keep]],
        "original": originals,
        "reason": reasons,
    }
    for name in ("full_name", "first_name", "last_name"):
        column = getattr(mapping, name)
        target = "name" if name == "full_name" else name
        data[target] = _take(texts[column], positions) if column else np.full(len(keep), "", dtype=object)
    if mapping.sex:
        codes, uniques = pd.factorize(texts[mapping.sex])
        sexes = np.array([parse_sex(str(value)) or "" for value in uniques] + [""], dtype=object)
        data["sex"] = sexes[np.where(codes < 0, len(uniques), codes)][positions]
    else:
        data["sex"] = np.full(len(keep), "", dtype=object)
    custom: list[str] = []
    for column in mapping.custom_columns(frame):
        name, counter = column, 2
        while name in data:
            name, counter = f"{column} ({counter})", counter + 1
        data[name] = _take(texts[column], positions)
        custom.append(name)
    # object columns as they are: letting pandas re-infer them as Arrow strings costs more than it saves
    return pd.DataFrame({key: _as_series(value) for key, value in data.items()}, copy=False), tuple(custom)


def _as_series(value: object) -> pd.Series:
    if isinstance(value, pd.Series):
        return value
    array = np.asarray(value)
    return pd.Series(array, dtype=array.dtype if array.dtype != np.str_ else object)


def _take(series: pd.Series, positions: np.ndarray) -> pd.Series:
    return series.iloc[positions].reset_index(drop=True)


def _issues(
    phone_column: str,
    phone_texts: pd.Series,
    flat: PhoneColumn,
    entries: _Entries,
    duplicate_of: dict[int, tuple[str, int | None]],
) -> list[Issue]:
    """Rejections and duplicates as records, in entry (hence row) order."""
    rejected = np.flatnonzero(entries.status == _REJECTED).tolist()
    order = np.array(sorted([*rejected, *duplicate_of]), dtype=np.int64)
    cells = phone_texts.iloc[entries.position[order]].tolist() if len(order) else []
    issues: list[Issue] = []
    for entry, cell in zip(order.tolist(), cells, strict=True):
        result = flat.result(int(entries.result[entry]))
        value = result.original if entries.multiple[entry] else str(cell)
        row = int(entries.row[entry])
        if entry in duplicate_of:
            code, first_row = duplicate_of[entry]
            issues.append(Issue(row, phone_column, value, code, result.phone, first_row, result))
        else:
            issues.append(Issue(row, phone_column, value, result.reason or "rejected", None, None, result))
    return issues
