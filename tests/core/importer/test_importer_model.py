"""The model sheet of the Import page goes through the real importer exactly: every header recognised,
both example rows accepted with their values, nothing rejected or changed — in French and in English."""

from __future__ import annotations

import pytest

from monsms_core.contacts.import_jobs import create_upload_job
from monsms_core.importer import ColumnMapping, check, detect_mapping, open_workbook, sniff
from monsms_core.importer.model import EXAMPLES, model_filename, model_headers, model_sheet
from monsms_core.store import Store


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_model_sheet_is_read_back_exactly_by_the_importer(lang: str) -> None:
    data = model_sheet(lang)
    filename = model_filename(lang)
    assert filename.endswith(".xlsx") and sniff(data, filename).kind == "xlsx"
    sheet = open_workbook(data, filename).read_sheet()
    headers = model_headers(lang)
    assert list(sheet.frame.columns) == list(headers.values())
    mapping = detect_mapping(sheet.frame)
    assert mapping == ColumnMapping(
        phone=headers["phone"], full_name=headers["full_name"], first_name=headers["first_name"],
        last_name=headers["last_name"], sex=headers["sex"],
    )  # fmt: skip
    result = check(sheet.frame, mapping)
    assert (result.counts.valid, result.counts.rejected, result.counts.duplicates) == (2, 0, 0)
    assert not result.issues
    valid = result.valid
    assert valid["row"].tolist() == [2, 3]  # the header is row 1, as people see it in Excel
    assert valid["phone"].tolist() == ["2250707123456", "2250505987654"]
    assert valid["name"].tolist() == [row["full_name"] for row in EXAMPLES]
    assert valid["first_name"].tolist() == [row["first_name"] for row in EXAMPLES]
    assert valid["last_name"].tolist() == [row["last_name"] for row in EXAMPLES]
    assert valid["sex"].tolist() == ["F", "M"]


def test_french_headers_are_the_ones_people_expect() -> None:
    assert list(model_headers("fr").values()) == ["Téléphone", "Prénom", "Nom", "Nom complet", "Sexe"]


def test_the_model_rows_become_import_items_with_every_field(store: Store) -> None:
    sheet = open_workbook(model_sheet(), "modele-contacts.xlsx").read_sheet()
    result = check(sheet.frame, detect_mapping(sheet.frame))
    job_id = create_upload_job(store, result, created_by="awa", filename="modele-contacts.xlsx")
    payloads = [item.payload for item in store.import_jobs.items(job_id)]
    assert payloads == [
        {"row": 2, "phone": "2250707123456", "name": "Awa Kouamé", "firstName": "Awa", "lastName": "Kouamé",
         "sex": "F"},
        {"row": 3, "phone": "2250505987654", "name": "Koffi Yao", "firstName": "Koffi", "lastName": "Yao",
         "sex": "M"},
    ]  # fmt: skip
