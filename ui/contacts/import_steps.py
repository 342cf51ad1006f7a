"""The steps of the import page before anything is sent: reading the file, the column mapping and the
report (counts, rows to look at, rejected rows to download)."""

from __future__ import annotations

import hashlib
from collections.abc import Collection

import pandas as pd
import streamlit as st

from monsms_core import exports
from monsms_core.contacts.preview import review_frame
from monsms_core.i18n.formatting import format_number
from monsms_core.importer import (
    CheckResult,
    ColumnMapping,
    SheetData,
    check,
    open_workbook,
    rejected_rows_frame,
)
from monsms_core.importer.values import text_series
from ui.shell.downloads import export_buttons
from ui.shell.i18n import current_language, tr

ACCEPTED_TYPES = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "txt", "tsv"]
MAPPED_FIELDS = ("phone", "full_name", "first_name", "last_name", "sex")
PREVIEW_ROWS = 8


def digest(data: bytes) -> str:
    """A short name for an uploaded file's content (widget keys, cache keys)."""
    return hashlib.sha256(data).hexdigest()[:16]


@st.cache_data(max_entries=4, ttl=1800, show_spinner=False)
def sheet_names(data: bytes, filename: str) -> tuple[list[str], str]:
    """(worksheet names, the one to offer first). Raises ImportProblem for a file that cannot be read."""
    book = open_workbook(data, filename)
    return list(book.sheet_names), book.default_sheet()


# cache_resource, not cache_data: a 100,000-row sheet and its check are not copied (pickled) on every
# rerun. They are never mutated, and keyed by content, so sharing them between sessions is harmless.
@st.cache_resource(max_entries=4, ttl=1800, show_spinner=False)
def read_sheet(data: bytes, filename: str, sheet: str) -> SheetData:
    """One sheet under its header row (cached: reruns do not read a 100,000-row file again)."""
    return open_workbook(data, filename).read_sheet(sheet)


@st.cache_resource(max_entries=4, ttl=1800, show_spinner=False)
def run_check(
    file_digest: str,
    sheet: str,
    mapping: ColumnMapping,
    index_stamp: str,
    _frame: pd.DataFrame,
    _existing: Collection[str],
    region: str,
) -> CheckResult:
    """`importer.check`, cached per file, sheet, mapping, version of the account's phone list and default
    country (numbers written without a country code are read in `region`, set on the Settings page)."""
    return check(_frame, mapping, region, frozenset(_existing))


def mapping_form(sheet: SheetData, detected: ColumnMapping, key: str) -> ColumnMapping:
    """Selectors for the column of each field, preset to what was detected; the mapping chosen."""
    columns = [str(column) for column in sheet.frame.columns]
    options: list[str | None] = [None, *columns]

    def label(column: str | None) -> str:
        if column is None:
            return tr("import.mapping.none")
        letter = sheet.letters.get(column)
        return f"{column} ({letter})" if letter and letter != column else column

    chosen: dict[str, str | None] = {}
    for field, slot in zip(MAPPED_FIELDS, st.columns(len(MAPPED_FIELDS)), strict=True):
        current = getattr(detected, field)
        chosen[field] = slot.selectbox(
            tr(f"import.mapping.{field}"),
            options,
            index=options.index(current) if current in options else 0,
            format_func=label,
            key=f"imp_map_{field}_{key}",
            help=tr(f"import.mapping.{field}_help"),
        )
    return ColumnMapping(**chosen)


def sheet_preview(sheet: SheetData) -> None:
    """The first rows as the spreadsheet shows them (12 rather than 12.0), with their row numbers."""
    head = sheet.frame.head(PREVIEW_ROWS)
    shown = pd.DataFrame({column: text_series(head[column]) for column in head.columns}, index=head.index)
    shown.index = shown.index.rename(tr("importer.report.row"))
    st.dataframe(shown, width="stretch")


def counts_row(result: CheckResult) -> None:
    """The five counts of the report."""
    lang = current_language()
    counts = result.counts
    st.markdown(
        tr(
            "import.count.sentence",
            valid=format_number(counts.valid, lang),
            skipped=format_number(counts.duplicates + counts.rejected, lang),
        )
    )
    values = (
        ("valid", counts.valid - counts.repaired - counts.migrated),
        ("repaired", counts.repaired),
        ("migrated", counts.migrated),
        ("duplicates", counts.duplicates),
        ("rejected", counts.rejected),
    )
    for (name, value), slot in zip(values, st.columns(len(values)), strict=True):
        slot.metric(tr(f"import.count.{name}"), format_number(value, lang), border=True,
                    help=tr(f"import.count.{name}_help"))  # fmt: skip


def review_tables(result: CheckResult, key: str) -> None:
    """The rows to look at, by kind, with their spreadsheet row numbers."""
    lang = current_language()
    counts = result.counts
    sizes = {
        "rejected": counts.rejected,
        "changed": counts.repaired + counts.migrated,
        "duplicates": counts.duplicates,
    }
    kinds = [kind for kind, size in sizes.items() if size]
    if not kinds:
        st.success(tr("import.review.all_good"), icon=":material/check_circle:")
        return
    kind = st.segmented_control(
        tr("import.review.show"),
        kinds,
        default=kinds[0],
        format_func=lambda k: tr(f"import.review.{k}", count=format_number(sizes[k], lang)),
        key=f"imp_review_{key}",
    )
    kind = kind or kinds[0]
    st.caption(tr(f"import.review.{kind}_help"))
    table = review_frame(result, kind, lang)
    widths = {
        table.columns[0]: st.column_config.NumberColumn(width="small", format="%d"),
        table.columns[-1]: st.column_config.TextColumn(width="large"),
    }
    height = 282 if len(table) > 7 else "auto"  # a few rows: no empty grid below them
    st.dataframe(table, hide_index=True, width="stretch", height=height, column_config=widths)


def rejected_downloads(result: CheckResult, filename: str) -> None:
    """Buttons to download the rejected rows (as typed, with the reason) to fix and import again."""
    if not result.counts.rejected:
        return
    lang = current_language()
    stem = filename.rsplit(".", 1)[0] or "contacts"
    base = f"{stem}-{tr('import.download.suffix')}"
    sheet_title = tr("importer.report.sheet_rejected")

    # The files are built only when a button is clicked, in another thread: no Streamlit call in there.
    def frame() -> pd.DataFrame:
        return rejected_rows_frame(result, lang)

    export_buttons(
        base,
        xlsx=lambda: exports.to_xlsx_bytes(frame(), sheet_name=sheet_title),
        csv=lambda: exports.to_csv_bytes(frame()),
        labels=("import.download.xlsx", "import.download.csv"),
    )
