"""Pasted numbers in the composer, and the merge of every recipient source with opt-outs."""

from __future__ import annotations

import pytest

from monsms_core.compose import Recipient, RecipientSet, merge_recipients, parse_pasted_numbers
from monsms_core.phones import PhoneStatus

PASTE_CASES = [
    ("0707123456\n0505123456", ["2250707123456", "2250505123456"]),
    ("0707123456\r\n0505123456\r\n", ["2250707123456", "2250505123456"]),
    ("0707123456, 0505123456", ["2250707123456", "2250505123456"]),
    ("0707123456;0505123456;", ["2250707123456", "2250505123456"]),
    ("0707123456\t0505123456", ["2250707123456", "2250505123456"]),
    ("07 07 12 34 56", ["2250707123456"]),  # spaces inside one number: one number
    ("+225 07 07 12 34 56\n05 05 12 34 56", ["2250707123456", "2250505123456"]),
    ("0707123456 0505123456", ["2250707123456", "2250505123456"]),  # each piece is a whole number
    ("07 07 12 34 56 05 05 12 34 56", ["2250707123456", "2250505123456"]),
    ("0707 123456", ["2250707123456"]),  # the pieces are not whole numbers: one number
    ("Awa 0707123456, Koffi 0505123456", ["2250707123456", "2250505123456"]),
    ("0707123456 ou 0505123456", ["2250707123456", "2250505123456"]),
    ("\n\n  \n0707123456\n\n", ["2250707123456"]),
    ("+33 6 12 34 56 78", ["33612345678"]),
]


@pytest.mark.parametrize(("text", "phones"), PASTE_CASES)
def test_pasted_text_is_split_into_numbers(text: str, phones: list[str]) -> None:
    parsed = parse_pasted_numbers(text)
    assert parsed.phones == phones
    assert parsed.rejected == []
    assert parsed.duplicates == 0


def test_duplicates_are_dropped_in_order_and_counted() -> None:
    parsed = parse_pasted_numbers(
        "0505123456\n0707123456\n05 05 12 34 56\n+225 0707123456\n0101123456\n707123456"
    )
    assert parsed.phones == ["2250505123456", "2250707123456", "2250101123456"]
    assert parsed.duplicates == 3
    assert [r.original for r in parsed.accepted] == ["0505123456", "0707123456", "0101123456"]


def test_rejected_entries_keep_their_text_and_reason() -> None:
    parsed = parse_pasted_numbers("0707123456\nabc\n2722445566\n0707\n07071234560505123456\n2,25071E+12")
    assert parsed.phones == ["2250707123456"]
    assert [(r.original, r.reason) for r in parsed.rejected] == [
        ("abc", "not_a_number"),
        ("2722445566", "fixed_line"),
        ("0707", "too_short"),
        ("07071234560505123456", "two_numbers_glued"),
        ("2,25071E+12", "scientific_notation"),  # that comma is a decimal comma, not a separator
    ]
    assert all(r.status is PhoneStatus.REJECTED and r.user_message("fr") for r in parsed.rejected)


def test_repaired_and_migrated_numbers_are_listed_for_review() -> None:
    parsed = parse_pasted_numbers("0707123456\n707123456\n05123456\n0101123456")
    assert parsed.phones == ["2250707123456", "2250505123456", "2250101123456"]
    assert parsed.duplicates == 1  # 707123456 is 0707123456 once repaired
    assert [(r.original, r.status) for r in parsed.to_review] == [("05123456", PhoneStatus.MIGRATED)]


def test_paste_summary_in_both_languages() -> None:
    parsed = parse_pasted_numbers("0707123456\n0707123456\nabc")
    assert parsed.summary("fr") == "1 numéro retenu, 1 doublon ignoré, 1 refusé."
    assert parsed.summary("en") == "1 number kept, 1 duplicate ignored, 1 rejected."


def test_other_default_region() -> None:
    assert parse_pasted_numbers("06 12 34 56 78\n+225 0707123456", "FR").phones == [
        "33612345678",
        "2250707123456",
    ]


def test_merge_deduplicates_across_sources_and_keeps_the_first_record() -> None:
    typed = [Recipient("2250707123456", {}, "typed")]
    contacts = [
        Recipient("+2250707123456", {"prenom": "Awa", "nom": "Koné"}, "contacts"),
        Recipient("2250505123456", {"prenom": "Koffi"}, "contacts"),
    ]
    sheet = [
        Recipient("2250505123456", {"prenom": "K.", "ville": "Bouaké"}, "sheet"),
        Recipient("2250101123456", {"prenom": "Ama"}, "sheet"),
        Recipient("2250101123456", {"prenom": "Ama bis"}, "sheet"),
    ]
    merged = merge_recipients(typed, contacts, sheet, optouts=set())
    assert merged.phones == ["2250707123456", "2250505123456", "2250101123456"]
    assert merged.duplicates == 3
    assert merged.opted_out == 0
    first, second, third = merged.recipients
    # the first record wins; fields it lacks are completed, never overwritten
    assert (first.source, first.fields) == ("typed", {"prenom": "Awa", "nom": "Koné"})
    assert second.fields == {"prenom": "Koffi", "ville": "Bouaké"}
    assert third.fields == {"prenom": "Ama"}
    assert merged.by_source == {"typed": 1, "contacts": 1, "sheet": 1}
    assert len(merged) == 3
    assert typed[0].fields == {}  # the caller's records are not changed


def test_merge_removes_and_counts_opted_out_numbers() -> None:
    group = [Recipient(p, {"prenom": n}, "group:Parents") for p, n in [
        ("2250707123456", "Awa"), ("2250505123456", "Koffi"), ("2250101123456", "Ama"),
    ]]  # fmt: skip
    typed = [Recipient("2250505123456", {}, "typed"), Recipient("2250909000000", {}, "typed")]
    merged = merge_recipients(group, typed, optouts={"+225 05 05 12 34 56", "2250101123456", "2250000000000"})
    assert merged.phones == ["2250707123456", "2250909000000"]
    assert merged.opted_out == 2  # distinct phones removed, however often they appeared
    assert merged.duplicates == 0
    assert "2 désinscrits" in merged.summary("fr")
    assert "2 opted-out" in merged.summary("en")


def test_merge_drops_records_without_a_phone() -> None:
    records = [Recipient("", {}, "sheet"), Recipient("2250707123456", {}, "sheet")]
    merged = merge_recipients(records, optouts=set())
    assert merged.phones == ["2250707123456"]
    assert merged.invalid == 1


def test_merge_of_100000_recipients() -> None:
    phones = [f"22507{n:08d}" for n in range(100_000)]
    contacts = (Recipient(p, {"prenom": "Awa"}, "contacts") for p in phones[:60_000])
    sheet = (Recipient(p, {"ville": "Abidjan"}, "sheet") for p in phones[40_000:])
    optouts = set(phones[::100])
    merged: RecipientSet = merge_recipients(contacts, sheet, optouts=optouts)
    assert len(merged) == 99_000
    assert merged.opted_out == 1_000
    assert merged.duplicates == 20_000 - 200
    assert merged.recipients[0].phone == "2250700000001"
    assert merged.recipients[50_000].fields == {"prenom": "Awa", "ville": "Abidjan"}
    assert merged.recipients[-1].fields == {"ville": "Abidjan"}
