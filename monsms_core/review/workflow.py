"""Four-eyes review of sends: an Expéditeur's send waits, frozen, until a Relecteur (or an Administrateur)
approves it; only then is it written to the outbox and sent, exactly once.

    item = submit(store, plan, created_by="awa", send_key=draft_key)          # "submitted"
    approve(store, client, item.id, reviewer="kofi", role="reviewer")          # "approved" → sent once
    reject(store, item.id, reviewer="kofi", role="reviewer", reason="…")       # "rejected" (final)
    return_for_edits(store, item.id, reviewer="kofi", role="reviewer", comment="…")   # "returned"
    resubmit(store, item.id, new_plan, actor="awa")                            # "submitted" again

States: submitted → approved | rejected | returned; returned → submitted; approved → submitted when the
content changes after approval (the approval is void). Every move is one compare-and-set on the review
row with its audit entry in the same transaction (`store.reviews.transition`): of two reviewers clicking
"approve" together exactly one wins, and only the winner creates the outbox entry and calls `execute`
(whose own compare-and-set would stop a second sender anyway). The outbox entry is created on approval,
never before: an outbox entry means "authorised to send" (`sending.jobs.resume_pending` sends them).

Rules: nobody approves their own send, except an administrator giving a reason (recorded as
"review.override"); a scheduled send approved after its time needs a new time from the approver.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from monsms_core.client import MonSmsClient
from monsms_core.review import checks
from monsms_core.review.items import (
    ApprovalResult,
    ReviewError,
    ReviewItem,
    as_item,
    count_waiting,
    get,
    mine,
    pending,
    recent,
    review_required,
)
from monsms_core.sending.execute import execute
from monsms_core.sending.plan import PlanIntegrityError, SendPlan
from monsms_core.sending.submit import PlanBlockedError, SendKeyConflictError
from monsms_core.sending.submit import submit as submit_to_outbox
from monsms_core.store import Store

__all__ = [
    "ApprovalResult",
    "PlanBlockedError",
    "ReviewError",
    "ReviewItem",
    "SendKeyConflictError",
    "approve",
    "count_waiting",
    "dispatch",
    "get",
    "mine",
    "pending",
    "recent",
    "reject",
    "resubmit",
    "return_for_edits",
    "review_required",
    "submit",
]


def submit(store: Store, plan: SendPlan, *, created_by: str, send_key: str) -> ReviewItem:
    """Freeze `plan` for review (status "submitted", audited); idempotent on `send_key`.

    The same key with the same plan returns the existing review; with another plan it raises
    SendKeyConflictError (an edited draft needs a new key, or `resubmit`).
    """
    if plan.blockers:
        raise PlanBlockedError(plan.blockers)
    record, _created = store.reviews.create(
        send_key,
        created_by=created_by,
        payload=plan.to_payload(),
        fingerprint=plan.fingerprint,
        recipients=plan.recipient_count,
        credits=plan.total_credits,
        audit_details=checks.summary(plan),
    )
    if record.fingerprint != plan.fingerprint:
        raise SendKeyConflictError(f"send key {send_key!r} already holds another plan")
    return as_item(record)


def approve(
    store: Store,
    client: MonSmsClient,
    review_id: int,
    *,
    reviewer: str,
    role: str,
    override_reason: str | None = None,
    fingerprint: str | None = None,
    new_schedule: datetime | None = None,
    execute_now: bool = True,
    now: datetime | None = None,
    **execute_options: Any,
) -> ApprovalResult:
    """Approve the send and set it going: written to the outbox, then (if `execute_now`) executed here.

    `fingerprint` is the content the reviewer looked at: if the author changed it since, nothing is
    approved. Approving again what the same reviewer already approved (a double click) is not an error:
    it returns the same approval. An administrator approving their own send must give `override_reason`.
    A scheduled send whose time has passed needs `new_schedule` (a future, timezone-aware moment). With
    `execute_now` False the caller runs `sending.execute` (e.g. a `SendWorker`) on `result.entry.id`.
    """
    moment = now or datetime.now(UTC)
    if checks.approved_already(store, review_id, reviewer, role, fingerprint):
        # The same reviewer's second click on the same content (a double click, a second tab): the
        # approval stands and its send is set going once; nothing is decided twice.
        return dispatch(store, client, review_id, actor=reviewer, execute_now=execute_now, **execute_options)
    item = checks.for_decision(store, review_id, role, fingerprint)
    override = None
    if reviewer == item.created_by:
        if role != "admin":
            raise ReviewError("own_submission")
        override = (override_reason or "").strip()
        if not override:
            raise ReviewError("override_reason_required")
    plan = checks.readable_plan(item, moment)
    details: dict[str, Any] = {**checks.summary(plan), "revision": item.revision}
    changes: dict[str, Any] = {}
    passed = plan.schedule
    if isinstance(passed, datetime) and passed <= moment:
        if new_schedule is None:
            raise ReviewError("schedule_passed")
        rescheduled = checks.rescheduled(plan, new_schedule, moment)
        if rescheduled.blockers:
            raise ReviewError("new_schedule_in_past")
        moved_to = rescheduled.schedule
        assert isinstance(moved_to, datetime)  # check_schedule keeps a datetime a datetime
        details.update(rescheduled_from=passed.isoformat(), rescheduled_to=moved_to.isoformat())
        plan = rescheduled
        changes = {"payload": plan.to_payload(), "fingerprint": plan.fingerprint}
    elif new_schedule is not None:
        raise ValueError("new_schedule is only for a scheduled send whose time has passed")
    if plan.blockers:
        raise ReviewError("plan_blocked", blockers=plan.blockers)
    if override is not None:
        details["override_reason"] = override
    moved = store.reviews.transition(
        review_id,
        "submitted",
        "approved",
        actor=reviewer,
        action="review.override" if override is not None else "review.approved",
        details=details,
        expected_fingerprint=item.fingerprint,
        approved_fingerprint=plan.fingerprint,
        decided_by=reviewer,
        decided_at=moment,
        override_reason=override,
        note=None,
        **changes,
    )
    if moved is None:
        raise checks.lost_race(store, review_id)
    return dispatch(store, client, review_id, actor=reviewer, execute_now=execute_now, **execute_options)


def dispatch(
    store: Store,
    client: MonSmsClient,
    review_id: int,
    *,
    actor: str,
    execute_now: bool = True,
    **options: Any,
) -> ApprovalResult:
    """Write an approved send to the outbox and (if `execute_now`) execute it; safe to call again.

    The content must still be what was approved: otherwise the approval is void (back to "submitted",
    audited "review.voided") and ReviewError("approval_void") is raised. `approve` calls this; a page
    can call it again to finish an approval interrupted before its send started.
    """
    item = checks.load(store, review_id)
    if item.status != "approved" or not item.approved_fingerprint:
        raise ReviewError("not_approved")
    try:
        plan = item.plan()
        intact = plan.fingerprint == item.fingerprint == item.approved_fingerprint
    except (PlanIntegrityError, KeyError, TypeError, ValueError):
        intact = False
    if not intact:
        checks.void_approval(store, item, actor, "content_changed")
        raise ReviewError("approval_void")
    try:
        entry = submit_to_outbox(store, plan, created_by=item.created_by, send_key=checks.outbox_key(item))
    except PlanBlockedError as blocked:
        raise ReviewError("plan_blocked", blockers=plan.blockers) from blocked
    if item.outbox_id != entry.id:
        linked = store.reviews.transition(
            review_id,
            "approved",
            "approved",
            actor=actor,
            action=None,
            expected_fingerprint=item.fingerprint,
            outbox_id=entry.id,
        )
        if linked is None:  # the author changed the content meanwhile: this entry must never go out
            store.outbox.transition(entry.id, ["pending"], "failed", error="approval_void")
            raise ReviewError("approval_void")
        item = as_item(linked)
    execution = execute(store, client, entry.id, actor=actor, **options) if execute_now else None
    refreshed = store.outbox.get(entry.id) or entry
    return ApprovalResult(item, refreshed, execution)


def reject(
    store: Store, review_id: int, *, reviewer: str, role: str, reason: str, fingerprint: str | None = None
) -> ReviewItem:
    """Refuse the send for good, saying why (the author sees the reason)."""
    return _decide(store, review_id, reviewer, role, fingerprint, "rejected", reason, "reason_required")


def return_for_edits(
    store: Store, review_id: int, *, reviewer: str, role: str, comment: str, fingerprint: str | None = None
) -> ReviewItem:
    """Send it back to its author with a comment saying what to change."""
    return _decide(store, review_id, reviewer, role, fingerprint, "returned", comment, "comment_required")


def resubmit(store: Store, review_id: int, new_plan: SendPlan, *, actor: str) -> ReviewItem:
    """The author's new version of a returned, waiting or approved-but-not-yet-sent send.

    The review goes (back) to "submitted" with the new content; an approval it had is void (audited
    "review.voided") and its outbox entry is cancelled before anything was sent. Too late once the
    send has started (ReviewError "too_late"); a rejected send is final (compose a new one).
    """
    item = checks.load(store, review_id)
    if actor != item.created_by:
        raise ReviewError("not_author")
    if new_plan.blockers:
        raise PlanBlockedError(new_plan.blockers)
    if new_plan.fingerprint == item.fingerprint and item.status in ("submitted", "approved"):
        return item  # nothing changed: the approval (if any) stands
    values: dict[str, Any] = {
        "payload": new_plan.to_payload(),
        "fingerprint": new_plan.fingerprint,
        "recipients": new_plan.recipient_count,
        "credits": new_plan.total_credits,
        "submitted_at": datetime.now(UTC),
    }
    details = {**checks.summary(new_plan), "revision": item.revision + 1}
    if item.status in ("submitted", "returned"):
        moved = store.reviews.transition(
            review_id,
            item.status,
            "submitted",
            actor=actor,
            action="review.resubmitted",
            details=details,
            expected_fingerprint=item.fingerprint,
            bump_revision=True,
            **values,
        )
    elif item.status == "approved":
        # The approval concerned the old content: nobody has decided on this version yet. (After a
        # return, decided_by/note are kept: they say who asked for which change.)
        cleared = {
            "approved_fingerprint": None,
            "decided_by": None,
            "decided_at": None,
            "override_reason": None,
            "outbox_id": None,
        }
        moved = checks.void_approval(
            store, item, actor, "content_changed", values={**values, **cleared}, details=details
        )
    else:
        raise ReviewError("not_editable")
    if moved is None:
        raise ReviewError("changed")
    return as_item(moved)


def _decide(
    store: Store,
    review_id: int,
    reviewer: str,
    role: str,
    fingerprint: str | None,
    to_status: str,
    text: str,
    missing_code: str,
) -> ReviewItem:
    item = checks.for_decision(store, review_id, role, fingerprint)
    note = (text or "").strip()
    if not note:
        raise ReviewError(missing_code)
    moved = store.reviews.transition(
        review_id,
        "submitted",
        to_status,
        actor=reviewer,
        action=f"review.{to_status}",
        details={"note": note, "revision": item.revision, "author": item.created_by},
        expected_fingerprint=item.fingerprint,
        decided_by=reviewer,
        decided_at=datetime.now(UTC),
        note=note,
    )
    if moved is None:
        raise checks.lost_race(store, review_id)
    return as_item(moved)
