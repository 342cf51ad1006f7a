"""Contact import: uploaded bytes → sheet → column mapping → checked rows → report.

    from monsms_core.importer import open_workbook, detect_mapping, check, rejected_rows_frame

    book = open_workbook(data, filename)          # ImportProblem here for a file it cannot read
    sheet = book.read_sheet(book.sheet_names[0])  # SheetData: .frame indexed by spreadsheet row number
    mapping = detect_mapping(sheet.frame)         # ColumnMapping, for the user to confirm or change
    result = check(sheet.frame, mapping, "CI", existing_phones)   # CheckResult: valid, issues, counts

Modules: `sniffing` (what the bytes are, safety checks), `reading` (workbooks and sheets),
`text_files` (CSV and "Unicode text"), `header` (header row below title lines), `columns` (mapping),
`checking` (rows → contacts and issues), `report` (summary, rejected rows), `model` (the model sheet),
`problems` (ImportProblem, Issue), `limits`, `values` (cells as text), `gc_pause`. Exports (xlsx/CSV
bytes with formulas neutralised) are in `monsms_core.exports.files`. `upload` (sending checked
contacts) is the upload job's.
"""

from __future__ import annotations

from monsms_core.importer.checking import VALID_COLUMNS, CheckResult, ImportCounts, check, row_numbers
from monsms_core.importer.columns import FIELDS, ColumnMapping, detect_mapping, find_column, match_header
from monsms_core.importer.header import find_header_row
from monsms_core.importer.limits import DEFAULT_LIMITS, ImportLimits
from monsms_core.importer.model import model_filename, model_sheet
from monsms_core.importer.problems import ALREADY_IN_ACCOUNT, DUPLICATE_IN_FILE, ImportProblem, Issue
from monsms_core.importer.reading import SheetData, Workbook, list_sheets, open_workbook, read_sheet
from monsms_core.importer.report import issue_lines, issues_frame, rejected_rows_frame, summary_lines
from monsms_core.importer.sniffing import sniff

__all__ = [
    "ALREADY_IN_ACCOUNT",
    "DEFAULT_LIMITS",
    "DUPLICATE_IN_FILE",
    "FIELDS",
    "VALID_COLUMNS",
    "CheckResult",
    "ColumnMapping",
    "ImportCounts",
    "ImportLimits",
    "ImportProblem",
    "Issue",
    "SheetData",
    "Workbook",
    "check",
    "detect_mapping",
    "find_column",
    "find_header_row",
    "issue_lines",
    "issues_frame",
    "list_sheets",
    "match_header",
    "model_filename",
    "model_sheet",
    "open_workbook",
    "read_sheet",
    "rejected_rows_frame",
    "row_numbers",
    "sniff",
    "summary_lines",
]
