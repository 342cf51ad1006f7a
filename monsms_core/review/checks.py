"""The checks and helpers behind `monsms_core.review.workflow`'s transitions: who may decide, whether the
review still waits as it was looked at, why a compare-and-set was lost, taking an approval back, moving a
passed schedule, and the outbox key of an approved content."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from monsms_core.accounts import can
from monsms_core.review.items import ReviewError, ReviewItem, get
from monsms_core.sending import checks as plan_checks
from monsms_core.sending.plan import PlanIntegrityError, SendPlan
from monsms_core.sending.schedule import check_schedule
from monsms_core.store import ReviewRecord, Store

# Outbox statuses that mean the approved send is under way or done: too late to change its content.
UNDER_WAY = ("sending", "sent", "unknown")


def for_decision(store: Store, review_id: int, role: str, fingerprint: str | None) -> ReviewItem:
    """The review, once checked that `role` may decide and that it still waits, as it was looked at."""
    if not can(role, "review"):
        raise ReviewError("not_allowed")
    item = load(store, review_id)
    if item.status != "submitted":
        raise decided_error(item)
    if fingerprint is not None and fingerprint != item.fingerprint:
        raise ReviewError("changed")
    return item


def approved_already(store: Store, review_id: int, reviewer: str, role: str, fingerprint: str | None) -> bool:
    """Whether `reviewer` already approved this very content (`fingerprint`, None for "as it is")."""
    if not can(role, "review"):
        return False
    item = get(store, review_id)
    return (
        item is not None
        and item.status == "approved"
        and item.decided_by == reviewer
        and fingerprint in (None, item.fingerprint)
    )


def void_approval(
    store: Store,
    item: ReviewItem,
    actor: str,
    reason: str,
    *,
    values: dict[str, Any] | None = None,
    details: dict[str, Any] | None = None,
) -> ReviewRecord | None:
    """Take an approval back (status "submitted"), cancelling its outbox entry first; None if the row
    moved meanwhile. Raises ReviewError("too_late") once the send is under way."""
    key_entry = store.outbox.get_by_key(outbox_key(item)) if item.approved_fingerprint else None
    entry = key_entry or (store.outbox.get(item.outbox_id) if item.outbox_id else None)
    if entry is not None and not store.outbox.transition(
        entry.id, ["pending"], "failed", error="approval_void"
    ):
        current = store.outbox.get(entry.id)
        if current is not None and current.status in UNDER_WAY:
            raise ReviewError("too_late")
    changes = values or {
        "approved_fingerprint": None,
        "decided_by": None,
        "decided_at": None,
        "override_reason": None,
        "outbox_id": None,
    }
    # Only if no other outbox entry was linked meanwhile (a dispatch that may already be sending).
    links = {None, item.outbox_id, entry.id if entry is not None else None}
    return store.reviews.transition(
        item.id,
        "approved",
        "submitted",
        actor=actor,
        action="review.voided",
        details={**(details or {}), "reason": reason, "approved_by": item.decided_by},
        expected_fingerprint=item.fingerprint,
        outbox_among=links,
        bump_revision=values is not None,
        **changes,
    )


def load(store: Store, review_id: int) -> ReviewItem:
    """The review, or ReviewError("not_found")."""
    item = get(store, review_id)
    if item is None:
        raise ReviewError("not_found")
    return item


def decided_error(item: ReviewItem) -> ReviewError:
    """The error for a review that no longer waits: who decided what."""
    if item.status in ("approved", "rejected", "returned"):
        return ReviewError(f"already_{item.status}", by=item.decided_by or "?")
    return ReviewError("not_waiting")


def lost_race(store: Store, review_id: int) -> ReviewError:
    """Why a compare-and-set failed: someone decided first, or the content changed."""
    current = load(store, review_id)
    return decided_error(current) if current.status != "submitted" else ReviewError("changed")


def readable_plan(item: ReviewItem, now: datetime) -> SendPlan:
    """The frozen plan (blockers computed at `now`), or ReviewError("plan_invalid") when it was altered."""
    try:
        return item.plan(now)
    except (PlanIntegrityError, KeyError, TypeError, ValueError) as exc:
        raise ReviewError("plan_invalid") from exc


def rescheduled(plan: SendPlan, when: datetime, now: datetime) -> SendPlan:
    """`plan` moved to `when`, with its fingerprint and blockers recomputed as `build_plan` would."""
    schedule = check_schedule(when)
    content = [(chunk.text, chunk.phones) for chunk in plan.chunks]
    texts = [chunk.text for chunk in plan.chunks]
    return dataclasses.replace(
        plan,
        schedule=schedule,
        fingerprint=plan_checks.fingerprint(content, plan.sender_id, plan.send_type, schedule, plan.name),
        blockers=plan_checks.blockers(
            plan.template, texts, plan.send_type, schedule, plan.unknown_fields, now
        ),
    )


def outbox_key(item: ReviewRecord) -> str:
    """The send key of the outbox entry an approval creates."""
    # One outbox entry per approved content: a re-approved new version gets its own key (and tags).
    return f"review-{item.id}-{(item.approved_fingerprint or '')[:16]}"


def summary(plan: SendPlan) -> dict[str, Any]:
    """What the audit log records about a plan."""
    return {
        "name": plan.name,
        "recipients": plan.recipient_count,
        "credits": plan.total_credits,
        "campaigns": plan.distinct_texts,
        "fingerprint": plan.fingerprint[:12],
    }
