"""DataFrame → Excel or CSV bytes for every download of the dashboard, safe to open in a spreadsheet.

Formula neutralisation (CSV/formula injection): any text cell — and header — starting with "=", "+",
"-", "@", a tab or a carriage return gets a leading apostrophe, so Excel or LibreOffice shows it as
text instead of running it ("=HYPERLINK(…)" typed in a contact name stays a name). Numbers are left
alone. The xlsx writer is also told never to turn strings into formulas, numbers or links.

CSV is written for French Excel: UTF-8 with a byte order mark (without it Excel reads the accents as
Windows-1252: "PrÃ©nom") and ";" as separator (French Excel uses "," as the decimal mark, so it splits
CSV lines on ";"). Both can be changed per call.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping

import pandas as pd

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_XLSX_OPTIONS = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}


def neutralize_value(value: object) -> object:
    """A text starting with a formula trigger, with a leading apostrophe; any other value unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def neutralize_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells and headers cannot be taken for formulas."""
    safe = frame.copy()
    safe.columns = [neutralize_value(column) for column in frame.columns]
    for position in range(safe.shape[1]):
        column = safe.iloc[:, position]
        if pd.api.types.is_string_dtype(column.dtype) and column.dtype != object:
            risky = column.str.startswith(FORMULA_TRIGGERS).fillna(False).to_numpy(dtype=bool)
            if risky.any():
                safe.iloc[:, position] = column.mask(risky, "'" + column)
        elif column.dtype == object:
            safe.iloc[:, position] = column.map(neutralize_value)
    return safe


def to_xlsx_bytes(frames: pd.DataFrame | Mapping[str, pd.DataFrame], sheet_name: str = "Feuille1") -> bytes:
    """An .xlsx file of one frame (sheet `sheet_name`) or of several ({sheet name: frame}), neutralised,
    without the index, with the header row frozen."""
    sheets = {sheet_name: frames} if isinstance(frames, pd.DataFrame) else dict(frames)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": _XLSX_OPTIONS}) as writer:
        used: set[str] = set()
        for name, frame in sheets.items():
            title = _sheet_title(name, used)
            neutralize_formulas(frame).to_excel(writer, sheet_name=title, index=False, freeze_panes=(1, 0))
    return buffer.getvalue()


def to_csv_bytes(frame: pd.DataFrame, *, sep: str = ";", encoding: str = "utf-8-sig") -> bytes:
    """A CSV file of `frame`, neutralised, without the index: by default UTF-8 with BOM and ";"."""
    text = neutralize_formulas(frame).to_csv(index=False, sep=sep, lineterminator="\r\n")
    return text.encode(encoding)


def _sheet_title(name: str, used: set[str]) -> str:
    """A valid, unique Excel sheet name: no []:*?/\\, at most 31 characters."""
    base = _SHEET_NAME_FORBIDDEN.sub(" ", str(name)).strip("' ")[:31] or "Feuille"
    title, counter = base, 2
    while title.casefold() in used:
        suffix = f" ({counter})"
        title, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    used.add(title.casefold())
    return title
