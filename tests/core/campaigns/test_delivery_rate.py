"""The Campaigns page's delivery rate: delivered among finished messages, per send and over a selection."""

from __future__ import annotations

import math

import pandas as pd

from monsms_core.campaigns import delivery_rate, delivery_rates, totals


def _sends(sent: list[int | None], failed: list[int | None]) -> pd.DataFrame:
    count = len(sent)
    return pd.DataFrame(
        {
            "sent": pd.array(sent, dtype="Int64"),
            "failed": pd.array(failed, dtype="Int64"),
            "pending": pd.array([0] * count, dtype="Int64"),
            "recipients": pd.array([10] * count, dtype="Int64"),
            "credits": pd.array([10] * count, dtype="Int64"),
            "campaigns": [1] * count,
        }
    )


def test_each_send_rate_counts_only_finished_messages() -> None:
    rates = delivery_rates(_sends([9, 0, 0, None], [1, 4, 0, None]))
    assert rates.iloc[0] == 90.0
    assert rates.iloc[1] == 0.0
    assert math.isnan(rates.iloc[2])  # nothing finished yet: no rate rather than 0 %
    assert math.isnan(rates.iloc[3])  # counters unknown


def test_the_selection_rate_weighs_sends_by_their_messages() -> None:
    sends = _sends([9, 1], [1, 9])
    assert totals(sends)["rate"] == 0.5
    assert delivery_rate(0, 0) is None
