"""The upload job: a checked sheet's contacts created on Mon SMS PRO in batches, exactly once, resumable.

    job_id = create_upload_job(store, result, created_by="awa", filename="parents.xlsx",
                               group=GroupTarget("Parents 6e"), existing_ids=index.id_by_phone())
    result = run_upload(store, client, job_id, actor="awa", account=connection.account_id,
                        progress=callback, stop=event)

Design. The job lives in the store (`store.import_jobs`): one item per entry, each "pending", then
"created" (with the contact id), "skipped" (set at creation: rejected, duplicate, already in the account)
or "failed" (the API refused it for good, with the reason). Whatever fails — network, API, browser tab,
server process — `run_upload` called again continues with the items still pending.

1. Before a batch of pending items is sent, the items are marked in flight (reason "sending:<time>",
   status still pending) in the store. A batch found in flight when a run starts (the process died
   mid-request) or whose create raised OutcomeUnknownError is RECONCILED before anything is retried:
   the account's newest contacts are read (`contacts.lookup.find_recent_by_phone`) and matched by phone;
   items whose phone is found are marked created with that contact's id, the others go back to pending.
   This matters because the API (like the sandbox) accepts an existing phone as a new contact: a blind
   retry of a batch it did store would create every contact twice. Reconciliation waits `settle_seconds`
   after the request was sent, so a request still being processed is not missed.
2. A create that failed without reaching the API (rate limited, connection refused — the client has
   already retried it) puts the items back to pending; the run retries after an exponential backoff with
   jitter, and gives up after `max_attempts` failures in a row (the job stays resumable).
3. A definite refusal (validation) marks the offending items failed with the reason: the API names the
   row in its field errors ("contacts.3.phone", parsed from zod's JSON text when `error` is a string);
   only when it does not say which contact it refused is the batch halved until the culprit is alone.
   Authentication and permission refusals stop the run at once (nothing is marked failed: fix the key,
   then resume).
4. Then the group: the group the job settled on earlier (journal), else the chosen existing group, else
   the newest group with the asked name, else a new group — created with the members at once; a lost
   answer is reconciled by name. Membership is completed idempotently (current ∪ created, see
   `contacts.groups.add_members`): resuming adds the missing members only. Contacts that were already in
   the account join the group too.
5. The sheet's other columns (custom fields, in each item's payload) are kept in the store for the
   account (`contacts.custom_fields`) as soon as a batch's contacts are known to be in the account, and
   once more for every created or already-present contact when the contacts are done (a process that
   died between the two writes loses nothing).
6. "import.finished" goes to the audit log with the counts; the summary lists created, skipped and failed
   items with their reasons (`contacts.import_jobs.reason_counts`).

Two runners on the same job would race; `contacts.upload_worker.UploadRegistry` keeps one per job in a
process.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import (
    AuthenticationError,
    ForbiddenError,
    InsufficientCreditError,
    InvalidResponseError,
    MonSmsError,
    NotFoundError,
    OutcomeUnknownError,
    ValidationError,
)
from monsms_core.client.models import Contact
from monsms_core.contacts.custom_fields import record_imported
from monsms_core.contacts.groups import Member, add_members, create_group, find_group
from monsms_core.contacts.import_jobs import FINISHED, GROUP, journal_target, read_journal
from monsms_core.contacts.lookup import find_recent_by_phone, phone_key
from monsms_core.importer import ALREADY_IN_ACCOUNT
from monsms_core.store import ImportItem, Store

IN_FLIGHT = "sending:"
MAX_BATCH = 1000  # also how far into the pending items a run looks for an in-flight batch
DEFAULT_BATCH = 500
_API_KEYS = ("phone", "name", "firstName", "lastName", "sex")
_CONTACT_INDEX = re.compile(r"^contacts\.(\d+)(?:\.(\w+))?")
_FATAL = (AuthenticationError, ForbiddenError, InsufficientCreditError)

Progress = Callable[[dict[str, int], str], None]  # (counts by status, phase "contacts" | "group")


@dataclass(frozen=True)
class UploadResult:
    """Where a job stands after a run."""

    job_id: int
    counts: dict[str, int]  # pending / created / skipped / failed / total
    finished: bool  # nothing pending and the group (if any) complete
    group_id: str | None = None
    group_name: str | None = None
    group_added: int = 0
    stopped: bool = False  # `stop` was set
    error: MonSmsError | None = field(default=None, compare=False)  # why the run gave up


@dataclass
class _Run:
    store: Store
    client: MonSmsClient
    job_id: int
    actor: str
    account: str  # `Connection.account_id` of the client's account: custom fields are kept under it
    batch_size: int
    settle: float
    sleep: Callable[[float], object]
    size: int = 0  # current batch size (halved while isolating a refused contact)
    fence: frozenset[str] = frozenset()  # ids created by the last answered batch: older than what follows


def contact_body(item: ImportItem) -> dict[str, Any]:
    """The API contact object of an item."""
    return {key: item.payload[key] for key in _API_KEYS if item.payload.get(key)}


def run_upload(
    store: Store,
    client: MonSmsClient,
    job_id: int,
    *,
    actor: str,
    account: str,
    batch_size: int = DEFAULT_BATCH,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
    max_attempts: int = 8,
    backoff_base: float = 0.5,
    backoff_max: float = 30.0,
    settle_seconds: float = 3.0,
    sleep: Callable[[float], object] = time.sleep,
) -> UploadResult:
    """Create the job's pending contacts, then complete its group; see the module docstring. `account`
    is the client's `Connection.account_id` (the custom fields are kept under it)."""
    if not 1 <= batch_size <= MAX_BATCH:
        raise ValueError(f"batch_size must be between 1 and {MAX_BATCH}")
    job = store.import_jobs.get(job_id)
    if job is None:
        raise ValueError(f"no import job {job_id}")
    run = _Run(store, client, job_id, actor, account, batch_size, settle_seconds, sleep, size=batch_size)
    failures = 0

    def attempt(step: Callable[[], MonSmsError | None]) -> MonSmsError | None:
        """Run one step. A raised error, or a returned one (an unknown outcome that left items pending),
        counts as a failure: pause with backoff, and give up (returning it) after `max_attempts` in a row."""
        nonlocal failures
        try:
            trouble = step()
        except _FATAL as error:
            return error
        except MonSmsError as error:
            trouble = error
        if trouble is None:
            failures = 0
            return None
        failures += 1
        if failures >= max_attempts:
            return trouble
        ceiling = min(backoff_max, backoff_base * 2 ** (failures - 1))
        sleep(random.uniform(ceiling / 2, ceiling))
        return None

    while True:
        if stop is not None and stop.is_set():
            return _result(run, stopped=True)
        head = store.import_jobs.pending_items(job_id, limit=MAX_BATCH)
        if not head:
            break
        in_flight = [item for item in head if (item.reason or "").startswith(IN_FLIGHT)]
        if in_flight:  # left by a run that died mid-request: settle it before sending anything
            error = attempt(partial(_settle_in_flight, run, in_flight))
        else:
            batch = head[: run.size]
            error = attempt(partial(_send, run, batch))
        if progress is not None:
            progress(store.import_jobs.progress(job_id), "contacts")
        if error is not None:
            return _result(run, error=error)

    _keep_custom_fields(run)
    journal = read_journal(store, job_id)
    if journal.finished or not job.group_name:
        return _finish(run, journal.group_id, job.group_name, 0)
    if progress is not None:
        progress(store.import_jobs.progress(job_id), "group")
    outcome: list[tuple[str | None, int]] = []

    def group_step() -> None:
        outcome.append(_complete_group(run, job.group_name or ""))

    while not outcome:
        if stop is not None and stop.is_set():
            return _result(run, stopped=True)
        error = attempt(group_step)
        if error is not None:
            return _result(run, error=error)
    group_id, added = outcome[0]
    return _finish(run, group_id, job.group_name, added)


