"""How long the contacts page's pager takes to learn the account's size when the API gives no total
(`contacts.browse.count_contacts`: doubling then halving the page number, pages of 50), against reading
every contact (`contacts.index.build_index`, pages of 1,000: what the search list does).

A script, not a test. It starts its own sandbox in-process (temporary SQLite file, free port), fills one
account per size with the rate limit lifted, then counts with the sandbox's default limit (20 requests/s)
back in place, as the page would meet it.

Usage:  .venv/bin/python bench/contacts_count.py [--sizes 200 10000 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without install

import requests

from monsms_core.client import MonSmsClient
from monsms_core.contacts.browse import count_contacts
from monsms_core.contacts.index import build_index
from monsms_sandbox.control import SandboxControl
from monsms_sandbox.server import SandboxServer


def _rate(server: SandboxServer, per_second: float) -> None:
    answer = requests.post(f"{server.root_url}/_sandbox/config", json={"rateLimitPerSecond": per_second},
                           timeout=10)  # fmt: skip
    answer.raise_for_status()


def _median(action, repeat: int) -> float:  # type: ignore[no-untyped-def]  # any callable
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {platform.python_implementation()} "
          f"{platform.python_version()}; medians of {args.repeat}")  # fmt: skip
    print("| contacts | count_contacts (pages of 50) | requests | build_index (pages of 1,000) |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxServer(Path(tmp) / "bench.db", host="127.0.0.1", port=0).start()
        control = SandboxControl(server.root_url)
        try:
            for size in args.sizes:
                key = control.create_account(credit=10)
                with MonSmsClient(key, server.base_url) as client:
                    _rate(server, 1_000_000)
                    batch = ({"phone": f"22507{i:08d}"} for i in range(size))
                    for _ in client.contacts.create_many(batch, batch_size=1000):
                        pass
                    _rate(server, 20)
                    before = int(control.stats()["requests"].get("/contact/list", 0))
                    assert count_contacts(client) == size
                    asked = int(control.stats()["requests"].get("/contact/list", 0)) - before
                    counting = _median(lambda c=client: count_contacts(c), args.repeat)
                    reading = _median(lambda c=client: build_index(c), args.repeat)
                print(f"| {size:,} | {counting:.2f} s | {asked} | {reading:.2f} s |")
        finally:
            control.close()
            server.stop()


if __name__ == "__main__":
    main()
