"""Custom fields of contacts: kept at import (created and already-present contacts), checked when typed on
the contact, added to contacts and group members for sending, exported — on SQLite and PostgreSQL, against
the sandbox over HTTP."""

from __future__ import annotations

import pandas as pd
import pytest

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient, merge_recipients
from monsms_core.composer import available_fields, contacts_to_recipients
from monsms_core.contacts.browse import export_bytes
from monsms_core.contacts.custom_fields import (
    FieldInputError,
    add_field_columns,
    fields_from_form,
    kept_columns,
    save_fields,
    with_custom_fields,
)
from monsms_core.contacts.import_jobs import GroupTarget, create_upload_job
from monsms_core.contacts.index import contacts_frame
from monsms_core.contacts.upload import run_upload
from monsms_core.importer import ColumnMapping, check
from monsms_core.sending import build_plan
from monsms_core.store import Store

ACCOUNT, OTHER = "0123456789abcdef", "fedcba9876543210"
FAST = {"backoff_base": 0.01, "backoff_max": 0.05, "settle_seconds": 0.0}
MAPPING = ColumnMapping(phone="Téléphone", first_name="Prénom")


def school_sheet() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "Prénom": ["Awa", "Kofi", "Mariam", "Yao"],
            "Téléphone": ["0707123456", "0505123456", "0101123456", "0707999999"],
            "Ville": ["Bouaké", "Abidjan", "", "Yamoussoukro"],
            "Classe": ["6e A", "5e B", "6e A", None],
            "Cotisation": [15000.0, 20000.0, 15000.0, 5000.0],  # Excel's floats: kept as "15000"
        },
        dtype=object,
    )
    frame.index = pd.RangeIndex(2, len(frame) + 2, name="row")
    return frame


def test_an_import_keeps_the_other_columns_of_new_and_existing_contacts(
    store: Store, client: MonSmsClient
) -> None:
    # Yao is already in the account: his row is skipped, but his Ville still comes from the sheet.
    (yao,) = client.contacts.create([{"phone": "2250707999999", "firstName": "Yao"}])
    result = check(school_sheet(), MAPPING, existing_phones={"2250707999999"})
    job_id = create_upload_job(
        store, result, created_by="awa", filename="ecole.xlsx", group=GroupTarget("Parents"),
        existing_ids={"2250707999999": str(yao.id)},
    )  # fmt: skip
    outcome = run_upload(store, client, job_id, actor="awa", account=ACCOUNT, **FAST)
    assert outcome.finished and outcome.counts["created"] == 3

    kept = store.contact_fields.all(ACCOUNT)
    assert kept == {
        "2250707123456": {"Ville": "Bouaké", "Classe": "6e A", "Cotisation": "15000"},
        "2250505123456": {"Ville": "Abidjan", "Classe": "5e B", "Cotisation": "20000"},
        "2250101123456": {"Classe": "6e A", "Cotisation": "15000"},  # a blank cell is no value
        "2250707999999": {"Ville": "Yamoussoukro", "Cotisation": "5000"},
    }
    assert store.contact_fields.all(OTHER) == {}  # another account sees none of it
    # Running the finished job again rewrites nothing.
    before = store.contact_fields.revision(ACCOUNT)
    run_upload(store, client, job_id, actor="awa", account=ACCOUNT, **FAST)
    assert store.contact_fields.revision(ACCOUNT) == before


