"""Choosing contacts by person, not by row: ticks read against the rows drawn, placed where the people
are now; names as a sentence; the pager's words."""

from __future__ import annotations

import pandas as pd

from monsms_core.client.models import Contact
from monsms_core.contacts.browse import page_count, pager_text
from monsms_core.contacts.index import contacts_frame
from monsms_core.contacts.names import full_name, names_sentence, short_name
from monsms_core.contacts.selection import Picked, frame_contacts


def _people(*names: str) -> list[Contact]:
    return [Contact(id=f"id-{n}", phone=f"22507000000{i:02d}", first_name=n) for i, n in enumerate(names)]


def test_a_tick_follows_the_person_when_the_rows_move() -> None:
    awa, koffi, marie = _people("Awa", "Koffi", "Marie")
    picked, ticks = Picked().draw([awa, koffi, marie])
    assert ticks == []
    picked = picked.after_click([1])
    assert picked.ids == ["id-Koffi"]
    picked, ticks = picked.draw([koffi, awa, marie])  # Koffi edited: now on top
    assert ticks == [0]
    assert picked.after_click(ticks).ids == ["id-Koffi"]  # the widget reports what we placed


def test_people_ticked_elsewhere_stay_chosen_and_an_untick_on_screen_removes_only_that_person() -> None:
    awa, koffi, marie, yao = _people("Awa", "Koffi", "Marie", "Yao")
    picked, _ = Picked().draw([awa, koffi])
    picked = picked.after_click([0])
    picked, ticks = picked.draw([marie, yao])  # another page
    assert ticks == [] and picked.hidden_count() == 1
    picked = picked.after_click([1])
    assert picked.ids == ["id-Awa", "id-Yao"]
    picked = picked.after_click([])  # Yao unticked on this page; Awa (elsewhere) stays
    assert picked.ids == ["id-Awa"]
    assert picked.without(["id-Awa"]).ids == [] and picked.cleared().ids == []


def test_ticks_left_on_a_removed_person_do_not_choose_them_again() -> None:
    awa, koffi = _people("Awa", "Koffi")
    picked = Picked().draw([awa, koffi])[0].after_click([0, 1])
    # Koffi deleted: the table still reports rows 0 and 1 on the next run, as drawn before.
    picked = picked.without(["id-Koffi"]).after_click([0, 1])
    assert picked.ids == ["id-Awa"]
    picked, ticks = picked.draw([awa])
    assert ticks == [0]
    assert picked.cleared().after_click([0]).ids == []


def test_an_edited_record_replaces_the_chosen_one() -> None:
    (awa,) = _people("Awa")
    picked = Picked().draw([awa])[0].after_click([0])
    renamed = Contact(id=awa.id, phone=awa.phone, first_name="Awa-Grâce")
    assert picked.updated(renamed).names() == "Awa-Grâce"
    picked, _ = picked.draw([renamed])
    assert picked.contacts == [renamed]


def test_rows_of_the_index_frame_become_contacts_again() -> None:
    people = [Contact(id="c1", phone="2250707123456", name="Awa K", first_name="Awa", sex="F",
                      created_at=pd.Timestamp("2026-01-02T10:00:00Z").to_pydatetime())]  # fmt: skip
    (back,) = frame_contacts(contacts_frame(people))
    assert (back.id, back.phone, back.name, back.first_name, back.last_name, back.sex) == (
        "c1", "2250707123456", "Awa K", "Awa", None, "F"
    )  # fmt: skip
    assert back.created_at == people[0].created_at


def test_names_read_as_a_sentence() -> None:
    assert names_sentence([]) == ""
    assert names_sentence(["Awa"]) == "Awa"
    assert names_sentence(["Awa", "Koffi", "Marie"]) == "Awa, Koffi et Marie"
    assert names_sentence(["Awa", "Koffi"], "en") == "Awa and Koffi"
    assert (
        names_sentence([f"P{i}" for i in range(10)], limit=8) == "P0, P1, P2, P3, P4, P5, P6, P7 et 2 autres"
    )
    assert names_sentence([f"P{i}" for i in range(9)], limit=8).endswith("P7 et 1 autre")
    assert short_name(Contact(phone="2250719337799")) == "07 19 33 77 99"
    assert short_name(Contact(name="Awa Kouamé", first_name=" ")) == "Awa Kouamé"
    assert full_name(" Awa ", "Kouamé") == "Awa Kouamé" and full_name(None, "") == ""


def test_the_pager_says_the_page_count_and_the_total() -> None:
    assert page_count(249, 50) == 5 and page_count(0, 50) == 1 and page_count(50, 50) == 1
    assert pager_text(1, 249, 50) == "Page 1 sur 5 · 249 contacts"
    assert pager_text(2, 1, 50, "en") == "Page 2 of 1 · 1 contact"
    assert pager_text(2, None, 50) == "Page 2"
