"""The campaigns tables in pandas: one row per API campaign, the outbox join, sends made of several
campaigns grouped into one, filters, chart aggregates, exports and the audit table."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pandas as pd
import pytest

from monsms_core.audit import action_label, audit_frame, category_of, details_text, filter_categories
from monsms_core.campaigns import (
    OUTSIDE,
    CampaignFilters,
    apply_filters,
    campaigns_frame,
    choices,
    delivery_rate,
    display_name,
    display_phone,
    group_sends,
    link_outbox,
    per_period,
    sends_export,
    top_senders,
    totals,
)
from monsms_core.client.models import CampaignDetails
from monsms_core.exports import to_csv_bytes, to_xlsx_bytes
from monsms_core.store import AuditEntry, OutboxEntry

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _campaign(
    cid: str, *, days_ago: float = 1, stats: tuple[int, int, int] | None = (10, 0, 0), **fields: Any
):
    data: dict[str, Any] = {
        "id": cid,
        "name": fields.pop("name", cid),
        "text": fields.pop("text", "Bonjour"),
        "type": fields.pop("type", "SMS"),
        **_sender(fields.pop("sender", "BOUTIK")),
        "createdAt": (NOW - timedelta(days=days_ago)).isoformat(),
        "contactCount": fields.pop("recipients", 10),
        "creditUsed": fields.pop("credits", 10),
        "smsCount": 1,
        "isEnabled": fields.pop("enabled", True),
        **fields,
    }
    if stats is not None:
        sent, failed, pending = stats
        data["stats"] = {"total": sent + failed + pending, "sent": sent, "failed": failed, "pending": pending}
    return CampaignDetails.from_api(data)


def _sender(name: str) -> dict[str, Any]:
    """As the vendor's answers carry it: `senderId` the sender's row id, `sender` the object (details)."""
    if not name:
        return {"senderId": None, "sender": None}
    return {"senderId": f"id-{name}", "sender": {"id": f"id-{name}", "name": name, "status": "ACCEPTED"}}


def _entry(
    entry_id: int, ids: list[str], *, by: str = "awa", template: str = "Bonjour {prenom}"
) -> OutboxEntry:
    return OutboxEntry(
        entry_id, f"k{entry_id}", by, "sent", {"template": template}, 0, 0, ids, None, NOW, NOW
    )


def test_display_name_drops_the_chunk_number_and_tag() -> None:
    assert display_name("Promo Tabaski (2/3) · #a1b2c3d4") == "Promo Tabaski"
    assert display_name("Promo · #a1b2c3d4") == "Promo"
    assert display_name("#a1b2c3d4") == "" and display_name(None) == ""
    assert display_name("Soldes (été)") == "Soldes (été)"


def test_delivery_states() -> None:
    later = (NOW + timedelta(days=2)).isoformat()
    frame = campaigns_frame(
        [
            _campaign("sched", type="SCHEDULED", scheduledDate=later, stats=(0, 0, 10)),
            _campaign("paused", type="SCHEDULED", scheduledDate=later, enabled=False),
            _campaign("weekly", type="RECURRING"),
            _campaign("running", stats=(4, 1, 5)),
            _campaign("done", stats=(10, 0, 0)),
            _campaign("partial", stats=(9, 1, 0)),
            _campaign("failed", stats=(0, 10, 0)),
            _campaign("status-only", stats=None, status="SENT"),
            _campaign("nothing", stats=None),
        ],
        NOW,
    )
    assert dict(zip(frame["id"], frame["state"], strict=True)) == {
        "sched": "scheduled", "paused": "paused", "weekly": "recurring", "running": "pending",
        "done": "delivered", "partial": "partial", "failed": "failed", "status-only": "delivered",
        "nothing": "unknown",
    }  # fmt: skip
    assert str(frame["sent"].dtype) == "Int64" and pd.isna(frame.loc[8, "sent"])


def test_a_send_of_several_campaigns_is_one_row() -> None:
    # Listed newest first, as the API does; c1 was even created after c2 (clock skew): chunk order wins.
    chunks = [
        _campaign(f"c{i}", name=f"Promo ({i + 1}/3) · #0000000{i}", days_ago=days, stats=s)
        for i, (days, s) in enumerate([(1.02, (5, 0, 0)), (1.0, (3, 1, 1)), (1.01, (2, 0, 0))])
    ]
    alone = _campaign("solo", name="Réunion", days_ago=3, sender="")
    frame = link_outbox(campaigns_frame([*chunks, alone], NOW), [_entry(7, ["c0", "c1", "c2"])], {7: "kofi"})
    sends = group_sends(frame)
    assert list(sends["send_id"]) == ["o7", "csolo"]
    send = sends.iloc[0]
    assert send["campaign_ids"] == ("c0", "c1", "c2") and send["campaigns"] == 3
    assert (send["name"], send["text"], send["created_by"], send["approved_by"]) == (
        "Promo", "Bonjour {prenom}", "awa", "kofi",
    )  # fmt: skip
    assert (send["recipients"], send["sent"], send["failed"], send["pending"]) == (30, 10, 1, 1)
    assert send["state"] == "pending"  # the least finished of its campaigns
    assert sends.iloc[1]["created_by"] == OUTSIDE
    assert choices(sends)["authors"] == ["awa"] and choices(sends)["senders"] == ["BOUTIK"]


def test_filters() -> None:
    campaigns = [
        _campaign("a", name="Fête de l'École", days_ago=0.1, type="FLASH"),
        _campaign("b", name="Promo karité", days_ago=5, sender="PROMO", stats=(0, 10, 0)),
        _campaign("c", name="Réunion", days_ago=40),
    ]
    sends = group_sends(link_outbox(campaigns_frame(campaigns, NOW), [_entry(1, ["b"], by="awa")]))
    pick = lambda **f: sorted(apply_filters(sends, CampaignFilters(**f))["send_id"])  # noqa: E731
    assert pick() == ["ca", "cc", "o1"]
    assert pick(text="ecole fete") == ["ca"] and pick(text="KARITE") == ["o1"] and pick(text="xyz") == []
    assert pick(types=("FLASH",)) == ["ca"] and pick(senders=("PROMO",)) == ["o1"]
    assert pick(states=("failed",)) == ["o1"]
    assert pick(authors=("awa",)) == ["o1"] and pick(authors=(OUTSIDE,)) == ["ca", "cc"]
    day = NOW.date()
    assert pick(start=day - timedelta(days=5), end=day) == ["ca", "o1"]  # both ends inclusive
    assert pick(start=day - timedelta(days=4), end=day) == ["ca"]
    assert pick(end=day - timedelta(days=1)) == ["cc", "o1"]


def test_per_period_fills_empty_days_and_weeks() -> None:
    sends = group_sends(
        campaigns_frame(
            [
                _campaign("a", days_ago=0, recipients=10, credits=20, stats=(8, 2, 0)),
                _campaign("b", days_ago=0.2, recipients=5, credits=5, stats=(5, 0, 0)),
                _campaign("c", days_ago=3, recipients=4, credits=4, stats=(0, 0, 4)),
            ],
            NOW,
        )
    )
    daily = per_period(sends, "day", start=date(2026, 3, 15), end=date(2026, 3, 20))
    assert list(daily["period"].dt.day) == [15, 16, 17, 18, 19, 20]
    assert list(daily["messages"]) == [0, 0, 4, 0, 0, 15] and list(daily["credits"])[-1] == 25
    assert daily["rate"].iloc[-1] == pytest.approx(13 / 15) and pd.isna(daily["rate"].iloc[2])
    weekly = per_period(sends, "week")
    assert list(weekly["period"].dt.strftime("%Y-%m-%d")) == ["2026-03-16"]  # a Monday
    assert per_period(sends.iloc[0:0], "day").empty


def test_totals_rate_and_top_senders() -> None:
    sends = group_sends(
        campaigns_frame(
            [
                _campaign("a", sender="PROMO", recipients=100, stats=(90, 10, 0)),
                _campaign("b", sender="", recipients=5, stats=(5, 0, 0)),
                _campaign("c", sender="PROMO", recipients=50, stats=(0, 0, 50)),
            ],
            NOW,
        )
    )
    assert totals(sends) == {
        "sends": 3, "campaigns": 3, "messages": 155, "credits": 30, "sent": 95, "failed": 10, "pending": 50,
        "rate": pytest.approx(95 / 105),
    }  # fmt: skip
    assert delivery_rate(0, 0) is None
    top = top_senders(sends, default_label="Par défaut")
    assert list(top["sender"]) == ["PROMO", "Par défaut"] and list(top["messages"]) == [150, 5]


def test_phones_as_people_read_them() -> None:
    assert display_phone("2250707123456") == "+225 07 07 12 34 56"
    assert display_phone("33612345678") == "+33612345678" and display_phone("") == ""


def test_exports_are_neutralised_and_readable() -> None:
    sends = group_sends(
        campaigns_frame([_campaign("a", name='=HYPERLINK("http://x")', text="+225 promo")], NOW)
    )
    frame = sends_export(sends, "fr", {}, dates_as_text=True)
    assert (
        frame.iloc[0]["Date"] == "19/03/2026 12:00" and frame.iloc[0]["Envoyé par"] == "Hors tableau de bord"
    )
    text = to_csv_bytes(frame).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+225 promo" in text
    back = pd.read_excel(io.BytesIO(to_xlsx_bytes(sends_export(sends, "en", {}))), engine="calamine")
    assert back.iloc[0]["Name"].startswith("'=") and back.iloc[0]["Recipients"] == 10


def test_ten_thousand_campaigns_group_and_filter_correctly() -> None:
    campaigns = [
        _campaign(f"c{i:05d}", name=f"Envoi {i // 3}", days_ago=i / 100, sender=("A", "B")[i % 2])
        for i in range(10_000)
    ]
    entries = [
        _entry(n + 1, [f"c{3 * n:05d}", f"c{3 * n + 1:05d}", f"c{3 * n + 2:05d}"]) for n in range(1000)
    ]
    sends = group_sends(link_outbox(campaigns_frame(campaigns, NOW), entries))
    assert len(sends) == 1000 + 7000 and sends["campaigns"].sum() == 10_000
    assert int(sends.loc[sends["send_id"] == "o1", "recipients"].iloc[0]) == 30
    assert len(apply_filters(sends, CampaignFilters(authors=("awa",)))) == 1000
    assert len(apply_filters(sends, CampaignFilters(text="envoi 3333"))) == 1


def test_the_audit_table() -> None:
    at = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
    entries = [
        AuditEntry(3, at, "ama", "review.override", "12", {"override_reason": "Urgence", "test": False}),
        AuditEntry(2, at, "awa", "login.succeeded", "awa", None),
        AuditEntry(1, at, "system", "custom.thing", None, ["a", "b"]),
    ]
    frame = audit_frame(entries, "fr", {"ama": "Ama Diallo"})
    assert list(frame["actor"]) == ["Ama Diallo (ama)", "awa", "system"]
    assert list(frame["category"]) == ["reviews", "login", "other"]
    assert frame.iloc[0]["label"] == "Propre envoi approuvé par exception (administrateur)"
    assert frame.iloc[0]["details"] == "Raison de l'exception : Urgence. Envoi réel."
    assert frame.iloc[0]["target"] == "validation n° 12" and frame.iloc[1]["target"] == "awa"
    assert frame.iloc[2]["label"] == "custom.thing" and frame.iloc[2]["details"] == "a, b"
    assert list(filter_categories(frame, ["login"])["action"]) == ["login.succeeded"]
    assert category_of("logout") == "login" and category_of("logouts") == "other"
    assert action_label("settings.changed", "en") == "Setting changed"
    assert len(details_text({"x": "y" * 1000})) == 300
