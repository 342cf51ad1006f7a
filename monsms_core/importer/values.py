"""Cells as text: what a person reads in the sheet, computed once per distinct value of a column."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta

import numpy as np
import pandas as pd

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PLURAL_MARK = re.compile(r"\(\s*s\s*\)")
_SPACES = re.compile(r"\s+")


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


def text_series(series: pd.Series) -> pd.Series:
    """`cell_text` of every cell, as a Series of str with the same index (object, or str for text input).

    Text columns (CSV) are stripped in one vectorised pass; mixed columns (Excel) are converted per
    distinct value, so a column of a million repeated values costs a handful of Python calls.
    """
    if series.dtype != object and pd.api.types.is_string_dtype(series.dtype):
        return series.fillna("").str.strip()
    if series.dtype != object:
        series = series.astype(object)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    texts = np.empty(len(uniques) + 1, dtype=object)
    texts[: len(uniques)] = [cell_text(value) for value in uniques]
    texts[len(uniques)] = ""  # code -1: None / NaN
    return pd.Series(texts[codes], index=series.index, dtype=object)


def squeeze_spaces(series: pd.Series) -> pd.Series:
    """Runs of whitespace (tabs, non-breaking spaces, line breaks) inside names become one space."""
    return series.str.replace(_SPACES, " ", regex=True).str.strip()


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
