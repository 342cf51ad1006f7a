"""Uploaded bytes → sheets → a DataFrame under its header row, whatever the user's spreadsheet program.

Excel and LibreOffice files (xlsx, xlsm, xlsb, xls, ods) are read with calamine — the reader behind
`pd.read_excel(engine="calamine")`, called directly so every cell stays where it is in the sheet (row
numbers are the user's) and values stay as read: a phone stored as a number stays a number, and the
phones module puts its lost leading zero back. CSV and Excel's "Unicode text" are read as text only
(`dtype=str`), so no leading zero is ever lost there; the encoding and the separator are detected.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import pandas as pd
import python_calamine

from monsms_core.importer.header import apply_header, find_header_row
from monsms_core.importer.limits import DEFAULT_LIMITS, ImportLimits
from monsms_core.importer.problems import ImportProblem
from monsms_core.importer.sniffing import Sniffed, sniff

_SEPARATORS = (";", ",", "\t", "|")
_SEP_HINT = re.compile(r"\A\ufeff?sep=(.)\r?\n", re.IGNORECASE)  # Excel's "sep=;" first line
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_LINES = 200
_EXPECTED_FIELDS = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_BYTE_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "cp1252"})


@dataclass(frozen=True)
class SheetData:
    """One sheet under its header.

    `frame` has one column per header (text as in the sheet) and is indexed by the spreadsheet row
    number the user sees ("row": 1-based, title lines and header counted). Cells are as read: text,
    numbers (float), dates; CSV cells are always text.
    """

    frame: pd.DataFrame
    sheet: str
    header_row: int | None  # spreadsheet row number of the header; None when the sheet has none
    kind: str  # "xlsx" | "xlsb" | "xls" | "ods" | "csv"
    letters: Mapping[str, str] = field(default_factory=dict)  # column → spreadsheet letter
    encoding: str | None = None  # CSV only
    separator: str | None = None  # CSV only


class Workbook:
    """An uploaded file, checked and identified once; its sheets are read on demand."""

    def __init__(self, data: bytes, filename: str = "", limits: ImportLimits = DEFAULT_LIMITS) -> None:
        self.filename = filename
        self.limits = limits
        self._sniffed: Sniffed = sniff(data, filename, limits)
        self._data = data
        self.kind = "csv" if self._sniffed.kind == "text" else self._sniffed.kind
        self._book: python_calamine.CalamineWorkbook | None = None
        self._separator: str | None = None
        self._sheets: dict[str, python_calamine.CalamineSheet] = {}  # parsing a sheet is the costly part
        if self.kind == "csv":
            self.sheet_names: tuple[str, ...] = (PurePath(filename).stem or "CSV",)
            self._visible: tuple[str, ...] = self.sheet_names
        else:
            self._book = _open_calamine(data, self.kind)
            metadata = _calamine(lambda: self._book.sheets_metadata if self._book else [])
            worksheets = [m for m in metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
            self.sheet_names = tuple(m.name for m in worksheets)
            self._visible = tuple(
                m.name for m in worksheets if m.visible == python_calamine.SheetVisibleEnum.Visible
            )
            if not self.sheet_names:
                raise ImportProblem("no_sheets")

    def default_sheet(self) -> str:
        """The sheet to offer first: the first visible sheet that has any cell, else the first one."""
        candidates = self._visible or self.sheet_names
        if self._book is not None and len(candidates) > 1:
            for name in candidates:
                if self._sheet(name).height > 0:
                    return name
        return candidates[0]

    def _sheet(self, name: str) -> python_calamine.CalamineSheet:
        if name not in self._sheets:
            book = self._book
            assert book is not None  # only workbooks have sheets to parse
            self._sheets[name] = _calamine(lambda: book.get_sheet_by_name(name))
        return self._sheets[name]

    def read_grid(self, sheet: str | int | None = None) -> tuple[str, pd.DataFrame]:
        """(sheet name, the sheet as a grid): one row per spreadsheet row from row 1, one column per
        column from A, positions as index. CSV cells are text; workbook cells as calamine reads them."""
        name = self._resolve(sheet)
        if self._book is None:
            grid, self._separator = _read_text_grid(self._sniffed, self._data, self.limits)
            return name, grid
        sheet_obj = self._sheet(name)
        rows = _calamine(lambda: sheet_obj.to_python(skip_empty_area=False, nrows=self.limits.max_rows + 1))
        if len(rows) > self.limits.max_rows:
            raise ImportProblem("too_many_rows", limit=self.limits.max_rows)
        return name, pd.DataFrame(rows, dtype=object)

    def read_sheet(self, sheet: str | int | None = None) -> SheetData:
        """The sheet under its header row (found below any title lines). Raises ImportProblem for an
        empty sheet or one with a header and no rows."""
        name, grid = self.read_grid(sheet)
        if grid.empty:
            raise ImportProblem("empty_sheet", sheet=name)
        header_position = find_header_row(grid)
        frame, letters = apply_header(grid, header_position)
        if frame.empty or frame.shape[1] == 0:
            raise ImportProblem("empty_sheet" if header_position is None else "no_rows", sheet=name)
        return SheetData(
            frame=frame,
            sheet=name,
            header_row=None if header_position is None else header_position + 1,
            kind=self.kind,
            letters=letters,
            encoding=self._sniffed.encoding,
            separator=self._separator,
        )

    def _resolve(self, sheet: str | int | None) -> str:
        if sheet is None:
            return self.default_sheet()
        if isinstance(sheet, int):
            if 0 <= sheet < len(self.sheet_names):
                return self.sheet_names[sheet]
            raise ImportProblem("sheet_not_found", sheet=str(sheet + 1))
        if sheet in self.sheet_names:
            return sheet
        for name in self.sheet_names:  # "feuil1" for "Feuil1"
            if name.strip().casefold() == sheet.strip().casefold():
                return name
        raise ImportProblem("sheet_not_found", sheet=sheet)


def open_workbook(data: bytes, filename: str = "", limits: ImportLimits = DEFAULT_LIMITS) -> Workbook:
    """Identify and open an uploaded file (any ImportProblem is raised here, before any sheet is read)."""
    return Workbook(data, filename, limits)


def list_sheets(data: bytes, filename: str = "", limits: ImportLimits = DEFAULT_LIMITS) -> list[str]:
    """The names of the worksheets of a file (a CSV has one, named after the file)."""
    return list(Workbook(data, filename, limits).sheet_names)


def read_sheet(
    data: bytes, filename: str = "", sheet: str | int | None = None, limits: ImportLimits = DEFAULT_LIMITS
) -> SheetData:
    """One sheet of an uploaded file under its header row; the default sheet when `sheet` is None."""
    return Workbook(data, filename, limits).read_sheet(sheet)


def _open_calamine(data: bytes, kind: str) -> python_calamine.CalamineWorkbook:
    """The workbook opened by calamine. When calamine cannot tell the format from the content alone (as
    for a password-protected xls or ods), open a temporary copy named with the kind the sniffer found,
    which makes calamine use that format's reader and say what is wrong (a password, or damage)."""
    try:
        return _calamine(lambda: python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)))
    except ImportProblem as problem:
        if problem.code != "damaged":
            raise
        with tempfile.TemporaryDirectory(prefix="monsms-import-") as folder:
            path = Path(folder) / f"upload.{kind}"
            path.write_bytes(data)
            book = _calamine(lambda: python_calamine.CalamineWorkbook.from_path(str(path)))
            _calamine(lambda: [book.get_sheet_by_name(name) for name in book.sheet_names[:1]])
        raise  # calamine read the named copy but not the upload: still damaged


