"""What the confirmation dialog checks at the last moment, and whose draft a send key is.

Both are rules, not layout: the page shows their answers. The balance is read from the API at the moment
of confirming (never a cached one: another tab may just have spent it), the schedule against the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.i18n.problems import Problem, ProblemError
from monsms_core.sending import SendPlan, check_affordable
from monsms_core.store import OutboxEntry, ReviewRecord, Store


class ScheduleInPast(ProblemError):
    """The moment chosen for a scheduled send has passed while the dialog was open."""

    catalog = "sending.blocker"
    code = "schedule_in_past"


class PlanBlocked(ProblemError):
    """The plan itself forbids sending (its blockers were shown in the composer)."""

    catalog = "composer.confirm"
    code = "blocked"


@dataclass(frozen=True)
class Readiness:
    """The last check before confirming: `problem` (None when the send may go) and the balance read."""

    problem: Problem | None
    balance: int | None = None
    cost: int = 0  # credits the send will take

    @property
    def ready(self) -> bool:
        """Whether the user may confirm."""
        return self.problem is None

    @property
    def balance_after(self) -> int | None:
        """What the balance would be once the send is paid (None when it was not read)."""
        return None if self.balance is None else self.balance - self.cost


def check_before_confirming(plan: SendPlan, client: MonSmsClient, now: datetime | None = None) -> Readiness:
    """The schedule against the clock, the plan's own blockers, then the balance read now from the API."""
    moment = now or datetime.now(UTC)
    if isinstance(plan.schedule, datetime) and plan.schedule <= moment:
        return Readiness(ScheduleInPast())
    if plan.blockers:
        return Readiness(PlanBlocked())
    try:
        balance = client.user.credit()
    except MonSmsError as error:
        return Readiness(error)
    return Readiness(check_affordable(plan, balance), balance, plan.total_credits)


def draft_records(store: Store, send_key: str) -> tuple[OutboxEntry | None, ReviewRecord | None]:
    """What already happened to a draft: its outbox entry, else its review (None, None: nothing yet)."""
    entry = store.outbox.get_by_key(send_key)
    return entry, (store.reviews.get_by_key(send_key) if entry is None else None)


def foreign_draft(
    entry: OutboxEntry | None, record: ReviewRecord | None, actor: str, *, admin: bool = False
) -> bool:
    """Whether a draft's send or review (see `draft_records`; the key may come from a shared link) is
    someone else's: that user then gets a new draft, never another person's send and its actions
    (administrators may open anyone's)."""
    found = entry or record
    return found is not None and found.created_by != actor and not admin
