"""CSV and Excel's "Unicode text" files → a grid of strings, one row per line as the user sees them.

Everything is read as text (no leading zero is ever lost here). The separator is detected from a
sample (";" "," tab "|", or Excel's "sep=;" first line); the encoding was found by the sniffer.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

import pandas as pd

from monsms_core.importer.limits import ImportLimits
from monsms_core.importer.problems import ImportProblem
from monsms_core.importer.sniffing import Sniffed

try:  # Arrow comes with Streamlit and pandas' string dtype; without it pandas' reader does everything
    import pyarrow
    from pyarrow import csv as pyarrow_csv
except ImportError:  # pragma: no cover - depends on the environment
    pyarrow = None

_SEPARATORS = (";", ",", "\t", "|")
_SEP_HINT = re.compile(r"\A\ufeff?sep=(.)\r?\n", re.IGNORECASE)  # Excel's "sep=;" first line
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_LINES = 200
_EXPECTED_FIELDS = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_BYTE_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "cp1252"})


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


def separator_of(sniffed: Sniffed) -> str:
    """The separator `read_text_grid` will split the text file on."""
    return _detect_separator(sniffed.text or "")[1]


def read_text_grid(sniffed: Sniffed, data: bytes, limits: ImportLimits) -> tuple[pd.DataFrame, str]:
    """(grid, separator): a CSV / tab-separated file as strings ("" for empty cells), one row per line.

    A file whose lines all have the same number of fields (what Excel writes) is parsed by Arrow's CSV
    reader, several times faster; any other (title lines with one field, blank lines, a wider line
    further down) by pandas' C reader, from the bytes for 8-bit encodings, from the text for UTF-16.
    """
    text = sniffed.text or ""
    skip_hint, separator = _detect_separator(text)
    sample_lines = text[:_SAMPLE_CHARS].splitlines()[int(skip_hint) : _SAMPLE_LINES]
    width = max((len(fields) for fields in csv.reader(sample_lines, delimiter=separator)), default=1)

    if sniffed.encoding in _BYTE_ENCODINGS:
        grid = _read_rectangular(data, sniffed.encoding or "utf-8", separator, width, skip_hint)
        if grid is not None:
            if len(grid) > limits.max_rows:
                raise ImportProblem("too_many_rows", limit=limits.max_rows)
            return grid, separator

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


def _read_rectangular(
    data: bytes, encoding: str, separator: str, width: int, skip_hint: bool
) -> pd.DataFrame | None:
    """The grid by Arrow's CSV reader when every line has exactly `width` fields, else None."""
    if pyarrow is None:
        return None
    names = [str(i) for i in range(max(width, 1))]
    arrow_encoding = "utf8" if encoding.startswith("utf-8") else encoding  # Arrow skips a UTF-8 BOM itself
    try:
        table = pyarrow_csv.read_csv(
            io.BytesIO(data),
            read_options=pyarrow_csv.ReadOptions(
                column_names=names, skip_rows=int(skip_hint), encoding=arrow_encoding
            ),
            parse_options=pyarrow_csv.ParseOptions(
                delimiter=separator, ignore_empty_lines=False, newlines_in_values=True
            ),
            convert_options=pyarrow_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pyarrow.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pyarrow.ArrowInvalid, UnicodeError, ValueError):
        return None  # ragged or unusual: pandas' reader copes with it
    grid = table.to_pandas()
    grid.columns = range(len(names))
    return grid
