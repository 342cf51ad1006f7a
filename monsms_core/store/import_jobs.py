"""Contact import jobs: one job row plus one item per spreadsheet row, each with its own status, so
an upload interrupted halfway (closed tab, lost connection) resumes with the rows still "pending".

Items are addressed by their row number within the job (the number shown in the import report).
"""

from __future__ import annotations

import builtins  # the repositories have a method named `list`
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, insert, select, update

from monsms_core.store import schema
from monsms_core.store.db import Database, checked_statuses, inserted_id, now_utc

ITEM_STATUSES = ("pending", "created", "skipped", "failed")
_jobs, _items = schema.import_jobs, schema.import_items
_INSERT_CHUNK = 5_000
_UPDATE_CHUNK = 1_000

PerRow = str | None | Sequence[str | None] | Mapping[int, str | None]


@dataclass(frozen=True)
class ImportJob:
    """One uploaded file; `counts` maps every item status (and "total") to a number of rows."""

    id: int
    created_by: str
    filename: str
    group_name: str | None
    total_rows: int
    created_at: datetime
    updated_at: datetime
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportItem:
    """One row of the file: its cleaned values, and what happened to it."""

    job_id: int
    row_number: int
    payload: dict[str, Any]
    status: str
    contact_id: str | None
    reason: str | None


def _per_row(value: PerRow, row_ids: Sequence[int], name: str) -> list[str | None]:
    """One value per row from a single value, a list parallel to `row_ids`, or a row → value mapping."""
    if value is None or isinstance(value, str):
        return [value] * len(row_ids)
    if isinstance(value, Mapping):
        return [value.get(row) for row in row_ids]
    values = list(value)
    if len(values) != len(row_ids):
        raise ValueError(f"{name} has {len(values)} values for {len(row_ids)} rows")
    return values


