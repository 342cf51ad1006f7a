"""Hostile and mistaken uploads: each gets one clear sentence (an ImportProblem), never a traceback, and
dangerous ones are refused before anything heavy runs."""

from __future__ import annotations

import os
import random

import pytest
from importer_support import (
    SPREADSHEET_TYPES,
    compound_file,
    fixture_bytes,
    lying_zip_xlsx,
    xlsx_bytes,
    zip_bomb_xlsx,
    zip_bytes,
)

from monsms_core.importer import ImportLimits, ImportProblem, open_workbook, read_sheet, sniff
from monsms_core.importer.sniffing import ole_stream_names


def problem_of(
    data: bytes, filename: str = "contacts.xlsx", limits: ImportLimits | None = None
) -> ImportProblem:
    """The problem reading `data` raises (opening it, then reading its default sheet)."""
    with pytest.raises(ImportProblem) as caught:
        book = open_workbook(data, filename, limits or ImportLimits())
        book.read_sheet()
    return caught.value


def test_pdf_renamed_xlsx_is_named_as_a_pdf() -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    problem = problem_of(pdf, "liste.xlsx")
    assert problem.code == "disguised"
    assert problem.user_message("fr") == (
        "Ce fichier porte l'extension .xlsx mais ce n'est pas un tableau : c'est un document PDF."
    )
    assert "PDF" in problem.user_message("en")


def test_an_image_without_spreadsheet_extension_is_named_too() -> None:
    problem = problem_of(b"\x89PNG\r\n\x1a\n" + os.urandom(200), "photo.png")
    assert problem.code == "not_a_spreadsheet"
    assert problem.user_message("fr").endswith("c'est une image.")


