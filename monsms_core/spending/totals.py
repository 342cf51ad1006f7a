"""Sums of the ledger: the period's totals, the totals by month, and how long the credit lasts.

    monthly_totals(ledger)       # month, recharged_xof, recharged_credits, spent_credits, spent_xof
    forecast = credit_forecast(balance, ledger, now)      # at the last 30 days' pace
    describe_forecast(forecast, "fr")   # "Au rythme des 30 derniers jours, votre crédit dure environ 41…"

Only CHARGED transactions count: a PENDING or FAILED purchase added no credit, a failed debit took none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd
from babel.dates import format_date

from monsms_core.i18n import translate
from monsms_core.i18n.formatting import ABIDJAN, format_number, locale_for
from monsms_core.spending.ledger import DEBITED, RECHARGED, charged

FORECAST_WINDOW_DAYS = 30
MONTH_COLUMNS = ("month", "recharged_xof", "recharged_credits", "spent_credits", "spent_xof")


@dataclass(frozen=True)
class PeriodTotals:
    """What came in and went out over the rows given."""

    recharged_xof: float
    recharged_credits: int
    spent_credits: int
    spent_xof: float
    sends: int


def period_totals(ledger: pd.DataFrame) -> PeriodTotals:
    """Sums of the CHARGED recharges and debits in `ledger` (spent_xof over the debits with a price)."""
    recharges, debits = charged(ledger, RECHARGED), charged(ledger, DEBITED)
    return PeriodTotals(
        recharged_xof=float(recharges["price_xof"].sum()),
        recharged_credits=int(recharges["credits"].sum()),
        spent_credits=int(debits["credits"].sum()),
        spent_xof=float(debits["price_xof"].sum()),
        sends=int(debits["send_id"].nunique()),
    )


def monthly_totals(ledger: pd.DataFrame) -> pd.DataFrame:
    """One row per calendar month (Abidjan time, "YYYY-MM") that has a CHARGED movement, oldest first."""
    moved = ledger[ledger["status"] == "CHARGED"]
    if moved.empty:
        return pd.DataFrame(columns=list(MONTH_COLUMNS))
    month = moved["at"].dt.tz_convert(ABIDJAN).dt.strftime("%Y-%m")
    recharge = moved["kind"] == RECHARGED
    debit = moved["kind"] == DEBITED
    table = pd.DataFrame(
        {
            "month": month,
            "recharged_xof": moved["price_xof"].where(recharge, 0).fillna(0),
            "recharged_credits": moved["credits"].where(recharge, 0).fillna(0),
            "spent_credits": moved["credits"].where(debit, 0).fillna(0),
            "spent_xof": moved["price_xof"].where(debit, 0).fillna(0),
        }
    )
    sums = table.groupby("month", sort=True).sum().reset_index()
    for column in ("recharged_credits", "spent_credits"):
        sums[column] = sums[column].astype("int64")
    return sums[list(MONTH_COLUMNS)]


def month_label(month: str, lang: str | None) -> str:
    """A "YYYY-MM" month as people read it: "sept. 2026" in French, "Sep 2026" in English."""
    year, number = (int(part) for part in month.split("-"))
    return format_date(date(year, number, 1), "MMM y", locale=locale_for(lang))


@dataclass(frozen=True)
class Forecast:
    """How long `balance` lasts at the pace of the last `window_days` days."""

    balance: int
    spent: int
    window_days: int

    @property
    def per_day(self) -> float:
        """Average credits spent per day over the window."""
        return self.spent / self.window_days

    @property
    def days_left(self) -> int | None:
        """Whole days the balance lasts at that pace (None when nothing was spent: no pace to follow)."""
        if self.spent <= 0:
            return None
        return math.floor(max(self.balance, 0) / self.per_day)


def credit_forecast(
    balance: int, ledger: pd.DataFrame, now: datetime, window_days: int = FORECAST_WINDOW_DAYS
) -> Forecast:
    """The pace of the CHARGED debits in the `window_days` days before `now` (give the whole ledger, not
    a filtered one: the forecast is about the account)."""
    debits = charged(ledger, DEBITED)
    since = pd.Timestamp(now - timedelta(days=window_days))
    recent = debits[(debits["at"] > since) & (debits["at"] <= pd.Timestamp(now))]
    return Forecast(balance=balance, spent=int(recent["credits"].sum()), window_days=window_days)


def describe_forecast(forecast: Forecast, lang: str | None) -> str:
    """The forecast line: "au rythme des 30 derniers jours, votre crédit dure environ N jours"."""
    days = forecast.days_left
    window = format_number(forecast.window_days, lang)
    if days is None:
        return translate("spending.forecast.no_spend", lang, window=window)
    return translate(
        "spending.forecast.days",
        lang,
        window=window,
        days=format_number(days, lang),
        per_day=format_number(round(forecast.per_day, 1), lang),
    )
