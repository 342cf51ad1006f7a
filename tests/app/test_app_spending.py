"""Issue 12 point 4 in AppTest: the "Crédit et dépenses" page on the sandbox's demo account — balance,
recharges and debits from `transaction/list`, credits per send joined with the outbox (who sent it, to
how many), month totals, the forecast line, filters by period and person; administrators only."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from monsms_core.compose import Recipient
from monsms_core.i18n.formatting import format_number
from monsms_core.payments import PurchaseRequest, follow, packs_from_offers, start_purchase
from monsms_core.sending import build_plan, execute, submit
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, page_text
from tests.app.composer_support import Live, live_account
from tests.app.review_support import open_page

PAGE = "app_pages/admin/spending.py"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("ama", "admin")
    env.add_user("awa", "sender")
    yield from live_account(env, monkeypatch, sandbox, base_url)


def _tables(at: object) -> dict[str, object]:
    return {tab.label: tab.dataframe[0].value for tab in at.tabs}  # type: ignore[attr-defined]


def _send_from_the_dashboard(env: AppEnv, live: Live) -> list[str]:
    people = [Recipient(f"22507070000{i:02d}", {"prenom": ("Awa", "Koffi")[i % 2]}) for i in range(6)]
    plan = build_plan(people, "Bonjour {prenom}, réunion samedi à 10 h.", name="Réunion samedi")
    entry = submit(env.store, plan, created_by="awa", send_key="reunion-samedi")
    result = execute(env.store, live.client, entry.id)
    assert result.status == "sent" and len(result.campaign_ids) == 2
    return list(result.campaign_ids)


def test_the_demo_account_shows_balance_operations_months_and_forecast(env: AppEnv, live: Live) -> None:
    at = open_page("ama", PAGE)
    assert [t.value for t in at.title] == ["Crédit et dépenses"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Solde (crédits)"] == format_number(live.client.user.credit())
    assert "Au rythme des 30 derniers jours" in page_text(at) and "votre crédit dure environ" in page_text(at)

    tables = _tables(at)
    assert list(tables) == ["Opérations", "Par envoi", "Par mois"]
    operations = tables["Opérations"]
    assert operations["Opération"].iloc[-1] == "Total"
    # Every CHARGED movement of the last 90 days (the default period), as transaction/list has them.
    since = datetime.now(UTC) - timedelta(days=90)
    moved = [t for t in live.client.transactions.iterate() if t.status == "CHARGED"]
    recent = [t for t in moved if t.created_at and t.created_at.date() >= since.date()]
    used = sum(t.credit or 0 for t in recent if t.type == "DEBITED")
    paid = sum(t.price or 0 for t in recent if t.type == "RECHARGED")
    assert used > 0 and operations["Crédits utilisés"].iloc[-1] == format_number(used)
    assert operations["Montant payé (FCFA)"].iloc[-1] == format_number(round(paid))
    assert metrics["Crédits utilisés"] == format_number(used)
    assert (
        len(operations)
        == len(
            [
                t
                for t in live.client.transactions.iterate()
                if t.created_at and t.created_at.date() >= since.date()
            ]
        )
        + 1
    )
    assert {"Recharge", "Débit (envoi)"} <= set(operations["Opération"])
    assert set(operations["Statut"].iloc[:-1]) <= {"Payé", "En attente", "Échoué"}
    assert tables["Par mois"]["Mois"].iloc[-1] == "Total" and len(at.get("vega_lite_chart")) == 2


def test_a_dashboard_send_is_one_row_with_who_sent_it_and_the_person_filter(env: AppEnv, live: Live) -> None:
    ids = _send_from_the_dashboard(env, live)
    at = open_page("ama", PAGE)
    sends = _tables(at)["Par envoi"]
    row = sends[sends["Envoi"] == "Réunion samedi"]
    assert len(row) == 1
    debits = [t for t in live.client.transactions.iterate() if t.campaign_id in ids]
    assert (row["Envoyé par"].item(), row["Destinataires"].item()) == ("Awa", "6")
    assert row["Crédits utilisés"].item() == str(sum(t.credit or 0 for t in debits)) == "6"

    at.selectbox(key="spending_person").set_value("awa").run()
    assert_no_exception(at)
    operations = _tables(at)["Opérations"]
    assert set(operations["Fait par"].iloc[:-1]) == {"Awa"}
    assert len(operations) == 3  # her two campaigns (a personalised send) and the totals row
    assert "ses envois et les recharges qu'elle a payées" in page_text(at)
    assert {m.label: m.value for m in at.metric}["Crédits utilisés"] == "6"


def test_credit_bought_from_the_dashboard_names_its_buyer(env: AppEnv, live: Live) -> None:
    live.sandbox.config(payment_seconds=0)
    pack = packs_from_offers(live.client.offers.list())[0]
    request = PurchaseRequest(pack, "WAVE_CI", "0707123456", None, uuid.uuid4().hex)
    record = start_purchase(env.store, live.client, request, actor="ama", role="admin")
    assert follow(env.store, live.client, record.id, actor="ama").status == "charged"
    at = open_page("ama", PAGE)
    operations = _tables(at)["Opérations"]
    mine = operations[operations["Fait par"] == "Ama"]
    assert mine[["Opération", "Statut", "Pack", "Moyen de paiement"]].values.tolist() == [
        ["Recharge", "Payé", pack.name, "Wave"]
    ]
    at.selectbox(key="spending_person").set_value("ama").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Crédits achetés"] == format_number(pack.credits) and metrics["Crédits utilisés"] == "0"


def test_only_administrators_open_the_page(live: Live) -> None:
    at = open_page("awa", PAGE)
    assert "Accès refusé" in page_text(at) and not at.metric
