"""Contact tables whose ticks follow people (`monsms_core.contacts.selection.Picked`), sized to their rows.

The table widget keeps ticks as row positions in its own state (under the table's key); the chosen people
live beside it under "_picked_<key>". Each run reads the widget's ticks against the rows drawn last time,
then places the ticks where the chosen people are in the rows drawn now.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from monsms_core.client.models import Contact
from monsms_core.contacts.browse import display_frame
from monsms_core.contacts.selection import Picked, frame_contacts
from monsms_core.i18n.formatting import format_number
from ui.contacts import custom_fields
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

ROW_PX = 35  # Streamlit's default row height (the header row too)
BORDER_PX = 3
MAX_ROWS = 15  # a page of 50 shows this many rows before scrolling


def table_height(rows: int, max_rows: int = MAX_ROWS) -> int:
    """Pixels for a table of `rows` rows and its header, up to `max_rows` (then it scrolls): a short
    result leaves no blank rows under it."""
    return (min(max(rows, 1), max_rows) + 1) * ROW_PX + BORDER_PX


def _state_key(key: str) -> str:
    return f"_picked_{key}"


def current(key: str) -> Picked:
    """Who is chosen in the table `key`."""
    picked = st.session_state.get(_state_key(key))
    return picked if isinstance(picked, Picked) else Picked()


def _ticked_rows(key: str) -> list[int] | None:
    """The widget's ticked positions, or None when it has no state (not drawn on the last run)."""
    if key not in st.session_state:
        return None
    state: Any = st.session_state[key]
    try:
        return [int(row) for row in state["selection"]["rows"]]
    except (KeyError, TypeError):
        return None


def picked_table(frame: pd.DataFrame, key: str, *, selectable: bool, max_rows: int = MAX_ROWS) -> Picked:
    """The contacts of `frame` (index columns) as a table; who is chosen (on this table or earlier ones
    under the same key: other pages, other searches)."""
    table = display_frame(custom_fields.with_field_columns(frame), current_language())
    options: dict[str, Any] = {
        "hide_index": True,
        "width": "stretch",
        "height": table_height(len(table), max_rows),
    }
    if not selectable:
        st.dataframe(table, key=key, **options)
        return Picked()
    picked = current(key)
    rows = _ticked_rows(key)
    if rows is not None:
        picked = picked.after_click(rows)
    picked, ticks = picked.draw(frame_contacts(frame))
    st.session_state[_state_key(key)] = picked
    if rows != ticks:
        st.session_state[key] = {"selection": {"rows": ticks, "columns": [], "cells": []}}
    st.dataframe(table, key=key, on_select="rerun", selection_mode="multi-row", **options)
    return picked


def forget(key: str, ids: list[str]) -> None:
    """Untick these people (deleted, or taken out of the group)."""
    st.session_state[_state_key(key)] = current(key).without(ids)


def refresh(key: str, contact: Contact) -> None:
    """Keep a chosen person's record up to date after an edit."""
    st.session_state[_state_key(key)] = current(key).updated(contact)


def _clear(key: str) -> None:
    st.session_state[_state_key(key)] = current(key).cleared()


def summary(picked: Picked, key: str) -> None:
    """Who is chosen, by name, how many are off this table, and a button to untick everyone."""
    lang = current_language()
    count = len(picked)
    names = plain(picked.names(lang))
    text = (
        tr("contacts.pick.one", names=names)
        if count == 1
        else tr("contacts.pick.many", count=format_number(count, lang), names=names)
    )
    line, button = st.columns([5, 1], vertical_alignment="center")
    hidden = picked.hidden_count()
    line.markdown(f"**{text}**" + (f"  \n{tr('contacts.pick.hidden', count=format_number(hidden, lang))}"
                                   if hidden else ""))  # fmt: skip
    button.button(
        tr("contacts.pick.clear"), key=f"{key}_clear", on_click=_clear, args=(key,), width="stretch"
    )
