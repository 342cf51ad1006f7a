"""The rejected-rows download and the exports every page uses: formulas neutralised, CSV for French
Excel (UTF-8 with BOM, ";"), xlsx that holds text and no formula."""

from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd
import python_calamine
from importer_support import fixture_bytes

from monsms_core.exports import neutralize_formulas, neutralize_value, to_csv_bytes, to_xlsx_bytes
from monsms_core.importer import (
    ColumnMapping,
    check,
    detect_mapping,
    issue_lines,
    issues_frame,
    read_sheet,
    rejected_rows_frame,
    summary_lines,
)


def membres_result():  # type: ignore[no-untyped-def]
    sheet = read_sheet(fixture_bytes("membres.xlsx"), "membres.xlsx")
    return check(sheet.frame, detect_mapping(sheet.frame))


def test_rejected_rows_keep_the_original_columns_as_typed() -> None:
    frame = rejected_rows_frame(membres_result(), "fr")
    assert list(frame.columns) == [
        "Ligne",
        "Nom et Prénoms",
        "N° de Téléphone",
        "Sexe",
        "Quartier",
        "Cotisation",
        "Motif",
    ]
    by_row = frame.set_index("Ligne")
    assert {17, 18, 19} <= set(by_row.index)
    assert 16 not in by_row.index  # a duplicate is not an error to correct
    assert by_row.loc[17, "N° de Téléphone"] == "27 22 44 55 66"
    assert by_row.loc[18, "N° de Téléphone"] == "2250710000000"
    assert by_row.loc[17, "Motif"] == "Numéro de téléphone fixe : il ne peut pas recevoir de SMS."
    english = rejected_rows_frame(membres_result(), "en", include_duplicates=True)
    assert english.columns[0] == "Row" and english.columns[-1] == "Reason"
    assert 16 in set(english["Row"])


def test_a_row_with_two_rejected_numbers_appears_once() -> None:
    frame = pd.DataFrame({"Tel": ["27 22 44 55 66 ; 27 22 44 55 67", "0707123456"], "Nom": ["Bureau", "Awa"]})
    result = check(frame, ColumnMapping(phone="Tel", full_name="Nom"))
    rejected = rejected_rows_frame(result)
    assert rejected["Ligne"].tolist() == [2]
    assert len(result.rejected) == 2
    assert rejected.loc[0, "Motif"].count("fixe") == 2


def test_summary_and_issue_sentences() -> None:
    result = membres_result()
    lines = summary_lines(result, "fr", sheet="membres")
    assert lines[0] == "Feuille « membres » — lignes lues : 18."
    assert lines[1] == "Colonne du téléphone : « N° de Téléphone »."
    assert lines[-1] == "Lignes vides ignorées : 1."
    assert any(line.startswith("Doublons écartés : 3") for line in lines)
    english = issue_lines(result.issues, "en", limit=2)
    assert english[0] == 'Row 16: "707123456" — Duplicate: this number is already on row 5.'
    assert english[-1] == "… and 5 more (use --json or the download for the full list)."
    table = issues_frame(result, "fr")
    assert list(table.columns) == ["row", "column", "value", "code", "reason", "phone", "first_row"]
    assert len(table) == len(result.issues)


def test_formula_triggers_get_an_apostrophe_and_numbers_do_not() -> None:
    frame = pd.DataFrame(
        {
            "=nom": ['=HYPERLINK("http://x")', "+2250707123456", "-5", "@SUM(A1)", "\tx", "\rx", "Awa", None],
            "Montant": [-5, 10, 0, 1, 2, 3, 4, 5],
        }
    )
    safe = neutralize_formulas(frame)
    assert list(safe.columns) == ["'=nom", "Montant"]
    assert safe["'=nom"].tolist()[:7] == [
        '\'=HYPERLINK("http://x")',
        "'+2250707123456",
        "'-5",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "Awa",
    ]
    assert safe["Montant"].tolist() == [-5, 10, 0, 1, 2, 3, 4, 5]
    assert frame.loc[0, "=nom"].startswith("=")  # the caller's frame is untouched
    arrow = pd.Series(["=1+1", "ok", None], dtype="str")
    assert neutralize_formulas(pd.DataFrame({"a": arrow}))["a"].tolist()[:2] == ["'=1+1", "ok"]
    assert neutralize_value(12) == 12


def test_csv_is_for_french_excel() -> None:
    frame = pd.DataFrame({"Nom": ["Koné", "=cmd|' /C calc'!A0"], "Téléphone": ["2250707123456", "x"]})
    data = to_csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "Nom;Téléphone"
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[1] == ["Koné", "2250707123456"]
    assert rows[2][0] == "'=cmd|' /C calc'!A0"
    comma = to_csv_bytes(frame, sep=",", encoding="utf-8")
    assert comma.startswith(b"Nom,")


def test_xlsx_holds_text_and_no_formula() -> None:
    frame = pd.DataFrame({"Nom": ["=1+1", "Awa"], "Tel": ["0707123456", "+225 07"], "N": [1, 2]})
    data = to_xlsx_bytes({"Refusés: [ligne]/2024": frame, "Autre": frame.head(1)})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert all(b"<f>" not in archive.read(name) for name in sheets)
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    assert book.sheet_names == ["Refusés   ligne  2024", "Autre"]
    rows = book.get_sheet_by_index(0).to_python()
    assert rows[0] == ["Nom", "Tel", "N"]
    assert rows[1] == ["'=1+1", "0707123456", 1.0]  # the phone stays text: its 0 survives
    assert rows[2][1] == "'+225 07"
    single = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(to_xlsx_bytes(frame, "Contacts")))
    assert single.sheet_names == ["Contacts"]