def _calamine(action):  # type: ignore[no-untyped-def]
    """Run a calamine call, turning its errors (and Rust panics) into one ImportProblem."""
    try:
        return action()
    except ImportProblem:
        raise
    except python_calamine.PasswordError as error:
        raise ImportProblem("password_protected") from error
    except python_calamine.WorksheetNotFound as error:
        raise ImportProblem("sheet_not_found", sheet="?") from error
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as error:  # pyo3's PanicException derives from BaseException
        if "password" in str(error).lower() or "encrypt" in str(error).lower():
            raise ImportProblem("password_protected") from error
        raise ImportProblem("damaged") from error


def _detect_separator(text: str) -> tuple[bool, str]:
    """(first line is Excel's "sep=X" hint, separator). Without a hint: the separator that splits most
    sample lines (at least half of them) into the same number (≥ 2) of fields; title lines above the
    header have one field and do not count."""
    hint = _SEP_HINT.match(text)
    if hint:
        return True, hint.group(1)
    sample = text[:_SAMPLE_CHARS]
    lines = [line for line in sample.splitlines()[:_SAMPLE_LINES] if line.strip()]
    if len(sample) == _SAMPLE_CHARS and len(lines) > 1:
        lines = lines[:-1]  # probably cut in the middle
    best: tuple[int, int, str] | None = None
    for separator in _SEPARATORS:
        counts = Counter(len(fields) for fields in csv.reader(lines, delimiter=separator))
        several = {count: lines_ for count, lines_ in counts.items() if count > 1}
        if not several:
            continue
        mode = max(several, key=lambda count: (several[count], count))
        if several[mode] * 2 < len(lines):
            continue  # a comma inside one cell of a one-column file is not a separator
        ranked = (several[mode], mode, separator)
        if best is None or ranked[:2] > best[:2]:
            best = ranked
    if best is not None:
        return False, best[2]
    # one column: pick a separator the text does not contain, so a "07…, 05…" cell stays whole
    return False, next((s for s in ("\t", "|", ";", ",") if s not in sample), "\t")