def test_truncated_xlsx_is_damaged() -> None:
    data = fixture_bytes("membres.xlsx")
    problem = problem_of(data[: len(data) // 2])
    assert problem.code == "damaged"
    assert "endommagé ou incomplet" in problem.user_message("fr")


def test_truncated_xls_is_damaged() -> None:
    data = fixture_bytes("membres.xls")
    assert problem_of(data[:1500], "membres.xls").code == "damaged"


def test_zip_bomb_is_refused_from_the_directory_before_decompressing() -> None:
    bomb = zip_bomb_xlsx(40)
    assert len(bomb) < 200_000  # 40 MB of sheet in a small file
    problem = problem_of(bomb)
    assert problem.code == "zip_bomb"
    assert "sécurité" in problem.user_message("fr")


def test_total_uncompressed_size_is_capped() -> None:
    data = fixture_bytes("membres.xlsx")
    assert problem_of(data, limits=ImportLimits(max_uncompressed_bytes=10_000)).code == "zip_bomb"


def test_too_many_zip_members_is_a_bomb() -> None:
    members = {"[Content_Types].xml": SPREADSHEET_TYPES} | {f"x/{i}.xml": b"" for i in range(30)}
    assert problem_of(zip_bytes(members), limits=ImportLimits(max_zip_members=20)).code == "zip_bomb"


def test_a_member_lying_about_its_size_is_caught_when_streamed() -> None:
    assert problem_of(lying_zip_xlsx()).code == "damaged"


def test_fifty_megabytes_of_random_garbage() -> None:
    # Seeded: a fresh random start could, rarely, be a real magic number ("PK", a BOM) and change the verdict.
    garbage = random.Random(50).randbytes(50_000_000)
    problem = problem_of(garbage, "export.csv")
    assert problem.code == "unreadable"
    assert problem.user_message("en").startswith("This file's content is unreadable")


def test_file_over_the_size_limit_is_refused_before_reading() -> None:
    problem = problem_of(b"a;b\n" * 100, limits=ImportLimits(max_file_bytes=100))
    assert problem.code == "too_large"
    default = ImportProblem("too_large", limit_mb=50)
    assert default.user_message("fr") == (
        "Le fichier est trop volumineux (plus de 50 Mo). Découpez-le en plusieurs fichiers."
    )


def test_empty_file() -> None:
    assert problem_of(b"").code == "empty_file"


def test_password_protected_xls_and_ods_written_by_libreoffice() -> None:
    for name in ("membres_mot_de_passe.xls", "membres_mot_de_passe.ods"):
        problem = problem_of(fixture_bytes(name), name)
        assert problem.code == "password_protected", name
        assert "mot de passe" in problem.user_message("fr")


def test_encrypted_ooxml_container_is_password_protected() -> None:
    # Excel stores a password-protected xlsx as an OLE2 file with these two streams. LibreOffice 7.4
    # cannot write one and msoffcrypto-tool is not installed, so the container is built here (libmagic's
    # `file` calls it "CDFV2 Encrypted"), with random bytes as the encrypted payload.
    data = compound_file({"EncryptionInfo": os.urandom(248), "EncryptedPackage": os.urandom(6000)})
    assert ole_stream_names(data) >= {"EncryptionInfo", "EncryptedPackage"}
    problem = problem_of(data, "salaires.xlsx")
    assert problem.code == "password_protected"


def test_ole_word_document_renamed_xls() -> None:
    data = compound_file({"WordDocument": b"\xec\xa5" + os.urandom(100), "1Table": os.urandom(50)})
    problem = problem_of(data, "liste.xls")
    assert problem.code == "disguised"
    assert "traitement de texte" in problem.user_message("fr")


def test_ole_workbook_stream_is_an_xls_even_if_calamine_then_fails() -> None:
    # Fixed bytes, not random ones: about 1 random stream in 60 parses as a workbook without sheets.
    data = compound_file({"Workbook": b"\xff" * 300})
    assert sniff(data, "x.xls").kind == "xls"
    assert problem_of(data, "x.xls").code == "damaged"


def test_docx_html_and_excel_xml_are_named() -> None:
    docx = zip_bytes(
        {
            "[Content_Types].xml": b'<Types><Override ContentType="application/vnd.openxmlformats-'
            b"officedocument."
            b'wordprocessingml.document.main+xml"/></Types>',
            "word/document.xml": b"<w:document/>",
        }
    )
    assert "traitement de texte" in problem_of(docx, "contacts.xlsx").user_message("fr")
    html = b"<!DOCTYPE html><html><body><table><tr><td>0707123456</td></tr></table></body></html>"
    assert problem_of(html, "export.xls").user_message("fr").endswith("c'est une page web (HTML).")
    xml = b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'
    assert problem_of(xml, "export.xml").code == "excel_xml"
    plain_zip = zip_bytes({"photos/1.jpg": b"\xff\xd8\xff"})
    message = problem_of(plain_zip, "contacts.zip").user_message("en")
    assert message.endswith("a compressed archive (zip, rar…).")


def test_a_csv_named_xlsx_is_simply_read_as_csv() -> None:
    data = "Nom;Téléphone\nAwa;0707123456\n".encode()
    sheet = read_sheet(data, "contacts.xlsx")
    assert sheet.kind == "csv"
    assert sheet.frame["Téléphone"].tolist() == ["0707123456"]


def test_empty_sheet_and_header_without_rows() -> None:
    assert problem_of(xlsx_bytes([])).code == "empty_sheet"
    problem = problem_of(xlsx_bytes([["Nom", "Téléphone"]], sheet="Clients"))
    assert problem.code == "no_rows"
    assert problem.user_message("fr") == (
        "La feuille « Clients » ne contient que des titres de colonnes, aucun contact."
    )
    assert problem_of(b"\r\n\r\n \r\n", "vide.csv").code == "empty_sheet"


def test_sheet_not_found_and_too_many_rows() -> None:
    data = fixture_bytes("deux_feuilles.xlsx")
    with pytest.raises(ImportProblem) as caught:
        read_sheet(data, "deux_feuilles.xlsx", sheet="Korhogo")
    assert caught.value.user_message("fr") == "La feuille « Korhogo » n'existe pas dans ce classeur."
    rows = "\n".join(f"Awa;07071234{i:02d}" for i in range(30))
    assert problem_of(rows.encode(), "x.csv", ImportLimits(max_rows=20)).code == "too_many_rows"
    assert problem_of(fixture_bytes("membres.xlsx"), limits=ImportLimits(max_rows=10)).code == "too_many_rows"


def test_problem_str_is_the_code_and_english_sentence() -> None:
    problem = ImportProblem("zip_bomb")
    assert str(problem).startswith("zip_bomb: ")
