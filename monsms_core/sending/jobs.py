"""Sends that outlive a browser tab or a server restart.

    worker = SendWorker(store, client, entry.id, actor="awa").start()   # the page keeps `worker`
    worker.progress, worker.running, worker.result                     # polled on each rerun

    resume_pending(store, lambda entry: client)   # at start-up: finish what a crash interrupted

A send to thousands takes minutes (one campaign per distinct text, under the API's rate limit), so it
runs in a background thread, not in the Streamlit script. Its state is in the outbox, not in the thread:
a killed process leaves the entry "sending", and `resume_pending` later treats its in-flight chunk as
unknown, reconciles, then continues. Nothing here is shared between sessions but the store; the
store's compare-and-set guarantees that two workers, threads or processes never send the same entry.

An outbox entry means "authorised to send": review must create it on approval, not before, since
`resume_pending` sends entries it finds "pending".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from monsms_core.background import BackgroundJob
from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.sending.execute import ExecutionResult, execute
from monsms_core.sending.reconcile import DEFAULT_SETTLE, reconcile
from monsms_core.store import OutboxEntry, Store

logger = logging.getLogger("monsms_core.sending")

ClientFactory = Callable[[OutboxEntry], MonSmsClient]
Action = Literal["executed", "reconciled", "skipped", "error"]
DEFAULT_STALE_AFTER = timedelta(minutes=10)
DEFAULT_PENDING_GRACE = timedelta(seconds=30)
DEFAULT_PENDING_MAX_AGE = timedelta(hours=24)


@dataclass(frozen=True)
class ResumeOutcome:
    """What `resume_pending` did with one entry and where it stands now."""

    entry_id: int
    action: Action
    status: str
    detail: str | None = None  # an error code, or why the entry was skipped


def resume_pending(
    store: Store,
    client_factory: ClientFactory,
    *,
    actor: str = "system",
    stale_after: timedelta = DEFAULT_STALE_AFTER,
    pending_grace: timedelta = DEFAULT_PENDING_GRACE,
    pending_max_age: timedelta = DEFAULT_PENDING_MAX_AGE,
    settle: timedelta = DEFAULT_SETTLE,
    now: datetime | None = None,
    **execute_options: Any,
) -> list[ResumeOutcome]:
    """Continue the sends left unfinished, oldest first.

    - "sending" untouched for `stale_after` (a worker died mid-send; a live one writes after every
      chunk): moved to "unknown", reconciled at once, then continued;
    - "unknown": reconciled (see `reconcile`; `settle` applies), continued when that says "retry";
    - "pending" for at least `pending_grace` (so a page about to execute it is not raced) and created
      within `pending_max_age` (a day-old promotion should not leave unannounced): executed.
    `client_factory(entry)` gives the client of the entry's account (it is not closed here);
    `execute_options` go to `execute` (rate_per_second, throttle, stop…).
    """
    moment = now or datetime.now(UTC)
    outcomes: list[ResumeOutcome] = []
    for entry in reversed(store.outbox.list(status="sending", limit=1000)):
        if entry.updated_at > moment - stale_after:
            continue
        if store.outbox.transition(entry.id, ["sending"], "unknown", error="interrupted"):
            store.audit.record(actor, "send.interrupted", target=entry.id)
            # Its last write is `stale_after` old: whatever was in flight has long settled.
            outcomes.append(
                _reconcile_then_send(store, client_factory, entry, actor, timedelta(0), execute_options)
            )
    for entry in reversed(store.outbox.list(status="unknown", limit=1000)):
        if all(outcome.entry_id != entry.id for outcome in outcomes):
            outcomes.append(
                _reconcile_then_send(store, client_factory, entry, actor, settle, execute_options)
            )
    for entry in reversed(store.outbox.list(status="pending", limit=1000)):
        if any(outcome.entry_id == entry.id for outcome in outcomes):
            continue
        if entry.created_at < moment - pending_max_age:
            outcomes.append(ResumeOutcome(entry.id, "skipped", entry.status, "too_old"))
        elif entry.updated_at <= moment - pending_grace:
            outcomes.append(_send(store, client_factory, entry, actor, execute_options))
    return outcomes


def _reconcile_then_send(
    store: Store,
    client_factory: ClientFactory,
    entry: OutboxEntry,
    actor: str,
    settle: timedelta,
    options: dict[str, Any],
) -> ResumeOutcome:
    try:
        result = reconcile(store, client_factory(entry), entry.id, actor=actor, settle=settle)
    except MonSmsError as error:
        return ResumeOutcome(entry.id, "error", "unknown", error.code)
    if result.status != "pending":
        return ResumeOutcome(entry.id, "reconciled", result.status, result.outcome)
    return _send(store, client_factory, entry, actor, options)


def _send(
    store: Store, client_factory: ClientFactory, entry: OutboxEntry, actor: str, options: dict[str, Any]
) -> ResumeOutcome:
    result = execute(store, client_factory(entry), entry.id, actor=actor, **options)
    return ResumeOutcome(entry.id, "executed", result.status, result.error)


class SendWorker(BackgroundJob[ExecutionResult]):
    """Runs `execute` for one outbox entry in a background (daemon) thread.

    Keep the worker in the session to show `progress`; if the session is lost, the entry's slots in
    the outbox tell the same story. A second worker for the same entry does no harm: it loses the
    compare-and-set and ends with `result.claimed == False`. `stop()` pauses between two campaigns
    (the entry returns to "pending"); a process that dies mid-send is recovered by `resume_pending`.
    `error` is the exception that ended the thread, if one did (the entry then says what is known).
    """

    def __init__(
        self, store: Store, client: MonSmsClient, entry_id: int, *, actor: str | None = None, **options: Any
    ) -> None:
        super().__init__(
            thread_name=f"send-{entry_id}", logger=logger, description=f"send worker for entry {entry_id}"
        )
        self.entry_id = entry_id
        self._store, self._client, self._actor, self._options = store, client, actor, options
        self._progress: tuple[int, int] = (0, 0)

    def __repr__(self) -> str:
        return f"SendWorker(entry_id={self.entry_id}, running={self.running}, progress={self.progress})"

    @property
    def progress(self) -> tuple[int, int]:
        """(campaigns done, campaigns in total), as last reported."""
        with self._lock:
            return self._progress

    def _on_progress(self, done: int, total: int) -> None:
        with self._lock:
            self._progress = (done, total)

    def _work(self, stop: threading.Event) -> ExecutionResult:
        return execute(
            self._store,
            self._client,
            self.entry_id,
            actor=self._actor,
            progress=self._on_progress,
            stop=stop,
            **self._options,
        )

    def _finished(self, result: ExecutionResult) -> None:
        self._progress = (result.done, result.total)
