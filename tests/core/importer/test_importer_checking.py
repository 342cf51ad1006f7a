"""Checking rows: contacts with the user's row numbers, repairs, two numbers in a cell, duplicates within
the file and against the account, blank rows, and issue records — never a number lost or invented."""

from __future__ import annotations

import gc

import pandas as pd
import pytest
from importer_support import fixture_bytes

from monsms_core.importer import (
    VALID_COLUMNS,
    CheckResult,
    ColumnMapping,
    ImportProblem,
    check,
    detect_mapping,
    read_sheet,
)

PHONE = "N° de Téléphone"


def checked(name: str, existing: frozenset[str] = frozenset()) -> CheckResult:
    sheet = read_sheet(fixture_bytes(name), name)
    return check(sheet.frame, detect_mapping(sheet.frame), "CI", existing)


def valid_by_row(result: CheckResult) -> dict[int, list[str]]:
    rows: dict[int, list[str]] = {}
    for row, phone in zip(result.valid["row"], result.valid["phone"], strict=True):
        rows.setdefault(int(row), []).append(phone)
    return rows


@pytest.mark.parametrize("name", ["membres.xlsx", "membres.xls", "membres.ods", "membres_utf8_bom.csv"])
def test_the_membres_sheet(name: str) -> None:
    result = checked(name)
    counts = result.counts
    assert counts.total_rows == 18 and counts.blank_rows == 1
    assert counts.entries == 19  # row 12 holds two numbers
    assert counts.valid + counts.duplicates + counts.rejected == counts.entries
    assert counts.valid == counts.unchanged + counts.repaired + counts.migrated
    by_row = valid_by_row(result)
    assert by_row[5] == ["2250707123456"]
    assert by_row[6] == ["2250707123457"]
    assert by_row[7] == ["2250505123456"]  # "+225 05 05 12 34 56"
    assert by_row[8] == ["2250101234567"]  # "225-01-01-23-45-67"
    assert by_row[9] == ["2250141234567"]  # "(+225) 0141234567"
    assert by_row[10] == ["2250748123456"]  # "00225 07.48.12.34.56"
    assert by_row[11] == ["2250758123456"]  # "07-58-12-34-56"
    assert by_row[12] == ["2250797123456", "2250545123456"]  # two numbers: two contacts, same row
    assert by_row[13] == ["2250565123456"]  # "Tel: 05 65 12 34 56"
    assert 14 not in by_row and 19 not in by_row
    rejected = {issue.row: issue.code for issue in result.rejected}
    assert rejected[17] == "fixed_line"
    assert rejected[18] == "scientific_notation"  # digits lost by Excel: refused, not guessed
    assert rejected[19] == "empty"
    duplicates = {issue.row: (issue.code, issue.first_row, issue.phone) for issue in result.duplicates}
    assert duplicates[16] == ("duplicate_in_file", 5, "2250707123456")
    assert duplicates[20] == ("duplicate_in_file", 10, "2250748123456")
    assert duplicates[21] == ("duplicate_in_file", 7, "2250505123456")
    two = result.valid[result.valid["row"] == 12]
    assert two["name"].tolist() == ["Diabaté Fatou", "Diabaté Fatou"]
    assert two["original"].tolist() == ["0797123456", "0545123456"]
    assert set(result.valid["phone"]).isdisjoint({issue.phone for issue in result.rejected})


def test_lost_leading_zero_is_repaired_in_workbooks_but_not_needed_in_typed_csv() -> None:
    workbook = checked("membres.xlsx").valid.set_index("row")
    assert workbook.loc[5, "status"] == "repaired"
    assert workbook.loc[5, "reason"] == "leading_zero_restored"
    assert workbook.loc[5, "original"] == "707123456"
    typed = checked("membres_utf8_bom.csv").valid.set_index("row")
    assert typed.loc[5, "status"] == "valid"
    assert typed.loc[5, "original"] == "0707123456"


def test_valid_frame_columns_names_sex_and_custom_fields() -> None:
    result = checked("membres.xlsx")
    valid = result.valid
    assert list(valid.columns) == [*VALID_COLUMNS, "Quartier", "Cotisation"]
    assert result.custom_fields == ("Quartier", "Cotisation")
    first = valid.iloc[0]
    names = (first["name"], first["first_name"], first["last_name"], first["sex"])
    assert names == ("KOUASSI Jean", "", "", "M")
    assert first["Cotisation"] == "5000"  # a number cell as the text people read, not "5000.0"
    sexes = dict(zip(valid["row"], valid["sex"], strict=False))
    assert sexes[6] == "F" and sexes[7] == "M" and sexes[9] == "M" and sexes[10] == "F"  # Mme, M., Monsieur…


def test_existing_contacts_are_duplicates_of_the_account() -> None:
    result = checked("membres.xlsx", frozenset({"2250707123456", "2250797123456"}))
    codes = {(issue.row, issue.code) for issue in result.duplicates}
    assert (5, "already_in_account") in codes
    assert (12, "already_in_account") in codes
    assert (16, "duplicate_in_file") in codes  # still points at the first occurrence
    assert next(i for i in result.duplicates if i.row == 16).first_row == 5
    assert valid_by_row(result)[12] == ["2250545123456"]
    assert result.counts.already_in_account == 2
    message = next(i for i in result.duplicates if i.row == 5).user_message("en")
    assert message == "This number is already in your contacts."


