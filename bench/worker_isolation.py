"""Issue 10's figures: (1) reading and checking an uploaded CSV in the bounded child — time to the
answer and peak resident memory of the whole process tree (this process standing for the dashboard, plus
the import children) for 100k, 1M and 3M rows; (2) takeover time: a worker killed (SIGKILL) mid-send,
another worker already running, default timings — seconds from the kill to the send being finished.

    .venv/bin/python bench/worker_isolation.py [--rows 100000 1000000 3000000] [--campaigns 60]

Starts its own sandbox (temporary SQLite file, free port); files are generated in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without install

from monsms_core.client import MonSmsClient
from monsms_core.importer import ImportProblem
from monsms_core.importer.isolated import check_in_child, new_workdir, read_in_child, save_upload
from monsms_core.store import Store
from monsms_core.worker import enqueue_send
from monsms_sandbox.server import SandboxServer
from tests.core.worker.worker_support import submit_send, tag_counts
from tests.e2e.process_tree import PeakSampler, tree_rss


def _csv(path: Path, rows: int) -> Path:
    rng = random.Random(rows)
    with path.open("w", encoding="utf-8") as out:
        out.write("Nom;Téléphone\n")
        for i in range(rows):
            out.write(f"K{i};07{rng.randint(10_000_000, 99_999_999)}\n")
    return path


def import_figures(rows_list: list[int], folder: Path) -> None:
    print("| rows | file | answer | time to answer | tree peak RSS | growth over the idle tree |")
    print("|---|---|---|---|---|---|")
    for rows in rows_list:
        source = _csv(folder / f"r{rows}.csv", rows)
        work = new_workdir(folder)
        with source.open("rb") as handle:
            save_upload(work, handle)
        baseline = tree_rss(os.getpid())
        started = time.monotonic()
        with PeakSampler(os.getpid(), every=0.02) as sampler:
            try:
                read = read_in_child(work, source.name, None)
                checked = check_in_child(work, read.sheet, read.detected, "CI", {}, "fr")
                answer = f"{checked.counts.valid:,} valid"
            except ImportProblem as problem:
                answer = problem.user_message("fr")
        elapsed = time.monotonic() - started
        size = source.stat().st_size / 2**20
        print(f"| {rows:,} | {size:.0f} MB | {answer} | {elapsed:.1f} s | {sampler.peak / 2**20:.0f} MB | "
              f"{(sampler.peak - baseline) / 2**20:.0f} MB |")


def takeover_figure(folder: Path, campaigns: int) -> None:
    sandbox = SandboxServer(str(folder / "sandbox.db"), port=0).start()
    try:
        key = sandbox.create_account(credit=100_000)
        url = f"sqlite:///{folder / 'monsms.db'}"
        store = Store.open(url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONSMS_")}
        env.update(MONSMS_DATABASE_URL=url, MONSMS_DATA_DIR=str(folder), MONSMS_API_KEY=key,
                   MONSMS_BASE_URL=sandbox.base_url)  # fmt: skip
        command = [sys.executable, "-m", "monsms_core", "worker"]
        logs = [(folder / f"w{i}.log").open("wb") for i in range(2)]
        first = subprocess.Popen(command, env=env, stdout=logs[0], stderr=subprocess.STDOUT)
        time.sleep(3)  # the first worker is up and claims the job, not the second
        entry = submit_send(store, "bench", campaigns)
        enqueue_send(store, entry.id, "bench")
        while sum(1 for c in (store.outbox.get(entry.id).campaign_ids or []) if c) < 5:  # type: ignore[union-attr]
            time.sleep(0.05)
        second = subprocess.Popen(command, env=env, stdout=logs[1], stderr=subprocess.STDOUT)
        time.sleep(3)
        first.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        first.wait()
        while store.outbox.get(entry.id).status != "sent":  # type: ignore[union-attr]
            time.sleep(0.1)
        finished = time.monotonic() - killed
        with MonSmsClient(key, sandbox.base_url) as client:
            creates = sum(tag_counts(client).values())
        second.send_signal(signal.SIGTERM)
        second.wait(60)
        print(f"takeover: {campaigns} campaigns, killed after >= 5; sent {finished:.1f} s after the kill; "
              f"campaigns on the account: {creates} (one per chunk: {creates == campaigns})")
        store.dispose()
    finally:
        sandbox.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000, 3_000_000])
    parser.add_argument("--campaigns", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="monsms-bench-") as temporary:
        folder = Path(temporary)
        import_figures(args.rows, folder)
        takeover_figure(folder, args.campaigns)


if __name__ == "__main__":
    main()
