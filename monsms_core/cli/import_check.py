"""`python -m monsms_core import-check FILE`: what importing a contact spreadsheet would give, without
importing anything — the same reading, column detection and checks as the Import page.

    import-check contacts.xlsx [--sheet NAME] [--country CI] [--phone-column COL] [--json] [--lang fr|en]

Exit code 0 when the file was checked (even with rejected rows), 2 when it cannot be read: then one
sentence goes to standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from monsms_core.i18n import LANGUAGES
from monsms_core.importer import (
    DEFAULT_LIMITS,
    FIELDS,
    CheckResult,
    ImportProblem,
    SheetData,
    check,
    detect_mapping,
    find_column,
    issue_lines,
    open_workbook,
    summary_lines,
)
from monsms_core.importer.limits import MEGABYTE

EXIT_UNREADABLE = 2
# The fields of each valid contact in the JSON answer, in this order.
VALID_FIELDS = ("row", "phone", "status", "original", "reason", "name", "first_name", "last_name", "sex")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `import-check` subcommand to the router."""
    parser = subparsers.add_parser(
        "import-check",
        help="check a contact spreadsheet (xlsx, xls, ods, csv, txt) without importing it",
        description="Read a contact spreadsheet like the Import page does and report the contacts it would "
        "create, the rejected rows (with the reason) and the duplicates. Nothing is sent anywhere.",
    )
    parser.add_argument("file", metavar="FILE", help="the spreadsheet file")
    parser.add_argument(
        "--sheet", metavar="NAME", help="the sheet to read (default: the first non-empty one)"
    )
    parser.add_argument(
        "--country",
        default="CI",
        metavar="CC",
        help="two-letter country of numbers written without a country code (default: CI)",
    )
    parser.add_argument(
        "--phone-column",
        metavar="COL",
        help="header or letter (e.g. C) of the phone column (default: detected)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a summary")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the messages (default: fr)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the file; print the JSON object or the summary; 2 with one sentence if it cannot be read."""
    lang = args.lang
    try:
        sheet, result = check_file(Path(args.file), args.sheet, args.country, args.phone_column)
    except ImportProblem as problem:
        print(problem.user_message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    if args.json:
        # One string, one write: json.dump would hand stdout each token separately (millions of writes).
        sys.stdout.write(json_text(sheet, result, lang) + "\n")
    else:
        lines = summary_lines(result, lang, sheet=sheet.sheet)
        lines += issue_lines(result.issues, lang, limit=30)
        print("\n".join(lines))
    return 0


def check_file(
    path: Path, sheet: str | None, country: str, phone_column: str | None
) -> tuple[SheetData, CheckResult]:
    """Read, map and check one file, as the Import page does; ImportProblem for anything unreadable."""
    try:
        if path.stat().st_size > DEFAULT_LIMITS.max_file_bytes:  # before reading 2 GB into memory
            raise ImportProblem("too_large", limit_mb=round(DEFAULT_LIMITS.max_file_bytes / MEGABYTE))
        data = path.read_bytes()
    except OSError as error:
        raise ImportProblem("cannot_open", path=str(path)) from error
    book = open_workbook(data, path.name)
    sheet_data = book.read_sheet(sheet)
    mapping = detect_mapping(sheet_data.frame)
    if phone_column:
        column = find_column(sheet_data.frame, phone_column, dict(sheet_data.letters))
        mapping = mapping.with_phone(column)
    return sheet_data, check(sheet_data.frame, mapping, country)


def json_text(sheet: SheetData, result: CheckResult, lang: str) -> str:
    """The machine-readable answer as one JSON object: counts, valid contacts, rejected entries and
    duplicates. The valid contacts (most of a big file) go through pandas' C encoder in one call: built
    as Python dicts and written by `json` they took longer than reading the file."""
    custom = list(result.custom_fields)
    pieces: dict[str, str] = {
        "file": json.dumps(
            {
                "sheet": sheet.sheet,
                "kind": sheet.kind,
                "header_row": sheet.header_row,
                "encoding": sheet.encoding,
                "separator": sheet.separator,
            },
            ensure_ascii=False,
        ),
        "mapping": json.dumps(
            {name: getattr(result.mapping, name) for name in FIELDS} | {"custom": custom}, ensure_ascii=False
        ),
        "counts": json.dumps(result.counts.as_dict()),
        "valid": _valid_records(result.valid, custom),
        "rejected": json.dumps([issue.as_dict(lang) for issue in result.rejected], ensure_ascii=False),
        "duplicates": json.dumps([issue.as_dict(lang) for issue in result.duplicates], ensure_ascii=False),
        "summary": json.dumps(summary_lines(result, lang, sheet=sheet.sheet), ensure_ascii=False),
    }
    return "{" + ", ".join(f"{json.dumps(key)}: {text}" for key, text in pieces.items()) + "}"


def _valid_records(valid: pd.DataFrame, custom: list[str]) -> str:
    """The valid contacts as a JSON array of objects: the fixed fields, then `fields` with the sheet's
    custom columns when it has some."""
    records = valid[list(VALID_FIELDS)].copy()
    if custom:
        custom_values = zip(*(_plain_values(valid[name]) for name in custom), strict=True)
        records["fields"] = [dict(zip(custom, values, strict=True)) for values in custom_values]
    text: str = records.to_json(orient="records", force_ascii=False, double_precision=15)
    return text


def _plain_values(column: pd.Series) -> list[object]:
    """The column as JSON-ready Python values. `tolist` turns numpy numbers into Python ones; text (enums
    included: they are `str`) is written by the JSON encoder as it is."""
    values: list[object] = column.tolist()
    if column.dtype == object and pd.api.types.infer_dtype(column, skipna=True) not in ("string", "empty"):
        return [value.item() if isinstance(value, np.generic) else value for value in values]
    return values
