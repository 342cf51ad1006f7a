"""Sending SMS: plan what a send costs, write it down, send it exactly once, and check lost answers.

    plan = build_plan(recipients, text, sender_id="BOUTIK", name="Promo Tabaski")    # plan.py
    check_affordable(plan, client.user.credit())                                      # Shortfall | None
    entry = submit(store, plan, created_by="awa", send_key=draft_key)                 # submit.py
    worker = SendWorker(store, client, entry.id, actor="awa").start()                 # jobs.py → execute.py
    reconcile(store, client, entry.id)       # after "unknown": never resend before this  (reconcile.py)
    resume_pending(store, lambda entry: client)                                       # at start-up

Modules: `plan` (SendPlan, build_plan), `checks` (blockers, Shortfall, fingerprint), `schedule`
(now / once / Weekly), `recurring_cost` (what a weekly send costs per run, week and month), `submit`
(outbox entry), `execute` (exactly-once execution), `tags` (idempotency tags in campaign names), `state`
(reading chunk progress from an entry), `reconcile`, `jobs` (background worker, resumption) and
`throttle` (token bucket).
"""

from __future__ import annotations

from monsms_core.sending.checks import Shortfall
from monsms_core.sending.execute import DEFAULT_RATE_PER_SECOND, ExecutionResult, execute
from monsms_core.sending.jobs import ResumeOutcome, SendWorker, resume_pending
from monsms_core.sending.plan import (
    Chunk,
    PlanIntegrityError,
    SendPlan,
    build_plan,
    build_test_plan,
    check_affordable,
)
from monsms_core.sending.reconcile import ReconcileResult, reconcile
from monsms_core.sending.recurring_cost import (
    RecurringCost,
    campaign_recurring_cost,
    describe_recurring_cost,
    plan_recurring_cost,
    recurring_cost_rows,
    schedule_recurring_cost,
)
from monsms_core.sending.schedule import WEEKDAYS, Schedule, Weekly
from monsms_core.sending.state import chunk_states, describe_error, sent_campaign_ids, slots
from monsms_core.sending.submit import PlanBlockedError, SendKeyConflictError, retry_failed, submit
from monsms_core.sending.throttle import TokenBucket

__all__ = [
    "DEFAULT_RATE_PER_SECOND",
    "WEEKDAYS",
    "Chunk",
    "ExecutionResult",
    "PlanBlockedError",
    "PlanIntegrityError",
    "ReconcileResult",
    "RecurringCost",
    "ResumeOutcome",
    "Schedule",
    "SendKeyConflictError",
    "SendPlan",
    "SendWorker",
    "Shortfall",
    "TokenBucket",
    "Weekly",
    "build_plan",
    "build_test_plan",
    "campaign_recurring_cost",
    "check_affordable",
    "chunk_states",
    "describe_error",
    "describe_recurring_cost",
    "execute",
    "plan_recurring_cost",
    "reconcile",
    "recurring_cost_rows",
    "resume_pending",
    "retry_failed",
    "schedule_recurring_cost",
    "sent_campaign_ids",
    "slots",
    "submit",
]
