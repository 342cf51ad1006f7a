"""The upload job against the sandbox over HTTP: batches, report, group, resume after a crash, lost
answers reconciled without duplicates, refusals, and 10,000 contacts through 20 % of failing calls."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime

import pandas as pd
import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import AuthenticationError
from monsms_core.contacts.import_jobs import (
    GroupTarget,
    create_upload_job,
    read_journal,
    reason_counts,
    unfinished_jobs,
)
from monsms_core.contacts.upload import IN_FLIGHT, run_upload
from monsms_core.contacts.upload_worker import UploadRegistry
from monsms_core.importer import ColumnMapping, check
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl

MAPPING = ColumnMapping(phone="Téléphone", full_name="Nom")
ACCOUNT = "0123456789abcdef"  # the connection's fingerprint in the app; any label will do here
FAST = {"backoff_base": 0.01, "backoff_max": 0.05, "settle_seconds": 0.0}


@pytest.fixture
def store_kind() -> str:
    """SQLite only: these jobs upload thousands of contacts; the store's two engines are tested elsewhere."""
    return "sqlite"


def sheet(phones: list[object], names: list[str] | None = None) -> pd.DataFrame:
    """A sheet as `read_sheet` gives it: header on row 1, data from row 2."""
    names = names or [f"Personne {i}" for i in range(len(phones))]
    frame = pd.DataFrame({"Téléphone": phones, "Nom": names}, dtype=object)
    frame.index = pd.RangeIndex(2, len(frame) + 2, name="row")
    return frame


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"07{10_000_000 + start + i:08d}" for i in range(count)]


def all_contacts(client: MonSmsClient) -> list:
    return list(client.contacts.iterate(count=1000))


def test_upload_creates_contacts_group_and_summary(store: Store, client: MonSmsClient, sandbox) -> None:
    phones: list[object] = [*numbers(12), "0707", "27 22 44 55 66", numbers(1)[0], 710000005.0]
    result = check(sheet(phones), MAPPING)
    assert result.counts.valid == 12 and result.counts.rejected == 2 and result.counts.duplicates == 2
    job_id = create_upload_job(
        store, result, created_by="awa", filename="parents.xlsx", group=GroupTarget("6e A")
    )
    seen: list[tuple[dict[str, int], str]] = []

    outcome = run_upload(
        store,
        client,
        job_id,
        actor="awa",
        account=ACCOUNT,
        batch_size=5,
        progress=lambda c, p: seen.append((c, p)),
        **FAST,
    )

    assert outcome.finished and outcome.error is None
    assert outcome.counts == {"pending": 0, "created": 12, "skipped": 4, "failed": 0, "total": 16}
    contacts = all_contacts(client)
    assert sorted(c.phone for c in contacts) == sorted("225" + p for p in numbers(12))
    assert {c.name for c in contacts if c.phone == "225" + numbers(1)[0]} == {"Personne 0"}
    group = client.groups.get(outcome.group_id)
    assert group.name == "6e A" and len(group.contacts) == 12
    assert sandbox.stats()["processed"]["/contact/create"] == 3  # batches of 5, 5, 2
    assert [phase for _, phase in seen][-1] == "group"
    skipped = reason_counts(store, job_id, "skipped")
    assert skipped == {"duplicate_in_file": 2, "too_short": 1, "fixed_line": 1}
    assert read_journal(store, job_id).finished and unfinished_jobs(store, "awa") == []
    # Running a finished job again sends nothing.
    again = run_upload(store, client, job_id, actor="awa", account=ACCOUNT, **FAST)
    assert again.finished and sandbox.stats()["processed"]["/contact/create"] == 3
    assert len(all_contacts(client)) == 12


def test_contacts_already_in_the_account_join_the_group(store: Store, client: MonSmsClient) -> None:
    (existing,) = client.contacts.create(["2250710000000"])
    target = client.groups.create("Fidèles")
    result = check(sheet(numbers(3)), MAPPING, existing_phones={"2250710000000"})
    assert result.counts.already_in_account == 1
    job_id = create_upload_job(
        store, result, created_by="awa", filename="f.csv", group=GroupTarget("Fidèles", target.id),
        existing_ids={"2250710000000": existing.id},
    )  # fmt: skip
    outcome = run_upload(store, client, job_id, actor="awa", account=ACCOUNT, **FAST)
    assert outcome.finished and outcome.group_id == target.id
    assert len(all_contacts(client)) == 3  # 2 created + the existing one, never twice
    members = {c.phone for c in client.groups.get(target.id).contacts}
    assert members == {"225" + p for p in numbers(3)}


