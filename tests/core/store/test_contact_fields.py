"""Custom fields of contacts, kept per account and phone (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

from sqlalchemy import inspect

from monsms_core.store import Store

SHOP, SCHOOL = "a1b2c3d4e5f60718", "0f1e2d3c4b5a6978"
AWA, KOFI = "2250707123456", "2250505123456"


def test_the_table_comes_from_migration_8(store: Store) -> None:
    with store.db.read() as conn:
        assert inspect(conn).has_table("contact_fields")
        assert 8 in set(conn.exec_driver_sql("SELECT version FROM schema_version").scalars())


def test_merge_keeps_each_account_apart_and_completes_existing_fields(store: Store) -> None:
    assert store.contact_fields.merge(SHOP, {AWA: {"Ville": "Bouaké", "Classe": "6e A"}}, actor="awa") == 1
    assert store.contact_fields.merge(SCHOOL, {AWA: {"Ville": "Abidjan"}}, actor="kofi") == 1
    # A later sheet brings a new value for one name and a new name: the other name keeps its value.
    assert store.contact_fields.merge(SHOP, {AWA: {"Ville": "Yamoussoukro", "Quartier": "Habitat"}},
                                      actor="awa") == 1  # fmt: skip
    expected = {"Ville": "Yamoussoukro", "Classe": "6e A", "Quartier": "Habitat"}
    assert store.contact_fields.get(SHOP, AWA) == expected
    assert list(store.contact_fields.get(SHOP, AWA)) == ["Ville", "Classe", "Quartier"]  # order first met
    assert store.contact_fields.get(SCHOOL, AWA) == {"Ville": "Abidjan"}
    assert store.contact_fields.get(SHOP, KOFI) == {}
    # The same values again change nothing (and so do not move the revision callers cache on).
    before = store.contact_fields.revision(SHOP)
    assert store.contact_fields.merge(SHOP, {AWA: {"Ville": "Yamoussoukro"}}, actor="awa") == 0
    assert store.contact_fields.revision(SHOP) == before
    assert store.contact_fields.all(SCHOOL) == {AWA: {"Ville": "Abidjan"}}


def test_many_phones_are_written_and_read_in_chunks(store: Store) -> None:
    values = {f"2250700{i:06d}": {"Ville": f"Ville {i}"} for i in range(2500)}
    assert store.contact_fields.merge(SHOP, values, actor="awa") == 2500
    found = store.contact_fields.for_phones(SHOP, [*values, "2250100000000"])
    assert len(found) == 2500 and found["2250700002499"] == {"Ville": "Ville 2499"}
    last = store.contact_fields.revision(SHOP)
    assert last is not None and last.tzinfo is not None


def test_replace_is_the_whole_set_audited_and_empty_removes_the_row(store: Store) -> None:
    store.contact_fields.merge(SHOP, {AWA: {"Ville": "Bouaké", "Classe": "6e A"}}, actor="awa")
    assert store.contact_fields.replace(SHOP, AWA, {"Ville": "Man"}, actor="kofi") is True
    assert store.contact_fields.get(SHOP, AWA) == {"Ville": "Man"}
    assert store.contact_fields.replace(SHOP, AWA, {"Ville": "Man"}, actor="kofi") is False
    entry = store.audit.list(action="contact.fields_updated", limit=1)[0]
    assert (entry.actor, entry.target, entry.details) == ("kofi", AWA, {"fields": ["Ville"]})
    before = store.contact_fields.revision(SHOP)
    assert store.contact_fields.replace(SHOP, AWA, {}, actor="kofi") is True
    assert store.contact_fields.all(SHOP) == {} and store.contact_fields.get(SHOP, AWA) == {}
    assert store.contact_fields.revision(SHOP) > before  # emptied, not deleted: the revision moves
    assert store.contact_fields.revision(SCHOOL) is None


def test_move_carries_the_fields_to_the_new_number(store: Store) -> None:
    store.contact_fields.merge(SHOP, {AWA: {"Ville": "Bouaké", "Classe": "6e A"}}, actor="awa")
    store.contact_fields.merge(SHOP, {KOFI: {"Classe": "5e B"}}, actor="awa")
    assert store.contact_fields.move(SHOP, AWA, KOFI, actor="kofi") is True
    assert store.contact_fields.all(SHOP) == {KOFI: {"Ville": "Bouaké", "Classe": "5e B"}}
    assert store.contact_fields.move(SHOP, AWA, KOFI, actor="kofi") is False
    before = store.contact_fields.revision(SHOP)
    assert store.contact_fields.delete(SHOP, [KOFI, AWA], actor="kofi") == 1
    assert store.contact_fields.all(SHOP) == {} and store.contact_fields.revision(SHOP) > before


def test_concurrent_writers_of_the_same_phones_lose_nothing(store: Store) -> None:
    phones = [f"2250700{i:06d}" for i in range(200)]
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            store.contact_fields.merge(SHOP, {phone: {name: phone[-3:]} for phone in phones}, actor=name)
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(f"Champ{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    kept = store.contact_fields.all(SHOP)
    assert len(kept) == 200
    assert all(set(fields) == {"Champ0", "Champ1", "Champ2", "Champ3"} for fields in kept.values())
