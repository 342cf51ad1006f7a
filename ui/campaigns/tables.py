"""Tables of sends that behave like tables: one click on a line (any cell, or its box) opens it, and
the lines are the same on every page (`monsms_core.campaigns.send_lines`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from ui.campaigns.filters import state_label
from ui.shell.i18n import tr

DETAIL_PAGE = "app_pages/campaigns/campaign.py"
ROW_HEIGHT = 35
HEADER_HEIGHT = 38
# Column widths in px, so that a table of sends fits the ~900 px a 1366-px screen leaves beside the
# sidebar (the grid otherwise sizes columns to their content and hides the last ones behind a scroll).
DATE_WIDTH, STATE_WIDTH, RECIPIENTS_WIDTH, CREDITS_WIDTH = 118, 150, 104, 68


def fitted_height(rows: int, most: int = 560) -> int:
    """A table's height for `rows` lines: no blank rows under a short table, a scroll past `most` px."""
    return min(HEADER_HEIGHT + ROW_HEIGHT * max(rows, 1) + 2, most)


def clickable_table(
    table: pd.DataFrame, *, key: str, column_config: Mapping[str, Any] | None = None, most: int = 560
) -> int | None:
    """Show `table`; the position of the line the user just clicked (once), else None.

    Cell selection makes a click anywhere on a line count, and leaves out the column of small boxes a row
    selection draws (room the other columns need on a 1366-px screen). The widget gets a new key after
    each opening: coming back to the page must not reopen the same line."""
    opened = int(st.session_state.setdefault(f"_{key}_opened", 0))
    event = st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=fitted_height(len(table), most),
        on_select="rerun",
        selection_mode="single-cell",
        key=f"{key}_{opened}",
        column_config=dict(column_config or {}),
    )
    cells = list(event.selection.cells) if event is not None else []
    picked = int(cells[0][0]) if cells else None
    if picked is not None:
        st.session_state[f"_{key}_opened"] = opened + 1
    return picked


def open_send(campaign_ids: Any) -> None:
    """Go to the detail page of the send made of `campaign_ids` (the first one names it)."""
    st.switch_page(DETAIL_PAGE, query_params={"id": str(next(iter(campaign_ids)))})


def line_columns() -> dict[str, Any]:
    """The column headers and formats of `send_lines`'s columns, the same on every page."""
    return {
        "date": st.column_config.DatetimeColumn(tr("campaigns.col.date"), format="DD/MM/YYYY HH:mm"),
        "name": st.column_config.TextColumn(tr("campaigns.col.name"), width="large"),
        "state": st.column_config.TextColumn(tr("campaigns.col.state")),
        "recipients": st.column_config.NumberColumn(
            tr("campaigns.col.recipients"), format="localized", width="small"
        ),
        "credits": st.column_config.NumberColumn(
            tr("campaigns.col.credits"), format="localized", width="small"
        ),
    }


def shown_lines(lines: pd.DataFrame) -> pd.DataFrame:
    """`send_lines`'s lines with their state in words."""
    return lines.assign(state=lines["state"].map(state_label))
