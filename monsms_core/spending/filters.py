"""The spending page's filters: a period (days, Abidjan time, both ends included) and a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pandas as pd

from monsms_core.i18n.formatting import ABIDJAN


@dataclass(frozen=True)
class SpendingFilters:
    """`since`/`until`: first and last day shown (None = open); `person`: a username (the sends they made
    and the credit they bought from the dashboard), "" for what was done outside the dashboard, None for
    everyone."""

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
        keep &= ledger["person"] == filters.person
    return ledger[keep]


def people(ledger: pd.DataFrame) -> list[str]:
    """The people who sent or bought in `ledger` (usernames, sorted; "" last when some of it was done
    outside the dashboard)."""
    names = sorted({str(name) for name in ledger["person"] if name})
    return names + ([""] if (ledger["person"] == "").any() else [])
