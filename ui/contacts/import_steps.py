"""The steps of the import page before anything is sent: the file saved to its import folder, read and
checked in bounded child processes (`importer.isolated`), the column mapping and the report (counts,
rows to look at, rejected rows to download). This process only ever holds what the page shows."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

import streamlit as st

from monsms_core.i18n.formatting import format_number
from monsms_core.importer import ColumnMapping, ImportCounts
from monsms_core.importer.isolated import (
    CheckStage,
    ReadStage,
    check_in_child,
    new_workdir,
    read_in_child,
    save_upload,
)
from ui.runtime import resources
from ui.shell.downloads import export_buttons
from ui.shell.i18n import current_language, tr

ACCEPTED_TYPES = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "txt", "tsv"]
MAPPED_FIELDS = ("phone", "full_name", "first_name", "last_name", "sex")
WRAPPED_ROW_HEIGHT = 66  # px: above 4 rem, the grid wraps long text (a reason) on up to three lines


def new_upload(uploaded: BinaryIO) -> tuple[Path, str]:
    """Copy an uploaded file to a fresh import folder under the data folder; (folder, content digest)."""
    folder = new_workdir(resources.settings().data_dir)
    return folder, save_upload(folder, uploaded)


# The children's answers are small (an 8-row preview, counts, 1,000-row review tables) and also kept on
# disk: the cache only spares reruns reading them again. Full sheets and checks never enter this process.
@st.cache_data(max_entries=16, ttl=1800, show_spinner=False)
def read_stage(folder: str, filename: str, sheet: str | None) -> ReadStage:
    """The file's sheet read in a bounded child (raises ImportProblem with the sentence to show)."""
    return read_in_child(Path(folder), filename, sheet)


@st.cache_data(max_entries=16, ttl=1800, show_spinner=False)
def check_stage(
    folder: str, sheet: str, mapping: ColumnMapping, index_stamp: str, region: str, lang: str,
    _existing: Mapping[str, str],
) -> CheckStage:  # fmt: skip
    """`importer.check` in a bounded child, per folder, sheet, mapping, version of the account's phone
    list, default country (numbers without a country code are read in `region`) and language."""
    return check_in_child(Path(folder), sheet, mapping, region, _existing, lang)


def mapping_form(read: ReadStage, key: str) -> ColumnMapping:
    """Selectors for the column of each field, preset to what was detected; the mapping chosen."""
    columns = list(read.columns)
    options: list[str | None] = [None, *columns]
    detected = read.detected

    def label(column: str | None) -> str:
        if column is None:
            return tr("import.mapping.none")
        letter = read.letters.get(column)
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
    return ColumnMapping.of_fields(chosen)


def sheet_preview(read: ReadStage) -> None:
    """The first rows as the spreadsheet shows them (12 rather than 12.0), with their row numbers."""
    shown = read.preview.copy()
    shown.index = shown.index.rename(tr("importer.report.row"))
    st.dataframe(shown, width="stretch")


def counts_row(counts: ImportCounts) -> None:
    """The five counts of the report."""
    lang = current_language()
    st.markdown(
        tr(
            "import.count.sentence",
            valid=counts.valid,
            skipped=counts.duplicates + counts.rejected,
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


def review_tables(checked: CheckStage, key: str, folder: str, filename: str) -> None:
    """The rows to look at, by kind, with their spreadsheet row numbers (the first REVIEW_ROWS of each),
    the reason wrapped on several lines, and each kind's own downloads (every row of it)."""
    lang = current_language()
    counts = checked.counts
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
    table = checked.review[kind]
    widths = {
        table.columns[0]: st.column_config.NumberColumn(width="small", format="%d"),
        table.columns[-1]: st.column_config.TextColumn(width="large"),
    }
    # Rows taller than 4 rem let a long reason wrap instead of being cut; no blank rows under a few.
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        row_height=WRAPPED_ROW_HEIGHT,
        height=min(38 + WRAPPED_ROW_HEIGHT * len(table) + 2, 420),
        column_config=widths,
    )
    kind_downloads(checked, folder, filename, kind)


def kind_downloads(checked: CheckStage, folder: str, filename: str, kind: str) -> None:
    """Buttons to download every row of one kind of the report (the rejected ones as typed, with the
    reason, to fix and import again): files the checking child wrote, read only when clicked."""
    stem = filename.rsplit(".", 1)[0] or "contacts"
    base = f"{stem}-{tr(f'import_view.suffix.{kind}')}"
    xlsx, csv = checked.downloads.get(f"{kind}.xlsx"), checked.downloads.get(f"{kind}.csv")
    if csv is None:
        return
    if xlsx is None:  # too many rows for Excel: the CSV alone
        st.download_button(
            tr(f"import_view.download.{kind}.csv"),
            data=(Path(folder) / csv).read_bytes,
            file_name=f"{base}.csv",
            mime="text/csv",
            icon=":material/download:",
            on_click="ignore",
        )
        return
    export_buttons(
        base,
        xlsx=(Path(folder) / xlsx).read_bytes,
        csv=(Path(folder) / csv).read_bytes,
        labels=(f"import_view.download.{kind}.xlsx", f"import_view.download.{kind}.csv"),
        key=f"imp_download_{kind}",
    )
