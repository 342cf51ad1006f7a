"""The header row of a sheet, found even below title lines, and the sheet re-framed under it.

Each of the first non-empty rows is scored: a cell naming a known field ("Téléphone", "Nom") scores
high, a short text cell a little, a cell that looks like a phone number or a number counts against (a
data row). The best row wins; a sheet where no row scores enough has no header, and its columns are
named by their spreadsheet letters.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from monsms_core.importer.columns import EXACT, looks_like_phone, match_header
from monsms_core.importer.values import column_letter, text_series

SCAN_ROWS = 30  # non-empty rows examined from the top
_MIN_HEADER_SCORE = 2
_SHORT_TEXT = 40


def blank_mask(series: pd.Series) -> np.ndarray:
    """True for empty cells (None, NaN, "" and whitespace-only text)."""
    if series.dtype != object and pd.api.types.is_string_dtype(series.dtype):
        return (series.isna() | series.str.strip().eq("")).to_numpy(dtype=bool)
    return (text_series(series) == "").to_numpy(dtype=bool)


def score_row(texts: list[str]) -> int:
    """How much a row of cell texts looks like a header row."""
    score = 0
    for text in texts:
        if not text:
            continue
        found = match_header(text)
        if found is not None:
            score += 4 if found[1] == EXACT else 2
        elif looks_like_phone(text):
            score -= 3
        elif any(c.isalpha() for c in text):
            score += 1 if len(text) <= _SHORT_TEXT else 0
        else:
            score -= 1  # numbers, dates, amounts: data
    return score


def find_header_row(grid: pd.DataFrame, scan_rows: int = SCAN_ROWS) -> int | None:
    """Position (0-based, in `grid`) of the header row, or None when the sheet has no header.

    `grid` is the sheet as read: one row per spreadsheet row from row 1, one column per column from A.
    """
    head = grid.head(scan_rows * 4)
    texts = pd.DataFrame({column: text_series(head[column]) for column in head.columns})
    best: tuple[int, int, int] | None = None
    examined = 0
    for position, row in enumerate(texts.itertuples(index=False, name=None)):
        cells = list(row)
        filled = sum(1 for text in cells if text)
        if not filled:
            continue
        ranked = (score_row(cells), filled, -position)
        best = ranked if best is None or ranked > best else best
        examined += 1
        if examined >= scan_rows:
            break
    if best is None or best[0] < _MIN_HEADER_SCORE:
        return None
    return -best[2]


def apply_header(grid: pd.DataFrame, header_position: int | None) -> tuple[pd.DataFrame, dict[str, str]]:
    """The rows under the header, one column per header, indexed by spreadsheet row number ("row").

    Returns (frame, letters) where letters maps each column to its spreadsheet letter. A blank header
    takes its letter ("C"); a repeated header gets " (2)", " (3)". Columns with neither a header nor
    any value, and blank rows after the last filled one, are dropped; blank rows in between are kept
    (the check counts them).
    """
    start = 0 if header_position is None else header_position + 1
    headers: list[str] = []
    if header_position is not None:
        header_cells = grid.iloc[header_position : header_position + 1]
        headers = [text_series(header_cells[column]).iloc[0] for column in grid.columns]
    body = grid.iloc[start:]
    names: list[str] = []
    keep: list[int] = []
    letters: dict[str, str] = {}
    seen: set[str] = set()
    for position in range(grid.shape[1]):
        letter = column_letter(position)
        name = headers[position] if headers else ""
        if not name and bool(blank_mask(body.iloc[:, position]).all()):
            continue
        base = name or letter
        name, counter = base, 2
        while name in seen:
            name, counter = f"{base} ({counter})", counter + 1
        seen.add(name)
        names.append(name)
        keep.append(position)
        letters[name] = letter
    frame = body.iloc[:, keep]
    frame.columns = names
    frame.index = pd.RangeIndex(start + 1, start + 1 + len(frame), name="row")
    return _trim_trailing_blank_rows(frame), letters


def _trim_trailing_blank_rows(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty or frame.shape[1] == 0:
        return frame.iloc[0:0]
    last = frame.iloc[-1:]
    if not all(blank_mask(last[column])[0] for column in last.columns):
        return frame
    filled = np.zeros(len(frame), dtype=bool)
    for column in frame.columns:
        filled |= ~blank_mask(frame[column])
    positions = np.flatnonzero(filled)
    return frame.iloc[: positions[-1] + 1] if len(positions) else frame.iloc[0:0]