def _send(run: _Run, batch: list[ImportItem]) -> MonSmsError | None:
    """Send one batch. Returns the OutcomeUnknownError when reconciling it left items pending (the API
    probably did not store them: a failure to pause on), None otherwise."""
    rows = [item.row_number for item in batch]
    sent_at = datetime.now(UTC)
    run.store.import_jobs.mark_items(run.job_id, rows, "pending", reason=IN_FLIGHT + sent_at.isoformat())
    try:
        created = run.client.contacts.create([contact_body(item) for item in batch])
    except OutcomeUnknownError as error:
        return error if _reconcile(run, batch, sent_at) else None
    except ValidationError as error:
        _refused(run, batch, error)
        return None
    except NotFoundError as error:
        _mark_failed(run, batch, error)
        return None
    except MonSmsError:
        # Anything else a write raises was not processed (the client turns "maybe" into OutcomeUnknown).
        run.store.import_jobs.mark_items(run.job_id, rows, "pending", reason=None)
        raise
    ids: dict[str, list[str]] = {}
    for contact in created:
        if contact.id:
            ids.setdefault(phone_key(contact.phone), []).append(contact.id)
    matched: dict[int, str | None] = {}
    for item in batch:
        found = ids.get(phone_key(item.payload.get("phone")))
        if found:
            matched[item.row_number] = found.pop(0)
    _mark_created(run, matched, batch)
    rest = [item for item in batch if item.row_number not in matched]
    if rest:  # the API said yes without listing them (count-only answer): find their ids
        if _reconcile(run, rest, sent_at):
            # Accepted yet nowhere to be found: count it as a failure, so this cannot loop forever.
            return InvalidResponseError("contacts accepted but not found in the account")
    elif matched:  # the fence only moves on a fully answered batch (the scan above needs the old one)
        run.fence = frozenset(contact_id for contact_id in matched.values() if contact_id)
    run.size = min(run.batch_size, run.size * 2)
    return None


