"""`import-check --json` against a bare `pd.read_excel(engine="calamine")`, each in a fresh process.

A script, not a test. Both commands run alternately `--repeat` times on the same file (default the
100,000-row xlsx that `bench/import_check.py` writes under bench/output/); the figure is the ratio of
the medians, wall clock and CPU (user + system of the child, which a busy machine inflates least), and
each command's peak resident memory (GNU time's %M). Interpreter start and imports count on both sides,
as they do for whoever types the command. A `.csv` file is read bare with `pd.read_csv(sep=";",
dtype=str, skiprows=2)` (the title and blank lines `bench/import_check.py` writes).

Usage:  .venv/bin/python bench/import_check_cli.py [--file bench/output/c100k.xlsx] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_EXCEL = "import sys, pandas as pd; pd.read_excel(sys.argv[1], engine='calamine')"
BARE_CSV = "import sys, pandas as pd; pd.read_csv(sys.argv[1], sep=';', dtype=str, skiprows=2)"


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall and CPU seconds and peak resident megabytes of one child process; its output is discarded."""
    started = time.perf_counter()
    finished = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S %M", *command],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    wall = time.perf_counter() - started
    user, system, peak_kb = finished.stderr.split()[-3:]
    return wall, float(user) + float(system), int(peak_kb) // 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", type=Path, default=ROOT / "bench" / "output" / "c100k.xlsx")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    csv = args.file.suffix.lower() == ".csv"
    commands = {
        "bare read": [sys.executable, "-c", BARE_CSV if csv else BARE_EXCEL, str(args.file)],
        "import-check --json": [
            sys.executable,
            "-m",
            "monsms_core",
            "import-check",
            "--json",
            str(args.file),
        ],
        "import-check": [sys.executable, "-m", "monsms_core", "import-check", str(args.file)],
    }
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, list[int]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            wall, cpu, peak = timed(command)
            walls[name].append(wall)
            cpus[name].append(cpu)
            peaks[name].append(peak)
    bare_wall, bare_cpu = (
        statistics.median(walls["bare read"]),
        statistics.median(cpus["bare read"]),
    )
    print(f"{args.file.name}, {args.repeat} runs each, load average {os.getloadavg()[0]:.1f}")
    for name in commands:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        ratios = f"wall {wall:5.2f} s ({wall / bare_wall:.2f}×)   cpu {cpu:5.2f} s ({cpu / bare_cpu:.2f}×)"
        print(f"{name:22} {ratios}   peak {max(peaks[name])} MB")


if __name__ == "__main__":
    main()