def _read_text_grid(sniffed: Sniffed, data: bytes, limits: ImportLimits) -> tuple[pd.DataFrame, str]:
    """(grid, separator): a CSV / tab-separated file as strings ("" for empty cells), one row per line.

    8-bit encodings are parsed from the bytes (pandas' C reader decodes faster than it reads a str);
    UTF-16 from the decoded text.
    """
    text = sniffed.text or ""
    skip_hint, separator = _detect_separator(text)
    sample_lines = text[:_SAMPLE_CHARS].splitlines()[int(skip_hint) : _SAMPLE_LINES]
    width = max((len(fields) for fields in csv.reader(sample_lines, delimiter=separator)), default=1)

    def source() -> io.BytesIO | io.StringIO:
        if sniffed.encoding in _BYTE_ENCODINGS:
            return io.BytesIO(data)
        return io.StringIO(text)

    for _attempt in range(2):
        try:
            grid = pd.read_csv(
                source(),
                encoding=sniffed.encoding if sniffed.encoding in _BYTE_ENCODINGS else None,
                sep=separator,
                header=None,
                names=list(range(max(width, 1))),
                skiprows=1 if skip_hint else None,
                dtype=str,
                keep_default_na=False,
                na_filter=False,
                skip_blank_lines=False,
                nrows=limits.max_rows + 1,
                engine="c",
            )
            break
        except pd.errors.ParserError as error:
            if _EXPECTED_FIELDS.search(str(error)) is None:
                raise ImportProblem("damaged") from error
            # a line further down is wider than the sample: measure every line once, then read again
            width = max(len(fields) for fields in csv.reader(io.StringIO(text), delimiter=separator))
        except (ValueError, UnicodeError) as error:
            raise ImportProblem("damaged") from error
    else:
        raise ImportProblem("damaged")
    if len(grid) > limits.max_rows:
        raise ImportProblem("too_many_rows", limit=limits.max_rows)
    return grid, separator