def _reconcile(run: _Run, items: list[ImportItem], sent_at: datetime | None = None) -> int:
    """Mark the items found in the account created, the others pending again (not in flight); returns
    how many went back to pending."""
    if sent_at is None:
        moments = [moment for item in items if (moment := _in_flight_since(item)) is not None]
        sent_at = min(moments, default=None) or datetime.now(UTC) - timedelta(hours=24)
    wait = run.settle - (datetime.now(UTC) - sent_at).total_seconds()
    if wait > 0:
        run.sleep(wait)
    phones = [item.payload.get("phone", "") for item in items]
    found = find_recent_by_phone(run.client, phones, since=sent_at, fence_ids=run.fence)
    created = {
        item.row_number: contact.id
        for item in items
        if (contact := found.get(phone_key(item.payload.get("phone")))) is not None
    }
    _mark_created(run, created, items)
    missing = [item.row_number for item in items if item.row_number not in created]
    if missing:
        run.store.import_jobs.mark_items(run.job_id, missing, "pending", reason=None)
    elif created:
        run.fence = frozenset(contact_id for contact_id in created.values() if contact_id)
    return len(missing)


def _mark_created(run: _Run, contact_ids: dict[int, str | None], items: list[ImportItem]) -> None:
    if contact_ids:
        run.store.import_jobs.mark_items(run.job_id, list(contact_ids), "created", contact_ids=contact_ids)
        created = [item for item in items if item.row_number in contact_ids]
        record_imported(run.store, run.account, created, actor=run.actor)


def _keep_custom_fields(run: _Run) -> None:
    """Keep the custom fields of every contact of the job that is in the account (idempotent: values
    already kept are not rewritten)."""
    items = run.store.import_jobs.items(run.job_id, statuses=["created", "skipped"])
    present = [item for item in items if item.status == "created" or item.reason == ALREADY_IN_ACCOUNT]
    record_imported(run.store, run.account, present, actor=run.actor)


