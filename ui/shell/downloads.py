"""The dashboard's one pair of download buttons: Excel and CSV side by side.

The files are built only when a button is clicked, in another thread (`data` is a callable): a page with
100,000 rows does not build two files on every rerun, and the builders must not call Streamlit. Build the
bytes with `monsms_core.exports` (`to_xlsx_bytes`, `to_csv_bytes`), which neutralise formulas.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ui.shell.i18n import tr

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"
DEFAULT_LABELS = ("common.download_xlsx", "common.download_csv")
# Under a table that already says what it holds, the buttons name only the format.
EXPORT_LABELS = ("campaigns.export.xlsx", "campaigns.export.csv")


def export_buttons(
    file_stem: str,
    *,
    xlsx: Callable[[], bytes],
    csv: Callable[[], bytes],
    labels: tuple[str, str] = DEFAULT_LABELS,
    key: str | None = None,
) -> None:
    """Buttons downloading `file_stem`.xlsx and `file_stem`.csv; `labels` are the catalog keys of their
    texts, `key` tells apart two pairs drawn on one page."""
    row = st.container(horizontal=True)
    for builder, extension, mime, label in (
        (xlsx, "xlsx", XLSX_MIME, labels[0]),
        (csv, "csv", CSV_MIME, labels[1]),
    ):
        row.download_button(
            tr(label),
            data=builder,
            file_name=f"{file_stem}.{extension}",
            mime=mime,
            icon=":material/download:",
            on_click="ignore",
            key=f"{key}_{extension}" if key else None,
        )
