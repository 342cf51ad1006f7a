"""One send, one line (issue 11, point 4): the API's campaigns of a personalised send and the outbox
entry that made them give the same line, without the dashboard's tag, chunk numbers or ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from monsms_core.campaigns import (
    LINE_COLUMNS,
    campaigns_frame,
    group_sends,
    link_outbox,
    outbox_sends,
    send_label,
    send_lines,
    send_state,
    settled_state,
    shows_internal_ids,
)
from monsms_core.client.models import CampaignDetails
from monsms_core.store import OutboxEntry

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
TEMPLATE = "Bonjour {prenom}, les pagnes sont arrivés"


def _campaign(cid: str, chunk: int, minutes: int) -> CampaignDetails:
    data: dict[str, Any] = {
        "id": cid, "name": f"Arrivage pagnes ({chunk}/3) · #83510c9b", "text": f"Bonjour {cid}",
        "type": "SMS", "createdAt": (NOW + timedelta(minutes=minutes)).isoformat(), "contactCount": 16,
        "creditUsed": 16, "stats": {"total": 16, "sent": 16, "failed": 0, "pending": 0},
    }  # fmt: skip
    return CampaignDetails.from_api(data)


def _entry() -> OutboxEntry:
    payload = {"name": "Arrivage pagnes", "template": TEMPLATE, "chunks": [{}, {}, {}]}
    return OutboxEntry(
        7, "review-1-88651d", "awa", "sent", payload, 48, 48, ["c1", "c2", "c3"], None, NOW, NOW
    )


def test_a_send_is_named_without_internal_marks() -> None:
    assert send_label("Arrivage pagnes (20/20) · #83510c9b", "x", 1, "fr") == "Arrivage pagnes"
    assert send_label("", "Bonjour à tous", 3, "fr") == "« Bonjour à tous » · 3 textes personnalisés"
    assert send_label(None, None, 1, "en") == "Untitled"


def test_the_api_campaigns_and_the_outbox_entry_give_the_same_line() -> None:
    campaigns = campaigns_frame([_campaign(f"c{i}", i, i) for i in (1, 2, 3)], NOW + timedelta(hours=1))
    from_api = send_lines(group_sends(link_outbox(campaigns, [_entry()])), "fr")
    from_outbox = send_lines(outbox_sends([_entry()]), "fr")
    assert list(from_api.columns) == list(from_outbox.columns) == list(LINE_COLUMNS)
    assert len(from_api) == len(from_outbox) == 1
    for column in ("name", "recipients", "credits"):
        assert from_api.loc[0, column] == from_outbox.loc[0, column], column
    assert from_api.loc[0, "name"] == "Arrivage pagnes · 3 textes personnalisés"
    assert from_api.loc[0, "state"] == "delivered" and from_outbox.loc[0, "state"] == "sent"
    assert str(from_outbox.loc[0, "date"]) == "2026-03-20 12:00:00"  # Abidjan time


def test_only_administrators_see_internal_ids() -> None:
    assert shows_internal_ids("admin")
    assert not any(shows_internal_ids(role) for role in ("sender", "reviewer", "viewer", None))


def test_a_send_with_one_partly_failed_text_is_partly_delivered() -> None:
    texts = [_campaign(f"c{i}", i, i) for i in (1, 2)]
    failing = CampaignDetails.from_api(
        {"id": "c3", "name": "Arrivage pagnes (3/3) · #83510c9b", "text": "Bonjour c3", "type": "SMS",
         "createdAt": NOW.isoformat(), "contactCount": 16, "creditUsed": 16,
         "stats": {"total": 16, "sent": 15, "failed": 1, "pending": 0}}
    )  # fmt: skip
    campaigns = campaigns_frame([*texts, failing], NOW + timedelta(hours=1))
    assert sorted(campaigns["state"]) == ["delivered", "delivered", "partial"]
    assert send_state(campaigns) == "partial"
    sends = group_sends(link_outbox(campaigns, [_entry()]))
    assert list(sends["state"]) == ["partial"]
    assert settled_state("pending", 16, 1) == "pending"  # not finished: the least finished state stands
    assert settled_state("delivered", 16, 16) == "failed"
