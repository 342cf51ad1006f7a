"""Personalised messages: templates like ``Bonjour {prénom}, votre solde est {Montant} FCFA``.

A field is written between single braces; ``{{`` and ``}}`` give literal braces. A field matches a
column when both names are equal once *normalised*: lower-cased, accents removed, everything but
letters and digits dropped (``{prénom}``, ``{Prenom}`` and ``{ PRÉNOM }`` → ``prenom``; the column
``Prénom(s)`` → ``prenoms``). An exact normalised match wins; otherwise a trailing ``s`` is tolerated
on either side (``{prénom}`` finds ``Prénom(s)``). When two columns normalise alike, the first wins.
A field matching no column is *unknown*: it stays visible in the text (``{ville}``) and
`unknown_fields` reports it, so nobody sends a message with a hole that nobody noticed.

Values: missing, empty, blank or NaN → the field's fallback, else an empty string. Whole floats lose
their ``.0`` (Excel turns 2250707123456 and 15000 into floats), dates read ``31/12/2025``. Numbers
keep plain digits: a thousands separator would be a non-breaking space, which forces UCS-2.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd

# `{{`, `}}`, or a field: anything but braces and line breaks between single braces.
_TOKEN_RE = re.compile(r"\{\{|\}\}|\{([^{}\r\n]+)\}")

PREVIEW_FIRST = "encoding.preview.first"
PREVIEW_LONGEST = "encoding.preview.longest"
PREVIEW_MISSING = "encoding.preview.missing"


def normalize_field_name(name: object) -> str:
    """The comparison key of a field or column name: ``"Prénom(s)"`` → ``"prenoms"``."""
    decomposed = unicodedata.normalize("NFKD", str(name).casefold())
    return "".join(char for char in decomposed if char.isalnum() and not unicodedata.combining(char))


@dataclass(frozen=True)
class Field:
    """One `{field}` of a template, as written and normalised."""

    raw: str  # as written, braces included: what an unknown field shows
    name: str  # between the braces, surrounding spaces removed
    key: str  # normalised


def split_template(text: str) -> list[str | Field]:
    """The template as literal strings and fields, in order; adjacent literals are merged."""
    tokens: list[str | Field] = []
    literal: list[str] = []
    position = 0
    for match in _TOKEN_RE.finditer(text):
        literal.append(text[position : match.start()])
        position = match.end()
        token = match.group(0)
        name = match.group(1)
        key = normalize_field_name(name) if name is not None else ""
        if token in ("{{", "}}"):
            literal.append(token[0])
        elif not key:
            literal.append(token)  # `{ }` or `{:-)}` is text, not a field
        else:
            tokens.append("".join(literal))
            literal = []
            tokens.append(Field(token, name.strip(), key))
    literal.append(text[position:])
    tokens.append("".join(literal))
    return [token for token in tokens if token != ""]


def template_fields(text: str) -> list[str]:
    """The fields of `text` as first written, in order, each once (``{Prénom}`` and ``{prenom}`` are one)."""
    seen: dict[str, str] = {}
    for token in split_template(text):
        if isinstance(token, Field) and token.key not in seen:
            seen[token.key] = token.name
    return list(seen.values())


def match_column(field: str, columns: Iterable[object]) -> object | None:
    """The column `field` refers to (exact normalised name first, then a plural ``s`` either way), or None."""
    key = normalize_field_name(field)
    if not key:
        return None
    normalised = [(column, normalize_field_name(column)) for column in columns]
    for column, column_key in normalised:
        if column_key == key:
            return column
    for column, column_key in normalised:
        if column_key and (column_key == key + "s" or key == column_key + "s"):
            return column
    return None


def match_fields(text: str, columns: Iterable[object]) -> dict[str, object | None]:
    """Each field of `text` (as in `template_fields`) → its column, or None when unknown."""
    column_list = list(columns)
    return {field: match_column(field, column_list) for field in template_fields(text)}


def unknown_fields(text: str, columns: Iterable[object]) -> list[str]:
    """The fields of `text` that match none of `columns`, in order of appearance."""
    return [field for field, column in match_fields(text, columns).items() if column is None]


def format_value(value: object) -> str:
    """A cell as it should read in an SMS; "" for missing values (None, NaN, NA, NaT, blanks)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if pd.api.types.is_scalar(value) and pd.isna(value):
        return ""
    if isinstance(value, bool | np.bool_):
        return str(bool(value))
    if isinstance(value, float | np.floating):
        number = float(value)
        return str(int(number)) if number.is_integer() else repr(number)
    if isinstance(value, datetime):
        has_time = (value.hour, value.minute, value.second) != (0, 0, 0)
        return value.strftime("%d/%m/%Y %H:%M" if has_time else "%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _fallback_for(field: Field, fallbacks: Mapping[str, str] | None) -> str:
    if not fallbacks:
        return ""
    column = match_column(field.name, fallbacks.keys())
    return "" if column is None else str(fallbacks[column])  # type: ignore[index]  # keys are the fallbacks' own


def render(text: str, values: Mapping[str, object], fallbacks: Mapping[str, str] | None = None) -> str:
    """`text` with every known field replaced by its value in `values` (or its fallback when empty)."""
    columns = list(values.keys())
    pieces: list[str] = []
    for token in split_template(text):
        if isinstance(token, str):
            pieces.append(token)
            continue
        column = match_column(token.name, columns)
        if column is None:
            pieces.append(token.raw)
            continue
        value = format_value(values[column])  # type: ignore[index]  # column comes from `columns`
        pieces.append(value or _fallback_for(token, fallbacks))
    return "".join(pieces)


def _column_strings(records: pd.DataFrame, column: object, fallback: str) -> tuple[pd.Series, pd.Series]:
    """The column as SMS text with the fallback filled in, and which rows were missing a value."""
    formatted = records[column].map(format_value).astype(object)
    missing = formatted == ""
    if fallback:
        formatted = formatted.where(~missing, fallback)
    return formatted, missing


def _render_frame(
    text: str, records: pd.DataFrame, fallbacks: Mapping[str, str] | None
) -> tuple[pd.Series, pd.Series]:
    """Rendered texts and, per row, whether any known field had no value."""
    index = records.index
    any_missing = pd.Series(False, index=index)
    tokens = split_template(text)
    if not any(isinstance(token, Field) for token in tokens):
        return pd.Series([text] * len(records), index=index, dtype=object), any_missing
    columns = list(records.columns)
    by_key: dict[str, pd.Series] = {}
    result = pd.Series("", index=index, dtype=object)
    for token in tokens:
        if isinstance(token, str):
            result = result + token
            continue
        column = match_column(token.name, columns)
        if column is None:
            result = result + token.raw
            continue
        if token.key not in by_key:
            strings, missing = _column_strings(records, column, _fallback_for(token, fallbacks))
            by_key[token.key] = strings
            any_missing = any_missing | missing
        result = result + by_key[token.key]
    return result, any_missing


def render_many(text: str, records: pd.DataFrame, fallbacks: Mapping[str, str] | None = None) -> pd.Series:
    """`render` for every row of `records`, column-wise; the result keeps the frame's index."""
    rendered, _ = _render_frame(text, records, fallbacks)
    return rendered.rename("message")


def preview_rows(
    text: str, records: pd.DataFrame, fallbacks: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """Messages worth checking before a send, as (i18n label key, rendered text).

    The first recipient, the longest message, and the first one where a field had no value;
    a message already listed is not repeated under a second label.
    """
    if records.empty:
        return []
    rendered, missing = _render_frame(text, records, fallbacks)
    values = rendered.to_numpy()
    positions = [(PREVIEW_FIRST, 0), (PREVIEW_LONGEST, int(np.argmax(rendered.str.len().to_numpy())))]
    missing_positions = np.flatnonzero(missing.to_numpy())
    if missing_positions.size:
        positions.append((PREVIEW_MISSING, int(missing_positions[0])))
    previews: list[tuple[str, str]] = []
    for label, position in positions:
        message = str(values[position])
        if all(message != shown for _, shown in previews):
            previews.append((label, message))
    return previews


def group_by_text(rendered: pd.Series) -> dict[str, list[int]]:
    """Each distinct rendered text → the row positions (0-based) that receive it, in order of first use.

    The API sends one text per campaign, so a personalised send makes one campaign per distinct text.
    """
    texts = rendered.astype(object).where(rendered.notna(), "")
    codes, uniques = pd.factorize(texts.to_numpy(), sort=False)
    order = np.argsort(codes, kind="stable")
    boundaries = np.flatnonzero(np.diff(codes[order])) + 1
    groups = np.split(order, boundaries) if order.size else []
    return {str(uniques[group_index]): group.tolist() for group_index, group in enumerate(groups)}
