"""Column mapping: French and English headers, accents and punctuation aside; the phone column also by
its values; the user's choice validated."""

from __future__ import annotations

import pandas as pd
import pytest
from importer_support import fixture_bytes

from monsms_core.importer import (
    ColumnMapping,
    ImportProblem,
    detect_mapping,
    find_column,
    match_header,
    read_sheet,
)
from monsms_core.importer.columns import EXACT, LOOSE, looks_like_phone, parse_sex

HEADERS = {
    "phone": [
        "Téléphone",
        "TELEPHONE",
        "Tél",
        "Tel.",
        "Numéro",
        "N° de téléphone",
        "N° Tél.",
        "Contact",
        "Cellulaire",
        "Portable",
        "Mobile",
        "GSM",
        "Phone",
        "Phone number",
        "Numéro WhatsApp",
        "Tél. 1",
    ],
    "full_name": [
        "Nom et Prénoms",
        "Nom & prénoms",
        "NOM ET PRENOM(S)",
        "Nom complet",
        "Name",
        "Full name",
        "Nom du contact",
        "Prénoms et nom",
    ],
    "first_name": ["Prénom", "Prénom(s)", "PRENOMS", "First name", "Firstname"],
    "last_name": ["Nom", "Nom de famille", "Last name", "Surname", "NOMS"],
    "sex": ["Sexe", "Genre", "Gender", "Civilité", "Sexe (M/F)", "H/F"],
}


@pytest.mark.parametrize(("field", "header"), [(f, h) for f, hs in HEADERS.items() for h in hs])
def test_known_headers(field: str, header: str) -> None:
    assert match_header(header) == (field, EXACT)


def test_loose_and_unknown_headers() -> None:
    assert match_header("Téléphone du parent") == ("phone", LOOSE)
    assert match_header("Nom de l'élève") == ("last_name", LOOSE)
    assert match_header("N°") is None  # a row number, not a phone
    assert match_header("Liste des membres de la paroisse Saint-Jean") is None
    assert match_header("Quartier") is None
    assert match_header("") is None


def test_sex_values_and_phone_looks() -> None:
    values = ("M.", "Mme", "Mlle", "Monsieur", "Féminin", "H", "homme", "F", "X", "")
    assert [parse_sex(v) for v in values] == ["M", "F", "F", "M", "F", "M", "M", "F", None, None]
    assert looks_like_phone("07 07 12 34 56")
    assert looks_like_phone("+225 0707123456")
    assert looks_like_phone("0707123456 ; 0505123456")
    assert looks_like_phone("707123456")
    assert not looks_like_phone("2024-01-12")
    assert not looks_like_phone("12")
    assert not looks_like_phone("CI-2023-00045")


def test_mapping_of_the_fixture_sheets() -> None:
    membres = read_sheet(fixture_bytes("membres.xlsx"), "membres.xlsx").frame
    expected = ColumnMapping(phone="N° de Téléphone", full_name="Nom et Prénoms", sex="Sexe")
    assert detect_mapping(membres) == expected
    assert detect_mapping(membres).custom_columns(membres) == ["Quartier", "Cotisation"]
    abidjan = read_sheet(fixture_bytes("deux_feuilles.ods"), "deux_feuilles.ods").frame
    assert detect_mapping(abidjan) == ColumnMapping(
        phone="Portable", first_name="Prénom", last_name="Nom", sex="Genre"
    )


def test_phone_column_found_by_its_values_without_header() -> None:
    sheet = read_sheet(fixture_bytes("sans_entete.csv"), "sans_entete.csv")
    assert detect_mapping(sheet.frame).phone == "B"


def test_a_numero_column_of_row_numbers_loses_to_real_phone_numbers() -> None:
    frame = pd.DataFrame(
        {
            "Numéro": ["1", "2", "3", "4"],
            "Nom": ["Awa", "Yao", "Jean", "Fatou"],
            "Infos": ["0707123456", "05 05 12 34 56", "+225 0101234567", "0748123456"],
        }
    )
    mapping = detect_mapping(frame)
    assert mapping.phone == "Infos"
    assert mapping.full_name == "Nom"  # a lone "Nom" with no first name holds whole names


def test_title_column_of_job_titles_is_not_the_sex() -> None:
    frame = pd.DataFrame({"Tel": ["0707123456"] * 3, "Titre": ["Directeur", "Comptable", "Pasteur"]})
    assert detect_mapping(frame).sex is None
    frame["Titre"] = ["M.", "Mme", "Mlle"]
    assert detect_mapping(frame).sex == "Titre"


def test_find_column_by_header_or_letter() -> None:
    frame = pd.DataFrame({"N° de Téléphone": ["0707123456"], "Nom": ["Awa"]})
    letters = {"N° de Téléphone": "B", "Nom": "C"}
    assert find_column(frame, "N° de Téléphone") == "N° de Téléphone"
    assert find_column(frame, "n de telephone") == "N° de Téléphone"
    assert find_column(frame, "c", letters) == "Nom"
    with pytest.raises(ImportProblem) as caught:
        find_column(frame, "Mobile", letters)
    assert caught.value.user_message("fr") == "La colonne « Mobile » n'existe pas dans cette feuille."


def test_mapping_validation() -> None:
    frame = pd.DataFrame({"Tel": ["0707123456"], "Nom": ["Awa"]})
    with pytest.raises(ImportProblem) as caught:
        ColumnMapping(full_name="Nom").validate(frame)
    assert caught.value.code == "no_phone_column"
    with pytest.raises(ImportProblem) as caught:
        ColumnMapping(phone="Téléphone").validate(frame)
    assert caught.value.code == "column_not_found"
    with pytest.raises(ImportProblem) as caught:
        ColumnMapping(phone="Tel", full_name="Tel").validate(frame)
    assert caught.value.code == "column_used_twice"
    ColumnMapping(phone="Tel", full_name="Nom").validate(frame)
    assert ColumnMapping(phone="Tel", ignored=("Nom",)).custom_columns(frame) == []
