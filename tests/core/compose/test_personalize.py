"""Personalised templates: field matching, rendering, fallbacks, previews and grouping by text."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pandas as pd

from monsms_core.compose import (
    PREVIEW_FIRST,
    PREVIEW_LONGEST,
    PREVIEW_MISSING,
    format_value,
    group_by_text,
    match_column,
    match_fields,
    normalize_field_name,
    preview_rows,
    render,
    render_many,
    template_fields,
    unknown_fields,
)
from monsms_core.i18n import catalog

TEMPLATE = "Bonjour {prénom} {NOM}, votre solde est de {Montant} FCFA."


def test_fields_in_order_and_unique() -> None:
    text = "{Prénom} {nom} {prenom} {{pas un champ}} { } {:-)} {Ville natale}"
    assert template_fields(text) == ["Prénom", "nom", "Ville natale"]
    assert template_fields("Aucun champ") == []


def test_field_names_normalise_case_accents_and_punctuation() -> None:
    assert normalize_field_name("Prénom(s)") == "prenoms"
    assert normalize_field_name(" PRÉNOM ") == "prenom"
    assert normalize_field_name("N° de téléphone") == "ndetelephone"
    columns = ["Téléphone", "Prénom(s)", "Nom", "Ville"]
    assert match_column("prénom", columns) == "Prénom(s)"  # plural tolerance
    assert match_column("villes", columns) == "Ville"
    assert match_column("TELEPHONE", columns) == "Téléphone"
    assert match_column("age", columns) is None


def test_exact_match_wins_over_plural_tolerance() -> None:
    assert match_column("note", ["Notes", "Note"]) == "Note"
    assert match_column("notes", ["Note", "Notes"]) == "Notes"


def test_unknown_fields_are_reported_and_stay_visible() -> None:
    text = "Bonjour {prénom}, rendez-vous à {Ville} le {date}"
    assert unknown_fields(text, ["Prénom", "Téléphone"]) == ["Ville", "date"]
    assert match_fields(text, ["Prénom"]) == {"prénom": "Prénom", "Ville": None, "date": None}
    assert render(text, {"Prénom": "Awa"}) == "Bonjour Awa, rendez-vous à {Ville} le {date}"


def test_render_with_values_fallbacks_and_missing() -> None:
    values = {"Prénom(s)": "  Awa ", "Nom": float("nan"), "montant": 15000.0}
    assert render(TEMPLATE, values) == "Bonjour Awa , votre solde est de 15000 FCFA."
    assert (
        render(TEMPLATE, values, {"nom": "Kouassi"}) == "Bonjour Awa Kouassi, votre solde est de 15000 FCFA."
    )
    blank = {"Prénom(s)": "   ", "Nom": None, "montant": pd.NA}
    assert (
        render(TEMPLATE, blank, {"Prénom": "cher client"})
        == "Bonjour cher client , votre solde est de  FCFA."
    )


def test_double_braces_are_literal() -> None:
    assert render("{{prénom}} = {prénom} }} {{", {"Prénom": "Yao"}) == "{prénom} = Yao } {"


def test_format_value_reads_well_in_an_sms() -> None:
    assert format_value(2250707123456.0) == "2250707123456"
    assert format_value(1500.5) == "1500.5"
    assert format_value(np.int64(42)) == "42"
    assert format_value(np.float64("nan")) == ""
    assert format_value(pd.NaT) == ""
    assert format_value(datetime(2025, 12, 31)) == "31/12/2025"
    assert format_value(datetime(2025, 12, 31, 9, 30)) == "31/12/2025 09:30"
    assert format_value(date(2026, 1, 5)) == "05/01/2026"
    assert format_value(pd.Timestamp("2026-03-08")) == "08/03/2026"


def _contacts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Prénom(s)": ["Awa", None, "Yao", "Awa"],
            "Nom": ["Koné", "Traoré", "Kouassi Konan Bédié", "Koné"],
            "montant": [15000.0, 2500.0, np.nan, 15000.0],
        },
        index=[10, 11, 12, 13],
    )


def test_render_many_matches_render_row_by_row() -> None:
    records = _contacts()
    fallbacks = {"prénom": "cher client", "Montant": "0"}
    rendered = render_many(TEMPLATE, records, fallbacks)
    assert list(rendered.index) == [10, 11, 12, 13]
    assert rendered.tolist() == [
        "Bonjour Awa Koné, votre solde est de 15000 FCFA.",
        "Bonjour cher client Traoré, votre solde est de 2500 FCFA.",
        "Bonjour Yao Kouassi Konan Bédié, votre solde est de 0 FCFA.",
        "Bonjour Awa Koné, votre solde est de 15000 FCFA.",
    ]
    for position, (_, row) in enumerate(records.iterrows()):
        assert render(TEMPLATE, row.to_dict(), fallbacks) == rendered.iloc[position]


def test_render_many_keeps_unknown_fields_and_broadcasts_plain_text() -> None:
    records = _contacts()
    assert render_many("Salut {prénom} de {ville}", records).iloc[0] == "Salut Awa de {ville}"
    plain = render_many("Réunion demain à 10h", records)
    assert plain.tolist() == ["Réunion demain à 10h"] * 4
    assert list(plain.index) == [10, 11, 12, 13]
    assert render_many(TEMPLATE, records.iloc[0:0]).empty


def test_render_many_on_many_rows_is_column_wise_and_correct() -> None:
    size = 20_000
    records = pd.DataFrame(
        {"Prénom": np.where(np.arange(size) % 2 == 0, "Awa", None), "Code": np.arange(size)}
    )
    rendered = render_many("{prénom} : code {code}", records, {"prenom": "Client"})
    assert rendered.iloc[0] == "Awa : code 0"
    assert rendered.iloc[size - 1] == f"Client : code {size - 1}"
    assert rendered.str.len().min() > 0


def test_preview_rows_first_longest_and_missing() -> None:
    previews = preview_rows(TEMPLATE, _contacts(), {"prénom": "cher client"})
    assert previews == [
        (PREVIEW_FIRST, "Bonjour Awa Koné, votre solde est de 15000 FCFA."),
        (PREVIEW_LONGEST, "Bonjour Yao Kouassi Konan Bédié, votre solde est de  FCFA."),
        (PREVIEW_MISSING, "Bonjour cher client Traoré, votre solde est de 2500 FCFA."),
    ]
    for label, _ in previews:
        assert label in catalog()


def test_preview_rows_without_repeats_or_missing_values() -> None:
    records = pd.DataFrame({"Prénom": ["Aminata", "Yao"]})
    assert preview_rows("Bonjour {prénom}", records) == [(PREVIEW_FIRST, "Bonjour Aminata")]
    assert preview_rows("Bonjour {prénom}", records.iloc[0:0]) == []


def test_group_by_text_gives_positions_in_order_of_first_use() -> None:
    rendered = render_many(TEMPLATE, _contacts(), {"prénom": "cher client"})
    groups = group_by_text(rendered)
    assert list(groups.values()) == [[0, 3], [1], [2]]
    assert next(iter(groups)) == "Bonjour Awa Koné, votre solde est de 15000 FCFA."
    assert group_by_text(pd.Series(["b", "a", "b", None])) == {"b": [0, 2], "a": [1], "": [3]}
    assert group_by_text(pd.Series([], dtype=object)) == {}
