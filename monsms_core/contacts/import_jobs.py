"""Import jobs as the upload runner and the import page see them: creating one from a checked sheet,
its journal, the unfinished ones, and the final summary with its reasons.

A job holds one item per entry of the sheet (a cell with two numbers is two entries), numbered 1…N in
sheet order; the spreadsheet row is kept in each item's payload, and so are the sheet's other columns
(custom fields, `contacts.custom_fields`) of the valid rows and of the rows already in the account.
Contacts to create start "pending"; entries that will not be created are stored "skipped" with their
reason code (a phone rejection, a duplicate within the file, a number already in the account — the
latter with the existing contact's id, so it still joins the import's group).

The job table has no column for the target group or for "finished": those facts are written to the
audit log, append-only, under target "import[<job id>]" — "import.created" (group asked for, by name and
possibly id), "import.group" (the group the job settled on) and "import.finished". They are exactly the
events an administrator wants to see there anyway, and being append-only they cannot be lost or undone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from monsms_core.contacts.custom_fields import FIELDS_KEY, import_fields, sheet_row_fields
from monsms_core.contacts.names import full_name
from monsms_core.i18n import translate
from monsms_core.importer import ALREADY_IN_ACCOUNT, DUPLICATE_IN_FILE, CheckResult
from monsms_core.store import ImportJob, Store

_FIELD_KEYS = (("name", "name"), ("first_name", "firstName"), ("last_name", "lastName"), ("sex", "sex"))
_FIELD_LABELS = {
    "phone": "phone",
    "name": "name",
    "firstName": "first_name",
    "lastName": "last_name",
    "sex": "sex",
}
CREATED, GROUP, FINISHED = "import.created", "import.group", "import.finished"


def journal_target(job_id: int) -> str:
    """The audit target naming a job: "import[12]" (the closing bracket keeps a search for job 1 from
    matching job 12)."""
    return f"import[{job_id}]"


@dataclass(frozen=True)
class GroupTarget:
    """Where imported contacts go: a group by name, or an existing group by id (name kept for display)."""

    name: str
    group_id: str | None = None


@dataclass(frozen=True)
class JobJournal:
    """What the audit log says about a job."""

    group_name: str | None = None
    group_id: str | None = None  # chosen at creation, or settled on by the runner
    finished: bool = False
    finished_details: Mapping[str, Any] | None = None


def read_journal(store: Store, job_id: int) -> JobJournal:
    """The job's journal entries, folded into one record."""
    target = journal_target(job_id)
    entries = [e for e in store.audit.list(action="import.", text=target, limit=100) if e.target == target]
    group_name = group_id = None
    finished: Mapping[str, Any] | None = None
    for entry in reversed(entries):  # oldest first: later entries win
        details = entry.details if isinstance(entry.details, Mapping) else {}
        if entry.action in (CREATED, GROUP):
            group_name = details.get("group_name") or group_name
            group_id = details.get("group_id") or group_id
        elif entry.action == FINISHED:
            finished = details
    return JobJournal(group_name, group_id, finished is not None, finished)


