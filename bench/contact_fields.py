"""Contacts' custom fields at scale: keeping them for 100,000 contacts (what an import's upload does),
reading them back (what a page does once per change), the revision every rerun asks for, and giving them
to 100,000 recipients (what the composer does when the recipients change). Medians of `--runs` runs.

    .venv/bin/python bench/contact_fields.py                    # SQLite in a temporary folder
    .venv/bin/python bench/contact_fields.py --url postgresql+psycopg://postgres@127.0.0.1:55432/monsms_test
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without install

from monsms_core.compose import Recipient
from monsms_core.contacts.custom_fields import with_custom_fields
from monsms_core.store import Store


def median_seconds(step: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls of `step`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--url", help="a database URL (default: SQLite in a temporary folder)")
    args = parser.parse_args()
    url = args.url or f"sqlite:///{tempfile.mkdtemp(prefix='fields-bench-')}/bench.db"
    store = Store.open(url)
    account = uuid.uuid4().hex[:16]  # a fresh account: a shared server keeps earlier runs apart
    values = {
        f"2250700{i:06d}": {"Ville": f"Ville {i % 50}", "Classe": f"{i % 7}e A"} for i in range(args.total)
    }
    try:
        start = time.perf_counter()
        store.contact_fields.merge(account, values, actor="bench")
        print(f"keep {args.total} contacts' fields (new): {time.perf_counter() - start:.2f} s")
        unchanged = median_seconds(
            lambda: store.contact_fields.merge(account, values, actor="bench"), args.runs
        )
        print(f"the same again (nothing rewritten): {unchanged:.2f} s")
        revision = median_seconds(lambda: store.contact_fields.revision(account), args.runs * 10)
        print(f"revision (every rerun): {revision * 1000:.2f} ms")
        kept = store.contact_fields.all(account)
        read = median_seconds(lambda: store.contact_fields.all(account), args.runs)
        print(f"read every field of the account: {read:.2f} s")
        people = [Recipient(phone, {"prénom": "Awa"}, "group:Parents") for phone in values]
        enrich = median_seconds(lambda: with_custom_fields(people, kept), args.runs)
        print(f"give {args.total} recipients their fields: {enrich:.2f} s")
    finally:
        store.dispose()


if __name__ == "__main__":
    main()
