"""Sending exactly once, through the outbox.

    entry = submit(store, plan, created_by="awa", send_key=draft_key)    # written BEFORE any API call
    result = execute(store, client, entry.id, progress=on_progress)      # safe to call twice, anywhere

`submit` freezes the plan in an outbox entry keyed by the caller's send key (one per composed draft,
kept across reruns): a double click, a rerun or a second tab get the same entry back. `execute` claims
the entry with the store's compare-and-set ("pending" → "sending"); whoever loses does not send. Each
chunk becomes one campaign whose name carries its idempotency tag (`tags`), and its id is written to
the entry at once (slots, see `state`; beyond MAX_SLOT_WRITES chunks, in small batches). A lost
answer (OutcomeUnknownError) stops everything in "unknown": never retried blindly, `reconcile` looks
the tag up first. A refusal (validation, credit, authentication…) ends in "failed" with the error
code; the chunks not yet sent can be retried later with `retry_failed` (a refused request was not
processed).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError, OutcomeUnknownError, RateLimitedError
from monsms_core.i18n.problems import Problem
from monsms_core.sending.plan import PlanIntegrityError, SendPlan
from monsms_core.sending.schedule import Weekly
from monsms_core.sending.state import describe_error, normalize_slots
from monsms_core.sending.submit import PlanBlockedError, SendKeyConflictError, retry_failed, submit
from monsms_core.sending.tags import campaign_name, chunk_tag
from monsms_core.sending.throttle import DEFAULT_RATE_PER_SECOND, TokenBucket
from monsms_core.store import OutboxEntry, Store

__all__ = [
    "DEFAULT_RATE_PER_SECOND",
    "ExecutionResult",
    "PlanBlockedError",
    "SendKeyConflictError",
    "execute",
    "retry_failed",
    "submit",
]

logger = logging.getLogger("monsms_core.sending")

# Each write stores every slot (the store keeps them in one JSON column), so a send of thousands of
# campaigns records its ids in at most this many writes, and at least every MAX_RECORD_DELAY seconds.
# Ids created but not yet written are found again by their tags (`reconcile`) if the process dies.
MAX_SLOT_WRITES = 250
MAX_RECORD_DELAY = 2.0
Progress = Callable[[int, int], None]
_AUDIT_ACTIONS = {"sent": "send.executed", "failed": "send.failed", "unknown": "send.unknown"}


@dataclass(frozen=True)
class ExecutionResult(Problem):
    """Where an entry stands after `execute`: status, one campaign id slot per chunk, what happened."""

    entry_id: int
    status: str
    campaign_ids: tuple[str | None, ...]
    created: int  # campaigns created by this call
    error: str | None
    claimed: bool  # False: another worker holds (or finished) this entry and nothing was sent here

    @property
    def done(self) -> int:
        """Chunks whose campaign exists."""
        return sum(1 for campaign_id in self.campaign_ids if campaign_id is not None)

    @property
    def total(self) -> int:
        """Chunks of the send."""
        return len(self.campaign_ids)

    catalog = "sending.result"

    @property
    def code(self) -> str:
        """Where the send stands: its outbox status."""
        return self.status

    @property
    def params(self) -> dict[str, object]:
        """Campaigns created out of the total, and the error code that stopped the send (or None)."""
        return {"done": self.done, "total": self.total, "error": self.error}

    def message_params(self, lang: str | None) -> dict[str, object]:
        return {"done": self.done, "total": self.total, "reason": describe_error(self.error, lang)}


def execute(
    store: Store,
    client: MonSmsClient,
    entry_id: int,
    *,
    actor: str | None = None,
    progress: Progress | None = None,
    rate_per_second: float = DEFAULT_RATE_PER_SECOND,
    throttle: TokenBucket | None = None,
    check_credit: bool = True,
    stop: threading.Event | None = None,
    rate_limit_wait: float = 1.0,
    max_rate_limit_waits: int = 8,
) -> ExecutionResult:
    """Send the entry's chunks not sent yet, at most once each; safe to call concurrently and repeatedly.

    Only the caller that moves the entry "pending" → "sending" sends; others get the current state with
    `claimed=False`. `progress(done, total)` is called after each chunk (from this thread). Creations are
    spaced by `throttle` (default: a bucket of `rate_per_second`); a rate-limit refusal waits (the API's
    hint, else `rate_limit_wait` doubling) and tries the same chunk again. Setting `stop` pauses between
    chunks: the entry goes back to "pending" and a later call continues it. `actor` (default: the
    entry's author) is who the audit log names.
    """
    entry = _get(store, entry_id)
    if not store.outbox.transition(entry_id, ["pending"], "sending"):
        return _result(_get(store, entry_id), created=0, claimed=False)
    run = _Run(store, client, entry, actor or entry.created_by, progress, stop)
    bucket = throttle or TokenBucket(rate_per_second)
    return run.go(bucket, check_credit, rate_limit_wait, max_rate_limit_waits)


class _Run:
    """One claimed execution: holds the slots and writes them under the "sending" status."""

    def __init__(
        self,
        store: Store,
        client: MonSmsClient,
        entry: OutboxEntry,
        actor: str,
        progress: Progress | None,
        stop: threading.Event | None,
    ) -> None:
        self.store, self.client, self.entry, self.actor = store, client, entry, actor
        self.progress, self.stop = progress, stop or threading.Event()
        # Until the plan is read, keep whatever is stored: a failure must never erase recorded ids.
        self.slots: list[Any] = list(entry.campaign_ids or [])
        self.created = 0
        self.in_flight = False
        self.record_every = 1
        self.unrecorded = 0
        self.last_write = time.monotonic()

    def go(
        self, bucket: TokenBucket, check_credit: bool, rate_limit_wait: float, max_waits: int
    ) -> ExecutionResult:
        try:
            return self.run(bucket, check_credit, rate_limit_wait, max_waits)
        except BaseException:
            # Killed while a request was out: its outcome is unknown. Between requests: hand it back.
            self.finish("unknown" if self.in_flight else "pending", "interrupted")
            raise

    def run(
        self, bucket: TokenBucket, check_credit: bool, rate_limit_wait: float, max_waits: int
    ) -> ExecutionResult:
        try:
            plan = SendPlan.from_payload(self.entry.payload)
        except (PlanIntegrityError, KeyError, TypeError, ValueError):
            logger.exception("outbox entry %s holds an unreadable plan", self.entry.id)
            return self.finish("failed", "plan_invalid")
        self.slots = normalize_slots(self.entry.campaign_ids, len(plan.chunks))
        self.record_every = max(1, -(-len(plan.chunks) // MAX_SLOT_WRITES))
        if plan.blockers:  # e.g. a scheduled date that went by while the send waited for review
            return self.finish("failed", plan.blockers[0])
        todo = [index for index, campaign_id in enumerate(self.slots) if campaign_id is None]
        if check_credit and todo and (refusal := self.credit_refusal(plan, todo)) is not None:
            return refusal
        self.report()
        for index in todo:
            outcome = self.send_chunk(plan, index, bucket, rate_limit_wait, max_waits)
            if outcome is not None:
                return outcome
            self.report()
        return self.finish("sent", "")

    def credit_refusal(self, plan: SendPlan, todo: list[int]) -> ExecutionResult | None:
        """A failed result when the account cannot pay for the remaining chunks (nothing sent then)."""
        needed = sum(plan.chunks[index].credits for index in todo)
        try:
            available = self.client.user.credit()
        except MonSmsError as error:
            return self.finish("failed", error.code)
        if needed > available:
            return self.finish("failed", "insufficient_credit", needed=needed, available=available)
        return None

    def send_chunk(
        self, plan: SendPlan, index: int, bucket: TokenBucket, rate_limit_wait: float, max_waits: int
    ) -> ExecutionResult | None:
        """Create chunk `index`'s campaign and record its id; a result when the run must end here."""
        chunk = plan.chunks[index]
        name = campaign_name(plan.name, chunk_tag(self.entry.send_key, index), index, len(plan.chunks))
        scheduled = plan.schedule if isinstance(plan.schedule, datetime) else None
        recurring = plan.schedule.to_recurrence() if isinstance(plan.schedule, Weekly) else None
        waits = 0
        while True:
            if not bucket.acquire(self.stop):
                return self.finish("pending", None)
            try:
                self.in_flight = True
                campaign = self.client.campaigns.create(
                    chunk.text,
                    contacts=chunk.phones,
                    type=plan.api_type,  # type: ignore[arg-type]  # a plain str checked by build_plan
                    sender_id=plan.sender_id,
                    name=name,
                    scheduled_date=scheduled,
                    recurring=recurring,
                )
                self.in_flight = False
            except RateLimitedError as error:  # refused, not processed: same chunk again after a pause
                self.in_flight = False
                waits += 1
                if waits > max_waits:
                    return self.finish("failed", error.code)
                delay = min(60.0, error.retry_after or rate_limit_wait * 2 ** (waits - 1))
                if self.stop.wait(delay):
                    return self.finish("pending", None)
                if not self.write("sending"):  # heartbeat, and check nobody took the entry over
                    return self.lost()
                continue
            except OutcomeUnknownError as error:
                self.in_flight = False
                return self.finish("unknown", error.code)
            except MonSmsError as error:  # a definite refusal: nothing was created
                self.in_flight = False
                return self.finish("failed", error.code)
            except Exception:
                logger.exception("unexpected failure creating campaign %d of entry %s", index, self.entry.id)
                self.in_flight = False
                return self.finish("unknown", "internal_error")
            break
        if campaign.id is None:  # created, but we cannot say which: reconcile will find it by its tag
            return self.finish("unknown", "missing_campaign_id")
        self.slots[index] = campaign.id
        self.created += 1
        self.unrecorded += 1
        if self.unrecorded < self.record_every and time.monotonic() - self.last_write < MAX_RECORD_DELAY:
            return None
        return None if self.write("sending") else self.lost()

    def write(self, status: str, error: str | None = None) -> bool:
        """Store the slots (and status) if this run still holds the entry."""
        held = self.store.outbox.transition(
            self.entry.id, ["sending"], status, campaign_ids=self.slots, error=error
        )
        if held:
            self.unrecorded, self.last_write = 0, time.monotonic()
        return held

    def finish(self, status: str, error: str | None, **extra: Any) -> ExecutionResult:
        """Leave "sending" for `status`, audit it, and describe the outcome."""
        if not self.write(status, error):
            return self.lost()
        action = _AUDIT_ACTIONS.get(status, "send.paused")
        details = {
            "campaign_ids": [c for c in self.slots if c is not None],
            "chunks": len(self.slots),
            "created_now": self.created,
            "recipients": self.entry.recipients,
            "credits": self.entry.credits,
            "error": error or None,
            **extra,
        }
        self.store.audit.record(self.actor, action, target=self.entry.id, details=details)
        return _result(_get(self.store, self.entry.id), created=self.created, claimed=True)

    def lost(self) -> ExecutionResult:
        """Someone moved the entry out of "sending" under us (a stale-send recovery): stop at once."""
        logger.warning("outbox entry %s was taken over while sending; stopping", self.entry.id)
        return _result(_get(self.store, self.entry.id), created=self.created, claimed=True)

    def report(self) -> None:
        if self.progress is None:
            return
        try:
            self.progress(sum(1 for c in self.slots if c is not None), len(self.slots))
        except Exception:  # a broken progress display must not abort a send
            logger.exception("progress callback failed")


def _get(store: Store, entry_id: int) -> OutboxEntry:
    entry = store.outbox.get(entry_id)
    if entry is None:
        raise LookupError(f"no outbox entry {entry_id}")
    return entry


def _result(entry: OutboxEntry, *, created: int, claimed: bool) -> ExecutionResult:
    chunks = entry.payload.get("chunks") if isinstance(entry.payload, dict) else None
    slots = normalize_slots(entry.campaign_ids, len(chunks) if isinstance(chunks, list) else 0)
    return ExecutionResult(entry.id, entry.status, tuple(slots), created, entry.error or None, claimed)