def create_upload_job(
    store: Store,
    result: CheckResult,
    *,
    created_by: str,
    filename: str,
    group: GroupTarget | None = None,
    existing_ids: Mapping[str, str] | None = None,
) -> int:
    """Store a job for a checked sheet: its valid contacts "pending" (a contact without a full name gets
    one from its first and last names), its other entries "skipped" with their reason. `existing_ids`
    maps phones already in the account to a contact id. Returns the job id."""
    existing_ids = existing_ids or {}
    entries: list[tuple[int, int, dict[str, Any], str | None, str | None]] = []
    valid = result.valid
    columns = {key: valid[key].tolist() for key, _ in _FIELD_KEYS}
    custom = import_fields(valid, result.custom_fields)
    for position, (row, phone) in enumerate(zip(valid["row"].tolist(), valid["phone"].tolist(), strict=True)):
        payload: dict[str, Any] = {"row": int(row), "phone": phone}
        for key, api_key in _FIELD_KEYS:
            if value := columns[key][position]:
                payload[api_key] = value
        if "name" not in payload and (built := full_name(payload.get("firstName"), payload.get("lastName"))):
            payload["name"] = built  # the "Nom complet" the contacts page and the composer show
        if custom[position]:
            payload[FIELDS_KEY] = custom[position]
        entries.append((int(row), 0, payload, None, None))
    present = [issue.row for issue in result.issues if issue.code == ALREADY_IN_ACCOUNT]
    present_fields = sheet_row_fields(result.source, result.mapping.custom_columns(result.source), present)
    for issue in result.issues:
        payload = {"row": issue.row, "value": issue.value}
        if issue.phone:
            payload["phone"] = issue.phone
        if issue.first_row is not None:
            payload["first_row"] = issue.first_row
        contact_id = existing_ids.get(issue.phone or "") if issue.code == ALREADY_IN_ACCOUNT else None
        if issue.code == ALREADY_IN_ACCOUNT and present_fields.get(issue.row):
            payload[FIELDS_KEY] = present_fields[issue.row]
        entries.append((issue.row, 1, payload, issue.code, contact_id))
    entries.sort(key=lambda entry: (entry[0], entry[1]))  # sheet order; stable within a row
    job_id = store.import_jobs.create(
        created_by=created_by,
        filename=filename,
        group_name=group.name if group else None,
        rows=[entry[2] for entry in entries],
    )
    skipped: dict[str, dict[int, str | None]] = {}
    for number, entry in enumerate(entries, start=1):
        if entry[3] is not None:
            skipped.setdefault(entry[3], {})[number] = entry[4]
    for code, contact_ids in skipped.items():
        rows = list(contact_ids)
        store.import_jobs.mark_items(job_id, rows, "skipped", contact_ids=contact_ids, reason=code)
    store.audit.record(
        created_by,
        CREATED,
        journal_target(job_id),
        {
            "filename": filename,
            "entries": len(entries),
            "to_create": len(valid),
            "group_name": group.name if group else None,
            "group_id": group.group_id if group else None,
        },
    )
    return job_id


def unfinished_jobs(store: Store, created_by: str | None = None) -> list[ImportJob]:
    """Jobs with contacts still to create, or whose group was not completed, newest first."""
    jobs = store.import_jobs.list(created_by)
    if not jobs:
        return []
    # Whoever finished it (another user may have resumed it): by target, not by actor.
    since = min(job.created_at for job in jobs)
    entries = store.audit.list(action=FINISHED, since=since, limit=100_000)
    finished = {entry.target for entry in entries if entry.target}
    return [job for job in jobs if job.counts.get("pending", 0) or journal_target(job.id) not in finished]


def reason_message(code: str | None, lang: str = "fr") -> str:
    """A sentence for an item's reason code (a rejection, a duplicate, or an API refusal)."""
    if not code:
        return ""
    if code == DUPLICATE_IN_FILE:
        return translate("contacts.reason.duplicate_in_file", lang)
    if code == ALREADY_IN_ACCOUNT:
        return translate("importer.issue.already_in_account", lang)
    if code.startswith("api:"):
        error_code, _, fields = code.removeprefix("api:").partition(":")
        if not fields:
            return translate(f"errors.{error_code}", lang)
        labels = ", ".join(
            translate(f"contacts.col.{_FIELD_LABELS[name]}", lang) if name in _FIELD_LABELS else name
            for name in fields.split(",")
        )
        return translate("contacts.reason.api_refused", lang, fields=labels)
    return translate(f"phones.reason.{code}", lang)


def created_contacts(store: Store, job_id: int) -> pd.DataFrame:
    """The contacts a job created, as index columns (to patch a search index without rebuilding it)."""
    items = store.import_jobs.items(job_id, statuses=["created"])
    frame = pd.DataFrame(
        {
            "id": [item.contact_id or "" for item in items],
            "phone": [item.payload.get("phone", "") for item in items],
            "name": [item.payload.get("name", "") for item in items],
            "first_name": [item.payload.get("firstName", "") for item in items],
            "last_name": [item.payload.get("lastName", "") for item in items],
            "sex": [item.payload.get("sex", "") for item in items],
            "created_at": pd.Series(pd.Timestamp.now(tz="UTC"), index=range(len(items))),
        }
    )
    return frame[frame["id"] != ""].iloc[::-1].reset_index(drop=True)


def reason_counts(store: Store, job_id: int, status: str) -> dict[str, int]:
    """{reason code: number of items} among the job's items in `status`."""
    counts: dict[str, int] = {}
    for item in store.import_jobs.items(job_id, statuses=[status]):
        key = item.reason or ""
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda pair: -pair[1]))
