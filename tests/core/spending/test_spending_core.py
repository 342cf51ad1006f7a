"""The spending core on plain data: the ledger joined with the outbox, per-send credits, month totals,
filters, the forecast line and the accountant's exports (opened again with pandas and openpyxl)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import openpyxl
import pandas as pd
import pytest

from monsms_core.client.models import Campaign, Offer, Transaction
from monsms_core.spending import (
    SpendingFilters,
    accounting_frames,
    build_ledger,
    credit_forecast,
    describe_forecast,
    filter_ledger,
    month_label,
    monthly_totals,
    people,
    period_totals,
    sends_spending,
    spending_csv,
    spending_xlsx,
)
from monsms_core.store import OutboxEntry, PurchaseRecord

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def _t(
    tid: str, kind: str, at: str, credit: int, price: int | None, status: str = "CHARGED", **extra: object
):
    data = {"id": tid, "type": kind, "status": status, "credit": credit, "createdAt": at, **extra}
    if price is not None:
        data["price"] = price
    return Transaction.from_api(data)


TRANSACTIONS = [
    _t("r1", "RECHARGED", "2026-10-03T08:00:00.000Z", 2000, 44000, offer="BRONZE", paymentMethod="OM_CI"),
    _t(
        "r2",
        "RECHARGED",
        "2026-11-20T08:00:00.000Z",
        500,
        12500,
        "FAILED",
        offerId="o_s",
        paymentMethod="WAVE_CI",
    ),
    _t("r3", "RECHARGED", "2026-11-21T08:00:00.000Z", 500, 12500, offerId="o_s", paymentMethod="WAVE_CI"),
    _t("d1", "DEBITED", "2026-10-10T09:00:00.000Z", 20, 440, campainId="c1"),
    _t("d2", "DEBITED", "2026-10-10T09:00:01.000Z", 10, 220, campaignId="c2"),
    _t("d3", "DEBITED", "2026-11-25T12:00:00.000Z", 5, 110, campainId="c3"),
    _t("d4", "DEBITED", "2026-12-01T07:30:00.000Z", 100, None, campainId="c4"),
    _t("d5", "DEBITED", "2026-12-02T07:30:00.000Z", 9, 198, "FAILED", campainId="c5"),
]
OFFERS = [Offer.from_api({"id": "o_s", "name": "STARTER", "credit": 500, "price": 12500})]


def _entry(entry_id: int, by: str, ids: list[str], recipients: int, name: str) -> OutboxEntry:
    return OutboxEntry(
        id=entry_id, send_key=f"k{entry_id}", created_by=by, status="sent",
        payload={"name": name, "template": "Bonjour {prénom}"}, recipients=recipients, credits=0,
        campaign_ids=ids, error=None, created_at=NOW, updated_at=NOW,
    )  # fmt: skip


OUTBOX = [
    _entry(7, "awa", ["c1", "c2"], 30, "Réunion parents"),
    _entry(8, "kofi", ["c4"], 100, "=HYPERLINK(1)"),
]
CAMPAIGNS = [Campaign.from_api({"id": "c3", "name": "Promo karité", "text": "Promo", "contactCount": 5})]


# R3 was bought from the dashboard by Ama (the purchase record names its transaction).
PURCHASES = [
    PurchaseRecord(
        id=1, request_key="x", active_key=None, actor="ama", offer_id="o_s", pack_name="STARTER", credits=500,
        price=12500, payment_method="WAVE_CI", payer_phone="2250707000001", transaction_id="r3",
        payment_url=None, status="charged", failure_reason=None, return_to=None, created_at=NOW,
        updated_at=NOW, settled_at=NOW,
    )
]  # fmt: skip


@pytest.fixture
def ledger() -> pd.DataFrame:
    return build_ledger(TRANSACTIONS, offers=OFFERS, outbox=OUTBOX, campaigns=CAMPAIGNS, purchases=PURCHASES)


def test_ledger_rows_name_the_pack_the_method_and_the_send(ledger: pd.DataFrame) -> None:
    assert list(ledger["id"]) == ["d5", "d4", "d3", "r3", "r2", "d2", "d1", "r1"]  # newest first
    by_id = ledger.set_index("id")
    assert by_id.loc["r1", "pack"] == "BRONZE" and by_id.loc["r3", "pack"] == "STARTER"
    assert by_id.loc["r3", "method"] == "WAVE_CI" and by_id.loc["r2", "status"] == "FAILED"
    assert (by_id.loc["d2", "send_id"], by_id.loc["d2", "sent_by"], by_id.loc["d2", "recipients"]) == (
        "o7",
        "awa",
        30,
    )
    assert (by_id.loc["d3", "send_title"], by_id.loc["d3", "sent_by"]) == ("Promo karité", "")
    assert by_id.loc["d5", "send_id"] == "cc5" and pd.isna(by_id.loc["d4", "price_xof"])


def test_credits_per_send_join_the_outbox(ledger: pd.DataFrame) -> None:
    sends = sends_spending(ledger)
    rows = sends[["send_id", "send_title", "sent_by", "recipients", "campaigns", "credits"]].values.tolist()
    assert rows == [
        ["o8", "=HYPERLINK(1)", "kofi", 100, 1, 100],
        ["cc3", "Promo karité", "", 5, 1, 5],
        ["o7", "Réunion parents", "awa", 30, 2, 30],  # one send, two campaigns (personalised)
    ]
    assert sends["price_xof"].tolist()[1:] == [110, 660] and pd.isna(sends["price_xof"].iloc[0])


def test_month_totals_and_period_totals_count_only_what_was_charged(ledger: pd.DataFrame) -> None:
    months = monthly_totals(ledger)
    assert months.values.tolist() == [
        ["2026-10", 44000, 2000, 30, 660],
        ["2026-11", 12500, 500, 5, 110],
        ["2026-12", 0, 0, 100, 0],
    ]
    totals = period_totals(ledger)
    assert (totals.recharged_xof, totals.recharged_credits, totals.spent_credits, totals.sends) == (
        56500, 2500, 135, 3,
    )  # fmt: skip


def test_filters_by_period_and_person(ledger: pd.DataFrame) -> None:
    november = filter_ledger(ledger, SpendingFilters(since=date(2026, 11, 1), until=date(2026, 11, 25)))
    assert list(november["id"]) == ["d3", "r3", "r2"]  # the last day is included
    assert list(filter_ledger(ledger, SpendingFilters(person="awa"))["id"]) == ["d2", "d1"]
    assert list(filter_ledger(ledger, SpendingFilters(person="ama"))["id"]) == ["r3"]  # her purchase
    assert list(filter_ledger(ledger, SpendingFilters(person=""))["id"]) == ["d5", "d3", "r2", "r1"]
    assert people(ledger) == ["ama", "awa", "kofi", ""]


def test_forecast_at_the_last_30_days_pace(ledger: pd.DataFrame) -> None:
    forecast = credit_forecast(2000, ledger, NOW)
    assert (forecast.spent, forecast.per_day, forecast.days_left) == (105, 3.5, 571)  # d3 + d4, not d5
    assert describe_forecast(forecast, "fr") == (
        "Au rythme des 30 derniers jours (environ 3,5 crédits par jour), votre crédit dure environ 571 jours."
    )
    quiet = credit_forecast(2000, ledger, datetime(2027, 3, 1, tzinfo=UTC))
    assert quiet.days_left is None and "Aucun crédit utilisé ces 30 derniers jours" in describe_forecast(
        quiet, "fr"
    )
    assert credit_forecast(0, ledger, NOW).days_left == 0


def test_excel_export_has_dates_numbers_and_totals_rows(ledger: pd.DataFrame) -> None:
    frames = accounting_frames(ledger, "fr", {"awa": "Awa Koné"})
    assert ledger.set_index("id").loc["r3", "person"] == "ama"
    data = spending_xlsx(frames)
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, engine="openpyxl")
    assert list(sheets) == ["Opérations", "Par envoi", "Par mois"]
    operations = sheets["Opérations"]
    assert list(operations.columns) == [
        "Date", "Opération", "Statut", "Pack", "Moyen de paiement", "Envoi", "Fait par", "Destinataires",
        "Montant payé (FCFA)", "Crédits achetés", "Crédits utilisés", "Valeur des crédits utilisés (FCFA)",
    ]  # fmt: skip
    assert operations["Date"].iloc[0] == pd.Timestamp("2026-10-03 08:00")
    total = operations.iloc[-1]
    assert total["Opération"] == "Total"
    assert (total["Montant payé (FCFA)"], total["Crédits achetés"], total["Crédits utilisés"]) == (
        56500,
        2500,
        135,
    )
    assert total["Valeur des crédits utilisés (FCFA)"] == 770
    body = operations.iloc[:-1]
    assert body["Montant payé (FCFA)"].sum() == 56500  # each column adds up to its total
    assert body.loc[body["Statut"] == "Échoué", "Montant payé (FCFA)"].isna().all()
    assert set(body["Fait par"].dropna()) == {"Awa Koné", "kofi", "ama", "Hors tableau de bord"}
    assert sheets["Par envoi"].iloc[-1]["Crédits utilisés"] == 135
    assert "'=HYPERLINK(1)" in set(sheets["Par envoi"]["Envoi"])  # a formula stays text
    assert sheets["Par mois"]["Mois"].tolist() == ["2026-10", "2026-11", "2026-12", "Total"]

    book = openpyxl.load_workbook(io.BytesIO(data))
    cell = book["Opérations"].cell(row=2, column=9)  # R1's amount
    assert cell.value == 44000 and cell.number_format == "#,##0"
    assert book["Opérations"].cell(row=2, column=1).number_format == "dd/mm/yyyy hh:mm"
    last = book["Opérations"].max_row
    assert (
        book["Opérations"].cell(row=last, column=9).font.b
        and book["Opérations"].cell(row=last, column=9).value == 56500
    )


def test_csv_export_is_for_french_excel(ledger: pd.DataFrame) -> None:
    frames = accounting_frames(ledger, "fr")
    data = spending_csv(frames["Par mois"])
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert text.splitlines()[1] == "2026-10;44000;2000;30;660"
    reread = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    assert reread.iloc[-1].tolist() == ["Total", 56500, 2500, 135, 770]
    operations = pd.read_csv(io.BytesIO(spending_csv(frames["Opérations"])), sep=";", encoding="utf-8-sig")
    assert operations["Date"].iloc[0] == "03/10/2026 08:00" and operations.iloc[-1]["Crédits utilisés"] == 135


def test_english_export_and_an_empty_ledger() -> None:
    empty = build_ledger([])
    frames = accounting_frames(empty, "en")
    assert list(frames) == ["Operations", "Per send", "Per month"]
    sheets = pd.read_excel(io.BytesIO(spending_xlsx(frames)), sheet_name=None, engine="openpyxl")
    assert sheets["Operations"]["Operation"].tolist() == ["Total"]
    assert monthly_totals(empty).empty and sends_spending(empty).empty
    assert credit_forecast(100, empty, NOW).days_left is None


def test_month_labels_for_the_chart() -> None:
    assert [month_label(m, "fr") for m in ("2026-09", "2026-12")] == ["sept. 2026", "déc. 2026"]
    assert month_label("2026-12", "en") == "Dec 2026"
