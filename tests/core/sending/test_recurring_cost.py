"""What a weekly send costs per run, per week and per month — from a plan and from the API's campaign."""

from __future__ import annotations

from datetime import time

import pytest

from monsms_core.client.models import CampaignDetails
from monsms_core.compose import Recipient
from monsms_core.sending import (
    RecurringCost,
    Weekly,
    build_plan,
    campaign_recurring_cost,
    describe_recurring_cost,
    plan_recurring_cost,
    recurring_cost_rows,
)

PHONES = [f"22507070000{i:02d}" for i in range(10)]


def _people(count: int) -> list[Recipient]:
    return [Recipient(PHONES[i], {}, "sheet") for i in range(count)]


def test_twice_weekly_send_to_one_person_costs_two_a_week_and_nine_a_month() -> None:
    # The example: "Crédits débités : 1" for a twice-weekly send.
    plan = build_plan(_people(1), "Rappel : réunion ce soir", schedule=Weekly(("tuesday", "friday"), time(8)))
    cost = plan_recurring_cost(plan)
    assert cost == RecurringCost(per_occurrence=1, occurrences_per_week=2)
    assert (cost.per_week, cost.per_month, cost.occurrences_per_month) == (2, 9, 9)  # 2 × 4.35 = 8.7 → 9


def test_parts_and_recipients_multiply_each_run() -> None:
    plan = build_plan(_people(3), "a" * 161, schedule=Weekly(("monday", "wednesday", "friday"), time(9)))
    cost = plan_recurring_cost(plan)
    assert cost is not None and cost.per_occurrence == 6  # 2 parts × 3 recipients
    assert (cost.per_week, cost.per_month) == (18, 79)  # 18 × 4.348… = 78.3 → 79, never under-announced


def test_sends_now_or_once_have_no_recurring_cost() -> None:
    assert plan_recurring_cost(build_plan(_people(2), "Bonjour")) is None


@pytest.mark.parametrize(
    ("balance", "runs", "weeks"), [(0, 0, 0), (5, 2, 1), (7, 3, 1), (12, 6, 3), (-3, 0, 0)]
)
def test_balance_pays_for_whole_runs_and_weeks(balance: int, runs: int, weeks: int) -> None:
    cost = RecurringCost(per_occurrence=2, occurrences_per_week=2)
    assert cost.occurrences_covered(balance) == runs
    assert cost.weeks_covered(balance) == weeks


def test_free_occurrence_covers_nothing_and_bad_figures_are_refused() -> None:
    assert RecurringCost(0, 3).occurrences_covered(100) is None
    with pytest.raises(ValueError):
        RecurringCost(1, 8)
    with pytest.raises(ValueError):
        RecurringCost(-1, 1)


def _campaign(**fields: object) -> CampaignDetails:
    base = {"id": "c1", "type": "RECURRING", "text": "Rappel", "contactCount": 40}
    return CampaignDetails.from_api({**base, **fields})


def test_campaign_detail_cost_from_credit_used_and_iso_recurrence() -> None:
    recurring = {
        "enabled": True,
        "monday": "2024-01-01T09:00:00.000Z",
        "thursday": "2024-01-01T09:00:00.000Z",
        "sunday": None,
    }
    chunks = [_campaign(creditUsed=40, recurring=recurring), _campaign(id="c2", creditUsed=80)]
    cost = campaign_recurring_cost(chunks)
    assert cost == RecurringCost(per_occurrence=120, occurrences_per_week=2)
    assert (cost.per_week, cost.per_month) == (240, 1044)  # 240 × 4.348… = 1043.6 → 1044


def test_campaign_without_credit_used_costs_recipients_times_parts() -> None:
    campaign = _campaign(recurring={"monday": "09:00"}, smsCount=2)
    assert campaign_recurring_cost([campaign]) == RecurringCost(80, 1)


def test_non_recurring_campaigns_have_no_recurring_cost() -> None:
    assert campaign_recurring_cost([_campaign(type="SMS", creditUsed=3)]) is None


def test_sentences_in_both_languages_with_plurals() -> None:
    cost = RecurringCost(per_occurrence=1, occurrences_per_week=2)
    assert describe_recurring_cost(cost, "fr", balance=25) == (
        "Envoi répété 2 fois par semaine, débité à chaque envoi : 1 crédit par envoi, 2 crédits par "
        "semaine, environ 9 crédits par mois. Votre crédit actuel paie 25 envois."
    )
    assert describe_recurring_cost(RecurringCost(1500, 1), "en") == (
        "Repeats 1× a week, charged at each run: 1,500 credits per run, 1,500 credits per week, "
        "about 6,523 credits per month."
    )
    assert recurring_cost_rows(cost, "fr") == [
        ("Crédits par envoi", "1 crédit"),
        ("Crédits par semaine", "2 crédits"),
        ("Crédits par mois (environ)", "9 crédits"),
    ]
