"""Four-eyes review of sends: submit, approve, reject, return, resubmit, what the review pages read, and
where a confirmed send goes (`routing`)."""

from __future__ import annotations

from monsms_core.review.policy import (
    REVIEW_SCOPE_KEY,
    SCOPES,
    ReviewNotice,
    ReviewPolicy,
    read_policy,
    reviewers,
    save_policy,
)
from monsms_core.review.routing import Confirmed, confirm_send, goes_to_review, resubmittable, review_notice
from monsms_core.review.workflow import (
    ApprovalResult,
    ReviewError,
    ReviewItem,
    approve,
    count_waiting,
    dispatch,
    get,
    mine,
    pending,
    recent,
    reject,
    resubmit,
    return_for_edits,
    review_required,
    submit,
)

__all__ = [
    "REVIEW_SCOPE_KEY",
    "SCOPES",
    "ApprovalResult",
    "Confirmed",
    "ReviewError",
    "ReviewItem",
    "ReviewNotice",
    "ReviewPolicy",
    "approve",
    "confirm_send",
    "count_waiting",
    "dispatch",
    "get",
    "goes_to_review",
    "mine",
    "pending",
    "read_policy",
    "recent",
    "reject",
    "resubmit",
    "resubmittable",
    "return_for_edits",
    "review_notice",
    "review_required",
    "reviewers",
    "save_policy",
    "submit",
]
