"""What the review pages read: a review row with its plan's facts at hand (`ReviewItem`), the errors
review actions raise (`ReviewError`), the result of an approval, and the queries (waiting sends, the
badge count, a user's submissions). The state machine itself is `monsms_core.review.workflow`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monsms_core.accounts import read_preferences
from monsms_core.campaigns import send_title
from monsms_core.i18n import translate
from monsms_core.i18n.problems import Problem, ProblemError
from monsms_core.sending.execute import ExecutionResult
from monsms_core.sending.plan import SendPlan
from monsms_core.store import OutboxEntry, ReviewRecord, Store


class ReviewError(ProblemError):
    """A review action that cannot be done; `code` names the reason, `user_message` says what to do."""

    catalog = "review.error"

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, **params)

    def message_params(self, lang: str | None) -> dict[str, object]:
        params = dict(self.params)
        blockers = params.pop("blockers", ())
        if blockers:  # plan problems are sentences of the sending catalog
            params["reasons"] = " ".join(translate(f"sending.blocker.{b}", lang, fields="") for b in blockers)
        return params


@dataclass(frozen=True)
class ReviewItem(ReviewRecord):
    """A review row, with the frozen plan's main facts at hand for the pages."""

    @property
    def name(self) -> str:
        """The send's name as the author typed it (may be empty)."""
        return str(self.payload.get("name") or "")

    @property
    def title(self) -> str:
        """What to call the send: its name, else the start of its message in quotes."""
        return send_title(self.name, self.template)

    @property
    def template(self) -> str:
        """The message as typed, before personalisation."""
        return str(self.payload.get("template") or "")

    @property
    def sender_id(self) -> str | None:
        """The sender name the SMS will show."""
        return self.payload.get("sender_id") or None

    @property
    def send_type(self) -> str:
        """SMS or FLASH."""
        return str(self.payload.get("send_type") or "SMS")

    @property
    def schedule(self) -> dict[str, Any]:
        """The schedule as frozen: {"kind": "now"} | {"kind": "once", "at"} | {"kind": "weekly", …}."""
        value = self.payload.get("schedule")
        return value if isinstance(value, dict) else {"kind": "now"}

    @property
    def campaigns(self) -> int:
        """Campaigns the API will receive (one per distinct text)."""
        chunks = self.payload.get("chunks")
        return len(chunks) if isinstance(chunks, list) else 0

    @property
    def waiting(self) -> bool:
        """True while a decision is expected."""
        return self.status == "submitted"

    def plan(self, now: datetime | None = None) -> SendPlan:
        """The frozen plan (raises PlanIntegrityError when the content no longer matches its fingerprint)."""
        return SendPlan.from_payload(self.payload, now=now)


@dataclass(frozen=True)
class ApprovalResult(Problem):
    """An approval and what it set going: the outbox entry and, when run here, the execution."""

    item: ReviewItem
    entry: OutboxEntry
    execution: ExecutionResult | None

    code = "approved"
    catalog = "review.done"

    @property
    def params(self) -> dict[str, object]:
        """Nothing: what the send did is the execution's own record."""
        return {}

    def user_message(self, lang: str | None = "fr") -> str:
        """The approval, followed by what the send did when it ran here."""
        done = super().user_message(lang)
        return f"{done} {self.execution.user_message(lang)}" if self.execution is not None else done


def as_item(record: ReviewRecord) -> ReviewItem:
    """The row as a ReviewItem."""
    return ReviewItem(**{f.name: getattr(record, f.name) for f in dataclasses.fields(ReviewRecord)})


def review_required(store: Store) -> bool:
    """Whether an administrator asked that Expéditeurs' sends be approved first (Settings page)."""
    return read_preferences(store).review_required


def get(store: Store, review_id: int) -> ReviewItem | None:
    """The review with this id, or None."""
    record = store.reviews.get(review_id)
    return as_item(record) if record else None


def pending(store: Store, *, limit: int = 500) -> list[ReviewItem]:
    """Sends waiting for a decision, oldest first (the order to review them in)."""
    return [as_item(r) for r in store.reviews.list(status="submitted", oldest_first=True, limit=limit)]


def count_waiting(store: Store) -> int:
    """How many sends wait for a decision (the sidebar badge)."""
    return store.reviews.count("submitted")


def mine(store: Store, username: str, *, limit: int = 200) -> list[ReviewItem]:
    """`username`'s submissions, last changed first."""
    return [as_item(r) for r in store.reviews.list(created_by=username, limit=limit)]


def recent(store: Store, *, limit: int = 200) -> list[ReviewItem]:
    """Every review, last changed first (decided ones included)."""
    return [as_item(r) for r in store.reviews.list(limit=limit)]
