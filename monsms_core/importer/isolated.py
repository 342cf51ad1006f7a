"""Reading and checking an uploaded file in a child process held to memory and CPU limits, so that no
file, however hostile, can slow down or fill the dashboard's own process (every user shares it).

    folder = new_workdir(data_dir)                    # <data_dir>/imports/<random>/
    digest = save_upload(folder, uploaded)            # the bytes go to disk, not into session state
    read = read_in_child(folder, "parents.csv", None) # ReadStage: sheets, columns, 8-row preview…
    done = check_in_child(folder, read.sheet, mapping, "CI", existing, "fr")   # CheckStage: counts…
    checked_upload(folder, done.key)                  # in the worker: the full CheckResult from disk

Each stage is `python -m monsms_core.importer.isolated <stage> <folder> <json>`, which sets
RLIMIT_AS and RLIMIT_CPU on itself (`ImportLimits.child_memory_bytes`, `child_cpu_seconds`) before it
reads anything. A text file's cheap limits (lines, widest line, cells: `importer.shape`) are measured
first, before any parsing. The child writes a small JSON answer (what the page shows) and keeps the
full results (sheet, check) as pickles in the folder; the page only ever holds the small part. A child
that runs out of memory or time is answered with a sentence ("memory_limit", "time_limit").

Folders are removed when the import is queued (its rows are then in the store), when the user picks
another file, or after `ABANDONED` hours by the worker's sweep.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import re
import resource
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from monsms_core.importer.checking import CheckResult, ImportCounts, check
from monsms_core.importer.columns import ColumnMapping, detect_mapping
from monsms_core.importer.limits import DEFAULT_LIMITS, ImportLimits
from monsms_core.importer.problems import ImportProblem
from monsms_core.importer.reading import SheetData, open_workbook
from monsms_core.importer.shape import check_shape, text_shape
from monsms_core.importer.text_files import separator_of
from monsms_core.importer.values import text_series

logger = logging.getLogger("monsms_core.importer")
IMPORTS_DIR = "imports"
UPLOAD = "upload.bin"
PREVIEW_ROWS = 8
REVIEW_ROWS = 1_000  # rows of each review table sent to the page (the download has them all)
XLSX_REJECTED_MAX = 100_000  # beyond this, the rejected rows are offered as CSV only (xlsx is slow)
_NAME = re.compile(r"^[0-9a-f]{16}-[0-9a-f]{8}$")
# Arrow's own allocators reserve large address ranges up front, which RLIMIT_AS counts: the system
# allocator, with few glibc arenas, keeps the address space close to what is really used.
_CHILD_ENV = {"ARROW_DEFAULT_MEMORY_POOL": "system", "MALLOC_ARENA_MAX": "2", "OMP_NUM_THREADS": "1"}


@dataclass(frozen=True)
class ReadStage:
    """What the page shows of a read sheet: never more than the preview rows."""

    sheets: list[str]
    sheet: str
    kind: str
    header_row: int | None
    rows: int
    columns: list[str]
    letters: dict[str, str]
    preview: pd.DataFrame  # the first PREVIEW_ROWS rows as text, indexed by spreadsheet row
    detected: ColumnMapping


@dataclass(frozen=True)
class CheckStage:
    """What the page shows of a check; the full result stays on disk under `key`."""

    key: str
    counts: ImportCounts
    review: dict[str, pd.DataFrame]  # kind → first REVIEW_ROWS rows (see importer.review.review_frame)
    downloads: dict[str, str]  # "<kind>.<xlsx|csv>" → file name in the folder, for each kind with rows


@dataclass(frozen=True)
class CheckedUpload:
    """The worker's side: the check's full result and the account's existing phone → contact id."""

    result: CheckResult
    existing_ids: dict[str, str]


# --- the folder ------------------------------------------------------------------------------------
def imports_root(data_dir: Path) -> Path:
    """Where import folders live."""
    return Path(data_dir) / IMPORTS_DIR


def new_workdir(data_dir: Path) -> Path:
    """A fresh, owner-only folder for one uploaded file."""
    root = imports_root(data_dir)
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = root / f"{secrets.token_hex(8)}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    return folder


def is_workdir(path: str | Path) -> bool:
    """True for a folder this module made (guards every removal)."""
    folder = Path(path)
    return bool(_NAME.match(folder.name)) and folder.parent.name == IMPORTS_DIR


def save_upload(folder: Path, source: BinaryIO) -> str:
    """Copy the uploaded file into `folder` by chunks (never a second copy in memory); a short digest
    of its content (widget and cache keys)."""
    digest = hashlib.sha256()
    with (folder / UPLOAD).open("wb") as target:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
            target.write(chunk)
    return digest.hexdigest()[:16]


def remove_workdir(path: str | Path) -> None:
    """Delete an import folder and everything in it (nothing when it is gone or not one of ours)."""
    if is_workdir(path):
        shutil.rmtree(path, ignore_errors=True)


