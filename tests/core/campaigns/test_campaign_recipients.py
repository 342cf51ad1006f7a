"""Who a send reached (issue 11, point 3): names from the campaign or the contacts, numbers as people
write them, search by name (accents ignored) or number, no internal columns, and what the API can tell
when one number's fate is unknown."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pandas as pd

from monsms_core.campaigns import (
    campaigns_frame,
    group_sends,
    names_by_phone,
    person_name,
    recipients_frame,
    recipients_table,
    search_recipients,
    sends_export,
    unknown_fate_note,
)
from monsms_core.client.models import CampaignDetails

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _details(
    cid: str, contacts: list[dict[str, Any]], stats: tuple[int, int, int] | None, name: str = "Promo"
) -> CampaignDetails:
    data: dict[str, Any] = {"id": cid, "name": name, "text": "Bonjour", "type": "SMS", "contacts": contacts,
                            "contactCount": len(contacts), "createdAt": NOW.isoformat()}  # fmt: skip
    if stats is not None:
        sent, failed, pending = stats
        data["stats"] = {"total": sent + failed + pending, "sent": sent, "failed": failed, "pending": pending}
    return CampaignDetails.from_api(data)


def _contacts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "phone": ["2250707123456", "2250505000002", "2250101000003"],
            "name": ["", "Ancien nom", "Église Saint-Paul"],
            "first_name": ["Adjoua", "Koffi", ""],
            "last_name": ["Kouassi", "Yao", ""],
        }
    )


def test_a_person_is_called_by_first_and_last_name_else_the_name_field() -> None:
    assert person_name("Ancien nom", "Koffi", "Yao") == "Koffi Yao"
    assert person_name("  Église   Saint-Paul ", None, "") == "Église Saint-Paul"
    assert person_name(None, None, None) == ""
    assert names_by_phone(_contacts()) == {
        "2250707123456": "Adjoua Kouassi",
        "2250505000002": "Koffi Yao",
        "2250101000003": "Église Saint-Paul",
    }


def test_names_come_from_the_contacts_when_the_campaign_lists_phones_only() -> None:
    details = [_details("c1", [{"phone": p} for p in _contacts()["phone"]], (3, 0, 0))]
    frame = recipients_frame(details, campaigns_frame(details, NOW), names_by_phone(_contacts()))
    assert list(frame["name"]) == ["Adjoua Kouassi", "Koffi Yao", "Église Saint-Paul"]
    assert list(frame["status"]) == ["delivered"] * 3 and frame["known"].all()  # all delivered: known


def test_search_finds_names_without_accents_and_numbers_as_typed() -> None:
    details = [_details("c1", [{"phone": p} for p in _contacts()["phone"]], (3, 0, 0))]
    frame = recipients_frame(details, campaigns_frame(details, NOW), names_by_phone(_contacts()))

    def found(query: str) -> list[str]:
        return list(search_recipients(frame, query)["name"])

    assert found("eglise") == ["Église Saint-Paul"]
    assert found("KOUASSI adjoua") == ["Adjoua Kouassi"]
    assert found("07 07 12 34 56") == ["Adjoua Kouassi"]
    assert found("+225 05 05") == ["Koffi Yao"]
    assert found("2250101000003") == ["Église Saint-Paul"]
    assert found("0101") == ["Église Saint-Paul"]
    assert found("") == ["Adjoua Kouassi", "Koffi Yao", "Église Saint-Paul"]


def test_the_table_and_export_show_numbers_as_people_write_them_and_no_internal_column() -> None:
    details = [_details("c1", [{"phone": "2250707123456", "status": "FAILED"}], None),
               _details("c2", [{"phone": "33612345678"}], (1, 0, 0))]  # fmt: skip
    frame = recipients_frame(details, campaigns_frame(details, NOW), names_by_phone(_contacts()))
    table = recipients_table(frame, "fr", several_texts=True)
    assert list(table.columns) == ["Numéro", "Nom", "Texte n°", "État"]
    assert list(table["Numéro"]) == ["07 07 12 34 56", "0033612345678"]
    assert list(table["État"]) == ["Échec", "Distribué"]
    assert list(recipients_table(frame, "en", several_texts=False).columns) == ["Number", "Name", "State"]


def test_a_mixed_result_says_what_the_api_tells_instead_of_guessing() -> None:
    phones = ["2250707000001", "2250707000002", "2250707000003"]
    details = [_details("c1", [{"phone": p} for p in phones], (2, 1, 0))]
    campaigns = campaigns_frame(details, NOW)
    frame = recipients_frame(details, campaigns, {})
    assert list(frame["status"]) == ["unknown"] * 3 and not frame["known"].any()
    assert list(recipients_table(frame, "fr", several_texts=False)["État"]) == ["Non précisé par l'API"] * 3
    note = unknown_fate_note(frame, campaigns, "fr")
    assert note is not None and "2 distribués, 1 en échec, 0 en attente, sur 3 messages" in note

    everything_known = [_details("c1", [{"phone": p} for p in phones], (0, 3, 0))]
    known = campaigns_frame(everything_known, NOW)
    all_failed = recipients_frame(everything_known, known, {})
    assert list(all_failed["status"]) == ["failed"] * 3
    assert unknown_fate_note(all_failed, known, "fr") is None


def test_campaign_ids_are_exported_only_when_asked() -> None:
    sends = group_sends(campaigns_frame([_details("crg02adqm", [], (1, 0, 0))], NOW))
    assert "Identifiants API" not in " ".join(sends_export(sends, "fr", {}).columns)
    assert "crg02adqm" not in sends_export(sends, "fr", {}).to_csv()
    assert "crg02adqm" in sends_export(sends, "fr", {}, with_ids=True).to_csv()