def test_a_run_that_died_mid_request_is_reconciled_not_resent(
    store: Store, client: MonSmsClient, sandbox
) -> None:
    result = check(sheet(numbers(10)), MAPPING)
    job_id = create_upload_job(store, result, created_by="awa", filename="f.xlsx")
    # A previous run marked rows 1-4 in flight and the API stored them, then the process died; rows 5-6
    # were marked in flight but the request never arrived.
    items = store.import_jobs.pending_items(job_id, limit=10)
    mark = IN_FLIGHT + datetime.now(UTC).isoformat()
    store.import_jobs.mark_items(job_id, [i.row_number for i in items[:6]], "pending", reason=mark)
    client.contacts.create([{"phone": i.payload["phone"]} for i in items[:4]])

    outcome = run_upload(store, client, job_id, actor="awa", account=ACCOUNT, batch_size=3, **FAST)

    assert outcome.finished and outcome.counts["created"] == 10
    phones = Counter(c.phone for c in all_contacts(client))
    assert len(phones) == 10 and set(phones.values()) == {1}
    assert sandbox.stats()["processed"]["/contact/create"] == 1 + 2  # the "dead" request, then 6 rows in 3s
    created = store.import_jobs.items(job_id, statuses=["created"])
    assert all(item.contact_id for item in created)


def test_lost_answers_are_reconciled_without_duplicates(store: Store, client: MonSmsClient, sandbox) -> None:
    result = check(sheet(numbers(20)), MAPPING)
    job_id = create_upload_job(
        store, result, created_by="awa", filename="f.xlsx", group=GroupTarget("Clients")
    )
    sandbox.add_fault("drop", count=1, path="/contact/create", phase="after")  # stored, answer lost
    sandbox.add_fault("http_500", count=1, path="/contact/create")  # refused before processing
    sandbox.add_fault("drop", count=1, path="/group/create", phase="after")

    outcome = run_upload(store, client, job_id, actor="awa", account=ACCOUNT, batch_size=5, **FAST)

    assert outcome.finished, outcome.error
    assert Counter(c.phone for c in all_contacts(client)).most_common(1)[0][1] == 1
    assert len(all_contacts(client)) == 20
    groups = [g for g in client.groups.iterate() if g.name == "Clients"]
    assert len(groups) == 1 and groups[0].contact_count == 20


def test_refused_contacts_fail_with_their_reason_and_the_rest_goes_on(
    store: Store, client: MonSmsClient, sandbox
) -> None:
    # Bypass the check (which would never let these through) to see how API refusals are handled.
    rows = [
        {"row": n + 2, "phone": phone} for n, phone in enumerate(["2250710000001", "12", "2250710000002"])
    ]
    rows.append({"row": 5, "phone": "2250710000003", "sex": "X"})
    job_id = store.import_jobs.create(created_by="awa", filename="f.csv", rows=rows)
    outcome = run_upload(store, client, job_id, actor="awa", account=ACCOUNT, **FAST)
    assert outcome.finished
    assert outcome.counts["created"] == 2 and outcome.counts["failed"] == 2
    failed = {
        item.payload["phone"]: item.reason for item in store.import_jobs.items(job_id, statuses=["failed"])
    }
    assert failed == {"12": "api:invalid_request:phone", "2250710000003": "api:invalid_request:sex"}
    # The API's `error` is zod's JSON TEXT: parsed, it names both rows at once, so no bisection: one
    # refused request, then one that creates the other two.
    assert sandbox.stats()["requests"]["/contact/create"] == 2


def test_a_wrong_key_stops_the_run_and_leaves_the_job_resumable(
    store: Store, base_url: str, api_key: str
) -> None:
    job_id = create_upload_job(store, check(sheet(numbers(3)), MAPPING), created_by="awa", filename="f.csv")
    with MonSmsClient("not-a-key", base_url) as wrong:
        outcome = run_upload(store, wrong, job_id, actor="awa", account=ACCOUNT, **FAST)
    assert not outcome.finished and isinstance(outcome.error, AuthenticationError)
    assert outcome.counts["pending"] == 3 and [job.id for job in unfinished_jobs(store, "awa")] == [job_id]
    with MonSmsClient(api_key, base_url) as right:
        assert run_upload(store, right, job_id, actor="awa", account=ACCOUNT, **FAST).counts["created"] == 3