def remove_stale_workdirs(data_dir: Path, older_than: timedelta) -> int:
    """Delete the import folders untouched for `older_than` (abandoned imports); how many."""
    root = imports_root(data_dir)
    if not root.is_dir():
        return 0
    cutoff = time.time() - older_than.total_seconds()
    removed = 0
    for folder in root.iterdir():
        if is_workdir(folder) and folder.stat().st_mtime < cutoff:
            remove_workdir(folder)
            removed += 1
    return removed


# --- the parent's side -------------------------------------------------------------------------------
def read_in_child(
    folder: Path, filename: str, sheet: str | None, limits: ImportLimits = DEFAULT_LIMITS
) -> ReadStage:
    """Read the uploaded file's sheet (default: the first non-empty one) in a bounded child; raises
    ImportProblem with the sentence for the user."""
    args = {"filename": filename, "sheet": sheet}
    answer = _stage(folder, "read", args, limits)
    preview = pd.DataFrame(answer["preview"]["data"], columns=answer["preview"]["columns"],
                           index=answer["preview"]["index"])  # fmt: skip
    return ReadStage(
        sheets=answer["sheets"], sheet=answer["sheet"], kind=answer["kind"], header_row=answer["header_row"],
        rows=answer["rows"], columns=answer["columns"], letters=answer["letters"], preview=preview,
        detected=ColumnMapping(**answer["detected"]),
    )  # fmt: skip


def check_in_child(
    folder: Path,
    sheet: str,
    mapping: ColumnMapping,
    region: str,
    existing: Mapping[str, str],
    lang: str,
    limits: ImportLimits = DEFAULT_LIMITS,
) -> CheckStage:
    """Check the read sheet with `mapping` in a bounded child (`existing`: the account's phones → ids)."""
    existing_name = _write_existing(folder, existing)
    args = {"sheet": sheet, "mapping": asdict(mapping), "region": region, "existing": existing_name,
            "lang": lang}  # fmt: skip
    answer = _stage(folder, "check", args, limits)
    review = {kind: pd.DataFrame(t["data"], columns=t["columns"]) for kind, t in answer["review"].items()}
    return CheckStage(answer["key"], ImportCounts(**answer["counts"]), review, answer["downloads"])


def checked_upload(folder: str | Path, key: str) -> CheckedUpload:
    """The full check result `key` of a folder, and the existing ids it was checked against."""
    path = Path(folder)
    with (path / f"check-{key}.pkl").open("rb") as handle:
        result, existing_name = pickle.load(handle)  # our own file, written by our child
    existing = json.loads((path / existing_name).read_text(encoding="utf-8"))
    return CheckedUpload(result, existing)


def _write_existing(folder: Path, existing: Mapping[str, str]) -> str:
    text = json.dumps(dict(existing), sort_keys=True)
    name = f"existing-{hashlib.sha256(text.encode()).hexdigest()[:16]}.json"
    if not (folder / name).exists():
        _write_atomic(folder / name, text.encode("utf-8"))
    return name