def _settle_in_flight(run: _Run, items: list[ImportItem]) -> None:
    _reconcile(run, items)


def _in_flight_since(item: ImportItem) -> datetime | None:
    try:
        return datetime.fromisoformat((item.reason or "").removeprefix(IN_FLIGHT))
    except ValueError:
        return None


def _refused(run: _Run, batch: list[ImportItem], error: ValidationError) -> None:
    """A validation refusal: fail the contacts it names, or narrow the batch down to find the culprit."""
    named: dict[int, str] = {}
    for path in error.field_errors:
        found = _CONTACT_INDEX.match(path)
        if found and int(found.group(1)) < len(batch):
            named[batch[int(found.group(1))].row_number] = found.group(2) or ""
    if named or len(batch) == 1:
        if not named:
            fields = [path.rsplit(".", 1)[-1] for path in error.field_errors]
            named = {batch[0].row_number: ",".join(f for f in fields if f)}
        reasons = {row: f"api:{error.code}:{name}".rstrip(":") for row, name in named.items()}
        run.store.import_jobs.mark_items(run.job_id, list(reasons), "failed", reason=reasons)
        others = [item.row_number for item in batch if item.row_number not in reasons]
    else:
        run.size = max(1, len(batch) // 2)
        others = [item.row_number for item in batch]
    if others:
        run.store.import_jobs.mark_items(run.job_id, others, "pending", reason=None)


def _mark_failed(run: _Run, batch: list[ImportItem], error: MonSmsError) -> None:
    rows = [item.row_number for item in batch]
    run.store.import_jobs.mark_items(run.job_id, rows, "failed", reason=f"api:{error.code}")


def _complete_group(run: _Run, name: str) -> tuple[str | None, int]:
    """Find or create the job's group and add every imported contact to it; (group id, members added)."""
    store, job_id = run.store, run.job_id
    # Members go as contact objects (id + phone, the SDK's form): the phones are in the job's items.
    members: list[Member] = [
        Contact(id=item.contact_id, phone=str(item.payload.get("phone") or "") or None)
        for item in store.import_jobs.items(job_id, statuses=["created", "skipped"])
        if item.contact_id
    ]
    journal = read_journal(store, job_id)
    group_id = journal.group_id
    if group_id is not None:
        try:
            return group_id, add_members(run.client, group_id, members).changed
        except NotFoundError:
            group_id = None  # deleted meanwhile: fall back to the name
    existing = find_group(run.client, name)
    if existing is not None and existing.id:
        _record_group(run, existing.id, name, created=False)
        return existing.id, add_members(run.client, existing.id, members).changed
    change = create_group(run.client, name, members=members)
    _record_group(run, change.group.id, name, created=True)
    return change.group.id, change.changed


def _record_group(run: _Run, group_id: str | None, name: str, *, created: bool) -> None:
    details = {"group_id": group_id, "group_name": name, "created": created}
    run.store.audit.record(run.actor, GROUP, journal_target(run.job_id), details)


def _finish(run: _Run, group_id: str | None, group_name: str | None, added: int) -> UploadResult:
    counts = run.store.import_jobs.progress(run.job_id)
    if not read_journal(run.store, run.job_id).finished:
        details = {**{k: counts[k] for k in ("created", "skipped", "failed")}, "group_id": group_id,
                   "group_name": group_name, "group_added": added}  # fmt: skip
        run.store.audit.record(run.actor, FINISHED, journal_target(run.job_id), details)
    return UploadResult(run.job_id, counts, True, group_id, group_name, added)


def _result(run: _Run, *, stopped: bool = False, error: MonSmsError | None = None) -> UploadResult:
    job = run.store.import_jobs.get(run.job_id)
    counts = run.store.import_jobs.progress(run.job_id)
    return UploadResult(
        run.job_id, counts, False, group_name=job.group_name if job else None, stopped=stopped, error=error
    )