def test_a_paused_job_resumes_in_one_background_worker(store: Store, client: MonSmsClient, sandbox) -> None:
    job_id = create_upload_job(store, check(sheet(numbers(30)), MAPPING), created_by="awa", filename="f.csv")
    stop = threading.Event()
    paused = run_upload(
        store,
        client,
        job_id,
        actor="awa",
        account=ACCOUNT,
        batch_size=10,
        progress=lambda c, p: stop.set(),
        stop=stop,
        **FAST,
    )
    assert paused.stopped and not paused.finished
    assert (paused.counts["created"], paused.counts["pending"]) == (10, 20)

    sandbox.add_fault("latency", seconds=0.3, path="/contact/create")  # keeps the worker busy a while
    registry = UploadRegistry()
    worker = registry.start(store, client, job_id, actor="awa", account=ACCOUNT, batch_size=10, **FAST)
    assert (
        registry.start(store, client, job_id, actor="awa", account=ACCOUNT) is worker
    )  # a second tab joins it
    outcome = worker.join(timeout=30)
    assert outcome is not None and outcome.finished and worker.counts["created"] == 30
    assert not worker.running and registry.get(job_id) is worker
    phones = Counter(c.phone for c in all_contacts(client))
    assert len(phones) == 30 and set(phones.values()) == {1}


@pytest.mark.slow
def test_ten_thousand_contacts_through_twenty_percent_failures(
    store: Store, sandbox: SandboxControl, api_key: str, base_url: str
) -> None:
    total = 10_000
    result = check(sheet(numbers(total)), MAPPING)
    job_id = create_upload_job(
        store, result, created_by="awa", filename="big.xlsx", group=GroupTarget("Tous")
    )
    # About one call in five fails, in every way the network and the API fail.
    # (The first fault that fires wins: about 27 % of contact creations fail, 18 % of the other calls.)
    sandbox.add_fault("timeout", probability=0.05, seconds=1.5)
    sandbox.add_fault("timeout", probability=0.05, seconds=1.5, path="/contact/create", phase="after")
    sandbox.add_fault("drop", probability=0.05, path="/contact/create", phase="after")
    sandbox.add_fault("http_500", probability=0.05)
    sandbox.add_fault("html", probability=0.05)
    sandbox.add_fault("rate_limit", probability=0.05)
    runs = 0
    with MonSmsClient(api_key, base_url, timeout=(2.0, 1.0), backoff_base=0.02, backoff_max=0.1) as client:
        outcome = None
        while outcome is None or not outcome.finished:  # each run is a resume of the previous one
            runs += 1
            assert runs <= 20, outcome
            outcome = run_upload(
                store, client, job_id, actor="awa", account=ACCOUNT, batch_size=100, max_attempts=4, **FAST
            )
        sandbox.clear_faults()
        # Checking reads 10,000 contacts in pages of 100 (the cap): more than this client's short
        # backoff rides out at 20 calls/s, and the limiter is not what this test is about.
        sandbox.config(rate_limit_per_second=0)
        contacts = all_contacts(client)
        group = client.groups.get(outcome.group_id)
    stats = sandbox.stats()
    assert sum(stats["faults"].values()) >= 15, stats  # the faults really happened
    phones = Counter(c.phone for c in contacts)
    assert len(contacts) == total and len(phones) == total
    assert outcome.counts["created"] == total
    assert {item.contact_id for item in store.import_jobs.items(job_id)} == {c.id for c in contacts}
    assert len(group.contacts) == total


def test_imported_contacts_get_a_full_name_from_first_and_last_names(
    store: Store, client: MonSmsClient
) -> None:
    frame = pd.DataFrame(
        {
            "Téléphone": numbers(3),
            "Prénom": ["Awa", "", "Koffi"],
            "Nom": ["Kouamé", "Traoré", ""],
            "Nom complet": ["", "", "Koffi Yao (papa)"],
        },
        dtype=object,
    )
    frame.index = pd.RangeIndex(2, 5, name="row")
    mapping = ColumnMapping(phone="Téléphone", first_name="Prénom", last_name="Nom", full_name="Nom complet")
    job_id = create_upload_job(store, check(frame, mapping), created_by="awa", filename="noms.xlsx")
    assert run_upload(store, client, job_id, actor="awa", account=ACCOUNT, **FAST).finished
    names = {c.phone: (c.name, c.first_name, c.last_name) for c in all_contacts(client)}
    assert names == {
        "225" + numbers(3)[0]: ("Awa Kouamé", "Awa", "Kouamé"),
        "225" + numbers(3)[1]: ("Traoré", None, "Traoré"),
        "225" + numbers(3)[2]: ("Koffi Yao (papa)", "Koffi", None),  # a full name given is kept
    }
