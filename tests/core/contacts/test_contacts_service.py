"""The contacts service against the sandbox: the search index, idempotent group membership, contact edits,
downloads, the reconciliation scan, the import report tables and the opt-out helpers."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client.models import Contact
from monsms_core.contacts.browse import ContactInputError, apply_changes, contact_changes, export_bytes
from monsms_core.contacts.groups import add_members, create_group, find_group, remove_members, rename_group
from monsms_core.contacts.import_jobs import reason_message
from monsms_core.contacts.index import IndexHolder, build_index, fold
from monsms_core.contacts.lookup import find_recent_by_phone
from monsms_core.contacts.optouts import add_from_check, add_typed, optouts_frame
from monsms_core.importer import ColumnMapping, check
from monsms_core.importer.review import review_frame
from monsms_core.phones import pretty_phone
from monsms_core.store import Store


@pytest.fixture
def seeded(seeded_api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    with MonSmsClient(seeded_api_key, base_url, backoff_base=0.01, backoff_max=0.05) as opened:
        yield opened


def test_index_reads_every_contact_and_finds_names_and_numbers(seeded: MonSmsClient) -> None:
    reported: list[int] = []
    index = build_index(seeded, progress=reported.append, page_size=50)
    assert len(index) == 200 and reported[-1] == 200 and len(reported) >= 4
    assert index.frame["id"].is_unique and len(index.phones()) == 200
    someone = next(c for c in seeded.contacts.iterate() if "é" in (c.name or ""))
    shouting = fold(someone.name).upper()
    assert someone.id in set(index.search(shouting)["id"])
    national = someone.phone[3:]
    for query in (national, f"{national[:2]} {national[2:4]} {national[4:6]}", "+" + someone.phone):
        assert someone.id in set(index.search(query)["id"]), query
    assert index.search("zzz introuvable").empty
    assert len(index.search("")) == 200
    assert index.id_by_phone()[someone.phone] == someone.id


def test_index_learns_the_dashboards_own_changes(client: MonSmsClient) -> None:
    created = client.contacts.create([{"phone": "2250707000001", "name": "Awa Koné"}, "2250707000002"])
    index = build_index(client)
    edited = Contact(id=created[0].id, phone="2250707000001", name="Awa Traoré")
    newcomer = Contact(id="new-id", phone="2250707000003", name="Yao Konan")
    patched = index.with_changes(added=[newcomer], updated=[edited], removed_ids=[created[1].id])
    assert set(patched.frame["id"]) == {created[0].id, "new-id"}
    assert list(patched.search("traore")["id"]) == [created[0].id] and patched.search("kone").empty
    assert patched.built_at == index.built_at and len(index) == 2  # the old snapshot is untouched


def test_index_holder_builds_once_and_expires(client: MonSmsClient, sandbox) -> None:
    client.contacts.create(["2250707000001"])
    holder = IndexHolder(ttl_seconds=3600)
    first = holder.get(client)
    reads = sandbox.stats()["requests"].get("/contact/list", 0)
    assert holder.get(client) is first and sandbox.stats()["requests"].get("/contact/list", 0) == reads
    holder.patch(added=[Contact(id="x", phone="2250707000009")])
    assert len(holder.current()) == 2
    client.contacts.create(["2250707000002"])
    assert len(holder.get(client, refresh=True)) == 2  # read again: the API has 2, the local "x" is gone
    holder.ttl_seconds = 0
    assert holder.current() is None and holder.current(allow_stale=True) is not None
    holder.invalidate()
    assert holder.current(allow_stale=True) is None


def test_group_membership_is_idempotent(client: MonSmsClient) -> None:
    contacts = client.contacts.create([f"22507070000{i:02d}" for i in range(6)])
    ids = [c.id for c in contacts]
    change = create_group(client, "Parents 6e", members=contacts[:3])  # sent as {id, phone} objects
    group_id = change.group.id
    assert change.created_group and find_group(client, "  parents 6E ").id == group_id
    assert add_members(client, group_id, ids[:5]).changed == 2
    assert add_members(client, group_id, ids[:5]).changed == 0  # nothing sent the second time
    assert remove_members(client, group_id, ids[:2]).changed == 2
    assert remove_members(client, group_id, ids[:2]).changed == 0
    assert {c.id for c in client.groups.get(group_id).contacts} == set(ids[2:5])
    assert len(list(client.contacts.iterate())) == 6  # members named by id: no contact created again
    assert rename_group(client, group_id, " Parents 5e ").name == "Parents 5e"
    with pytest.raises(ValueError):
        rename_group(client, group_id, "  ")


def test_a_lost_group_creation_is_found_by_name(client: MonSmsClient, sandbox) -> None:
    ids = [c.id for c in client.contacts.create(["2250707000001", "2250707000002"])]
    sandbox.add_fault("drop", count=1, path="/group/create", phase="after")
    change = create_group(client, "Fidèles", members=ids)
    assert [g.name for g in client.groups.iterate()] == ["Fidèles"]
    assert {c.id for c in client.groups.get(change.group.id).contacts} == set(ids)


def test_contact_edits_are_checked_and_sent(client: MonSmsClient) -> None:
    (contact,) = client.contacts.create([{"phone": "2250707000001", "name": "Awa", "sex": "F"}])
    changes = contact_changes(contact, phone="7 07 00 00 01", name=" Awa Koné ", first_name="", last_name="",
                              sex="F")  # fmt: skip
    assert changes.phone is None and changes.name == "Awa Koné" and changes.sex is None  # same number
    updated = apply_changes(client, contact.id, changes)
    assert updated.name == "Awa Koné" and client.contacts.get(contact.id).name == "Awa Koné"
    assert contact_changes(contact, phone="2250707000001", name="Awa", first_name="", last_name="",
                           sex="F").empty  # fmt: skip
    with pytest.raises(ContactInputError) as refused:
        contact_changes(contact, phone="21 22 33 44 55", name="", first_name="", last_name="", sex=None)
    assert "ne peut pas recevoir de SMS" in refused.value.user_message("fr")


def test_downloads_are_readable_and_neutralised() -> None:
    frame = pd.DataFrame(
        {
            "id": ["1", "2"],
            "phone": ["2250707123456", "33612345678"],
            "name": ['=HYPERLINK("http://x")', "Koné Awa"],
            "first_name": ["", "Awa"],
            "last_name": ["", "Koné"],
            "sex": ["", "F"],
            "created_at": pd.to_datetime([datetime(2026, 1, 31, 9, 30, tzinfo=UTC), None], utc=True),
        }
    )
    book = pd.read_excel(io.BytesIO(export_bytes(frame, "xlsx")), engine="calamine", dtype=str)
    assert list(book.columns) == ["Téléphone", "Nom complet", "Prénom", "Nom", "Sexe", "Ajouté le"]
    assert book["Téléphone"].tolist() == ["07 07 12 34 56", "0033612345678"]
    assert book["Nom complet"][0].startswith("'=")  # a formula typed in a name stays text
    assert book["Ajouté le"][0] == "31/01/2026 09:30" and book["Sexe"][1] == "Femme"
    text = export_bytes(frame, "csv", "en").decode("utf-8-sig")
    assert text.splitlines()[0] == "Phone;Full name;First name;Last name;Sex;Added on"


def test_reconciliation_scan_stops_at_the_fence_or_the_time_limit(client: MonSmsClient, sandbox) -> None:
    old = client.contacts.create([f"22507070001{i:02d}" for i in range(20)])
    new = client.contacts.create(["2250505000001", "2250505000002"])
    reads = sandbox.stats()["requests"].get("/contact/list", 0)
    found = find_recent_by_phone(client, ["2250505000001", "2250505000002"], page_size=5)
    assert {c.id for c in found.values()} == {c.id for c in new}
    assert sandbox.stats()["requests"].get("/contact/list", 0) == reads + 1  # both on the first page
    # Looking for numbers that are not there stops at the fence (the batch answered before).
    reads = sandbox.stats()["requests"].get("/contact/list", 0)
    assert find_recent_by_phone(client, ["2250101999999"], fence_ids={old[-1].id}, page_size=5) == {}
    assert sandbox.stats()["requests"].get("/contact/list", 0) == reads + 1
    # …or once contacts are older than the request (here: a request sent an hour from now).
    later = datetime.now(UTC) + timedelta(hours=1)
    assert find_recent_by_phone(client, ["2250101999999"], since=later, page_size=5) == {}
    assert sandbox.stats()["requests"].get("/contact/list", 0) == reads + 2


def test_report_tables_use_spreadsheet_rows_and_readable_numbers() -> None:
    frame = pd.DataFrame(
        {"Tel": ["0707123456", 707123457.0, "0707123456", "12", "07 07 12 34 58"]}, dtype=object
    )
    frame.index = pd.RangeIndex(3, 8, name="row")  # a title line and a header above
    result = check(frame, ColumnMapping(phone="Tel"), existing_phones={"2250707123458"})
    changed = review_frame(result, "changed")
    assert changed.to_dict("list")["Ligne"] == [4] and changed["Numéro retenu"][0] == "07 07 12 34 57"
    assert review_frame(result, "rejected")["Ligne"].tolist() == [6]
    duplicates = review_frame(result, "duplicates")
    assert duplicates["Ligne"].tolist() == [5, 7]
    assert "ligne 3" in duplicates["Motif"][0] and "déjà dans vos contacts" in duplicates["Motif"][1]
    assert pretty_phone("2250505123456") == "05 05 12 34 56" and pretty_phone("") == ""


def test_reason_codes_become_sentences() -> None:
    assert reason_message("duplicate_in_file") == "Doublon : ce numéro figure plus haut dans le fichier."
    assert reason_message("fixed_line", "en") != "fixed_line"
    assert "« Téléphone » n'est pas accepté" in reason_message("api:invalid_request:phone")
    assert '"First name, Sex"' in reason_message("api:invalid_request:firstName,sex", "en")
    assert reason_message("api:not_found") == reason_message("api:not_found:")
    assert reason_message(None) == ""


def test_opt_outs_are_normalised_from_text_and_files(store: Store) -> None:
    outcome = add_typed(store, "07 07 12 34 56 ; +225 0707123456, 7 07 12 34 57\nbonjour", actor="awa")
    assert (outcome.added, outcome.already, len(outcome.rejected)) == (2, 0, 1)
    assert store.optouts.all_phones() == {"2250707123456", "2250707123457"}
    frame = pd.DataFrame({"Numéro": ["0707123456", "0505000000", "abc"]}, dtype=object)
    result = check(frame, ColumnMapping(phone="Numéro"))
    from_file = add_from_check(store, result, actor="awa", reason="liste STOP")
    assert (from_file.added, from_file.already, len(from_file.rejected)) == (1, 1, 1)
    table = optouts_frame(store.optouts.list(), people={"awa": "Awa Kouamé"})
    assert table["Téléphone"].tolist()[0] == "05 05 00 00 00"
    assert set(table["Provenance"]) == {"Saisi à la main", "Fichier importé"}
    assert set(table["Ajouté par"]) == {"Awa Kouamé"}
    assert set(optouts_frame(store.optouts.list(), "en")["Added by"]) == {"awa"}  # a removed user


def test_numbers_without_country_code_follow_the_default_country(store: Store) -> None:
    """The Settings page's default country decides how "77 123 45 67" is read (here Senegal)."""
    senegal = add_typed(store, "77 123 45 67", actor="awa", region="SN")
    ivory_coast = add_typed(store, "07 07 12 34 56", actor="awa")
    assert (senegal.added, ivory_coast.added) == (1, 1)
    assert store.optouts.all_phones() == {"221771234567", "2250707123456"}
    contact = Contact.from_api({"id": "c1", "phone": "2250707123456"})
    changes = contact_changes(contact, phone="77 123 45 67", name="", first_name="", last_name="", sex=None,
                              region="SN")  # fmt: skip
    assert changes.phone == "221771234567"
