"""How fast the importer checks big files: 100,000-row xlsx against bare pandas, 1,000,000-row CSV.

A script, not a test. It writes its inputs under bench/output/ (git-ignored), then:

* xlsx: a `--xlsx-rows` sheet (default 100,000; title line, French headers, phones as numbers and as
  text in several formats, duplicates, landlines, old 8-digit numbers) written with xlsxwriter. It times
  `pd.read_excel(engine="calamine")` alone and the whole import check (open + read + header + mapping
  + check) on the same bytes, alternately, `--repeat` times each, and reports the ratio of the medians,
  wall-clock and CPU time (`time.process_time`, which a busy shared machine inflates least).
* CSV: a `--csv-rows` file (default 1,000,000, ";"-separated, UTF-8), once as Excel writes it (every
  line padded to the full width: Arrow's reader) and once as people type it (a one-field title line
  and an empty line: pandas' reader). The import check runs in a child process, so its peak memory
  (`resource.getrusage(RUSAGE_SELF).ru_maxrss` read by the child at the end: the peak resident set
  size of the whole process — interpreter, pandas, data) is its own; a
  child that only imports the modules gives the baseline. A last child times `phones.normalize_many`
  alone on the distinct phone cells, with the garbage collector on and paused, to show the phones
  module's share.

Usage:  .venv/bin/python bench/import_check.py [--xlsx-rows 100000] [--csv-rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without install

import pandas as pd
import xlsxwriter

from monsms_core.importer import check, detect_mapping, open_workbook
from monsms_core.importer.gc_pause import cyclic_gc_paused
from monsms_core.phones import normalize_many

OUTPUT = ROOT / "bench" / "output"
PREFIXES = ("07", "05", "01")


def _number(rng: random.Random) -> str:
    return rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}"


def _formatted(rng: random.Random, digits: str) -> str:
    style = rng.randrange(6)
    if style == 0:
        return digits
    if style == 1:
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    if style == 2:
        return "+225 " + digits
    if style == 3:
        return "225" + digits
    if style == 4:
        return ".".join(digits[i : i + 2] for i in range(0, 10, 2))
    return f"{digits[:2]}-{digits[2:4]}-{digits[4:6]}-{digits[6:8]}-{digits[8:]}"


def write_xlsx(path: Path, rows: int, seed: int = 4) -> None:
    """A realistic contact sheet: about 40% of phones stored as numbers (leading zero lost)."""
    rng = random.Random(seed)
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    sheet = workbook.add_worksheet("Contacts")
    sheet.write_string(0, 0, "Liste des membres — paroisse Saint-Jean")
    sheet.write_row(2, 0, ["Nom", "Prénoms", "Téléphone", "Sexe", "Ville", "Cotisation"])
    for i in range(rows):
        row = i + 3
        digits = _number(rng)
        kind = rng.random()
        sheet.write_string(row, 0, rng.choice(("KOUASSI", "KONÉ", "TRAORÉ", "YAO", "BAMBA", "N'GUESSAN")))
        sheet.write_string(row, 1, f"Awa {i}")
        if kind < 0.4:
            sheet.write_number(row, 2, int(digits))
        elif kind < 0.41:
            sheet.write_string(row, 2, "27 22 44 55 66")  # landline: rejected
        elif kind < 0.42:
            sheet.write_string(row, 2, digits[2:])  # old 8-digit number
        elif kind < 0.44 and row > 10:
            sheet.write_string(row, 2, "0707000001")  # the same number again and again
        else:
            sheet.write_string(row, 2, _formatted(rng, digits))
        sheet.write_string(row, 3, rng.choice(("M", "F", "Mme", "M.")))
        sheet.write_string(row, 4, rng.choice(("Abidjan", "Bouaké", "Yamoussoukro", "Daloa")))
        sheet.write_number(row, 5, rng.choice((1000, 2500, 5000)))
    workbook.close()


def write_csv(path: Path, rows: int, seed: int = 5, *, ragged: bool = False) -> None:
    """A contact CSV as Excel writes it (every line padded to the full width, title and blank lines
    included); `ragged` writes the title and blank lines as people type them (one field, empty line)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        if ragged:
            out.write("Liste des clients\r\n\r\n")
        else:
            out.write("Liste des clients;;;;\r\n;;;;\r\n")
        out.write("Nom;Prénoms;Téléphone;Sexe;Ville\r\n")
        for i in range(rows):
            digits = _number(rng)
            phone = _formatted(rng, digits) if rng.random() > 0.01 else "27 22 44 55 66"
            out.write(f"KOUASSI;Awa {i};{phone};{rng.choice('MF')};Abidjan\r\n")


def import_check(data: bytes, filename: str) -> dict[str, int]:
    """What the dashboard does with an upload: open, read the default sheet, map, check."""
    book = open_workbook(data, filename)
    sheet = book.read_sheet()
    mapping = detect_mapping(sheet.frame)
    return check(sheet.frame, mapping).counts.as_dict()


