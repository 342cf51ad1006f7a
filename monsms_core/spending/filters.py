"""The spending page's filters: a period (days, Abidjan time, both ends included) and a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pandas as pd

from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.spending.ledger import DEBITED


@dataclass(frozen=True)
class SpendingFilters:
    """`since`/`until`: first and last day shown (None = open); `person`: a username, "" for sends made
    outside the dashboard, None for everyone. Recharges are nobody's in `transaction/list`, so a person
    filter shows that person's debits only."""

    since: date | None = None
    until: date | None = None
    person: str | None = None


def _start(day: date) -> pd.Timestamp:
    return pd.Timestamp(datetime.combine(day, time.min, tzinfo=ABIDJAN))


def filter_ledger(ledger: pd.DataFrame, filters: SpendingFilters) -> pd.DataFrame:
    """The rows of `ledger` the filters keep (order unchanged)."""
    keep = pd.Series(True, index=ledger.index)
    if filters.since is not None:
        keep &= ledger["at"] >= _start(filters.since)
    if filters.until is not None:
        keep &= ledger["at"] < _start(filters.until + timedelta(days=1))
    if filters.person is not None:
        keep &= (ledger["kind"] == DEBITED) & (ledger["sent_by"] == filters.person)
    return ledger[keep]


def people(ledger: pd.DataFrame) -> list[str]:
    """The people who spent credit in `ledger` (usernames, sorted; "" last when sends came from outside)."""
    debits = ledger[ledger["kind"] == DEBITED]
    names = sorted({str(name) for name in debits["sent_by"] if name})
    return names + ([""] if (debits["sent_by"] == "").any() else [])
