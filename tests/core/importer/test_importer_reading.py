"""Reading files written by a real spreadsheet program (LibreOffice, see
scripts/make_spreadsheet_fixtures.sh): every format lands on the same header, rows and row numbers."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest
from importer_support import fixture_bytes, xlsx_bytes

from monsms_core.importer import list_sheets, open_workbook, read_sheet
from monsms_core.importer.header import find_header_row
from monsms_core.importer.values import cell_text, column_letter, normalize_words, text_series

HEADERS = ["Nom et Prénoms", "N° de Téléphone", "Sexe", "Quartier", "Cotisation"]
PHONE = "N° de Téléphone"
WORKBOOKS = ["membres.xlsx", "membres.xls", "membres.ods"]
TEXTS = {
    # file: (kind, encoding, separator)
    "membres_utf8_bom.csv": ("csv", "utf-8-sig", ";"),
    "membres.csv": ("csv", "utf-8", ";"),
    "membres_export_cp1252.csv": ("csv", "cp1252", ","),
    "membres_export_tab.txt": ("csv", "utf-8", "\t"),
    "membres_unicode.txt": ("csv", "utf-16", "\t"),
}


@pytest.mark.parametrize("name", WORKBOOKS + list(TEXTS))
def test_every_format_finds_the_header_below_the_titles(name: str) -> None:
    sheet = read_sheet(fixture_bytes(name), name)
    assert sheet.header_row == 4
    assert list(sheet.frame.columns) == HEADERS
    assert sheet.frame.index[0] == 5 and sheet.frame.index[-1] == 23  # the rows Excel shows
    assert sheet.frame.index.name == "row"
    assert sheet.frame.loc[5, "Nom et Prénoms"] == "KOUASSI Jean"
    assert sheet.frame.loc[6, "Nom et Prénoms"] == "Awa TRAORÉ"
    assert text_series(sheet.frame[PHONE]).loc[14] == ""  # the blank row stays, for the count
    assert sheet.letters[PHONE] == "B"


@pytest.mark.parametrize("name", WORKBOOKS)
def test_workbooks_keep_numbers_as_numbers(name: str) -> None:
    frame = read_sheet(fixture_bytes(name), name).frame
    assert frame.loc[5, PHONE] == 707123456  # Calc turned 0707123456 into a number: the 0 is gone
    assert isinstance(frame.loc[5, PHONE], float)
    assert frame.loc[6, PHONE] == "07 07 12 34 57"
    assert frame.loc[18, PHONE] == 2250710000000  # "2,25071E+12" read as a number by French Calc
    assert frame.loc[5, "Cotisation"] == 5000


@pytest.mark.parametrize("name", list(TEXTS))
def test_text_files_are_detected_and_read_as_text(name: str) -> None:
    kind, encoding, separator = TEXTS[name]
    sheet = read_sheet(fixture_bytes(name), name)
    assert (sheet.kind, sheet.encoding, sheet.separator) == (kind, encoding, separator)
    frame = sheet.frame
    assert all(pd.api.types.is_string_dtype(frame[column].dtype) for column in frame.columns)
    assert frame.loc[10, "Nom et Prénoms"] == "Koné Mariam"  # accents right in every encoding
    assert frame.loc[12, PHONE] == "0797123456 / 0545123456"


def test_hand_typed_csv_keeps_leading_zeros_and_exports_show_excels_damage() -> None:
    typed = read_sheet(fixture_bytes("membres_utf8_bom.csv"), "membres.csv").frame
    assert typed.loc[5, PHONE] == "0707123456"
    assert typed.loc[18, PHONE] == "2,25071E+12"
    exported = read_sheet(fixture_bytes("membres_export_cp1252.csv"), "export.csv").frame
    assert exported.loc[5, PHONE] == "707123456"  # saved from a workbook: the zero was already lost
    assert exported.loc[18, PHONE] == "2.25E+12"


def test_several_sheets_listed_and_chosen() -> None:
    for name in ("deux_feuilles.xlsx", "deux_feuilles.ods"):
        data = fixture_bytes(name)
        assert list_sheets(data, name) == ["Vide", "Abidjan", "Bouaké"]
        book = open_workbook(data, name)
        assert book.default_sheet() == "Abidjan"  # the empty first sheet is skipped
        abidjan = book.read_sheet()
        assert abidjan.sheet == "Abidjan" and abidjan.header_row == 2
        assert list(abidjan.frame.columns) == ["Prénom", "Nom", "Portable", "Genre"]
        assert abidjan.frame.loc[3, "Portable"] == 707123456
        bouake = book.read_sheet("bouaké")  # names match without regard to case
        assert bouake.sheet == "Bouaké" and bouake.header_row == 1
        assert list(bouake.frame.index) == [2, 3, 4, 5]
        assert bouake.frame.loc[5, "Cellulaire"] == 2250748123456
        assert book.read_sheet(2).sheet == "Bouaké"


def test_csv_has_one_sheet_named_after_the_file() -> None:
    assert list_sheets(fixture_bytes("membres.csv"), "mes membres.csv") == ["mes membres"]


def test_headerless_csv_gets_letters() -> None:
    sheet = read_sheet(fixture_bytes("sans_entete.csv"), "sans_entete.csv")
    assert sheet.header_row is None
    assert list(sheet.frame.columns) == ["A", "B", "C"]
    assert list(sheet.frame.index) == [1, 2, 3]
    assert sheet.frame.loc[2, "A"] == "Awa Traoré"


def test_excel_sep_hint_line_is_not_a_row() -> None:
    data = b"sep=,\r\nNom,T\xe9l\xe9phone\r\nAwa,0707123456\r\n"  # Windows-1252, as Excel writes it
    sheet = read_sheet(data, "x.csv")
    assert (sheet.separator, sheet.encoding, sheet.header_row) == (",", "cp1252", 1)
    assert sheet.frame.loc[2, "Téléphone"] == "0707123456"


def test_a_wider_line_far_below_the_sample_is_read() -> None:
    lines = ["Nom;Téléphone"] + [f"Awa {i};07071234{i % 100:02d}" for i in range(400)]
    lines.append("Yao;0505123456;en plus;encore")
    sheet = read_sheet("\n".join(lines).encode(), "x.csv")
    assert sheet.frame.shape == (401, 4)
    assert sheet.frame.loc[402, "D"] == "encore"


def test_one_column_csv_keeps_a_cell_with_a_comma_whole() -> None:
    sheet = read_sheet(b"Telephone\n0707123456, 0505123456\n0101234567\n", "x.csv")
    assert list(sheet.frame.columns) == ["Telephone"]
    assert sheet.frame.loc[2, "Telephone"] == "0707123456, 0505123456"


def test_tab_and_quotes_and_blank_headers() -> None:
    data = 'Nom\t\tTél\n"Koné, Awa"\tx\t"07 07 12 34 56"\n\t\t\n'.encode()
    sheet = read_sheet(data, "x.txt")
    assert list(sheet.frame.columns) == ["Nom", "B", "Tél"]  # a blank header takes its letter
    assert sheet.frame.loc[2, "Nom"] == "Koné, Awa"
    assert list(sheet.frame.index) == [2]  # the trailing blank line is dropped


def test_sheet_starting_away_from_a1_and_repeated_headers() -> None:
    data = xlsx_bytes([["Téléphone", "Nom", "Nom"], [707123456, "Awa", "Koné"]], start_row=3)
    sheet = read_sheet(data, "x.xlsx")
    assert sheet.header_row == 4
    assert list(sheet.frame.columns) == ["Téléphone", "Nom", "Nom (2)"]
    assert list(sheet.frame.index) == [5]


def test_header_detection_scores() -> None:
    grid = pd.DataFrame(
        [
            ["Liste des clients", "", ""],
            ["", "", ""],
            ["Client", "Numéro", "Ville"],
            ["Awa", "0707123456", "Abidjan"],
        ]
    )
    assert find_header_row(grid) == 2
    data_only = pd.DataFrame([["Awa", "0707123456"], ["Yao", "05 05 12 34 56"]])
    assert find_header_row(data_only) is None


def test_cell_text_and_helpers() -> None:
    assert cell_text(707123456.0) == "707123456"
    assert cell_text(12.5) == "12.5"
    assert cell_text(float("nan")) == ""
    assert cell_text(" Awa ") == "Awa"
    assert cell_text(datetime(2024, 1, 12)) == "2024-01-12"
    assert cell_text(datetime(2024, 1, 12, 8, 30)) == "2024-01-12 08:30"
    assert normalize_words("N° de Téléphone") == "n de telephone"
    assert normalize_words("Nom & Prénom(s)") == "nom prenoms"
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    mixed = pd.Series([707123456.0, "07 07", None, "  ", 3], dtype=object)
    assert text_series(mixed).tolist() == ["707123456", "07 07", "", "", "3"]


def test_arrow_and_pandas_readers_give_the_same_grid() -> None:
    # Excel pads every line to the full width: Arrow's fast reader takes it. One extra title line with a
    # single field makes the file ragged, which pandas' reader handles: same cells, one row lower.
    data = fixture_bytes("membres.csv")
    rectangular = read_sheet(data, "membres.csv").frame
    ragged = read_sheet(b"Titre seul\n" + data, "membres.csv").frame
    assert ragged.index[0] == rectangular.index[0] + 1
    assert ragged.reset_index(drop=True).equals(rectangular.reset_index(drop=True))
    assert str(rectangular[PHONE].dtype) == str(ragged[PHONE].dtype) == "str"
