"""Cells as text: what a person reads in the sheet, computed once per distinct value of a column."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
import pandas as pd

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PLURAL_MARK = re.compile(r"\(\s*s\s*\)")
_SPACES = re.compile(r"\s+")
# The same as a plain pattern of literal characters, so Arrow string columns run it in RE2 (vectorised)
# instead of Python's re per cell: pandas falls back to re for "\s" and "\u" escapes.
_WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_SPACES_PATTERN = f"[{_WHITESPACE}]+"
_NEEDS_SQUEEZE = f"[{_WHITESPACE.replace(' ', '')}]|  "  # cheap to test; replacing is what costs


def cell_text(value: object) -> str:
    """One cell as the text a person reads in the spreadsheet; "" for an empty cell.

    Whole floats lose their ".0" (Excel stores every number as a float: 12 comes back as 12.0), dates
    lose a midnight time, and surrounding spaces go.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):
        return str(value)
    if value is pd.NA or value is pd.NaT:
        return ""
    return str(value).strip()


@dataclass(frozen=True)
class ColumnText:
    """A column as text, computed once: per-row texts, blank flags and, for mixed (Excel) columns, the
    distinct raw values with each row's code (so callers can reuse the factorisation)."""

    texts: pd.Series  # str per row, "" for empty cells
    blank: np.ndarray  # bool per row
    codes: np.ndarray | None = None  # per row, index into `uniques`; len(uniques) - 1 is the empty cell
    uniques: list[object] | None = None  # distinct raw values, the last one None (empty)


def column_text(series: pd.Series, *, squeeze: bool = False) -> ColumnText:
    """`cell_text` of every cell of a column, with blank flags.

    With `squeeze`, runs of whitespace inside the text (tabs, non-breaking spaces, line breaks) become
    one space, as names want. Text columns (CSV) are handled in vectorised passes; mixed columns (Excel)
    per distinct value, so a column of a million repeated values costs a handful of Python calls.
    """
    if series.dtype != object and pd.api.types.is_string_dtype(series.dtype):
        texts = series.fillna("").str.strip()
        if squeeze:
            needed = texts.str.contains(_NEEDS_SQUEEZE, regex=True).to_numpy(dtype=bool)
            if needed.any():
                texts = texts.copy()
                texts[needed] = texts[needed].str.replace(_SPACES_PATTERN, " ", regex=True)
        return ColumnText(texts, (texts == "").to_numpy(dtype=bool))
    if series.dtype != object:
        series = series.astype(object)
    codes, found = pd.factorize(series, use_na_sentinel=True)
    uniques: list[object] = [*found.tolist(), None]
    codes = np.where(codes < 0, len(uniques) - 1, codes)
    unique_texts = np.empty(len(uniques), dtype=object)
    # str is by far the commonest cell type: strip it inline, the rest through cell_text
    if squeeze:
        unique_texts[:] = [" ".join((v if v.__class__ is str else cell_text(v)).split()) for v in uniques]
    else:
        unique_texts[:] = [v.strip() if v.__class__ is str else cell_text(v) for v in uniques]
    blank = (unique_texts == "")[codes]
    return ColumnText(pd.Series(unique_texts[codes], index=series.index, dtype=object), blank, codes, uniques)


def text_series(series: pd.Series, *, squeeze: bool = False) -> pd.Series:
    """`cell_text` of every cell, as a Series of str with the same index (object, or str for text input)."""
    return column_text(series, squeeze=squeeze).texts


def normalize_words(text: str) -> str:
    """Text folded for comparing headers and values: no accents, lower case, punctuation as spaces.

    "N° de Téléphone" → "n de telephone"; "Prénom(s)" → "prenoms"; "Nom & Prénoms" → "nom prenoms".
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = _PLURAL_MARK.sub("s", folded)
    return _NON_ALNUM.sub(" ", folded).strip()


def column_letter(position: int) -> str:
    """The spreadsheet letter of a 0-based column position: 0 → "A", 26 → "AA"."""
    letters = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
