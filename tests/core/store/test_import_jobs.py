"""Import jobs: rows stored with a status each, handed out in batches, resumable, fast at 100,000 rows."""

from __future__ import annotations

import time

import pytest
from sqlalchemy.exc import StatementError

from monsms_core.store import Store

ROWS = [{"phone": f"22507000000{i:02d}", "firstName": f"Client {i}"} for i in range(1, 11)]


def test_a_job_starts_with_every_row_pending(store: Store) -> None:
    job_id = store.import_jobs.create(
        created_by="awa", filename="clients.xlsx", group_name="Fidèles", rows=ROWS
    )
    job = store.import_jobs.get(job_id)
    assert job is not None and (job.filename, job.group_name, job.total_rows) == (
        "clients.xlsx",
        "Fidèles",
        10,
    )
    assert job.counts == {"pending": 10, "created": 0, "skipped": 0, "failed": 0, "total": 10}
    batch = store.import_jobs.pending_items(job_id, limit=3)
    assert [item.row_number for item in batch] == [1, 2, 3]
    assert batch[0].payload == ROWS[0] and batch[0].status == "pending" and batch[0].contact_id is None
    assert store.import_jobs.get(job_id + 1000) is None


def test_marking_rows_lets_the_upload_resume_where_it_stopped(store: Store) -> None:
    job_id = store.import_jobs.create(created_by="awa", filename="f.csv", rows=ROWS)
    first = [item.row_number for item in store.import_jobs.pending_items(job_id, limit=4)]
    assert store.import_jobs.mark_items(job_id, first[:3], "created", contact_ids=["c1", "c2", "c3"]) == 3
    assert store.import_jobs.mark_items(job_id, first[3:], "failed", reason="Numéro invalide") == 1
    # The tab closes here; a new session asks for the next batch and gets the untouched rows only.
    assert [item.row_number for item in store.import_jobs.pending_items(job_id, limit=100)] == list(
        range(5, 11)
    )
    assert store.import_jobs.progress(job_id) == {
        "pending": 6,
        "created": 3,
        "skipped": 0,
        "failed": 1,
        "total": 10,
    }
    created = store.import_jobs.items(job_id, statuses=["created"])
    assert [(i.row_number, i.contact_id) for i in created] == [(1, "c1"), (2, "c2"), (3, "c3")]
    (failed,) = store.import_jobs.items(job_id, statuses=["failed"])
    assert (failed.row_number, failed.reason) == (4, "Numéro invalide")


def test_per_row_reasons_as_a_mapping(store: Store) -> None:
    job_id = store.import_jobs.create(
        created_by="awa", filename="f.csv", rows=ROWS[:3], row_numbers=[12, 15, 20]
    )
    changed = store.import_jobs.mark_items(
        job_id, [12, 20], "skipped", reason={12: "Doublon", 20: "Désinscrit"}
    )
    assert changed == 2
    items = store.import_jobs.items(job_id)
    assert [(i.row_number, i.status, i.reason) for i in items] == [
        (12, "skipped", "Doublon"),
        (15, "pending", None),
        (20, "skipped", "Désinscrit"),
    ]


def test_bad_arguments_are_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.import_jobs.create(created_by="awa", filename="f.csv", rows=ROWS[:2], row_numbers=[1])
    job_id = store.import_jobs.create(created_by="awa", filename="f.csv", rows=ROWS[:2])
    with pytest.raises(ValueError):
        store.import_jobs.mark_items(job_id, [1, 2], "done")
    with pytest.raises(ValueError):
        store.import_jobs.mark_items(job_id, [1, 2], "created", contact_ids=["only-one"])


def test_a_job_is_stored_whole_or_not_at_all(store: Store) -> None:
    rows = [*ROWS, {"phone": "2250700000099", "age": float("nan")}]  # NaN is not JSON
    with pytest.raises((StatementError, ValueError), match="JSON"):  # wrapped on SQLite, raw on psycopg
        store.import_jobs.create(created_by="awa", filename="f.csv", rows=rows)
    assert store.import_jobs.list() == []


def test_list_by_creator_newest_first(store: Store) -> None:
    first = store.import_jobs.create(created_by="awa", filename="a.csv", rows=ROWS[:1])
    second = store.import_jobs.create(created_by="awa", filename="b.csv", rows=ROWS[:2])
    store.import_jobs.create(created_by="kofi", filename="c.csv", rows=[])
    jobs = store.import_jobs.list(created_by="awa")
    assert [job.id for job in jobs] == [second, first]
    assert [job.counts["total"] for job in jobs] == [2, 1]
    assert len(store.import_jobs.list()) == 3


@pytest.mark.slow
def test_a_hundred_thousand_rows(store: Store, store_kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"phone": f"225070{i:07d}", "firstName": "Aya", "lastName": "Traoré"} for i in range(100_000)]
    started = time.perf_counter()
    job_id = store.import_jobs.create(created_by="awa", filename="big.csv", rows=rows)
    created_in = time.perf_counter() - started
    started = time.perf_counter()
    batch = store.import_jobs.pending_items(job_id, limit=500)
    marked = store.import_jobs.mark_items(
        job_id,
        [item.row_number for item in batch],
        "created",
        contact_ids=[f"c{i.row_number}" for i in batch],
    )
    everything = store.import_jobs.mark_items(job_id, list(range(501, 100_001)), "skipped", reason="test")
    progress = store.import_jobs.progress(job_id)
    updated_in = time.perf_counter() - started
    assert marked == 500 and everything == 99_500
    assert progress == {"pending": 0, "created": 500, "skipped": 99_500, "failed": 0, "total": 100_000}
    with capsys.disabled():
        print(f"\n[{store_kind}] 100,000-row import job: created in {created_in:.2f} s, "
              f"marked and counted in {updated_in:.2f} s")  # fmt: skip
