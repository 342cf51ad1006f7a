"""Phone normalisation on the inputs real contact sheets and typed lists contain."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import numpy as np
import pytest

from monsms_core.i18n import catalog
from monsms_core.phones import (
    PhoneReason,
    PhoneResult,
    PhoneStatus,
    migrate_old_number,
    normalize_cell,
    normalize_many,
    normalize_phone,
)
from monsms_core.phones.artci import OLD_MOBILE_OPERATORS, old_number_operator
from monsms_core.phones.cells import normalize_cell_slow

VALID_CASES = [
    ("0707123456", "2250707123456"),
    ("0505123456", "2250505123456"),
    ("0101123456", "2250101123456"),
    ("07 07 12 34 56", "2250707123456"),
    ("07.07.12.34.56", "2250707123456"),
    ("07-07-12-34-56", "2250707123456"),
    ("07/07/12/34/56", "2250707123456"),
    ("(07) 07 12 34 56", "2250707123456"),
    ("[07] 07123456", "2250707123456"),
    ("+225 07 07 12 34 56", "2250707123456"),
    ("+2250707123456", "2250707123456"),
    ("(+225) 0707123456", "2250707123456"),
    ("00225 07 07 12 34 56", "2250707123456"),
    ("00225-0707123456", "2250707123456"),
    ("225 0707123456", "2250707123456"),
    ("2250707123456", "2250707123456"),
    ("  0707123456  ", "2250707123456"),
    ("07\u00a007\u00a012\u00a034\u00a056", "2250707123456"),  # non-breaking spaces
    ("07\u202f07\u202f12\u202f34\u202f56", "2250707123456"),  # narrow non-breaking spaces (French Word)
    ("07\u200907\u200912\u200934\u200956", "2250707123456"),  # thin spaces
    ("\ufeff0707123456", "2250707123456"),  # BOM at the start of a CSV
    ("0707\u200b123456", "2250707123456"),  # zero-width space
    ("\u200e+225 0707123456\u200f", "2250707123456"),  # direction marks from WhatsApp
    ("07\u00ad07123456", "2250707123456"),  # soft hyphen
    ("０７０７１２３４５６", "2250707123456"),  # full-width digits
    ("٠٧٠٧١٢٣٤٥٦", "2250707123456"),  # Arabic-Indic digits
    ("07 – 07 – 12 – 34 – 56", "2250707123456"),  # en dashes
    ("Tel: 0707123456", "2250707123456"),
    ("Tél. 07 07 12 34 56", "2250707123456"),
    ("Cel. 0707123456", "2250707123456"),
    ("Cell: +225 07 07 12 34 56", "2250707123456"),
    ("Mobile : 0707123456", "2250707123456"),
    ("N° 0707123456", "2250707123456"),
    ("WhatsApp: 0707123456", "2250707123456"),
    ("0707123456 (Orange)", "2250707123456"),
    (2250707123456, "2250707123456"),
    (2250707123456.0, "2250707123456"),
    (np.int64(2250707123456), "2250707123456"),
    (np.float64(2250707123456.0), "2250707123456"),
    (Decimal("2250707123456"), "2250707123456"),
    ("2250707123456.0", "2250707123456"),
    # other countries, written with + or 00
    ("+33 6 12 34 56 78", "33612345678"),
    ("0033 6 12 34 56 78", "33612345678"),
    ("+33 (0)6 12 34 56 78", "33612345678"),
    ("+221 77 123 45 67", "221771234567"),
    ("+1 650 253 0000", "16502530000"),  # FIXED_LINE_OR_MOBILE: accepted
    ("+39 312 345 6789", "393123456789"),
    ("+226 70 12 34 56", "22670123456"),
]


@pytest.mark.parametrize(("value", "phone"), VALID_CASES)
def test_valid_numbers_only_lose_their_formatting(value: object, phone: str) -> None:
    result = normalize_phone(value)
    assert (result.status, result.phone, result.reason) == (PhoneStatus.VALID, phone, None)
    assert result.original == str(value)


REPAIRED_CASES = [
    (707123456, "2250707123456"),  # Excel stored 0707123456 as a number
    (505123456, "2250505123456"),
    (707123456.0, "2250707123456"),
    (np.int64(707123456), "2250707123456"),
    (np.float64(707123456.0), "2250707123456"),
    (Decimal("707123456"), "2250707123456"),
    ("707123456", "2250707123456"),  # the same, after a CSV export
    ("707123456.0", "2250707123456"),  # a float written as text
    ("707123456,0", "2250707123456"),
    ("7 07 12 34 56", "2250707123456"),
    ("225707123456", "2250707123456"),  # zero dropped after the country code
    ("+225 7 07 12 34 56", "2250707123456"),
    (225707123456, "2250707123456"),
]


@pytest.mark.parametrize(("value", "phone"), REPAIRED_CASES)
def test_a_lost_leading_zero_is_restored_and_flagged(value: object, phone: str) -> None:
    result = normalize_phone(value)
    assert (result.status, result.phone) == (PhoneStatus.REPAIRED, phone)
    assert result.reason == "leading_zero_restored"


MIGRATED_CASES = [
    ("07123456", "2250707123456", "migrated_8_to_10"),
    ("07 12 34 56", "2250707123456", "migrated_8_to_10"),
    ("+225 07 12 34 56", "2250707123456", "migrated_8_to_10"),
    ("00225 07123456", "2250707123456", "migrated_8_to_10"),
    ("22507123456", "2250707123456", "migrated_8_to_10"),
    (22507123456, "2250707123456", "migrated_8_to_10"),
    ("44 12 34 56", "2250544123456", "migrated_8_to_10"),
    ("Tel: 02.12.34.56", "2250102123456", "migrated_8_to_10"),
    (7123456, "2250707123456", "leading_zero_restored_and_migrated"),  # 07123456 stored as a number
    (5123456.0, "2250505123456", "leading_zero_restored_and_migrated"),
]


@pytest.mark.parametrize(("value", "phone", "reason"), MIGRATED_CASES)
def test_old_eight_digit_numbers_are_migrated_for_review(value: object, phone: str, reason: str) -> None:
    result = normalize_phone(value)
    assert (result.status, result.phone, result.reason) == (PhoneStatus.MIGRATED, phone, reason)


ARTCI_MOBILE_TABLE = {
    "01": ["01", "02", "03", "40", "41", "42", "43", "50", "51", "52", "53", "70", "71", "72", "73"],
    "05": ["04", "05", "06", "44", "45", "46", "54", "55", "56", "64", "65", "66", "74", "75", "76",
           "84", "85", "86", "94", "95", "96"],
    "07": ["07", "08", "09", "47", "48", "49", "57", "58", "59", "67", "68", "69", "77", "78", "79",
           "87", "88", "89", "97", "98"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("old_prefix", "new_prefix"),
    [(old, new) for new, olds in ARTCI_MOBILE_TABLE.items() for old in olds],
)
def test_artci_mobile_table(old_prefix: str, new_prefix: str) -> None:
    old = old_prefix + "123456"
    assert migrate_old_number(old) == new_prefix + old
    result = normalize_phone(old)
    assert (result.status, result.phone) == (PhoneStatus.MIGRATED, "225" + new_prefix + old)


def test_artci_table_has_no_other_mobile_prefix() -> None:
    assert set(OLD_MOBILE_OPERATORS) == {old for olds in ARTCI_MOBILE_TABLE.values() for old in olds}


UNASSIGNED_OLD_PREFIXES = ["10", "13", "60", "61", "62", "63", "80", "83", "90", "93", "99", "25"]


def test_old_prefix_00_has_no_operator() -> None:
    assert migrate_old_number("00123456") is None


@pytest.mark.parametrize("old_prefix", UNASSIGNED_OLD_PREFIXES)
def test_unassigned_old_prefixes_are_rejected_not_guessed(old_prefix: str) -> None:
    old = old_prefix + "123456"
    assert migrate_old_number(old) is None
    result = normalize_phone(old)
    assert (result.status, result.phone, result.reason) == (PhoneStatus.REJECTED, None, "unknown_old_prefix")


@pytest.mark.parametrize(
    ("old", "new", "operator"),
    [
        ("20001234", "2520001234", "MTN"),
        ("34001234", "2534001234", "MTN"),
        ("20801234", "2120801234", "Moov"),
        ("22801234", "2122801234", "Moov"),
        ("20301234", "2720301234", "Orange"),
        ("22401234", "2722401234", "Orange"),
        ("30601234", "2730601234", "Orange"),
        ("20101234", None, None),  # no operator known for 201: not guessed
    ],
)
def test_artci_fixed_lines_migrate_by_operator_and_are_rejected(
    old: str, new: str | None, operator: str | None
) -> None:
    assert migrate_old_number(old) == new
    assert old_number_operator(old) == operator
    result = normalize_phone(old)
    assert (result.status, result.phone, result.reason) == (PhoneStatus.REJECTED, None, "fixed_line")


REJECTED_CASES = [
    ("", "empty"),
    ("   ", "empty"),
    ("\u200b", "empty"),
    (None, "empty"),
    (float("nan"), "empty"),
    (np.float64("nan"), "empty"),
    ("nan", "empty"),
    ("<NA>", "empty"),
    ("N/A", "empty"),
    ("abc", "not_a_number"),
    ("Tel:", "not_a_number"),
    ("07O7123456", "not_a_number"),  # letter O typed for a zero
    ("07 O7 12 34 56", "not_a_number"),
    (True, "not_a_number"),
    (-707123456, "not_a_number"),
    (707123456.5, "not_a_number"),
    (float("inf"), "not_a_number"),
    (date(2024, 7, 7), "not_a_number"),  # a cell Excel turned into a date
    ("2,25071E+12", "scientific_notation"),
    ("2.25071e12", "scientific_notation"),
    ("2.25071E+012", "scientific_notation"),
    ("2,25071 E+12", "scientific_notation"),
    ("7,07123E+08", "scientific_notation"),
    (2.25071e12, "scientific_notation"),  # what is left of "2,25071E+12" once Excel made it a number
    (2250710000000, "scientific_notation"),
    ("2250710000000.0", "scientific_notation"),
    (1e15, "scientific_notation"),
    (2250707123456789.0, "scientific_notation"),
    (1.2345e20, "scientific_notation"),
    (Decimal("2.25071E+12"), "scientific_notation"),
    ("2722445566", "fixed_line"),  # Orange landline
    ("21 22 44 55 66", "fixed_line"),  # Moov landline
    ("+225 25 22 44 55 66", "fixed_line"),  # MTN landline
    ("2712345678", "fixed_line"),  # an unassigned Orange fixed block is still not a mobile
    (2722445566, "fixed_line"),
    ("+44 20 7946 0958", "fixed_line"),
    ("+33 1 23 45 67 89", "fixed_line"),
    ("+44 800 123 4567", "not_mobile"),  # toll-free
    ("0707", "too_short"),
    ("070712345", "too_short"),  # nine digits but the zero is there: one is missing
    ("0707 123", "too_short"),
    ("00123456", "too_short"),  # 00 is the international prefix: nothing is left after it
    ("+33 6 12", "too_short"),
    ("07071234567", "too_long"),
    ("0707123456789", "too_long"),
    ("0912345678", "invalid_number"),
    ("0212345678", "invalid_number"),
    ("+999 123 456", "invalid_country_code"),
    ("07071234560505123456", "two_numbers_glued"),
    ("22507071234562250505123456", "two_numbers_glued"),
    (7071234560505123456, "two_numbers_glued"),  # a CSV column read as int64
]


@pytest.mark.parametrize(("value", "reason"), REJECTED_CASES)
def test_rejections_carry_a_specific_reason(value: object, reason: str) -> None:
    result = normalize_phone(value)
    assert (result.status, result.phone, result.reason) == (PhoneStatus.REJECTED, None, reason)


TWO_NUMBER_CELLS = [
    "0707123456 / 0505123456",
    "0707123456/0505123456",
    "07 07 12 34 56 - 05 05 12 34 56",
    "0707123456;0505123456",
    "0707123456, 0505123456",
    "0707123456 ou 0505123456",
    "0707123456 or 0505123456",
    "0707123456 et 0505123456",
    "0707123456 & 0505123456",
    "0707123456 | 0505123456",
    "0707123456\n0505123456",
    "0707123456\r\n0505123456",
    "0707123456\t0505123456",
    "0707123456 0505123456",
    "07 07 12 34 56 05 05 12 34 56",
    "+225 07 07 12 34 56 +225 05 05 12 34 56",
    "Tel: 0707123456 Cel: 0505123456",
    "0707123456 (Orange) / 0505123456 (MTN)",
]


@pytest.mark.parametrize("cell", TWO_NUMBER_CELLS)
def test_a_cell_with_two_numbers_gives_two_results(cell: str) -> None:
    results = normalize_cell(cell)
    assert [(r.status, r.phone) for r in results] == [
        (PhoneStatus.VALID, "2250707123456"),
        (PhoneStatus.VALID, "2250505123456"),
    ]
    assert "0505" not in results[0].original and "0707" not in results[1].original
    assert normalize_phone(cell).reason == "several_numbers"


def test_each_number_of_a_cell_is_judged_on_its_own() -> None:
    results = normalize_cell("0707123456 / 27 22 44 55 66 / 07123456")
    assert [(r.status, r.phone, r.reason) for r in results] == [
        (PhoneStatus.VALID, "2250707123456", None),
        (PhoneStatus.REJECTED, None, "fixed_line"),
        (PhoneStatus.MIGRATED, "2250707123456", "migrated_8_to_10"),
    ]
    assert [r.original for r in results] == ["0707123456", "27 22 44 55 66", "07123456"]
    two_old = normalize_cell("07123456 05123456")
    assert [r.phone for r in two_old] == ["2250707123456", "2250505123456"]
    assert [r.reason for r in normalize_cell("0707123456; 12")] == [None, "too_short"]


def test_spaces_inside_one_number_never_split_it() -> None:
    for cell in ("07 07 12 34 56", "0707 123 456", "225 07 07 12 34 56", "+225 0707 12 34 56"):
        assert [r.phone for r in normalize_cell(cell)] == ["2250707123456"], cell


def test_other_regions_read_national_numbers_in_their_own_plan() -> None:
    assert normalize_phone("06 12 34 56 78", "FR").phone == "33612345678"
    assert normalize_phone("77 123 45 67", "sn").phone == "221771234567"
    # an Ivorian number stays Ivorian whatever the default region, with or without "+"
    assert normalize_phone("+225 07 07 12 34 56", "FR").phone == "2250707123456"
    assert normalize_phone("2250707123456", "FR").phone == "2250707123456"
    assert normalize_phone("+225 07 12 34 56", "FR").status is PhoneStatus.MIGRATED
    # the 8-digit rule is Ivorian only
    assert normalize_phone("07123456", "FR").status is PhoneStatus.REJECTED
    assert normalize_phone("0707123456", "SN").status is PhoneStatus.REJECTED
    with pytest.raises(ValueError, match="region"):
        normalize_phone("0707123456", "XX")


def test_phone_is_none_exactly_when_rejected() -> None:
    values = [case[0] for case in VALID_CASES + REPAIRED_CASES + MIGRATED_CASES + REJECTED_CASES]
    for results in normalize_many(values):
        for result in results:
            assert (result.phone is None) == (result.status is PhoneStatus.REJECTED)
            assert result.accepted == (result.status is not PhoneStatus.REJECTED)
            if result.phone is not None:
                assert result.phone.isdigit()


def test_every_reason_and_status_has_a_french_and_english_sentence() -> None:
    messages = catalog()
    for reason in PhoneReason:
        texts = messages[f"phones.reason.{reason.value}"]
        assert texts["fr"] != texts["en"]
        result = PhoneResult("x", PhoneStatus.REJECTED, None, reason)
        assert result.user_message("fr") == texts["fr"]
        assert result.user_message("en") == texts["en"]
    for status in PhoneStatus:
        assert f"phones.status.{status.value}" in messages
    assert normalize_phone("0707123456").user_message("fr") == "Numéro valide."
    assert normalize_phone("2722445566").user_message("en") == "Landline number: it cannot receive SMS."
    assert "Excel" in normalize_phone("2,25071E+12").user_message("fr")


def test_normalize_many_keeps_order_and_tells_identical_values_apart() -> None:
    values: list[object] = ["0707123456", 707123456, 707123456.0, "0707123456", "2722445566", None, ["x"]]
    results = normalize_many(values)
    assert len(results) == len(values)
    assert [len(r) for r in results] == [1] * len(values)
    assert [r[0].original for r in results[:3]] == ["0707123456", "707123456", "707123456.0"]
    assert results[0] == results[3]
    assert results[0] is not results[3]  # callers may change their lists safely
    assert results[4][0].reason == "fixed_line"
    assert results[5][0].reason == "empty"
    assert normalize_many(["0707123456 / 0505123456"] * 2)[1][1].phone == "2250505123456"
    assert normalize_many(["06 12 34 56 78"], "FR")[0][0].phone == "33612345678"


def _random_inputs(count: int) -> list[object]:
    """Mostly clean Ivorian cells in the forms the fast path recognises, and near misses."""
    rng = random.Random(7)
    out: list[object] = []
    for _ in range(count):
        prefix = rng.choice("0123456789")
        rest = "".join(rng.choice("0123456789") for _ in range(8))
        national = "0" + prefix + rest
        spaced = " ".join(national[i : i + 2] for i in range(0, 10, 2))
        out += [
            national,
            spaced,
            "+225 " + spaced,
            "00225" + national,
            "225" + national,
            "225-" + national,
            national[:5] + "." + national[5:],
            "\u00a0" + spaced,
            int(national),
            float(national),
            int("225" + national),
            float("225" + national),
            national[1:],
            "2" + national[1:],
        ]
    return out


def test_fast_path_answers_exactly_what_the_full_path_answers() -> None:
    edge_cases: list[object] = [
        2250710000000, 2250710000000.0, "2250710000000", 707123456, 70712345, -707123456, 0, 1e15,
        "+2250707123456", "+225-07-07-12-34-56", "2250707123456 ", "0707123456.", "07O7123456",
    ]  # fmt: skip
    values = _random_inputs(300) + edge_cases
    fast = normalize_many(values)
    for value, results in zip(values, fast, strict=True):
        assert results == normalize_cell_slow(value, "CI"), value
        assert results == normalize_cell(value), value
