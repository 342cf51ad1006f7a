"""`normalize_column` answers exactly what `normalize_cell` answers, for every form people type."""

from __future__ import annotations

import random

import numpy as np
import pytest

from monsms_core.phones import (
    STATUS_CODES,
    PhoneColumn,
    PhoneResult,
    PhoneStatus,
    normalize_cell,
    normalize_column,
)

SEPARATORS = [" ", ".", "-", "/", "(", ")", "\u00a0", "\u202f", "\u2009", "", "", "x", "+", ";", "\n"]
PREFIXES = ["", "", "+225", "00225", "225", "(+225)", "+225 (0)", "(225)", "00 225", "+ 225", "+33 ", "Tel: "]


def _typed_forms(count: int, seed: int) -> list[object]:
    rng = random.Random(seed)
    values: list[object] = []
    for _ in range(count):
        digits = rng.choice(["07", "05", "01", "7", "27", "21", "0", ""]) + "".join(
            rng.choice("0123456789") for _ in range(rng.choice([6, 8, 8, 8, 7, 9, 18]))
        )
        text = rng.choice(PREFIXES) + rng.choice(SEPARATORS)
        for digit in digits:
            text += digit + (rng.choice(SEPARATORS) if rng.random() < 0.3 else "")
        values.append(text)
    for _ in range(count // 6):  # numbers as Excel stores them: mostly mobiles that lost their zero
        number = int(rng.choice(["7", "5", "1", "27", "2250", "225", "9", "0"]) + "".join(
            rng.choice("0123456789") for _ in range(rng.choice([8, 8, 8, 9, 10, 7]))
        ))
        values.append(float(number) if rng.random() < 0.3 else number)
    values += [
        707123456, 2250707123456, 707123456.0, 7.07123456e8, 1.5, -3, 0, None, float("nan"), "", "   ",
        225070712345, "07 07 12 34 56 / 05 05 12 34 56", "0707123456 ou 0505123456", "07O7123456",
        "2,25071E+12", "(+225) 07-07-12-34-56", "+225 07.07.12.34.56", "x" * 60 + "0707123456",
    ]  # fmt: skip
    return values


def _entries(column: PhoneColumn, position: int) -> list[PhoneResult]:
    start, count = int(column.starts[position]), int(column.counts[position])
    return [column.result(entry) for entry in range(start, start + count)]


@pytest.mark.parametrize("seed", [1, 2])
def test_every_value_gets_what_normalize_cell_gives(seed: int) -> None:
    values = _typed_forms(6_000, seed)
    column = normalize_column(values)
    assert [_entries(column, i) for i in range(len(values))] == [normalize_cell(v) for v in values]
    # the arrays agree with the results they stand for
    for entry in range(len(column.status)):
        result = column.result(entry)
        assert column.status[entry] == STATUS_CODES[result.status]
        assert column.phone[entry] == result.phone
    every_entry = np.arange(len(column.status))
    assert column.reasons(every_entry).tolist() == [
        str(column.result(entry).reason or "") for entry in every_entry.tolist()
    ]


def test_plain_mobiles_take_the_column_path_and_others_the_full_one() -> None:
    values = [
        "07 07 12 34 56",
        "(+225) 05-05-12-34-56",
        707123456,
        "0707123456 / 0505123456",
        "27 22 44 55 66",
    ]
    column = normalize_column(values)
    assert column.counts.tolist() == [1, 1, 1, 2, 1]
    assert column.phone.tolist() == [
        "2250707123456", "2250505123456", "2250707123456", "2250707123456", "2250505123456", None
    ]  # fmt: skip
    assert column.status[:3].tolist() == [STATUS_CODES[PhoneStatus.VALID]] * 2 + [
        STATUS_CODES[PhoneStatus.REPAIRED]
    ]
    # only the two-number cell and the landline went the full way
    assert sorted(column.full_path) == [3, 4, 5]


def test_another_country_goes_the_full_way() -> None:
    values = ["06 12 34 56 78", "0707123456"]
    column = normalize_column(values, "FR")
    assert [_entries(column, i) for i in range(2)] == [normalize_cell(v, "FR") for v in values]
    assert len(column.full_path) == 2


def test_an_empty_column() -> None:
    column = normalize_column([])
    assert column.counts.size == 0 and column.status.size == 0 and isinstance(column.phone, np.ndarray)
