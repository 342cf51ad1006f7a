"""An import of 100,000 contacts through the upload job, and the contacts search index at that size.

A script, not a test. It starts its own sandbox in-process (temporary SQLite file, free port, the
sandbox's default rate limit of 20 requests/s kept: the job must live with the API's limit) and a
temporary store, then, on a fresh account:

1. checks a sheet of `--total` rows (distinct Ivorian mobiles, names, a few lost leading zeros, some
   duplicates and rejects) with `importer.check`;
2. stores the job (`create_upload_job`) and runs it (`run_upload`, batches of `--batch-size`) into a new
   group, then lists every contact of the account to prove each valid row is there exactly once;
3. builds the search index of the account (`contacts.index.build_index`, pages of 1,000) and times a
   few searches (name, part of a number) as the contacts page runs them.

Usage:  .venv/bin/python bench/upload_contacts.py [--total 100000] [--batch-size 500] [--searches 20]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without install

import pandas as pd

from monsms_core.client import MonSmsClient
from monsms_core.contacts.import_jobs import GroupTarget, create_upload_job
from monsms_core.contacts.index import build_index
from monsms_core.contacts.upload import run_upload
from monsms_core.importer import ColumnMapping, check
from monsms_core.store import Store
from monsms_sandbox.server import SandboxServer

FIRST = ("Awa", "Koffi", "Aya", "Yao", "Adjoua", "Konan", "Mariam", "Seydou", "Affoué", "Ibrahim")
LAST = ("Koné", "Kouassi", "Traoré", "Kouamé", "Bamba", "Ouattara", "Yao", "Touré", "N'Guessan", "Diabaté")


def sheet(total: int) -> pd.DataFrame:
    """A sheet as `read_sheet` gives it: every 50th phone a number Excel stripped of its zero, every
    100th a duplicate of the row above, every 200th a landline (rejected)."""
    phones: list[object] = []
    for i in range(total):
        if i % 200 == 199:
            phones.append(f"27 22 {i % 100:02d} {i % 97:02d} {i % 89:02d}")
        elif i % 100 == 99:
            phones.append(phones[-1])
        elif i % 50 == 49:
            phones.append(float(f"7{i:08d}"))  # 0 7xx… read back from a numeric cell
        else:
            phones.append(
                f"07 {i // 1_000_000:02d} {i // 10_000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}"
            )
    names = [f"{FIRST[i % 10]} {LAST[i // 10 % 10]} {i}" for i in range(total)]
    frame = pd.DataFrame({"Nom et prénoms": names, "Téléphone": phones}, dtype=object)
    frame.index = pd.RangeIndex(2, total + 2, name="row")
    return frame


def timed(action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = action()
    return value, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--searches", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxServer(Path(tmp) / "sandbox.db", host="127.0.0.1", port=0).start()
        store = Store.open(f"sqlite:///{Path(tmp) / 'store.db'}")
        try:
            client = MonSmsClient(server.create_account(credit=0), server.base_url)
            frame = sheet(args.total)
            mapping = ColumnMapping(phone="Téléphone", full_name="Nom et prénoms")
            result, check_s = timed(lambda: check(frame, mapping))
            counts = result.counts
            job_id, job_s = timed(
                lambda: create_upload_job(
                    store, result, created_by="bench", filename="bench.xlsx", group=GroupTarget("Tous")
                )
            )
            batches: list[int] = []
            outcome, upload_s = timed(
                lambda: run_upload(
                    store, client, job_id, actor="bench", account="bench", batch_size=args.batch_size,
                    progress=lambda c, phase: batches.append(c["created"]),
                )
            )  # fmt: skip
            if not outcome.finished:
                raise SystemExit(f"upload did not finish: {outcome.error!r}")
            requests = server_stats(server)  # the upload's requests, before the index reads
            index, index_s = timed(lambda: build_index(client))
            contacts = index.frame
            phones = Counter(contacts["phone"])
            if len(contacts) != counts.valid or len(phones) != counts.valid:
                raise SystemExit(f"{len(contacts)} contacts, {len(phones)} phones, expected {counts.valid}")
            members = len(client.groups.get(outcome.group_id or "").contacts)
            if members != counts.valid:
                raise SystemExit(f"group has {members} members, expected {counts.valid}")
            searches = {
                "name (2 words)": "kouame awa",
                "name (1 word)": "traore",
                "number part": "0700 0123",
                "no match": "zzzz",
            }
            search_ms: dict[str, tuple[float, int]] = {}
            for label, query in searches.items():
                runs = [timed(lambda q=query: index.search(q)) for _ in range(args.searches)]
                search_ms[label] = (statistics.median(t for _, t in runs) * 1000, len(runs[0][0]))
        finally:
            store.dispose()
            server.stop()

    print(
        f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, CPython {platform.python_version()}"
    )
    print(f"rows: {args.total:,}; valid {counts.valid:,} (repaired {counts.repaired:,}), duplicates "
          f"{counts.duplicates:,}, rejected {counts.rejected:,}")  # fmt: skip
    print(f"check: {check_s:.2f} s")
    print(f"job stored: {job_s:.2f} s ({outcome.counts['total']:,} items)")
    rate = counts.valid / upload_s
    print(f"upload: {upload_s:.1f} s ({rate:,.0f} contacts/s, batches of {args.batch_size}, "
          f"group of {members:,} included); requests: {requests}")  # fmt: skip
    print(f"index build: {index_s:.2f} s for {len(contacts):,} contacts (pages of 1,000)")
    for label, (ms, found) in search_ms.items():
        print(f"search {label}: {ms:.1f} ms median ({found:,} found)")


def server_stats(server: SandboxServer) -> dict[str, int]:
    """Requests by path, the group ones folded (they carry ids)."""
    import requests as http

    answer = http.post(f"{server.root_url}/_sandbox/stats", json={}, timeout=10).json()["data"]
    folded: Counter[str] = Counter()
    for path, count in answer["requests"].items():
        by_id = path.startswith("/group/") and path not in ("/group/list", "/group/create")
        folded["/group/{id}…" if by_id else path] += count
    return dict(folded)


if __name__ == "__main__":
    main()
