"""What a recurring (weekly) send really costs: per occurrence, per week and per month.

A RECURRING campaign is debited once per occurrence (the API takes its first run at creation), so the
figure that matters to the customer is not the first debit but what the schedule spends over time:

    cost = plan_recurring_cost(plan)            # None unless the plan repeats every week
    cost.per_occurrence, cost.per_week, cost.per_month
    cost.occurrences_covered(balance)           # how many runs the current credit pays for
    describe_recurring_cost(cost, "fr")         # one sentence for the composer, confirmation and detail

A month is the average calendar month (365.25 / 12 days, i.e. about 4.35 weeks), rounded up, and every
screen says "environ": a given month has 4 or 5 of each weekday.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from monsms_core.client.models import CampaignDetails, Recurrence
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number
from monsms_core.sending.plan import SendPlan
from monsms_core.sending.schedule import WEEKDAYS, Weekly

DAYS_PER_MONTH = 365.25 / 12
WEEKS_PER_MONTH = DAYS_PER_MONTH / 7


@dataclass(frozen=True)
class RecurringCost:
    """The credits of one occurrence and how many occurrences a week holds."""

    per_occurrence: int
    occurrences_per_week: int

    def __post_init__(self) -> None:
        if self.per_occurrence < 0 or not 0 <= self.occurrences_per_week <= len(WEEKDAYS):
            raise ValueError("credits are not negative and a week has at most 7 occurrences")

    @property
    def per_week(self) -> int:
        """Credits spent in any full week (exact)."""
        return self.per_occurrence * self.occurrences_per_week

    @property
    def occurrences_per_month(self) -> int:
        """Occurrences in an average month, rounded up."""
        return math.ceil(self.occurrences_per_week * WEEKS_PER_MONTH)

    @property
    def per_month(self) -> int:
        """Credits spent in an average month, rounded up (never under-announced)."""
        return math.ceil(self.per_week * WEEKS_PER_MONTH)

    def occurrences_covered(self, balance: int) -> int | None:
        """How many occurrences `balance` credits pay for; None when an occurrence costs nothing."""
        if self.per_occurrence <= 0:
            return None
        return max(balance, 0) // self.per_occurrence

    def weeks_covered(self, balance: int) -> int | None:
        """Full weeks `balance` credits pay for; None when nothing is spent."""
        if self.per_week <= 0:
            return None
        return max(balance, 0) // self.per_week


def weekly_days(schedule: Weekly | Recurrence | None) -> tuple[str, ...]:
    """The weekdays a schedule (the composer's `Weekly` or the API's `Recurrence`) runs on."""
    if isinstance(schedule, Weekly):
        return schedule.days
    if isinstance(schedule, Recurrence):
        return tuple(day for day in WEEKDAYS if getattr(schedule, day) is not None)
    return ()


def plan_recurring_cost(plan: SendPlan) -> RecurringCost | None:
    """The cost of a planned send that repeats every week; None for a send now or once."""
    return schedule_recurring_cost(plan.total_credits, plan.schedule)


def schedule_recurring_cost(occurrence_credits: int, schedule: object) -> RecurringCost | None:
    """The cost of a send of `occurrence_credits` per run under `schedule`; None unless it is weekly."""
    if not isinstance(schedule, Weekly):
        return None
    return RecurringCost(occurrence_credits, len(schedule.days))


def campaign_recurring_cost(campaigns: Sequence[CampaignDetails]) -> RecurringCost | None:
    """The cost of a RECURRING send as the API describes it (one campaign per distinct text; the first
    one carries the recurrence). An occurrence costs what the campaigns' first run was debited
    (`creditUsed`), or their recipients × SMS parts when the API leaves `creditUsed` out."""
    recurring = next((c for c in campaigns if c.type == "RECURRING" and c.recurring is not None), None)
    if recurring is None:
        return None
    return RecurringCost(_occurrence_credits(campaigns), len(weekly_days(recurring.recurring)))


def _occurrence_credits(campaigns: Iterable[CampaignDetails]) -> int:
    total = 0
    for campaign in campaigns:
        if campaign.credit_used is not None:
            total += campaign.credit_used
        else:
            recipients = campaign.contact_count or campaign.contacts_total or len(campaign.contacts)
            total += recipients * (campaign.sms_count or 1)
    return total


def credits_text(count: int, lang: str | None) -> str:
    """The count with its unit: "1 crédit", "12 crédits" (French keeps 0 and 1 singular)."""
    return translate("recurring_cost.credit", lang, count=count)


def describe_recurring_cost(cost: RecurringCost, lang: str | None, balance: int | None = None) -> str:
    """One sentence: per occurrence, per week and per month, and how many runs `balance` pays for."""
    text = translate(
        "recurring_cost.summary",
        lang,
        runs=format_number(cost.occurrences_per_week, lang),
        occurrence=credits_text(cost.per_occurrence, lang),
        week=credits_text(cost.per_week, lang),
        month=credits_text(cost.per_month, lang),
    )
    runs = cost.occurrences_covered(balance) if balance is not None else None
    if runs is not None:
        text += " " + translate("recurring_cost.covered", lang, runs=format_number(runs, lang))
    return text


def recurring_cost_rows(cost: RecurringCost, lang: str | None) -> list[tuple[str, str]]:
    """(label, value) rows for a summary list: credits per occurrence, per week, per month (about)."""
    return [
        (translate("recurring_cost.per_occurrence", lang), credits_text(cost.per_occurrence, lang)),
        (translate("recurring_cost.per_week", lang), credits_text(cost.per_week, lang)),
        (translate("recurring_cost.per_month", lang), credits_text(cost.per_month, lang)),
    ]