def test_group_members_get_their_fields_and_the_send_renders_and_prices_them(
    store: Store, client: MonSmsClient
) -> None:
    result = check(school_sheet(), MAPPING)
    job_id = create_upload_job(
        store, result, created_by="awa", filename="ecole.xlsx", group=GroupTarget("Parents")
    )
    outcome = run_upload(store, client, job_id, actor="awa", account=ACCOUNT, **FAST)
    members = client.groups.get(outcome.group_id or "").contacts
    plain = contacts_to_recipients(members, "group:Parents")
    assert "Ville" not in available_fields(plain)  # what the API gives back: no custom field

    people = with_custom_fields(plain, store.contact_fields.for_phones(ACCOUNT, [r.phone for r in plain]))
    assert available_fields(people)[:1] == ["prénom"] and {"Ville", "Classe", "Cotisation"} <= set(
        available_fields(people)
    )
    merged = merge_recipients(people, optouts=set())
    template = "Bonjour {prénom}, réunion à {Ville} pour la {Classe}."
    plan = build_plan(merged.recipients, template, fallbacks={"Ville": "l'école"})
    assert plan.unknown_fields == ()
    texts = {phone: text for chunk in plan.chunks for phone in chunk.phones for text in [chunk.text]}
    assert texts["2250707123456"] == "Bonjour Awa, réunion à Bouaké pour la 6e A."
    assert texts["2250101123456"] == "Bonjour Mariam, réunion à l'école pour la 6e A."
    # The cost is that of each person's own text: a long Ville makes a 2-part message.
    store.contact_fields.merge(ACCOUNT, {"2250505123456": {"Ville": "Grand-Bassam " * 12}}, actor="awa")
    people = with_custom_fields(plain, store.contact_fields.for_phones(ACCOUNT, [r.phone for r in plain]))
    longer = build_plan(
        merge_recipients(people, optouts=set()).recipients, template, fallbacks={"Ville": "l'école"}
    )
    assert longer.total_credits == plan.total_credits + 1


def test_the_sheet_being_sent_to_keeps_its_own_values() -> None:
    mine = Recipient("2250707123456", {"prénom": "Awa", "ville": "Man"}, "file:x.xlsx")
    (enriched,) = with_custom_fields([mine], {"2250707123456": {"Ville": "Bouaké", "Classe": "6e A"}})
    assert enriched.fields == {"prénom": "Awa", "ville": "Man", "Classe": "6e A"}


def test_the_edit_form_checks_what_was_typed() -> None:
    assert fields_from_form(
        [("Ville", " Bouaké "), ("Classe", ""), ("", ""), ("  Quartier  ", "Habitat")]
    ) == {
        "Ville": "Bouaké",
        "Quartier": "Habitat",
    }
    cases = {
        "no_name": [("", "Bouaké")],
        "twice": [("Ville", "Man"), ("ville", "Bouaké")],
        "reserved": [("Prénom", "Awa")],
        "too_long": [("x" * 61, "1")],
    }
    for code, rows in cases.items():
        with pytest.raises(FieldInputError) as caught:
            fields_from_form(rows)
        assert caught.value.code == code
        assert "{" not in caught.value.user_message("fr") and caught.value.user_message("en")


def test_saving_on_the_contact_follows_a_new_phone(store: Store) -> None:
    store.contact_fields.merge(ACCOUNT, {"2250707123456": {"Ville": "Bouaké", "Classe": "6e A"}}, actor="awa")
    assert save_fields(
        store, ACCOUNT, "2250707123456", {"Ville": "Man"}, actor="kofi", new_phone="2250505000000"
    )
    assert store.contact_fields.all(ACCOUNT) == {"2250505000000": {"Ville": "Man"}}
    assert not save_fields(store, ACCOUNT, "2250505000000", {"Ville": "Man"}, actor="kofi")


def test_exports_carry_one_column_per_field() -> None:
    frame = contacts_frame([])
    frame = pd.DataFrame(
        {column: ["", ""] for column in frame.columns} | {"phone": ["2250707123456", "2250505123456"]}
    ).astype({"created_at": "datetime64[ns, UTC]"})
    enriched = add_field_columns(frame, {"2250707123456": {"Ville": "Bouaké"}, "2250101000000": {"X": "1"}})
    assert list(enriched["Ville"]) == ["Bouaké", ""] and "X" not in enriched.columns
    csv = export_bytes(enriched, "csv", "fr").decode("utf-8-sig")
    header, first = csv.splitlines()[:2]
    assert header.endswith(";Ville") and first.endswith(";Bouaké")


def test_the_import_page_names_the_columns_it_keeps() -> None:
    columns = ["Prénom", "Téléphone", "Ville", "Nom", "Classe"]
    assert kept_columns(MAPPING, columns) == ["Ville", "Classe"]  # an unmapped "Nom" is a standard field
    assert kept_columns(ColumnMapping(phone="Téléphone", first_name="Prénom"), columns[:2]) == []
