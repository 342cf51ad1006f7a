"""Four-eyes review of sends: submit, approve, reject, return, resubmit, and what the review pages read."""

from __future__ import annotations

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
    "ApprovalResult",
    "ReviewError",
    "ReviewItem",
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