def bench_xlsx(path: Path, repeat: int) -> dict[str, object]:
    """Bare read and import check alternately, wall-clock and CPU time (CPU time is what a busy shared
    machine inflates least: waiting for a core is not counted)."""
    data = path.read_bytes()
    bare: list[float] = []
    full: list[float] = []
    bare_cpu: list[float] = []
    full_cpu: list[float] = []
    counts: dict[str, int] = {}
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        pd.read_excel(io.BytesIO(data), engine="calamine")
        bare.append(time.perf_counter() - started)
        bare_cpu.append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        counts = import_check(data, path.name)
        full.append(time.perf_counter() - started)
        full_cpu.append(time.process_time() - cpu)
    return {
        "bytes": len(data),
        "read_excel_s": bare,
        "import_check_s": full,
        "ratio_of_medians": statistics.median(full) / statistics.median(bare),
        "cpu_ratio_of_medians": statistics.median(full_cpu) / statistics.median(bare_cpu),
        "read_excel_cpu_median": statistics.median(bare_cpu),
        "import_check_cpu_median": statistics.median(full_cpu),
        "counts": counts,
    }


def child(path: str | None, phones_only: bool) -> None:
    """Run in a fresh process: the import check of `path` (or nothing), timings on stdout. With
    `phones_only`, time just `phones.normalize_many` on the distinct cells of the phone column (the
    share of the check that belongs to the phones module)."""
    result: dict[str, object] = {}
    if path and phones_only:
        sheet = open_workbook(Path(path).read_bytes(), Path(path).name).read_sheet()
        column = detect_mapping(sheet.frame).phone
        values = pd.unique(sheet.frame[column]).tolist()
        started, cpu = time.perf_counter(), time.process_time()
        normalize_many(values)
        result["seconds"] = time.perf_counter() - started
        result["cpu_seconds"] = time.process_time() - cpu
        result["values"] = len(values)
        with cyclic_gc_paused():  # as the import check calls it
            cpu = time.process_time()
            normalize_many(values)
            result["paused_cpu_seconds"] = time.process_time() - cpu
    elif path:
        data = Path(path).read_bytes()
        started, cpu = time.perf_counter(), time.process_time()
        result["counts"] = import_check(data, Path(path).name)
        result["seconds"] = time.perf_counter() - started
        result["cpu_seconds"] = time.process_time() - cpu
    # the peak resident set size of this whole process (Linux reports kilobytes)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run_child(path: Path | None, *, phones_only: bool = False) -> dict[str, object]:
    args = [sys.executable, __file__, "--child", str(path) if path else ""]
    if phones_only:
        args.append("--phones-only")
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--phones-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child or None, args.phones_only)
        return
    OUTPUT.mkdir(parents=True, exist_ok=True)
    print(f"python {platform.python_version()}, pandas {pd.__version__}, {platform.machine()}")
    xlsx = OUTPUT / f"contacts_{args.xlsx_rows}.xlsx"
    write_xlsx(xlsx, args.xlsx_rows)
    report = bench_xlsx(xlsx, args.repeat)
    print(f"xlsx {args.xlsx_rows} rows ({report['bytes']:,} bytes)")
    print("  read_excel(calamine) s:", ", ".join(f"{s:.2f}" for s in report["read_excel_s"]))  # type: ignore[union-attr]
    print("  import check s:        ", ", ".join(f"{s:.2f}" for s in report["import_check_s"]))  # type: ignore[union-attr]
    print(f"  ratio of medians: {report['ratio_of_medians']:.2f} wall-clock, "
          f"{report['cpu_ratio_of_medians']:.2f} CPU time ({report['import_check_cpu_median']:.2f} s vs "
          f"{report['read_excel_cpu_median']:.2f} s)")
    print("  counts:", report["counts"])
    baseline = run_child(None)
    print(f"baseline child (imports only): peak RSS {baseline['peak_rss_mb']:.0f} MB")
    for ragged in (False, True):
        csv_path = OUTPUT / f"contacts_{args.csv_rows}{'_ragged' if ragged else ''}.csv"
        write_csv(csv_path, args.csv_rows, ragged=ragged)
        answer = run_child(csv_path)
        label = "as typed (one-field title, empty line)" if ragged else "as Excel writes it"
        size = csv_path.stat().st_size
        print(f"csv {args.csv_rows} rows {label} ({size:,} bytes): {answer['seconds']:.2f} s "
              f"({answer['cpu_seconds']:.2f} s CPU), peak RSS {answer['peak_rss_mb']:.0f} MB")
        print("  counts:", answer["counts"])
    phones = run_child(csv_path, phones_only=True)
    print(f"  phones.normalize_many alone on its {phones['values']:,} distinct cells (own process): "
          f"{phones['seconds']:.2f} s ({phones['cpu_seconds']:.2f} s CPU) with the garbage collector on, "
          f"{phones['paused_cpu_seconds']:.2f} s CPU with it paused as the check does")


if __name__ == "__main__":
    main()
