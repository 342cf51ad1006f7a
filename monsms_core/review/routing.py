"""Where a confirmed send goes: straight to the outbox, to the review queue, or back to the review it
corrects — the composer's rules, here so that they are one answer tested without a page.

- A send goes to review when the review policy covers its author's role (`policy`: review on, and
  Expéditeurs only or everyone, administrators included); other sends go out.
- A draft whose key names a review returned to its author (taken over by "edit and resubmit") is that
  review's new version, whatever the settings say now: it goes back to review (`resubmit`).
- A review's key never becomes a direct send: another user's review, or one no longer returned, raises
  SendKeyConflictError (the draft then needs a new key), so the outbox never holds a review's key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from monsms_core.review.policy import ReviewNotice, read_policy, reviewers
from monsms_core.review.workflow import resubmit, submit
from monsms_core.sending.plan import SendPlan
from monsms_core.sending.submit import SendKeyConflictError
from monsms_core.sending.submit import submit as submit_to_outbox
from monsms_core.store import OutboxEntry, ReviewRecord, Store

Route = Literal["outbox", "review", "resubmitted"]


def resubmittable(store: Store, send_key: str, actor: str) -> ReviewRecord | None:
    """The review this draft corrects: `send_key` names a review returned to `actor`, its author. None
    when the key names no review, or one that is not (or no longer) this author's to correct."""
    record = store.reviews.get_by_key(send_key)
    if record is None or record.status != "returned" or record.created_by != actor:
        return None
    return record


def goes_to_review(store: Store, *, send_key: str, actor: str, role: str) -> bool:
    """Whether confirming this draft submits it for review rather than sending it."""
    if read_policy(store).covers(role):
        return True
    return resubmittable(store, send_key, actor) is not None


def review_notice(store: Store, *, send_key: str, actor: str, role: str) -> ReviewNotice:
    """What the composer says before sending: will this send wait for review, and who may approve it."""
    if not goes_to_review(store, send_key=send_key, actor=actor, role=role):
        return ReviewNotice(reviewed=False)
    return ReviewNotice(reviewed=True, reviewers=tuple(reviewers(store, author=actor)))


@dataclass(frozen=True)
class Confirmed:
    """What a confirmation did: `route`, and the outbox entry when the send went straight out (its
    worker is for the caller to start when `entry.status` is "pending")."""

    route: Route
    entry: OutboxEntry | None = None


def confirm_send(
    store: Store, plan: SendPlan, *, send_key: str, actor: str, role: str, for_review: bool
) -> Confirmed:
    """Write a confirmed send down under the draft's `send_key`: resubmitted, submitted for review, or
    put in the outbox. `for_review` is what the screen promised: a send shown as "submit for review" is
    never sent directly, even if the setting changed meanwhile; and one that must now be reviewed is.

    Raises SendKeyConflictError (the key holds another version, or names a review that this draft may not
    send), PlanBlockedError, or ReviewError.
    """
    returned = resubmittable(store, send_key, actor)
    if returned is not None:
        resubmit(store, returned.id, plan, actor=actor)
        return Confirmed("resubmitted")
    if for_review or goes_to_review(store, send_key=send_key, actor=actor, role=role):
        # Idempotent on the key: the same plan is the same review (a double click), another raises.
        submit(store, plan, created_by=actor, send_key=send_key)
        return Confirmed("review")
    if store.reviews.get_by_key(send_key) is not None:
        raise SendKeyConflictError("the draft key names a review")
    return Confirmed("outbox", submit_to_outbox(store, plan, created_by=actor, send_key=send_key))
