"""The composer's pure logic: recipients from each source, the counter model, the replacement offer and its
price, previews, the cost breakdown and schedules."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from pathlib import Path

from monsms_core.client.models import Contact, Sender
from monsms_core.compose import Recipient, count_segments, merge_recipients
from monsms_core.composer import (
    available_fields,
    contact_fields,
    contacts_to_recipients,
    counter_view,
    display_phone,
    example_recipient,
    import_recipients,
    insert_field,
    parts_breakdown,
    preview_messages,
    schedule_once,
    schedule_summary,
    schedule_weekly,
    suggest,
    usable_senders,
)
from monsms_core.i18n import catalog
from monsms_core.importer import check, detect_mapping, read_sheet
from monsms_core.sending import build_plan


def test_contacts_give_standard_fields_without_empty_ones() -> None:
    awa = Contact(id="1", phone="2250707000001", first_name="Awa", last_name="Koné")
    named = Contact(id="2", phone="2250505000002", name="Boutique Yao")
    bare = Contact(id="3", phone="2250101000003")
    no_phone = Contact(id="4", first_name="Ghost")
    assert contact_fields(awa) == {"prénom": "Awa", "nom": "Koné", "nom complet": "Awa Koné"}
    assert contact_fields(named) == {"nom complet": "Boutique Yao"}
    people = contacts_to_recipients([awa, named, bare, no_phone], "group:Parents")
    assert [(p.phone, p.source) for p in people] == [
        ("2250707000001", "group:Parents"),
        ("2250505000002", "group:Parents"),
        ("2250101000003", "group:Parents"),
    ]
    assert people[2].fields == {}


def test_a_checked_sheet_gives_recipients_with_its_columns_as_fields() -> None:
    data = (
        "Téléphone;Prénom;Nom;Montant;Classe\n"
        "0707123456;Awa;Koné;15000;CM2\n05 05 12 34 56;Yao;;;\nabc;X;Y;1;2\n"
    )
    sheet = read_sheet(data.encode("utf-8"), "parents.csv")
    result = check(sheet.frame, detect_mapping(sheet.frame), "CI")
    people = import_recipients(result.valid, result.custom_fields, "file:parents.csv")
    assert [p.phone for p in people] == ["2250707123456", "2250505123456"]
    assert people[0].fields == {"prénom": "Awa", "nom": "Koné", "Montant": "15000", "Classe": "CM2"}
    assert people[1].fields == {"prénom": "Yao"}  # empty cells left out, so fallbacks apply
    assert available_fields(people) == ["prénom", "nom", "Montant", "Classe"]
    plan = build_plan(people, "{prénom}, solde {montant} F", fallbacks={"montant": "0"})
    assert sorted(chunk.text for chunk in plan.chunks) == ["Awa, solde 15000 F", "Yao, solde 0 F"]


def test_available_fields_put_standard_names_first() -> None:
    people = [
        Recipient("1", {"Ville": "Bouaké"}),
        Recipient("2", {"nom": "Koné", "prénom": "Awa", "Code": "7"}),
    ]
    assert available_fields(people) == ["prénom", "nom", "Ville", "Code"]
    assert available_fields([Recipient("3")]) == []


def test_only_accepted_unarchived_senders_are_offered() -> None:
    senders = [
        Sender(name="PROMO", status="ACCEPTED"),
        Sender(name="AWASHOP", status="accepted"),
        Sender(name="NOUVEAU", status="PENDING"),
        Sender(name="VIEUX", status="ACCEPTED", archived=True),
        Sender(name="NON", status="REFUSED"),
    ]
    assert usable_senders(senders) == ["AWASHOP", "PROMO"]


def test_insert_field_appends_with_a_space_when_needed() -> None:
    assert insert_field("", "prénom") == "{prénom}"
    assert insert_field("Bonjour", "prénom") == "Bonjour {prénom}"
    assert insert_field("Bonjour ", "nom") == "Bonjour {nom}"
    assert insert_field("Cher (", "nom") == "Cher ({nom}"


def test_counter_view_for_gsm_unicode_and_long_messages() -> None:
    short = counter_view("Bonjour")
    assert (short.encoding, short.parts, short.remaining, short.part_size) == ("GSM-7", 1, 153, 160)
    assert short.used_in_part == 7 and not short.personalised
    assert short.line("fr").startswith("7 caractères · GSM-7")
    unicode = counter_view("Aujourd’hui…")
    assert (unicode.encoding, unicode.part_size, unicode.unicode_chars) == ("UCS-2", 70, ("’", "…"))
    long = counter_view("a" * 161)
    assert (long.parts, long.part_size, long.remaining) == (2, 153, 145)
    empty = counter_view("")
    assert (empty.parts, empty.characters) == (0, 0)


def test_counter_measures_the_longest_rendered_message_and_names_field_characters() -> None:
    view = counter_view("Bonjour {prénom}", "Bonjour Grâce")
    assert view.personalised and view.characters == 13 and view.encoding == "UCS-2"
    assert view.unicode_chars == () and view.field_unicode_chars == ("â",)
    assert view.line("en").startswith("Longest message: 13 characters")


def _measure_for(recipients: int):  # type: ignore[no-untyped-def]
    calls: list[str] = []

    def measure(text: str) -> tuple[int, int]:
        calls.append(text)
        parts = count_segments(text).segments
        return parts, parts * recipients

    return measure, calls


def test_suggestion_prices_the_replacement_for_every_recipient() -> None:
    measure, calls = _measure_for(100)
    offer = suggest("’" + "a" * 158 + "……", measure)
    assert offer is not None and calls == [offer.replacement.original, offer.replacement.text]
    assert (offer.parts_before, offer.parts_after) == (3, 2)
    assert offer.credits_saved == 100 and offer.parts_saved == 1 and not offer.costs_more


def test_suggestion_warns_when_replacing_costs_more() -> None:
    measure, _ = _measure_for(10)
    offer = suggest("Promo" + "…" * 65, measure)
    assert offer is not None and offer.costs_more
    assert (offer.parts_before, offer.parts_after, offer.credits_saved) == (1, 2, -10)


def test_no_suggestion_without_anything_to_replace_and_accents_only_on_request() -> None:
    measure, calls = _measure_for(1)
    assert suggest("Bonjour à tous", measure) is None
    assert suggest("Fête 🎉", measure) is None and calls == []
    assert suggest("Fête", measure) is None
    offer = suggest("Fête", measure, include_accents=True)
    assert offer is not None and offer.replacement.text == "Fete"


def test_previews_show_first_longest_and_missing_with_fallbacks() -> None:
    people = [
        Recipient("1", {"prénom": "Awa"}),
        Recipient("2", {"prénom": "Marie-Christelle"}),
        Recipient("3", {}),
    ]
    shown = preview_messages(people, "Bonjour {prénom} !", {"prénom": "cher client"})
    assert shown == [
        ("encoding.preview.first", "Bonjour Awa !"),
        ("encoding.preview.longest", "Bonjour Marie-Christelle !"),
        ("encoding.preview.missing", "Bonjour cher client !"),
    ]
    assert preview_messages(people, "Sans champ") == []
    assert preview_messages([], "Bonjour {prénom}") == []


def test_previews_add_other_recipients_when_the_labels_fall_on_one_message() -> None:
    people = [Recipient("1"), Recipient("2", {"prénom": "Awa"}), Recipient("3", {"prénom": "Yao"})]
    shown = preview_messages(people, "Bonjour {prénom} !", {"prénom": "chère cliente"})
    assert shown == [
        ("encoding.preview.first", "Bonjour chère cliente !"),
        ("composer.preview.example", "Bonjour Awa !"),
        ("composer.preview.example", "Bonjour Yao !"),
    ]


def test_the_test_send_imitates_the_best_filled_recipient() -> None:
    people = [
        Recipient("1"),
        Recipient("2", {"prénom": "Awa"}),
        Recipient("3", {"prénom": "Yao", "nom": "Koffi"}),
    ]
    example = example_recipient(people, ["prénom", "nom", "Montant"], "2250707000001")
    assert example == Recipient("2250707000001", {"prénom": "Yao", "nom": "Koffi", "Montant": ""}, "test")
    assert example_recipient([], ["prénom"], "225").fields == {"prénom": ""}


def test_phones_are_shown_as_people_write_them() -> None:
    assert display_phone("2250707123456") == "+225 07 07 12 34 56"
    assert display_phone("33612345678") == "+33 6 12 34 56 78"
    assert display_phone("not a phone") == "not a phone"


def test_parts_breakdown_counts_recipients_per_message_size() -> None:
    people = merge_recipients(
        [Recipient("2250707000001", {"nom": "A"}), Recipient("2250707000002", {"nom": "B" * 10})],
        [Recipient("2250707000003", {"nom": "A"})],
        optouts=set(),
    )
    plan = build_plan(people, "{nom}" + "x" * 155)  # 156 and 165 characters
    assert parts_breakdown(plan) == [(1, 2), (2, 1)]
    assert plan.total_credits == 4


def test_schedules_are_abidjan_time_and_read_as_words() -> None:
    moment = schedule_once(date(2030, 6, 14), time(9, 30, 45))
    assert moment.astimezone(UTC) == datetime(2030, 6, 14, 9, 30, tzinfo=UTC)
    assert schedule_summary(moment, "fr") == "le 14/06/2030 09:30"
    assert schedule_summary(None, "fr") == "maintenant"
    weekly = schedule_weekly(["friday", "monday"], time(8, 0))
    assert weekly.days == ("monday", "friday")
    assert schedule_summary(weekly, "fr") == "chaque lundi et vendredi à 08:00"
    assert schedule_summary(schedule_weekly(["sunday"], time(18, 5)), "en") == "every Sunday at 18:05"


def test_every_composer_message_used_by_the_pages_exists() -> None:
    root = Path(__file__).resolve().parents[3]
    files = [
        root / "app_pages" / "send" / "send.py",
        root / "app_pages" / "send" / "outbox.py",
        root / "monsms_core" / "composer" / "model.py",
    ]
    files += sorted((root / "ui" / "composer").glob("*.py"))
    used: set[str] = set()
    for path in files:
        used.update(
            re.findall(r"""["']((?:composer|outbox)\.[a-z0-9_.]+[a-z0-9_])["']""", path.read_text("utf-8"))
        )
    assert len(used) > 150
    assert sorted(used - catalog().keys()) == []