def test_issue_records_read_like_frictionless_rows() -> None:
    result = checked("membres.xlsx")
    fixed = next(issue for issue in result.issues if issue.row == 17)
    assert fixed.as_dict("fr") == {
        "row": 17,
        "column": PHONE,
        "value": "27 22 44 55 66",
        "code": "fixed_line",
        "reason": "Numéro de téléphone fixe : il ne peut pas recevoir de SMS.",
    }
    duplicate = next(issue for issue in result.issues if issue.row == 16)
    assert duplicate.user_message("fr") == "Doublon : ce numéro figure déjà à la ligne 5."
    assert [issue.row for issue in result.issues] == sorted(issue.row for issue in result.issues)


def test_plain_frame_rows_count_from_under_a_header_on_row_one() -> None:
    frame = pd.DataFrame(
        {"Téléphone": ["0707123456", "", "0707123456", "abc"], "Nom": ["Awa", "", "Yao", "Jean"]}
    )
    result = check(frame, ColumnMapping(phone="Téléphone", full_name="Nom"))
    assert result.valid["row"].tolist() == [2]
    assert result.counts.blank_rows == 1
    assert [(i.row, i.code, i.first_row) for i in result.issues] == [
        (4, "duplicate_in_file", 2),
        (5, "not_a_number", None),
    ]


def test_names_are_tidied_and_custom_fields_never_clash() -> None:
    frame = pd.DataFrame(
        {
            "Tel": ["0707123456"],
            "Prénom": ["  Awa\u00a0 Marie "],
            "Nom": ["KONÉ"],
            "phone": ["note"],
            "Civ": ["Mme"],
        }
    )
    mapping = ColumnMapping(phone="Tel", first_name="Prénom", last_name="Nom", sex="Civ")
    result = check(frame, mapping)
    row = result.valid.iloc[0]
    assert (row["first_name"], row["last_name"], row["name"], row["sex"]) == ("Awa Marie", "KONÉ", "", "F")
    assert result.custom_fields == ("phone (2)",)
    assert row["phone (2)"] == "note" and row["phone"] == "2250707123456"


def test_many_rows_with_repeats_stay_consistent() -> None:
    frame = pd.DataFrame(
        {"Téléphone": [f"07071{i % 500:05d}" for i in range(5000)], "Nom": [f"Awa {i}" for i in range(5000)]}
    )
    result = check(frame, ColumnMapping(phone="Téléphone"))
    assert result.counts.valid == 500
    assert result.counts.duplicates_in_file == 4500
    assert result.valid["row"].tolist() == list(range(2, 502))
    last = result.duplicates[-1]
    assert (last.row, last.first_row) == (5001, 501)


def test_other_country_and_unknown_country() -> None:
    frame = pd.DataFrame({"Phone": ["06 12 34 56 78"]})
    result = check(frame, ColumnMapping(phone="Phone"), default_region="FR")
    assert result.valid["phone"].tolist() == ["33612345678"]
    with pytest.raises(ImportProblem) as caught:
        check(frame, ColumnMapping(phone="Phone"), default_region="ZZ")
    assert caught.value.code == "unknown_country"
    assert "ZZ" in caught.value.user_message("fr")


def test_mapping_is_validated_before_checking() -> None:
    frame = pd.DataFrame({"Phone": ["0707123456"]})
    with pytest.raises(ImportProblem) as caught:
        check(frame, ColumnMapping(phone="Mobile"))
    assert caught.value.code == "column_not_found"


def test_a_large_csv_of_distinct_numbers_takes_the_same_road_to_the_same_answer() -> None:
    lines = ["Nom;Téléphone"] + [f"Awa {i};07 07 {i:06d}" for i in range(1500)]
    lines += [";", "Yao;0707000007", "Jean;pas de numéro"]
    sheet = read_sheet("\n".join(lines).encode(), "contacts.csv")
    result = check(sheet.frame, detect_mapping(sheet.frame))
    assert result.counts.valid == 1500 and result.counts.blank_rows == 1
    assert result.valid["row"].tolist()[:2] == [2, 3]
    assert result.valid["phone"].tolist()[-1] == "2250707001499"
    assert [(i.row, i.code, i.first_row) for i in result.issues] == [
        (1503, "duplicate_in_file", 9),
        (1504, "not_a_number", None),
    ]


def test_check_leaves_the_garbage_collector_as_it_found_it() -> None:
    frame = pd.DataFrame({"Phone": ["0707123456"]})
    assert gc.isenabled()
    check(frame, ColumnMapping(phone="Phone"))
    assert gc.isenabled()
    with pytest.raises(ImportProblem):
        check(frame, ColumnMapping(phone="Mobile"))
    assert gc.isenabled()
    gc.disable()
    try:
        check(frame, ColumnMapping(phone="Phone"))
        assert not gc.isenabled()  # someone else's choice is kept
    finally:
        gc.enable()