def _stage(folder: Path, stage: str, args: dict[str, Any], limits: ImportLimits) -> dict[str, Any]:
    """Run `stage` in a child (or reuse its answer from an earlier run); the answer, or ImportProblem."""
    key = hashlib.sha256(json.dumps([stage, args], sort_keys=True).encode()).hexdigest()[:16]
    answer_path = folder / f"{stage}-{key}.json"
    if not answer_path.exists():
        payload = {**args, "key": key, "limits": asdict(limits)}
        command = [sys.executable, "-m", __name__, stage, str(folder), json.dumps(payload)]
        env = {**os.environ, **_CHILD_ENV}
        try:
            done = subprocess.run(command, env=env, timeout=limits.child_wall_seconds, check=False,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
        except subprocess.TimeoutExpired as error:
            raise ImportProblem("time_limit") from error
        if not answer_path.exists():
            raise _crash(done.returncode, done.stderr)
    answer = json.loads(answer_path.read_text(encoding="utf-8"))
    if "problem" in answer:
        raise ImportProblem(answer["problem"]["code"], **answer["problem"]["params"])
    return dict(answer)


def _crash(returncode: int, stderr: bytes) -> ImportProblem:
    """The sentence for a child that died without answering."""
    if returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return ImportProblem("time_limit")
    # Out of address space, a reader dies in many ways (MemoryError, std::bad_alloc, an abort): all are
    # "too big for what an import may use". The tail of its output goes to the log, never to the page.
    logger.warning("import child exited with %s: %s", returncode, stderr[-2000:].decode("utf-8", "replace"))
    return ImportProblem("memory_limit")


def _write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_bytes(data)
    temporary.replace(path)


# --- the child's side --------------------------------------------------------------------------------
def _limit_self(limits: ImportLimits) -> None:
    memory = limits.child_memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = limits.child_cpu_seconds
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def _read_stage(folder: Path, args: dict[str, Any], limits: ImportLimits) -> dict[str, Any]:
    data = (folder / UPLOAD).read_bytes()
    book = open_workbook(data, args["filename"], limits)
    if book.kind == "csv":  # the cheap limits, before the text is parsed
        rows, widest = text_shape(data, book.sniffed.encoding, separator_of(book.sniffed))
        check_shape(rows, widest, limits)
    del data
    sheet = args["sheet"] or book.default_sheet()
    read = book.read_sheet(sheet)
    frame = read.frame
    check_shape(len(frame), frame.shape[1], limits)
    with (folder / f"sheet-{_safe(read.sheet)}.pkl").open("wb") as handle:
        pickle.dump(read, handle, protocol=pickle.HIGHEST_PROTOCOL)
    head = frame.head(PREVIEW_ROWS)
    shown = pd.DataFrame({column: text_series(head[column]) for column in head.columns}, index=head.index)
    return {
        "sheets": list(book.sheet_names), "sheet": read.sheet, "kind": read.kind,
        "header_row": read.header_row, "rows": len(frame), "columns": [str(c) for c in frame.columns],
        "letters": dict(read.letters), "detected": asdict(detect_mapping(frame)),
        "preview": {"columns": [str(c) for c in shown.columns], "index": [int(i) for i in shown.index],
                    "data": shown.astype(str).values.tolist()},
    }  # fmt: skip


def _check_stage(folder: Path, args: dict[str, Any], limits: ImportLimits) -> dict[str, Any]:
    from monsms_core.importer.report import rejected_rows_frame
    from monsms_core.importer.review import review_frame

    with (folder / f"sheet-{_safe(args['sheet'])}.pkl").open("rb") as handle:
        read: SheetData = pickle.load(handle)  # written by the read stage above
    existing = json.loads((folder / args["existing"]).read_text(encoding="utf-8"))
    mapping = ColumnMapping(**args["mapping"])
    mapping.validate(read.frame)
    result = check(read.frame, mapping, args["region"], frozenset(existing))
    key, lang = args["key"], args["lang"]
    with (folder / f"check-{key}.pkl").open("wb") as handle:
        pickle.dump((result, args["existing"]), handle, protocol=pickle.HIGHEST_PROTOCOL)
    review = {}
    for kind in ("rejected", "changed", "duplicates"):
        table = review_frame(result, kind, lang).head(REVIEW_ROWS)
        review[kind] = {"columns": [str(c) for c in table.columns], "data": table.astype(object).where(
            table.notna(), None).values.tolist()}  # fmt: skip
    # Each kind of the report has its own files, every row of it (the page shows the first REVIEW_ROWS):
    # the rejected rows as typed with their reason (to fix and import again), the others as reviewed.
    downloads: dict[str, str] = {}
    frames = {
        "rejected": lambda: rejected_rows_frame(result, lang),
        "changed": lambda: review_frame(result, "changed", lang),
        "duplicates": lambda: review_frame(result, "duplicates", lang),
    }
    counts = result.counts
    sizes = {"rejected": counts.rejected, "changed": counts.repaired + counts.migrated,
             "duplicates": counts.duplicates}  # fmt: skip
    for kind, build in frames.items():
        if sizes[kind]:
            downloads.update(_write_downloads(folder, kind, key, build(), lang))
    return {"key": key, "counts": asdict(result.counts), "review": review, "downloads": downloads}


def _write_downloads(folder: Path, kind: str, key: str, frame: pd.DataFrame, lang: str) -> dict[str, str]:
    """Write one report kind's rows as CSV (and as xlsx up to XLSX_REJECTED_MAX rows); their file names
    by "<kind>.<format>"."""
    from monsms_core import exports
    from monsms_core.i18n import translate

    written = {f"{kind}.csv": f"{kind}-{key}.csv"}
    (folder / written[f"{kind}.csv"]).write_bytes(exports.to_csv_bytes(frame))
    if len(frame) <= XLSX_REJECTED_MAX:
        title = translate(f"import_view.sheet.{kind}", lang)
        written[f"{kind}.xlsx"] = f"{kind}-{key}.xlsx"
        (folder / written[f"{kind}.xlsx"]).write_bytes(exports.to_xlsx_bytes(frame, sheet_name=title))
    return written


def _safe(sheet: str) -> str:
    return hashlib.sha256(sheet.encode("utf-8")).hexdigest()[:16]


def child_main(argv: list[str]) -> int:
    """Entry point of the child: `<stage> <folder> <json args>`; writes `<stage>-<key>.json`."""
    stage, folder, payload = argv[0], Path(argv[1]), json.loads(argv[2])
    limits = ImportLimits(**payload.pop("limits"))
    _limit_self(limits)
    try:
        answer = (_read_stage if stage == "read" else _check_stage)(folder, payload, limits)
    except ImportProblem as problem:
        answer = {"problem": {"code": problem.code, "params": problem.params}}
    except MemoryError:
        answer = {"problem": {"code": "memory_limit", "params": {}}}
    _write_atomic(folder / f"{stage}-{payload['key']}.json", json.dumps(answer, default=str).encode("utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(child_main(sys.argv[1:]))
