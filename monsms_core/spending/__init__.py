"""Where the money went: the account's recharges and debits (`transaction/list`) joined with the
dashboard's outbox (who sent what, to how many), totals by month, how long the credit lasts, and the
export an accountant can use.

    ledger = build_ledger(client.transactions.iterate(), offers=client.offers.list(),
                          outbox=store.outbox.list(limit=50_000), campaigns=client.campaigns.iterate())
    shown = filter_ledger(ledger, SpendingFilters(since=date(2026, 11, 1), person="awa"))
    period_totals(shown), sends_spending(shown), monthly_totals(shown)
    describe_forecast(credit_forecast(balance, ledger, now), "fr")
    spending_xlsx(accounting_frames(shown, "fr", names))

Modules: `ledger` (the table, per-send credits), `filters`, `totals` (period, months, forecast), `export`.
"""

from __future__ import annotations

from monsms_core.spending.export import accounting_frames, spending_csv, spending_xlsx
from monsms_core.spending.filters import SpendingFilters, filter_ledger, people
from monsms_core.spending.ledger import (
    CHARGED,
    DEBITED,
    LEDGER_COLUMNS,
    OUTSIDE,
    RECHARGED,
    build_ledger,
    sends_spending,
)
from monsms_core.spending.totals import (
    FORECAST_WINDOW_DAYS,
    Forecast,
    PeriodTotals,
    credit_forecast,
    describe_forecast,
    month_label,
    monthly_totals,
    period_totals,
)

__all__ = [
    "CHARGED",
    "DEBITED",
    "FORECAST_WINDOW_DAYS",
    "LEDGER_COLUMNS",
    "OUTSIDE",
    "RECHARGED",
    "Forecast",
    "PeriodTotals",
    "SpendingFilters",
    "accounting_frames",
    "build_ledger",
    "credit_forecast",
    "describe_forecast",
    "filter_ledger",
    "month_label",
    "monthly_totals",
    "people",
    "period_totals",
    "sends_spending",
    "spending_csv",
    "spending_xlsx",
]
