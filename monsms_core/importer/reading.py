"""Uploaded bytes → sheets → a DataFrame under its header row, whatever the user's spreadsheet program.

Excel and LibreOffice files (xlsx, xlsm, xlsb, xls, ods) are read with calamine — the reader behind
`pd.read_excel(engine="calamine")`, called directly so every cell stays where it is in the sheet (row
numbers are the user's) and values stay as read: a phone stored as a number stays a number, and the
phones module puts its lost leading zero back. CSV and Excel's "Unicode text" are read as text only
(`dtype=str`), so no leading zero is ever lost there; the encoding and the separator are detected.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import pandas as pd
import python_calamine

from monsms_core.importer.gc_pause import cyclic_gc_paused
from monsms_core.importer.header import apply_header, find_header_row
from monsms_core.importer.limits import DEFAULT_LIMITS, ImportLimits
from monsms_core.importer.problems import ImportProblem
from monsms_core.importer.sniffing import Sniffed, sniff
from monsms_core.importer.text_files import read_text_grid


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

    @property
    def sniffed(self) -> Sniffed:
        """What the sniffer found (kind, and for text the encoding and decoded content)."""
        return self._sniffed

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
            grid, self._separator = read_text_grid(self._sniffed, self._data, self.limits)
            return name, grid
        sheet_obj = self._sheet(name)
        wanted = self.limits.max_rows + 1
        with cyclic_gc_paused():
            rows = _calamine(lambda: sheet_obj.to_python(skip_empty_area=False, nrows=wanted))
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


def _calamine(action):  # type: ignore[no-untyped-def]  # calamine's error types are not exported
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