class ImportJobs:
    """Create jobs, hand out pending rows in batches, record each row's outcome."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self,
        *,
        created_by: str,
        filename: str,
        group_name: str | None = None,
        rows: Sequence[Mapping[str, Any]],
        row_numbers: Sequence[int] | None = None,
    ) -> int:
        """Store a job and all its rows as "pending" in one transaction; returns the job id.

        `row_numbers` gives each row's number in the file; by default rows are numbered from 1.
        """
        numbers = list(range(1, len(rows) + 1)) if row_numbers is None else list(row_numbers)
        if len(numbers) != len(rows):
            raise ValueError(f"{len(numbers)} row numbers given for {len(rows)} rows")
        now = now_utc()
        with self._db.write() as conn:
            job_id = inserted_id(
                conn.execute(
                    insert(_jobs).values(
                        created_by=created_by,
                        filename=filename,
                        group_name=group_name,
                        total_rows=len(rows),
                        created_at=now,
                        updated_at=now,
                    )
                )
            )
            for start in range(0, len(rows), _INSERT_CHUNK):
                # A list of parameter sets makes SQLAlchemy use the driver's executemany (batched).
                conn.execute(
                    insert(_items),
                    [
                        {"job_id": job_id, "row_number": number, "payload": dict(row), "status": "pending"}
                        for number, row in zip(
                            numbers[start : start + _INSERT_CHUNK],
                            rows[start : start + _INSERT_CHUNK],
                            strict=True,
                        )
                    ],
                )
        return int(job_id)

    def get(self, job_id: int) -> ImportJob | None:
        """The job with its current counts, or None."""
        jobs = self._jobs(select(_jobs).where(_jobs.c.id == job_id))
        return jobs[0] if jobs else None

    def list(self, created_by: str | None = None, *, limit: int = 100) -> list[ImportJob]:
        """Jobs newest first, with their counts."""
        query = select(_jobs).order_by(_jobs.c.created_at.desc(), _jobs.c.id.desc()).limit(limit)
        if created_by is not None:
            query = query.where(_jobs.c.created_by == created_by)
        return self._jobs(query)

    def pending_items(self, job_id: int, limit: int = 500) -> builtins.list[ImportItem]:
        """The next `limit` rows still to upload, in row order."""
        return self.items(job_id, statuses=["pending"], limit=limit)

    def items(
        self, job_id: int, *, statuses: Iterable[str] | None = None, limit: int | None = None
    ) -> builtins.list[ImportItem]:
        """Rows of the job in row order, optionally only those in `statuses` (e.g. the failed ones)."""
        query = select(_items).where(_items.c.job_id == job_id).order_by(_items.c.row_number)
        if statuses is not None:
            query = query.where(_items.c.status.in_(checked_statuses(statuses, ITEM_STATUSES, "import item")))
        if limit is not None:
            query = query.limit(limit)
        with self._db.read() as conn:
            return [
                ImportItem(**{name: row._mapping[name] for name in ImportItem.__dataclass_fields__})
                for row in conn.execute(query)
            ]

    def mark_items(
        self,
        job_id: int,
        row_ids: Sequence[int],
        status: str,
        *,
        contact_ids: PerRow = None,
        reason: PerRow = None,
    ) -> int:
        """Set the status of the rows numbered `row_ids`; returns how many rows changed.

        `contact_ids` and `reason` are each one value for all rows, a list parallel to `row_ids`,
        or a mapping from row number to value.
        """
        checked_statuses(status, ITEM_STATUSES, "import item")
        rows = list(row_ids)
        contacts, reasons = _per_row(contact_ids, rows, "contact_ids"), _per_row(reason, rows, "reason")
        changed = 0
        with self._db.write() as conn:
            if len(set(contacts)) <= 1 and len(set(reasons)) <= 1:
                # The common case (a batch accepted or refused as a whole): a few IN-list UPDATEs.
                values = {"status": status, "contact_id": contacts[0] if rows else None,
                          "reason": reasons[0] if rows else None}  # fmt: skip
                for start in range(0, len(rows), _UPDATE_CHUNK):
                    chunk = rows[start : start + _UPDATE_CHUNK]
                    changed += conn.execute(
                        update(_items)
                        .where(_items.c.job_id == job_id, _items.c.row_number.in_(chunk))
                        .values(**values)
                    ).rowcount
            elif rows:
                statement = (
                    update(_items)
                    .where(_items.c.job_id == job_id, _items.c.row_number == bindparam("b_row"))
                    .values(status=status, contact_id=bindparam("b_contact"), reason=bindparam("b_reason"))
                )
                params = [
                    {"b_row": row, "b_contact": contact, "b_reason": why}
                    for row, contact, why in zip(rows, contacts, reasons, strict=True)
                ]
                changed = conn.execute(statement, params).rowcount
            conn.execute(update(_jobs).where(_jobs.c.id == job_id).values(updated_at=now_utc()))
        return changed

    def progress(self, job_id: int) -> dict[str, int]:
        """Row counts per status, plus "total"; every status is present, zero included."""
        with self._db.read() as conn:
            return self._counts(conn, [job_id]).get(job_id, _empty_counts())

    def _jobs(self, query: Select[Any]) -> builtins.list[ImportJob]:
        with self._db.read() as conn:
            rows = conn.execute(query).all()
            counts = self._counts(conn, [row.id for row in rows])
        return [ImportJob(**row._mapping, counts=counts.get(row.id, _empty_counts())) for row in rows]

    @staticmethod
    def _counts(conn: Connection, job_ids: builtins.list[int]) -> dict[int, dict[str, int]]:
        if not job_ids:
            return {}
        query = (
            select(_items.c.job_id, _items.c.status, func.count())
            .where(_items.c.job_id.in_(job_ids))
            .group_by(_items.c.job_id, _items.c.status)
        )
        result: dict[int, dict[str, int]] = {job_id: _empty_counts() for job_id in job_ids}
        for job_id, status, count in conn.execute(query):
            result[job_id][status] = int(count)
            result[job_id]["total"] += int(count)
        return result


def _empty_counts() -> dict[str, int]:
    return {**dict.fromkeys(ITEM_STATUSES, 0), "total": 0}
