"""How fast the client creates contacts: batched requests versus one request per contact.

A script, not a test. It starts its own sandbox in-process (temporary SQLite file, free port, rate
limit disabled so the limiter does not cap the figure), then:

* creates `--total` contacts (default 100,000) with `client.contacts.create_many(batch_size=B)` for
  each B of `--batch-sizes` (default 500 and 1000), a fresh account per run;
* creates `--single` contacts (default 2,000) with one `/contact/create` request each and
  extrapolates that rate to `--total` (running 100,000 single requests would take minutes and say
  nothing more).

Usage:  .venv/bin/python bench/client_throughput.py [--total 100000] [--single 2000] [--batch-sizes 500 1000]
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without install

import requests

from monsms_core.client import MonSmsClient
from monsms_sandbox.server import SandboxServer


def phones(count: int, offset: int = 0) -> Iterator[dict[str, str]]:
    """Distinct valid Ivorian mobile numbers (Orange 07 range), as contact objects."""
    for i in range(offset, offset + count):
        yield {"phone": f"22507{i:08d}", "firstName": "Awa", "lastName": f"Koné {i}"}


def run_batched(server: SandboxServer, total: int, batch_size: int) -> float:
    """Seconds to create `total` contacts `batch_size` per request, after checking they all exist."""
    client = MonSmsClient(server.create_account(), server.base_url)
    started = time.perf_counter()
    created = sum(result.created_count for result in client.contacts.create_many(phones(total), batch_size))
    elapsed = time.perf_counter() - started
    listed = sum(1 for _ in client.contacts.iterate(count=1000))
    if created != total or listed != total:
        raise SystemExit(f"batch {batch_size}: created {created}, listed {listed}, expected {total}")
    client.close()
    return elapsed


def run_single(server: SandboxServer, count: int) -> float:
    """Seconds to create `count` contacts with one request each."""
    client = MonSmsClient(server.create_account(), server.base_url)
    started = time.perf_counter()
    for contact in phones(count):
        client.contacts.create([contact])
    elapsed = time.perf_counter() - started
    if client.contacts.list(count=5).total not in (None, count):
        raise SystemExit("single: unexpected total")
    client.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--single", type=int, default=2_000)
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[500, 1000])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxServer(Path(tmp) / "bench.db", host="127.0.0.1", port=0).start()
        try:
            answer = requests.post(
                f"{server.root_url}/_sandbox/config", json={"rateLimitPerSecond": 1_000_000}, timeout=10
            )
            answer.raise_for_status()
            print(
                f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {platform.machine()}, "
                f"{platform.python_implementation()} {platform.python_version()}, cores: {_cores()}"
            )
            single = run_single(server, args.single)
            single_rate = args.single / single
            print(
                f"one request per contact: {args.single:,} contacts in {single:.1f} s = {single_rate:,.0f} "
                f"contacts/s -> {args.total:,} would take about {args.total / single_rate:,.0f} s "
                "(extrapolated)"
            )
            for batch_size in args.batch_sizes:
                elapsed = run_batched(server, args.total, batch_size)
                rate = args.total / elapsed
                print(
                    f"batches of {batch_size}: {args.total:,} contacts in {elapsed:.1f} s = "
                    f"{rate:,.0f} contacts/s ({rate / single_rate:.0f}x one-per-contact)"
                )
        finally:
            server.stop()


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


if __name__ == "__main__":
    main()
